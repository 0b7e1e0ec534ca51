package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// Care advice excuses a claim only in its own clause of the sentence's
// semicolons (#13, probe17a, semicolon17): es "guárdelo por separado; el
// cierre de plata nunca se oscurece ni pierde su brillo" passed, the
// storing word of the first clause excusing the tarnish claim of the
// second. A care word across a semicolon no longer excuses; advice in the
// claim's own clause ("polish it to keep its shine") still does.
func TestKindsSemicolon17(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	p := core.Product{SKU: "S17", Name: "Bead Necklace", Category: "necklace", Collection: "Essence",
		Materials: []string{"fluorite", "sterling silver"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "fluorite", Colour: "purple", Count: 56, Origin: core.OriginNatural}},
		Colours: []string{"purple", "silver"}}
	rows := []kindRow{
		{"es-ES", "La fluorita es blanda: guárdelo por separado; el cierre de plata nunca se oscurece ni pierde su brillo.", p, true},
		{"es-MX", "Guárdalo por separado; el cierre de plata nunca se oscurece ni pierde su brillo.", p, true},
		{"en-GB", "Store it separately; the silver clasp will never tarnish.", p, true},
		{"en-US", "Keep it in a pouch; the silver clasp will never tarnish.", p, true},
		{"en-AU", "Store it separately; the silver clasp will never tarnish.", p, true},
		{"fr-FR", "Rangez-le à part ; le fermoir en argent ne ternit jamais.", p, true},
		{"fr-CA", "Rangez-le à part; le fermoir en argent ne ternit jamais.", p, true},
		{"de-DE", "Bewahren Sie sie getrennt auf; der Silberverschluss läuft nie an.", p, true},
		{"it-IT", "Conservala a parte; la chiusura in argento non si ossida mai.", p, true},
		{"pt-PT", "Guarde-o à parte; o fecho de prata nunca escurece.", p, true},
		{"pt-BR", "Guarde separadamente; o fecho de prata nunca escurece.", p, true},
		{"nl-NL", "Bewaar hem apart; de zilveren sluiting verkleurt nooit.", p, true},
		{"sv-SE", "Förvara det separat; silverlåset mörknar aldrig.", p, true},
		{"da-DK", "Opbevar den for sig; sølvlåsen anløber aldrig.", p, true},
		{"nb-NO", "Oppbevar det for seg; sølvlåsen blir aldri mørk.", p, true},
		{"fi-FI", "Säilytä erillään; hopealukko ei koskaan tummu.", p, true},
		{"pl-PL", "Przechowuj osobno; srebrne zapięcie nigdy nie ciemnieje.", p, true},
		{"cs-CZ", "Uchovávejte zvlášť; stříbrné zapínání nikdy nečerná.", p, true},
		{"el-GR", "Φυλάξτε το χωριστά· το ασημένιο κούμπωμα δεν μαυρίζει ποτέ.", p, true},
		{"tr-TR", "Ayrı saklayın; gümüş klips asla kararmaz.", p, true},
		{"ja-JP", "別々に保管してください；シルバーの留め具は決して変色しません。", p, true},
		{"ko-KR", "따로 보관하세요; 실버 잠금장치는 절대 변색되지 않습니다.", p, true},
		{"zh-CN", "请单独存放；银扣永不氧化变色。", p, true},
		{"zh-TW", "請單獨存放；銀扣永不氧化變色。", p, true},
		{"ar-AE", "احفظيه منفصلاً؛ المشبك الفضي لا يتأكسد أبداً.", p, true},
		// advice in the claim's own clause still excuses it
		{"es-ES", "Guárdelo en su bolsita para que el cierre conserve su brillo.", p, false},
		{"en-GB", "Polish it with a soft cloth to keep its shine.", p, false},
		{"fr-FR", "Rangez-le dans sa pochette pour qu'il garde son éclat.", p, false},
	}
	checkKindRows(t, svc, CatClaim, rows)
}

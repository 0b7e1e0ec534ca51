package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// An untreated stone that keeps its natural colour is no tarnish claim
// (#13, natural_colour19; dev-probe19b base/keyword on red coral): "o
// coral, sem tratamento, conserva sua cor natural" (pt-BR), "zachowuje
// naturalny, głęboki i aksamitny kolor" (pl-PL) and "διατηρεί το φυσικό ...
// χρώμα" (el-GR) blocked claim.tarnish_proof. The colour a stone grew with,
// kept, describes the absence of a treatment (FTC 16 CFR 23.22: dyeing and
// other treatments must be disclosed), not the metal's finish; the keeping
// verb with the natural colour is an idiom of tarnish_proof in every
// language (concepts-naturalcolour19.yaml). Still claims: the colour kept
// "forever" or that "never fades", on a stone as on a metal; a metal that
// keeps its colour, its shine or its natural colour.
func TestKindsNaturalColour19(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	p := core.Product{SKU: "C19", Name: "Corallo Bead Drop Earrings", Category: "earrings", Collection: "Timeless",
		Materials: []string{"18k yellow gold", "red coral"}, Metals: []core.Metal{{Base: "yellow gold", Fineness: "18k"}},
		Stones:   []core.Stone{{Type: "coral", Colour: "red", Count: 6, Origin: core.OriginNatural}},
		Colours:  []string{"red", "gold"},
		Features: []string{"untreated coral", "hand-finished", "lever-back fastening"}}
	s := core.Product{SKU: "S19", Name: "Silver Hoops", Category: "earrings", Collection: "Timeless",
		Materials: []string{"sterling silver"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Colours: []string{"silver"}, Features: []string{"hand-finished"}}
	checkKindRows(t, svc, "", []kindRow{
		{"pt-BR", "Cada conta tem 6 mm, e o coral, sem tratamento, conserva sua cor natural, intensa e aveludada.", p, false},
		{"pl-PL", "Każdy koralik ma 6 mm średnicy, a koral, niepoddawany żadnej obróbce, zachowuje naturalny, głęboki i aksamitny kolor.", p, false},
		{"el-GR", "Κάθε χάντρα έχει διάμετρο 6 mm, και το κοράλλι, χωρίς καμία επεξεργασία, διατηρεί το φυσικό, βαθύ και βελούδινο χρώμα του.", p, false},
		{"de-DE", "Die Koralle ist unbehandelt und behält ihre natürliche Farbe.", p, false},
		{"fr-CA", "Chaque perle garde sa couleur naturelle, profonde et veloutée.", p, false},
		{"es-ES", "El coral, sin tratar, conserva su color natural.", p, false},
		{"es-MX", "El coral mantiene su color natural, intenso y aterciopelado.", p, false},
		{"pt-PT", "O coral, sem tratamento, mantém a sua cor natural.", p, false},
		{"it-IT", "Il corallo mantiene il suo colore naturale, intenso e vellutato.", p, false},
		{"nl-NL", "Het onbehandelde koraal behoudt zijn natuurlijke kleur.", p, false},
		{"sv-SE", "Korallen är obehandlad och behåller sin naturliga färg.", p, false},
		{"da-DK", "Koralen er ubehandlet og bevarer sin naturlige farve.", p, false},
		{"nb-NO", "Korallen er ubehandlet og beholder sin naturlige farge.", p, false},
		{"fi-FI", "Käsittelemätön koralli säilyttää luonnollisen värinsä.", p, false},
		{"cs-CZ", "Neošetřený korál si zachovává svou přirozenou barvu.", p, false},
		{"tr-TR", "İşlem görmemiş mercan doğal rengini korur.", p, false},
		{"ar-AE", "يحتفظ المرجان بلونه الطبيعي.", p, false},
		// passing before, kept
		{"en-GB", "The coral is untreated and keeps its natural colour.", p, false},
		{"fr-FR", "Le corail, non traité, conserve sa couleur naturelle.", p, false},
		{"ja-JP", "未処理の珊瑚は自然な色を保っています。", p, false},
		{"ko-KR", "무처리 산호는 자연스러운 색을 그대로 유지합니다.", p, false},
		{"zh-CN", "未经处理的珊瑚保留了天然的颜色。", p, false},
		{"zh-TW", "未經處理的珊瑚保持天然的顏色。", p, false},
	})
	checkKindRows(t, svc, "claim", []kindRow{
		{"en-GB", "The coral keeps its natural colour forever.", p, true},
		{"en-GB", "The coral never fades.", p, true},
		{"en-GB", "The silver keeps its colour and shine.", s, true},
		{"en-US", "The sterling silver keeps its natural color.", s, true},
		{"pt-BR", "O coral conserva sua cor natural para sempre.", p, true},
		{"pt-BR", "A prata conserva sua cor natural.", s, true},
		{"pt-BR", "A prata conserva sua cor.", s, true},
		{"pl-PL", "Koral zachowuje naturalny kolor na zawsze.", p, true},
		{"pl-PL", "Srebro zachowuje swój kolor.", s, true},
		{"de-DE", "Die Koralle behält ihre natürliche Farbe für immer.", p, true},
		{"de-DE", "Das Silber behält seine Farbe.", s, true},
		{"el-GR", "Το κοράλλι δεν ξεθωριάζει ποτέ.", p, true},
		{"el-GR", "Το κοράλλι διατηρεί το φυσικό χρώμα του για πάντα.", p, true},
		{"es-ES", "El coral conserva su color natural para siempre.", p, true},
		{"fr-FR", "Le corail garde sa couleur naturelle pour toujours.", p, true},
		{"it-IT", "Il corallo conserva il suo colore naturale per sempre.", p, true},
		{"sv-SE", "Korallen behåller sin naturliga färg för alltid.", p, true},
		{"sv-SE", "Korallen behåller för alltid sin naturliga färg.", p, true},
		{"da-DK", "Koralen bevarer sin naturlige farve for altid.", p, true},
		{"nb-NO", "Korallen beholder sin naturlige farge for alltid.", p, true},
		{"nl-NL", "Het koraal behoudt zijn natuurlijke kleur voor altijd.", p, true},
		{"fi-FI", "Koralli säilyttää luonnollisen värinsä ikuisesti.", p, true},
		{"cs-CZ", "Korál si navždy zachová svou přirozenou barvu.", p, true},
		{"tr-TR", "Mercan doğal rengini sonsuza dek korur.", p, true},
		{"ar-AE", "يحافظ المرجان على لونه الطبيعي إلى الأبد.", p, true},
		{"zh-CN", "珊瑚永远保持天然的颜色。", p, true},
	})
}

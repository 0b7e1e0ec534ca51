package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// Products of TestKindsCorrosion48 (#13, corrosion48).
var (
	corrosion48Plated = core.Product{SKU: "CO48G", Name: "Curb Chain", Category: "necklace", Collection: "Essentials", Materials: []string{"brass", "18k gold plating"},
		Metals: []core.Metal{{Base: "brass", Plating: "18k gold"}}, Colours: []string{"gold"}, Features: []string{"lobster clasp"}, Keywords: []string{"gold plated chain"}}
	corrosion48Gold = core.Product{SKU: "CO48Y", Name: "Signet Ring", Category: "ring", Collection: "Heritage", Materials: []string{"18k yellow gold"},
		Metals: []core.Metal{{Base: "yellow gold", Fineness: "18k"}}, Colours: []string{"gold"}, Features: []string{"polished"}, Keywords: []string{"gold signet ring"}}
	corrosion48Steel = core.Product{SKU: "CO48C", Name: "Cuff", Category: "bracelet", Collection: "Essence", Materials: []string{"steel", "tantalum coating"},
		Metals: []core.Metal{{Base: "steel", Plating: "tantalum"}}, Colours: []string{"grey"}, Features: []string{"brushed finish"}, Keywords: []string{"cuff bracelet"}}
)

// TestKindsCorrosion48 (#13, corrosion48): a true statement about the
// metal in general, ranking its resistance to corrosion or tarnish among
// metals ("Tantalum is among the most corrosion-resistant metals",
// "gehört zu den korrosionsbeständigsten Metallen", "korozyona en
// dayanıklı metallerden biridir") or saying what the metal does of itself
// ("Platinum does not corrode", "known for its resistance to corrosion"),
// blocked claim.tarnish_proof as a promise about the piece. Bad twins: the
// piece, its plating or a coating promised ("this ring will never
// tarnish", "our plated chain is tarnish-proof", "tantalum-coated … will
// never corrode") still block.
func TestKindsCorrosion48(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	ta, pt, au, gp, st := claims48Tantalum, claims48Platinum, corrosion48Gold, corrosion48Plated, corrosion48Steel
	rows := pairRows(ta, false, [][2]string{
		{"en-GB", "Tantalum is among the most corrosion-resistant metals known."},
		{"en-US", "Tantalum is one of the most corrosion-resistant metals in the world."},
		{"en-AU", "Tantalum is known for its resistance to corrosion, and it is denser than steel."},
		{"de-DE", "Tantal gehört zu den korrosionsbeständigsten Metallen."},
		{"fr-FR", "Le tantale est l'un des métaux les plus résistants à la corrosion."},
		{"fr-CA", "Le tantale compte parmi les métaux les plus résistants à la corrosion."},
		{"es-ES", "El tántalo es uno de los metales más resistentes a la corrosión."},
		{"es-MX", "El tántalo es conocido por su resistencia a la corrosión."},
		{"it-IT", "Il tantalio è uno dei metalli più resistenti alla corrosione."},
		{"pt-PT", "O tântalo é um dos metais mais resistentes à corrosão."},
		{"pt-BR", "O tântalo está entre os metais mais resistentes à corrosão."},
		{"nl-NL", "Tantaal is een van de meest corrosiebestendige metalen."},
		{"sv-SE", "Tantal är en av de mest korrosionsbeständiga metallerna."},
		{"da-DK", "Tantal er et af de mest korrosionsbestandige metaller."},
		{"nb-NO", "Tantal er et av de mest korrosjonsbestandige metallene."},
		{"fi-FI", "Tantaali on yksi korroosionkestävimmistä metalleista."},
		{"cs-CZ", "Tantal patří mezi kovy nejodolnější vůči korozi."},
		{"pl-PL", "Tantal należy do metali najbardziej odpornych na korozję."},
		{"el-GR", "Το ταντάλιο είναι ένα από τα πιο ανθεκτικά στη διάβρωση μέταλλα."},
		{"tr-TR", "Tantal, korozyona en dayanıklı metallerden biridir."},
		{"ar-AE", "يُعد التنتالوم من أكثر المعادن مقاومة للتآكل."},
		{"ja-JP", "タンタルは最も耐食性の高い金属のひとつです。"},
		{"ko-KR", "탄탈럼은 부식에 가장 강한 금속 중 하나입니다."},
		{"zh-CN", "钽是最耐腐蚀的金属之一。"},
		{"zh-TW", "鉭是最耐腐蝕的金屬之一。"},
	})
	rows = append(rows, pairRows(pt, false, [][2]string{
		{"en-GB", "Platinum does not corrode, so the band keeps its white colour with only an occasional polish."},
		{"en-US", "Platinum is famously resistant to tarnish and corrosion."},
		{"de-DE", "Platin korrodiert nicht und gehört zu den beständigsten Edelmetallen."},
		{"fr-FR", "Le platine est réputé pour sa résistance à la corrosion."},
		{"es-ES", "El platino no se corroe."},
		{"it-IT", "Il platino è noto per la sua resistenza alla corrosione."},
		{"nl-NL", "Platina is een van de meest corrosiebestendige edelmetalen."},
		{"pl-PL", "Platyna jest jednym z najbardziej odpornych na korozję metali."},
	})...)
	// bad twins: the piece, its plating or a coating promised
	rows = append(rows, pairRows(gp, true, [][2]string{
		{"en-GB", "Our plated chain is tarnish-proof."},
		{"en-US", "The gold plating will not corrode."},
		{"en-AU", "Corrosion-resistant plating that never fades."},
		{"en-GB", "Gold is among the most corrosion-resistant metals, so this chain will never tarnish."},
		{"de-DE", "Unsere vergoldete Kette ist anlaufgeschützt."},
		{"fr-FR", "Notre chaîne plaquée or ne ternit jamais."},
		{"es-ES", "Nuestra cadena chapada en oro nunca se oscurece."},
		{"it-IT", "La nostra catena placcata oro non si ossida mai."},
		{"pl-PL", "Nasz pozłacany łańcuszek nigdy nie matowieje."},
		{"tr-TR", "Altın kaplama zincirimiz asla kararmaz."},
	})...)
	rows = append(rows, pairRows(au, true, [][2]string{
		{"en-GB", "This ring will never tarnish."},
		{"de-DE", "Dieser Ring läuft niemals an."},
		{"fr-FR", "Cette bague ne ternira jamais."},
		{"es-MX", "Este anillo nunca se oscurecerá."},
		{"nl-NL", "Deze ring zal nooit verkleuren."},
		{"sv-SE", "Den här ringen kommer aldrig att oxidera."},
		{"zh-CN", "这枚戒指永不褪色。"},
	})...)
	rows = append(rows, pairRows(pt, true, [][2]string{
		{"en-GB", "Platinum never tarnishes, so this band will stay bright forever."},
	})...)
	rows = append(rows, pairRows(st, true, [][2]string{
		{"en-GB", "Tantalum is among the most corrosion-resistant metals, so this tantalum-coated cuff will never corrode."},
		{"en-GB", "Our tantalum-coated cuff will never corrode."},
		{"de-DE", "Unsere tantalbeschichtete Manschette korrodiert niemals."},
	})...)
	checkKindRows(t, svc, "claim", rows)
}

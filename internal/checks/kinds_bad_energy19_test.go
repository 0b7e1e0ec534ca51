package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// Protection from bad energy (#13, bad_energy19; released20b pl-PL
// H20b06-1): "talizman, który przynosi spokój i chroni przed złą energią"
// (a talisman that brings calm and protects against bad energy) on a pewter
// charm passed: the metaphysical pairs knew negative energy warded off, not
// bad or evil energy. A jewel promising protection from harm is a claim of
// effect it cannot substantiate (EU 2005/29/EC art. 6; UK CAP Code 3.7).
func TestKindsBadEnergy19(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	charm := core.Product{SKU: "E19", Name: "Swallow Charm Necklace", Category: "necklace",
		Materials: []string{"lead-free pewter"}, Metals: []core.Metal{{Base: "pewter"}}, Colours: []string{"pewter grey"}}
	checkKindRows(t, svc, "claim", []kindRow{
		{"pl-PL", "Talizman, który przynosi spokój i chroni przed złą energią.", charm, true},
		{"pl-PL", "Chroni przed złymi energiami.", charm, true},
		{"en-GB", "A talisman that protects against bad energy.", charm, true},
		{"es-ES", "Un talismán que protege de la mala energía.", charm, true},
		{"pt-BR", "Um talismã que protege contra energias ruins.", charm, true},
		{"fr-FR", "Un talisman qui protège des mauvaises énergies.", charm, true},
		{"it-IT", "Un talismano che protegge dalle energie cattive.", charm, true},
		{"de-DE", "Ein Talisman, der vor schlechter Energie schützt.", charm, true},
		{"nl-NL", "Een talisman die beschermt tegen slechte energie.", charm, true},
		{"sv-SE", "En talisman som skyddar mot dålig energi.", charm, true},
		{"da-DK", "En talisman, der beskytter mod dårlig energi.", charm, true},
		{"nb-NO", "En talisman som beskytter mot dårlig energi.", charm, true},
		{"fi-FI", "Talismaani, joka suojaa huonolta energialta.", charm, true},
		{"cs-CZ", "Talisman, který chrání před špatnou energií.", charm, true},
		{"tr-TR", "Kötü enerjiden koruyan bir tılsım.", charm, true},
		{"el-GR", "Ένα φυλαχτό που προστατεύει από την κακή ενέργεια.", charm, true},
		{"ar-AE", "تعويذة تحمي من الطاقة السيئة.", charm, true},
		{"ja-JP", "悪いエネルギーから守るお守りです。", charm, true},
		{"ko-KR", "나쁜 에너지로부터 지켜 주는 부적입니다.", charm, true},
		{"zh-CN", "一个抵御不良能量的护身符。", charm, true},
		// a talisman as a keepsake
		{"pl-PL", "Podróżny talizman do noszenia na co dzień.", charm, false},
		{"en-GB", "A travel talisman to wear every day.", charm, false},
	})
}

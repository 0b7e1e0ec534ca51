package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// Sensitive skin in a negated or discouraging suitability is a warning,
// not the skin-safety claim (#13, skinwarn19, the negation of
// skin_paraphrase19): "No es apta para pieles sensibles", "Non è adatta
// alle pelli più sensibili", "Niet geschikt voor een gevoelige huid",
// 敏感肌の方には適していません blocked claim.hypoallergenic in nine languages
// whose negation did not reach the skin words (English, German, French, the
// Scandinavian languages, Finnish, Czech, Arabic and Chinese already passed).
// The heads of concepts-allergywarn17.yaml with the sensitive skin as their
// object are an idiom of the concept (data/<lang>/concepts-skinwarn19.yaml);
// the suitability said, it still blocks.
func TestKindsSkinWarn19(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	pend := core.Product{SKU: "S19", Name: "Sea Glass Drop Pendant", Category: "pendant", Collection: "Essence",
		Materials: []string{"sterling silver", "sea glass"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "sea glass", Colour: "seafoam green", Count: 1, Origin: core.OriginNatural}},
		Colours: []string{"green", "silver"}, Features: []string{"four-claw cage setting", "hand-finished"}}
	checkKindRows(t, svc, "claim", []kindRow{
		{"it-IT", "Non è adatta alle pelli sensibili.", pend, false},
		{"it-IT", "Non è adatta alle pelli più sensibili.", pend, false},
		{"es-ES", "No es apta para pieles sensibles.", pend, false},
		{"es-MX", "No se recomienda para piel muy sensible.", pend, false},
		{"pt-BR", "Não é indicada para peles sensíveis.", pend, false},
		{"pt-PT", "Não é recomendada para pele sensível.", pend, false},
		{"nl-NL", "Niet geschikt voor een gevoelige huid.", pend, false},
		{"pl-PL", "Nie jest odpowiednia dla wrażliwej skóry.", pend, false},
		{"tr-TR", "Hassas ciltler için uygun değildir.", pend, false},
		{"el-GR", "Δεν είναι κατάλληλο για ευαίσθητες επιδερμίδες.", pend, false},
		{"ja-JP", "敏感肌の方には適していません。", pend, false},
		{"ko-KR", "민감한 피부에는 적합하지 않습니다.", pend, false},
		// the suitability said: still a claim
		{"es-ES", "Apta incluso para las pieles más sensibles.", pend, true},
		{"es-ES", "No solo es bonita: es apta para pieles sensibles.", pend, true},
		{"it-IT", "Adatta anche alle pelli più sensibili.", pend, true},
		{"nl-NL", "Geschikt voor een gevoelige huid.", pend, true},
		{"pl-PL", "Odpowiednia dla wrażliwej skóry.", pend, true},
		{"tr-TR", "Hassas ciltler için uygundur.", pend, true},
		{"el-GR", "Κατάλληλο για ευαίσθητες επιδερμίδες.", pend, true},
		{"ja-JP", "敏感肌の方にも適しています。", pend, true},
		{"ko-KR", "민감한 피부에도 적합합니다.", pend, true},
		{"pt-BR", "Indicada para peles sensíveis.", pend, true},
	})
}

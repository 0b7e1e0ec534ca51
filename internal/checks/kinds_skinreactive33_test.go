package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// TestKindsSkinParaphrase33 (#13, skinparaphrase33; released blind 33A114:
// fr-CA "La chaîne de 42 cm, douce même pour les peaux les plus réactives"
// passed on a piece without a hypoallergenic or nickel-free feature). Gentle,
// soft or kind even for the most sensitive or reactive skin is the
// hypoallergenic claim (data/<lang>/concepts-skin33.yaml); a product
// recorded hypoallergenic licenses it.
func TestKindsSkinParaphrase33(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	p := core.Product{SKU: "S33", Name: "Clover Necklace", Category: "necklace", Collection: "Moments",
		Materials: []string{"sterling silver"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "onyx", Colour: "black", Count: 1, Origin: core.OriginNatural}},
		Colours: []string{"silver", "black"}}
	hypo := p
	hypo.Features = []string{"hypoallergenic"}
	rows := []struct{ loc, text string }{
		{"fr-CA", "La chaîne de 42 cm, douce même pour les peaux les plus réactives, se règle facilement."},
		{"fr-FR", "Une chaîne douce même pour les peaux réactives."},
		{"en-US", "The chain is gentle even on the most reactive skin."},
		{"en-GB", "Soft even against the most reactive skin."},
		{"en-AU", "Kind to even the most sensitive skin."},
		{"de-DE", "Die Kette ist sanft selbst zu sehr reaktiver Haut."},
		{"de-DE", "Sanft auch zu empfindlichster Haut."},
		{"es-ES", "Suave incluso con las pieles más reactivas."},
		{"es-MX", "Suave hasta con la piel más reactiva."},
		{"it-IT", "Delicata anche sulle pelli più reattive."},
		{"pt-PT", "Suave mesmo para as peles mais reativas."},
		{"pt-BR", "Suave até para a pele mais reativa."},
		{"nl-NL", "Zacht zelfs voor de meest reactieve huid."},
		{"sv-SE", "Skonsam även mot den mest reaktiva huden."},
		{"da-DK", "Skånsom selv mod den mest reaktive hud."},
		{"nb-NO", "Skånsom selv mot den mest reaktive huden."},
		{"fi-FI", "Hellävarainen herkimmällekin iholle."},
		{"fi-FI", "Lempeä reaktiivisellekin iholle."},
		{"pl-PL", "Delikatna nawet dla najbardziej reaktywnej skóry."},
		{"cs-CZ", "Jemná i k té nejreaktivnější pokožce."},
		{"tr-TR", "En hassas ciltlere bile nazik."},
		{"tr-TR", "En reaktif ciltlere bile yumuşak."},
		{"el-GR", "Απαλή ακόμη και για το πιο αντιδραστικό δέρμα."},
		{"ar-AE", "لطيفة حتى على البشرة الأكثر تفاعلاً."},
		{"ja-JP", "反応しやすい肌にも優しいチェーンです。"},
		{"ko-KR", "가장 예민한 피부에도 순합니다."},
		{"zh-CN", "即使是最易过敏的肌肤也很温和。"},
		{"zh-TW", "即使是最容易過敏的肌膚也很溫和。"},
	}
	var kr []kindRow
	for _, r := range rows {
		kr = append(kr, kindRow{r.loc, r.text, p, true}, kindRow{r.loc, r.text, hypo, false})
	}
	// a warning that the piece does not suit reactive skin is no claim
	for _, r := range []struct{ loc, text string }{
		{"en-GB", "Not suitable for reactive skin."},
		{"fr-FR", "Ne convient pas aux peaux réactives."},
		{"de-DE", "Nicht geeignet für reaktive Haut."},
		{"es-ES", "No es apta para pieles reactivas."},
	} {
		kr = append(kr, kindRow{r.loc, r.text, p, false})
	}
	checkKindRows(t, svc, "claim", kr)
}

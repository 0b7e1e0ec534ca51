package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// Small kinds the fifty-first session's helper misc57 fixed (#13):
//
//  1. "With our X" after a making word or a piece verb ("Crafted with our
//     sterling silver", "Gefertigt mit unserem Sterlingsilber", "Façonnée
//     avec notre argent sterling") is the piece's material, not another
//     product offered by cross_sell (grounding/ours_made57.go: a word of making, alloy_made_words).
//  2. Spanish and Portuguese "está" (is) folded to the demonstrative
//     "esta" (this), so "El oro blanco, en su mayoría, está rodiado" named
//     the piece: demonstratives keep the marks they are spelt with
//     (grounding/vocab.go strictMarkedPhraseSet).
//  3. A noun of imitation with its link before the gem ("imitacja
//     turkusu", "imitace tyrkysu", "une imitation de turquoise", "en
//     imitation av turkos") names the gem imitated (imitation_of,
//     grounding/light.go imitated).
//  4. A denial of treatment coordinated with a comparison ("Safiren er
//     ubehandlet og hardere enn kvarts") was said of the comparison's
//     standard, the nearest stone (grounding/treatment_denied.go).
//  5. ja a gold-filled layer thicker than plating so its colour lasts
//     (金メッキより層が厚く色が長持ち): the compared words and the plating
//     as the segmenter cuts them (厚く, 金メッキ; data/ja).

var (
	m57Filled  = misses49Product(`{"sku": "M57-03", "name": "Hoops", "category": "earrings", "collection": "Moments", "materials": ["14k rose gold-filled brass"], "stones": [], "colours": ["rose gold"], "features": [], "occasions": ["everyday"], "keywords": ["hoops"], "metals": [{"base": "brass", "plating": "rose gold", "fineness": "1/20 14k"}], "measurements": [{"name": "hoop diameter", "value": 15, "unit": "mm"}]}`)
	m57SimTurq = core.Product{SKU: "M57-02", Name: "Lagoon Pendant", Category: "pendant", Collection: "Heritage",
		Materials: []string{"sterling silver"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "turquoise", Colour: "blue", Count: 1, Origin: core.OriginSimulant}},
		Colours: []string{"blue", "silver"}}
)

func TestKindsMisc57(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	// 1. our house material, made with: the piece's, so it blocks on gold.
	checkKindRows(t, svc, CatGrounding, pairRows(sc56GoldRing, true, [][2]string{
		{"en-GB", "Crafted with our sterling silver."},
		{"en-US", "Made with our sterling silver."},
		{"en-GB", "This ring is crafted with our sterling silver."},
		{"de-DE", "Gefertigt mit unserem Sterlingsilber."},
		{"fr-FR", "Façonnée avec notre argent sterling."},
	}))
	// 4. untreated and harder than quartz, on a glass-filled sapphire.
	checkKindRows(t, svc, CatGrounding, pairRows(treat56Glass, true, [][2]string{
		{"nb-NO", "Safiren er ubehandlet og hardere enn kvarts."},
		{"nb-NO", "Safiren er ubehandlet og hardere enn glass."},
		{"sv-SE", "Safiren är obehandlad och hårdare än glas."},
		{"da-DK", "Safiren er ubehandlet og hårdere end kvarts."},
	}))
	checkKindRows(t, svc, "", append(append(
		// 2. "está" is no demonstrative.
		pairRows(counts56Unplated(), false, [][2]string{
			{"es-ES", "El oro blanco, en su mayoría, está rodiado; este anillo no lo está."},
			{"pt-PT", "O ouro branco, na sua maioria, está banhado a ródio; este anel não está."},
		}),
		// 3. an imitation of turquoise on dyed magnesite.
		pairRows(treat56Mag, false, [][2]string{
			{"pl-PL", "Wisiorek zdobi barwiony magnezyt, imitacja turkusu."},
			{"pl-PL", "Wisiorek zdobi barwiony magnezyt będący imitacją turkusu."},
			{"cs-CZ", "Přívěsek zdobí barvený magnezit, imitace tyrkysu."},
			{"fr-FR", "Le pendentif porte une magnésite teintée, une imitation de turquoise."},
			{"sv-SE", "Hänget bär färgad magnesit, en imitation av turkos."},
			{"it-IT", "Il ciondolo ha una magnesite tinta, un'imitazione del turchese."},
			{"es-ES", "El colgante lleva magnesita teñida, una imitación de turquesa."},
		})...),
		// 5. a gold-filled layer compared with plating.
		pairRows(m57Filled, false, [][2]string{
			{"ja-JP", "金メッキより層が厚く色が長持ちしますが、無垢の金ではありません。"},
			{"ja-JP", "ゴールドフィルドは金メッキより層が厚く、色が長持ちします。"},
		})...))
}

func TestKindsMisc57Bad(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	// Another piece of ours still offered; our material as the subject.
	checkKindRows(t, svc, CatGrounding, pairRows(sc56GoldRing, false, [][2]string{
		{"en-GB", "Crafted to pair with our sterling silver ring."},
		{"en-GB", "Crafted to be worn with our sterling silver."},
	}))
	checkKindRows(t, svc, CatGrounding, pairRows(sc56GoldRing, true, [][2]string{
		{"en-GB", "Our sterling silver gives it a cool shine."},
		{"es-ES", "Está hecho de plata de ley."},
	}))
	// The piece said plated with "este", an accented pronoun, the gem set
	// unqualified, the denial alone, a comparison's own standard.
	checkKindRows(t, svc, CatGrounding, pairRows(counts56Unplated(), true, [][2]string{
		{"es-ES", "Este anillo de oro blanco está en su mayor parte rodiado."},
		{"es-ES", "Ésta es una sortija de oro blanco rodiado."},
	}))
	checkKindRows(t, svc, CatGrounding, pairRows(treat56Mag, true, [][2]string{
		{"pl-PL", "Wisiorek zdobi turkus."},
		{"cs-CZ", "Přívěsek zdobí tyrkys."},
		{"fr-FR", "Le pendentif porte une turquoise."},
		{"sv-SE", "Hänget bär en turkos."},
	}))
	checkKindRows(t, svc, CatGrounding, pairRows(treat56Glass, true, [][2]string{
		{"nb-NO", "Safiren er ubehandlet."},
		{"en-GB", "The sapphire is untreated and harder than quartz."},
	}))
	checkKindRows(t, svc, "", pairRows(treat56Glass, false, [][2]string{
		{"nb-NO", "Glasset i sprekkene gjør steinen skjørere enn ubehandlet safir."},
	}))
	// A simulant turquoise called an imitation stays qualified.
	checkKindRows(t, svc, "", pairRows(m57SimTurq, false, [][2]string{
		{"pl-PL", "Wisiorek zdobi imitacja turkusu."},
	}))
	// The colour said to last with no comparison is the claim.
	checkKindRows(t, svc, CatClaim, pairRows(m57Filled, true, [][2]string{
		{"ja-JP", "色が長持ちします。"},
	}))
}

package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// An imitation named by the gem it imitates is a regulatory fault, not only
// a stone the product lacks (#13, probe17, imitation17): a thistle brooch's
// purple glass called "améthyste", جمشت, and a dyed howlite's beads called
// "turquoise", "turquesa", 綠松石 blocked only grounding.stone, and Swedish
// "en lila ametist bildar blomman" (an amethyst forms the flower) passed:
// the stone was read as describing the flower. FTC 16 CFR 23.25(a), (e): a
// gem's name may not describe what is not that natural stone, and an
// imitation is named "imitation" or "simulated". Qualified names and the
// product's own stones stay free of the regulatory finding.
func TestKindsImitation17(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	brooch := core.Product{SKU: "I17", Name: "Thistle Brooch", Category: "brooch", Collection: "Heritage",
		Materials: []string{"pewter", "glass"}, Metals: []core.Metal{{Base: "pewter"}},
		Stones:  []core.Stone{{Type: "glass", Colour: "purple", Count: 1, Origin: core.OriginSimulant}},
		Colours: []string{"grey", "purple"}}
	howlite := core.Product{SKU: "I17b", Name: "Bead Bracelet", Category: "bracelet", Collection: "Essence",
		Materials: []string{"howlite", "sterling silver", "elastic cord"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "howlite", Colour: "turquoise blue", Count: 21, Origin: core.OriginNatural, Treatment: "dyed"}},
		Colours: []string{"turquoise blue", "silver"}}
	amethyst := brooch
	amethyst.Materials, amethyst.Stones = []string{"pewter", "amethyst"}, []core.Stone{{Type: "amethyst", Colour: "purple", Count: 1, Origin: core.OriginNatural}}
	rows := []kindRow{
		{"en-GB", "A faceted purple amethyst forms the flower above pewter leaves.", brooch, true},
		{"en-US", "The thistle flower is a faceted purple amethyst.", brooch, true},
		{"en-AU", "It strings 21 round turquoise beads in a bright sky blue.", howlite, true},
		{"fr-FR", "Une améthyste violette facettée forme la fleur.", brooch, true},
		{"fr-CA", "Vingt et une perles rondes de turquoise d'un bleu ciel.", howlite, true},
		{"de-DE", "Ein facettierter violetter Amethyst bildet die Blüte.", brooch, true},
		{"it-IT", "Un'ametista viola sfaccettata forma il fiore.", brooch, true},
		{"es-ES", "Una amatista violeta facetada forma la flor.", brooch, true},
		{"es-MX", "Veintiuna cuentas redondas de turquesa natural en azul cielo.", howlite, true},
		{"pt-PT", "Junta 21 contas redondas de turquesa num azul vivo.", howlite, true},
		{"pt-BR", "Uma ametista roxa facetada forma a flor.", brooch, true},
		{"nl-NL", "Een gefacetteerde paarse amethist vormt de bloem.", brooch, true},
		{"sv-SE", "En facetterad lila ametist bildar blomman.", brooch, true},
		{"da-DK", "En facetteret lilla ametyst danner blomsten.", brooch, true},
		{"nb-NO", "En fasettert lilla ametyst danner blomsten.", brooch, true},
		{"fi-FI", "Siinä on 21 pyöreää helmeä aidosta turkoosista.", howlite, true},
		{"pl-PL", "Fasetowany fioletowy ametyst tworzy kwiat.", brooch, true},
		{"cs-CZ", "Fasetovaný fialový ametyst tvoří květ.", brooch, true},
		{"el-GR", "Ένας πολυεδρικός μωβ αμέθυστος σχηματίζει το λουλούδι.", brooch, true},
		{"tr-TR", "Bileklik 21 adet doğal firuze boncuktan oluşur.", howlite, true},
		{"ja-JP", "ファセットカットの紫のアメジストが花を形づくります。", brooch, true},
		{"ko-KR", "패싯 컷 보라색 자수정이 꽃을 이룹니다.", brooch, true},
		{"zh-CN", "刻面紫水晶构成花朵。", brooch, true},
		{"zh-TW", "21顆圓形天然綠松石，呈明亮的天藍色。", howlite, true},
		{"ar-AE", "يشكّل حجر جمشت بنفسجي مقطّع الأوجه رأس الزهرة.", brooch, true},
		// qualified, the imitation's own material, and a natural stone:
		// no regulatory finding
		{"en-GB", "An imitation amethyst of purple glass forms the flower.", brooch, false},
		{"fr-FR", "Une imitation d'améthyste en verre violet forme la fleur.", brooch, false},
		{"de-DE", "Eine Amethyst-Imitation aus violettem Glas bildet die Blüte.", brooch, false},
		{"sv-SE", "En imitation ametist av lila glas bildar blomman.", brooch, false},
		{"en-GB", "A faceted purple glass stone forms the flower.", brooch, false},
		{"sv-SE", "En facetterad lila ametist bildar blomman.", amethyst, false},
		{"en-AU", "It strings 21 round howlite beads, dyed a bright turquoise blue.", howlite, false},
	}
	checkKindRows(t, svc, CatRegulatory, rows)
	// the stone in the Scandinavian subject is still a stone the product lacks
	checkKindRows(t, svc, CatGrounding, []kindRow{
		{"sv-SE", "En facetterad lila ametist bildar blomman.", brooch, true},
		{"da-DK", "En facetteret lilla ametyst danner blomsten.", brooch, true},
		{"nb-NO", "En fasettert lilla ametyst danner blomsten.", brooch, true},
		{"sv-SE", "En facetterad lila ametist bildar blomman.", amethyst, false},
	})
}

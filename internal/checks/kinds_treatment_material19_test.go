package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// A stone's treatment puts a material into it, which copy disclosing the
// treatment names (#13, probe19a P19a05): "stabilised with resin", "resina",
// "harpiks", 樹脂 on a Blue John whose treatment is "resin-stabilised"
// blocked grounding.material as a material the pendant lacks. The
// treatment's words now give the product the materials it puts into the
// stone (grounding vocab/canon.yaml treatment_materials: resin, epoxy,
// polymer, Opticon, stabilised, impregnated; glass-filled's glass). On a
// product whose stones have no such treatment, resin and glass still block.
func TestKindsTreatmentMaterial19(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	bj := core.Product{SKU: "T19", Name: "Blue John Teardrop Pendant", Category: "pendant", Collection: "Heritage",
		Materials: []string{"9ct yellow gold", "Blue John fluorite"}, Metals: []core.Metal{{Base: "yellow gold", Fineness: "9ct"}},
		Stones:  []core.Stone{{Type: "Blue John fluorite", Colour: "purple", Count: 1, Origin: core.OriginNatural, Treatment: "resin-stabilised"}},
		Colours: []string{"purple", "blue", "yellow", "gold"}}
	turq := core.Product{SKU: "T19b", Name: "Turquoise Ring", Category: "ring",
		Materials: []string{"sterling silver", "turquoise"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "turquoise", Colour: "blue", Count: 1, Origin: core.OriginNatural, Treatment: "stabilized"}},
		Colours: []string{"blue", "silver"}}
	emerald := core.Product{SKU: "T19c", Name: "Emerald Ring", Category: "ring",
		Materials: []string{"18k yellow gold", "emerald"}, Metals: []core.Metal{{Base: "yellow gold", Fineness: "18k"}},
		Stones:  []core.Stone{{Type: "emerald", Colour: "green", Count: 1, Origin: core.OriginNatural, Treatment: "Opticon-filled"}},
		Colours: []string{"green", "gold"}}
	ruby := core.Product{SKU: "T19d", Name: "Ruby Ring", Category: "ring",
		Materials: []string{"sterling silver", "ruby"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "ruby", Colour: "red", Count: 1, Origin: core.OriginNatural, Treatment: "lead glass-filled"}},
		Colours: []string{"red", "silver"}}
	plain := bj
	plain.Stones = []core.Stone{{Type: "Blue John fluorite", Colour: "purple", Count: 1, Origin: core.OriginNatural}}
	heated := ruby
	heated.Stones = []core.Stone{{Type: "ruby", Colour: "red", Count: 1, Origin: core.OriginNatural, Treatment: "heated"}}
	rows := []kindRow{
		{"en-GB", "The Blue John is stabilised with resin, as is traditional for this stone.", bj, false},
		{"en-US", "The Blue John is stabilized with resin, as is traditional for this stone.", bj, false},
		{"en-AU", "Like all Blue John, the stone is stabilised with resin.", bj, false},
		{"de-DE", "Der Blue John ist, wie traditionell üblich, mit Harz stabilisiert.", bj, false},
		{"fr-FR", "Le Blue John est stabilisé à la résine, comme le veut la tradition.", bj, false},
		{"fr-CA", "La pierre Blue John est stabilisée à la résine, selon la tradition.", bj, false},
		{"es-ES", "El Blue John está estabilizado con resina, como es tradicional.", bj, false},
		{"es-MX", "La piedra Blue John está estabilizada con resina, como es tradición.", bj, false},
		{"it-IT", "Il Blue John è stabilizzato con resina, come da tradizione.", bj, false},
		{"pt-BR", "O Blue John é estabilizado com resina, como manda a tradição.", bj, false},
		{"pt-PT", "A pedra Blue John é estabilizada com resina, como é tradição.", bj, false},
		{"nl-NL", "De Blue John is, zoals gebruikelijk, gestabiliseerd met hars.", bj, false},
		{"sv-SE", "Blue John-stenen är stabiliserad med harts, som traditionen bjuder.", bj, false},
		{"da-DK", "Blue John-stenen er stabiliseret med harpiks, som det er tradition.", bj, false},
		{"nb-NO", "Blue John-steinen er stabilisert med harpiks, slik tradisjonen er.", bj, false},
		{"fi-FI", "Blue John -kivi on perinteiseen tapaan vahvistettu hartsilla, hartsi tekee siitä kestävän.", bj, false},
		{"pl-PL", "Kamień Blue John jest tradycyjnie stabilizowany żywicą.", bj, false},
		{"cs-CZ", "Kámen Blue John je tradičně stabilizován pryskyřicí.", bj, false},
		{"el-GR", "Η πέτρα Blue John είναι σταθεροποιημένη με ρητίνη, όπως συνηθίζεται.", bj, false},
		{"tr-TR", "Blue John taşı, geleneğe uygun olarak reçine ile sağlamlaştırılmıştır.", bj, false},
		{"ar-AE", "حجر بلو جون مثبت بالراتنج كما هو معتاد.", bj, false},
		{"ja-JP", "ブルージョンは伝統的に樹脂で安定化処理されています。", bj, false},
		{"ko-KR", "블루 존 원석은 전통적으로 레진으로 안정화 처리되었습니다.", bj, false},
		{"zh-CN", "这颗蓝约翰石按传统以树脂加固。", bj, false},
		{"zh-TW", "這顆藍約翰石依傳統以樹脂穩定處理。", bj, false},
		{"en-GB", "The turquoise is stabilised with epoxy resin for durability.", turq, false},
		{"de-DE", "Der Türkis ist mit Kunstharz stabilisiert.", turq, false},
		{"es-MX", "La turquesa está estabilizada con resina.", turq, false},
		{"en-US", "The emerald's fractures are filled with Opticon, an epoxy resin.", emerald, false},
		{"it-IT", "Le fratture dello smeraldo sono riempite con resina epossidica.", emerald, false},
		{"en-GB", "The ruby is filled with lead glass, a treatment we disclose.", ruby, false},
		{"fr-FR", "Ce rubis est comblé au verre au plomb.", ruby, false},
		// still block: no treatment puts resin or glass into the stone
		{"en-GB", "The Blue John is stabilised with resin, as is traditional for this stone.", plain, true},
		{"es-ES", "El Blue John está estabilizado con resina, como es tradicional.", plain, true},
		{"nb-NO", "Blue John-steinen er stabilisert med harpiks, slik tradisjonen er.", plain, true},
		{"zh-TW", "這顆藍約翰石依傳統以樹脂穩定處理。", plain, true},
		{"en-GB", "A pendant cast in resin around the Blue John.", plain, true},
		{"en-GB", "The ruby is filled with lead glass, a treatment we disclose.", heated, true},
		{"de-DE", "Ein Ring aus Glas mit Rubin.", heated, true},
	}
	checkKindRows(t, svc, "", rows)
}

package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/grounding"
)

// TestKindsCountPerPart (#13, count_group): a count given per part with no
// stone noun after it ("nine on each hoop", "po dziewięć na każdym",
// "neuf sur chaque créole", 片耳に9石ずつ) is the count of the stone named
// before it, per part: it is compared with the per-part attribute
// (stones_per_hoop) and a wrong one blocks in every locale; the right one
// passes.
func TestKindsCountPerPart(t *testing.T) {
	t.Parallel()
	p := core.Product{SKU: "PP14", Name: "Nova Hoops", Category: "earrings", Metals: []core.Metal{{Base: "sterling silver"}},
		Stones: []core.Stone{{Type: "cubic zirconia", Colour: "white", Count: 14, Origin: core.OriginSimulant}}, Colours: []string{"white", "silver"},
		Attributes: map[string]string{"stones_per_hoop": "7"}}
	c := NewScoped(grounding.CheckScoped)
	runKinds(t, c, guide(t), []kindTable{
		{"wrong count per part", p, CatGrounding, []lt{
			{"en-GB", "Fourteen white stones line the hoops, nine on each hoop."},
			{"en-US", "The hoops carry fourteen white stones, nine per hoop."},
			{"en-AU", "Fourteen white stones are set in the hoops, nine on each hoop."},
			{"fr-FR", "Quatorze pierres blanches ornent les créoles, neuf sur chaque créole."},
			{"fr-CA", "Les créoles portent quatorze pierres blanches, neuf par boucle."},
			{"de-DE", "Vierzehn weiße Steine zieren die Creolen, neun an jeder Creole."},
			{"it-IT", "Quattordici pietre bianche ornano i cerchi, nove su ogni cerchio."},
			{"es-ES", "Catorce piedras blancas adornan los aros, nueve en cada aro."},
			{"es-MX", "Los aros llevan catorce piedras blancas, nueve en cada aro."},
			{"pt-BR", "Quatorze pedras brancas enfeitam as argolas, nove em cada argola."},
			{"pt-PT", "As argolas têm catorze pedras brancas, nove em cada argola."},
			{"nl-NL", "Veertien witte stenen sieren de oorringen, negen op elke oorring."},
			{"da-DK", "Fjorten hvide sten pryder kreolerne, ni på hver kreol."},
			{"nb-NO", "Fjorten hvite steiner pryder creolene, ni på hver creol."},
			{"sv-SE", "Fjorton vita stenar pryder creolerna, nio på varje creol."},
			{"fi-FI", "Neljätoista valkoista kiveä koristaa korvarenkaita, yhdeksän kummassakin."},
			{"pl-PL", "Czternaście białych kamieni zdobi kółka, po dziewięć na każdym."},
			{"cs-CZ", "Čtrnáct bílých kamínků zdobí kroužky, devět na každém kroužku."},
			{"el-GR", "Δεκατέσσερις λευκές πέτρες κοσμούν τους κρίκους, εννέα σε κάθε κρίκο."},
			{"tr-TR", "Halkalarda on dört beyaz taş var, her halkada dokuz taş."},
			{"ar-AE", "تزين الأقراط أربعة عشر حجراً أبيض، تسعة في كل قرط."},
			{"ja-JP", "白いストーン14石がフープを飾り、片耳に9石ずつです。"},
			{"ko-KR", "하얀 스톤 14개가 후프를 장식하며, 한쪽에 9개씩 있습니다."},
			{"zh-CN", "十四颗白色立方氧化锆点缀耳圈，每只耳环九颗。"},
			{"zh-TW", "十四顆白色立方氧化鋯點綴耳圈，每隻耳環九顆。"},
		}},
		{"right count per part", p, "", []lt{
			{"en-GB", "Fourteen white stones line the hoops, seven on each hoop."},
			{"en-US", "The hoops carry fourteen white stones, seven per hoop."},
			{"en-AU", "Fourteen white stones are set in the hoops, seven on each hoop."},
			{"fr-FR", "Quatorze pierres blanches ornent les créoles, sept sur chaque créole."},
			{"fr-CA", "Les créoles portent quatorze pierres blanches, sept par boucle."},
			{"de-DE", "Vierzehn weiße Steine zieren die Creolen, sieben an jeder Creole."},
			{"it-IT", "Quattordici pietre bianche ornano i cerchi, sette su ogni cerchio."},
			{"es-ES", "Catorce piedras blancas adornan los aros, siete en cada aro."},
			{"es-MX", "Los aros llevan catorce piedras blancas, siete en cada aro."},
			{"pt-BR", "Quatorze pedras brancas enfeitam as argolas, sette em cada argola."},
			{"pt-PT", "As argolas têm catorze pedras brancas, sette em cada argola."},
			{"nl-NL", "Veertien witte stenen sieren de oorringen, zeven op elke oorring."},
			{"da-DK", "Fjorten hvide sten pryder kreolerne, syv på hver kreol."},
			{"nb-NO", "Fjorten hvite steiner pryder creolene, sju på hver creol."},
			{"sv-SE", "Fjorton vita stenar pryder creolerna, sju på varje creol."},
			{"fi-FI", "Neljätoista valkoista kiveä koristaa korvarenkaita, seitsemän kummassakin."},
			{"pl-PL", "Czternaście białych kamieni zdobi kółka, po siedem na każdym."},
			{"cs-CZ", "Čtrnáct bílých kamínků zdobí kroužky, sedm na každém kroužku."},
			{"el-GR", "Δεκατέσσερις λευκές πέτρες κοσμούν τους κρίκους, επτά σε κάθε κρίκο."},
			{"tr-TR", "Halkalarda on dört beyaz taş var, her halkada yedi taş."},
			{"ar-AE", "تزين الأقراط أربعة عشر حجراً أبيض، سبعة في كل قرط."},
			{"ja-JP", "白いストーン14石がフープを飾り、片耳に7石ずつです。"},
			{"ko-KR", "하얀 스톤 14개가 후프를 장식하며, 한쪽에 7개씩 있습니다."},
			{"zh-CN", "十四颗白色立方氧化锆点缀耳圈，每只耳环七颗。"},
			{"zh-TW", "十四顆白色立方氧化鋯點綴耳圈，每隻耳環七顆。"},
		}},
	})
}

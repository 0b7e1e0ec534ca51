package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/grounding"
)

var (
	// p10Anklet is brass plated with 3 µm of silver.
	p10Anklet = core.Product{SKU: "P10A", Name: "Rope Chain Anklet", Category: "anklet",
		Materials: []string{"silver-plated brass"},
		Metals:    []core.Metal{{Base: "brass", Plating: "silver", PlatingMicrons: 3}}, Colours: []string{"silver"}}
	// p10Huggie is stainless steel plated with 18k gold (1 µm), with zirconia.
	p10Huggie = core.Product{SKU: "P10B", Name: "Huggie Hoop Earrings", Category: "earrings",
		Materials: []string{"18k gold-plated stainless steel"},
		Metals:    []core.Metal{{Base: "stainless steel", Plating: "gold", Fineness: "18k", PlatingMicrons: 1}},
		Stones:    []core.Stone{{Type: "cubic zirconia", Count: 10, Colour: "clear", Origin: "simulant"}},
		Colours:   []string{"gold"}}
)

// TestKindsTruePlating10 (issue #13, true_plating): plating described as it
// is, with its thickness and the karat of the gold it is plated with,
// passes: a Finnish compound of the metal and a plating word
// ("hopeapinnoite", failing before), a Korean plating word with its case
// particle ("은 도금을", failing before), a Spanish rope chain ("cadena de
// cordón", read as cord before); the plating's metal called solid blocks.
// Left: French "recouvert de 3 microns d'argent" (a layer word with the
// thickness between it and the metal) still blocks.
func TestKindsTruePlating10(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	runKinds(t, c, guide(t), []kindTable{
		{"silver plating as it is", p10Anklet, "", []lt{
			{"en-GB", "A rope chain of brass plated with 3 microns of silver."},
			{"en-US", "A rope chain anklet in brass with a 3 µm silver plating."},
			{"de-DE", "Eine Kordelkette aus Messing mit einer 3 µm dicken Silberauflage."},
			{"it-IT", "Una catena a corda in ottone placcato con 3 micron d'argento."},
			{"es-ES", "Una cadena de cordón de latón con un baño de plata de 3 micras."},
			{"pt-PT", "Uma corrente de latão com banho de prata de 3 mícrons."},
			{"nl-NL", "Een koordketting van messing met een zilverlaag van 3 micron."},
			{"cs-CZ", "Řetízek z mosazi s 3mikronovou vrstvou stříbra."},
			{"da-DK", "En kordelkæde i messing belagt med 3 mikron sølv."},
			{"fi-FI", "Messinkinen köysiketju, jossa on 3 mikronin hopeapinnoite."},
			{"ko-KR", "3미크론 두께의 은 도금을 한 황동 로프 체인 발찌입니다."},
			{"zh-CN", "黄铜绳链脚链，表面镀有3微米厚的银层。"},
		}},
		{"gold plating as it is", p10Huggie, "", []lt{
			{"en-GB", "Stainless steel hoops plated with 18k gold, 1 micron thick."},
			{"de-DE", "Creolen aus Edelstahl mit einer 1 µm dicken Vergoldung aus 18 Karat Gold."},
			{"fr-FR", "Des créoles en acier inoxydable plaqué or 18 carats (1 micron)."},
			{"it-IT", "Orecchini a cerchio in acciaio inossidabile placcato oro 18 carati."},
			{"es-MX", "Arracadas de acero inoxidable bañadas en oro de 18 quilates."},
			{"nl-NL", "Oorringen van roestvrij staal, verguld met 18 karaat goud."},
			{"da-DK", "Creoler i rustfrit stål belagt med 18 karat guld."},
			{"pt-PT", "Argolas de aço inoxidável banhadas a ouro de 18 quilates."},
			{"fr-CA", "Des anneaux en acier inoxydable plaqués d'or 18 carats."},
			{"zh-CN", "不锈钢耳环表面镀18K金，镶嵌10颗立方氧化锆。"},
			{"ko-KR", "18K 금도금 스테인리스 스틸 후프 귀걸이입니다."},
			{"it-IT", "Cerchietti in acciaio con placcatura in oro 18 kt."},
		}},
		{"the plating's metal as the base", p10Huggie, CatRegulatory, []lt{
			{"en-GB", "Hoops of solid 18k gold."},
			{"de-DE", "Creolen aus massivem 18 Karat Gold."},
			{"fr-FR", "Des créoles en or massif 18 carats."},
		}},
	})
}

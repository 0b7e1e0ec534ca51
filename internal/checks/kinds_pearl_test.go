package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/grounding"
)

// TestKindsImitationPearl (#13, simulant_unqualified): a pearl that is an
// imitation (origin simulant) called plainly a pearl blocks in every
// locale (16 CFR 23.20(c) and the markets' consumer law, as data in the
// locale packs: qualifiers.imitation_pearl); named with a qualifier of the
// market, before or after it or glued into a compound, it passes.
func TestKindsImitationPearl(t *testing.T) {
	t.Parallel()
	p := core.Product{SKU: "PRL1", Name: "Luna Pendant", Category: "pendant", Metals: []core.Metal{{Base: "sterling silver"}},
		Stones: []core.Stone{{Type: "shell pearl", Colour: "white", Count: 1, Origin: core.OriginSimulant}}, Colours: []string{"white", "silver"}}
	c := NewScoped(grounding.CheckScoped)
	runKinds(t, c, guide(t), []kindTable{
		{"pearl unqualified", p, CatRegulatory, []lt{
			{"en-GB", "A white pearl hangs from the sterling silver pendant."},
			{"en-US", "A smooth white pearl hangs below the sterling silver bail."},
			{"en-AU", "The pendant holds one white pearl on sterling silver."},
			{"fr-FR", "Une perle blanche est suspendue au pendentif en argent."},
			{"fr-CA", "Le pendentif en argent porte une perle blanche."},
			{"de-DE", "Eine weiße Perle hängt am Anhänger aus Sterlingsilber."},
			{"it-IT", "Una perla bianca pende dal ciondolo in argento."},
			{"es-ES", "Una perla blanca cuelga del colgante de plata."},
			{"es-MX", "El dije de plata lleva una perla blanca."},
			{"pt-BR", "Uma pérola branca pende do pingente de prata."},
			{"pt-PT", "O pendente de prata tem uma pérola branca."},
			{"nl-NL", "Een witte parel hangt aan de hanger van zilver."},
			{"da-DK", "En hvid perle hænger fra vedhænget i sølv."},
			{"nb-NO", "En hvit perle henger fra anhenget i sølv."},
			{"sv-SE", "En vit pärla hänger från hänget i silver."},
			{"fi-FI", "Valkoinen helmi roikkuu hopeisessa riipuksessa."},
			{"pl-PL", "Biała perła zwisa z zawieszki ze srebra."},
			{"cs-CZ", "Bílá perla visí na přívěsku ze stříbra."},
			{"el-GR", "Ένα λευκό μαργαριτάρι κρέμεται από το ασημένιο μενταγιόν."},
			{"tr-TR", "Gümüş kolyenin ucunda beyaz bir inci sallanıyor."},
			{"ar-AE", "تتدلى لؤلؤة بيضاء من القلادة الفضية."},
			{"ja-JP", "シルバーのペンダントに白いパールが揺れます。"},
			{"ko-KR", "실버 펜던트에 하얀 진주가 달려 있습니다."},
			{"zh-CN", "银色吊坠上垂着一颗白色珍珠。"},
			{"zh-TW", "銀色吊墜上垂著一顆白色珍珠。"},
		}},
		{"pearl qualified", p, "", []lt{
			{"en-GB", "A white imitation pearl hangs from the sterling silver pendant."},
			{"en-US", "A smooth white simulated pearl hangs below the sterling silver bail."},
			{"en-AU", "The pendant holds one white man-made pearl on sterling silver."},
			{"fr-FR", "Une perle d'imitation blanche est suspendue au pendentif en argent."},
			{"fr-CA", "Le pendentif en argent porte une perle synthétique blanche."},
			{"de-DE", "Eine weiße Imitationsperle hängt am Anhänger aus Sterlingsilber."},
			{"it-IT", "Una perla sintetica bianca pende dal ciondolo in argento."},
			{"es-ES", "Una perla de imitación blanca cuelga del colgante de plata."},
			{"es-MX", "El dije de plata lleva una perla simulada blanca."},
			{"pt-BR", "Uma pérola sintética branca pende do pingente de prata."},
			{"pt-PT", "O pendente de prata tem uma pérola de imitação branca."},
			{"nl-NL", "Een witte imitatieparel hangt aan de hanger van zilver."},
			{"da-DK", "En hvid kunstig perle hænger fra vedhænget i sølv."},
			{"nb-NO", "En hvit imitasjonsperle henger fra anhenget i sølv."},
			{"sv-SE", "En vit konstpärla hänger från hänget i silver."},
			{"fi-FI", "Valkoinen tekohelmi roikkuu hopeisessa riipuksessa."},
			{"pl-PL", "Biała sztuczna perła zwisa z zawieszki ze srebra."},
			{"cs-CZ", "Bílá umělá perla visí na přívěsku ze stříbra."},
			{"el-GR", "Ένα λευκό τεχνητό μαργαριτάρι κρέμεται από το ασημένιο μενταγιόν."},
			{"tr-TR", "Gümüş kolyenin ucunda beyaz bir yapay inci sallanıyor."},
			{"ar-AE", "تتدلى لؤلؤة صناعية بيضاء من القلادة الفضية."},
			{"ja-JP", "シルバーのペンダントに白いイミテーションパールが揺れます。"},
			{"ko-KR", "실버 펜던트에 하얀 인조 진주가 달려 있습니다."},
			{"zh-CN", "银色吊坠上垂着一颗白色仿珍珠。"},
			{"zh-TW", "銀色吊墜上垂著一顆白色人造珍珠。"},
		}},
	})
}

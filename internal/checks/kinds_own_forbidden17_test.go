package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// A style guide's forbidden term that is the product's own true name (#13,
// the seventeenth blind set's released half): the example guide forbids
// "zircon" (level block, suggest "cubic zirconia") so that cubic zirconia
// is not sold under a natural gem's name (FTC Jewelry Guides 16 CFR 23.26),
// but on a natural zircon (GIA Gem Encyclopedia, "Zircon") the word is the
// stone's name and blocked every truthful es-MX "circón" and pt-PT
// "zircão" text. A forbidden term whose English reading is one of the
// product's stones or materials is not applied, in every language's words
// for it (the guide's translations and data/<lang>/glossary.yaml alike);
// on cubic zirconia, and on a product without it, it still blocks.
func TestKindsOwnForbidden17(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	zir := core.Product{SKU: "Z17", Name: "Solitaire Ring", Category: "ring", Collection: "Reflexions",
		Materials: []string{"sterling silver", "zircon"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "zircon", Colour: "blue", Count: 1, Origin: core.OriginNatural, Treatment: "heated"}},
		Colours: []string{"silver", "blue"}}
	cz := zir
	cz.Materials = []string{"sterling silver", "cubic zirconia"}
	cz.Stones = []core.Stone{{Type: "cubic zirconia", Colour: "blue", Count: 1, Origin: core.OriginSimulant}}
	// Rhinestone: a product's rhinestones are imitations (origin simulant,
	// read as "simulated rhinestone", core.Stone.QualifiedType), so the bare
	// word names none of its facts and still blocks, as on glass crystals
	// and cubic zirconia: the guide's "crystal" names them truthfully.
	rh := zir
	rh.Name, rh.Materials = "Hair Comb", []string{"rhodium-plated brass", "glass"}
	rh.Metals = []core.Metal{{Base: "brass", Plating: "rhodium"}}
	rh.Stones = []core.Stone{{Type: "rhinestone", Colour: "clear", Count: 45, Origin: core.OriginSimulant}}
	rh.Colours = []string{"silver", "clear"}
	gl := rh
	gl.Stones = []core.Stone{{Type: "glass crystal", Colour: "clear", Count: 45, Origin: core.OriginSimulant}}
	checkKindRows(t, svc, "", []kindRow{
		{"en-GB", "A natural blue zircon, heated for its colour, set in sterling silver.", zir, false},
		{"en-US", "A natural blue zircon, heated for its color, set in sterling silver.", zir, false},
		{"en-AU", "This blue zircon is a natural stone, set in sterling silver.", zir, false},
		{"fr-FR", "Un zircon bleu naturel, chauffé pour sa couleur, serti sur argent 925.", zir, false},
		{"fr-CA", "Ce zircon bleu naturel est serti sur argent sterling.", zir, false},
		{"de-DE", "Ein natürlicher blauer Zirkon, für seine Farbe erhitzt, in Sterlingsilber gefasst.", zir, false},
		{"it-IT", "Uno zircone blu naturale, riscaldato per il colore, incastonato in argento 925.", zir, false},
		{"es-ES", "Un zircón azul natural, calentado para su color, engastado en plata de ley.", zir, false},
		{"es-MX", "El circón azul natural tiene mucho fuego; va engastado en plata esterlina .925.", zir, false},
		{"pt-PT", "O zircão azul natural tem muito fogo e está preso em prata de lei.", zir, false},
		{"pt-BR", "Um zircão azul natural, aquecido para realçar a cor, em prata 925.", zir, false},
		{"nl-NL", "Een natuurlijke blauwe zirkoon, verhit voor de kleur, gezet in sterling zilver.", zir, false},
		{"sv-SE", "En naturlig blå zirkon, värmebehandlad för färgen, infattad i sterlingsilver.", zir, false},
		{"da-DK", "En naturlig blå zirkon, varmebehandlet for farven, fattet i sterlingsølv.", zir, false},
		{"nb-NO", "En naturlig blå zirkon, varmebehandlet for fargen, innfattet i sterlingsølv.", zir, false},
		{"fi-FI", "Luonnon sininen zirkoni, lämpökäsitelty värinsä vuoksi, sterlinghopeassa.", zir, false},
		{"pl-PL", "Naturalny niebieski cyrkon, podgrzewany dla koloru, oprawiony w srebro próby 925.", zir, false},
		{"cs-CZ", "Přírodní modrý zirkon, zahřátý pro svou barvu, zasazený do stříbra 925.", zir, false},
		{"el-GR", "Ένα φυσικό μπλε ζιργκόν, θερμασμένο για το χρώμα του, σε ασήμι 925.", zir, false},
		{"tr-TR", "Doğal mavi zirkon, rengi için ısıl işlem görmüş, 925 ayar gümüşe yerleştirilmiştir.", zir, false},
		{"ja-JP", "天然のブルージルコンを、スターリングシルバーにセットしました。", zir, false},
		{"ko-KR", "천연 블루 지르콘을 스털링 실버에 세팅했습니다.", zir, false},
		{"zh-CN", "天然蓝色锆石，镶嵌于925纯银。", zir, false},
		{"zh-TW", "天然藍色鋯石，鑲嵌於925純銀。", zir, false},
		{"ar-AE", "زركون أزرق طبيعي مرصع في فضة استرلينية.", zir, false},
		// the word on cubic zirconia is the misnomer the guide forbids
		{"en-GB", "A blue zircon set in sterling silver.", cz, true},
		{"es-MX", "Un circón azul engastado en plata esterlina.", cz, true},
		{"es-ES", "Un zircón azul engastado en plata de ley.", cz, true},
		{"pt-PT", "Um zircão azul em prata de lei.", cz, true},
		{"de-DE", "Ein blauer Zirkon in Sterlingsilber.", cz, true},
		{"it-IT", "Uno zircone blu in argento 925.", cz, true},
		{"pl-PL", "Niebieski cyrkon w srebrze próby 925.", cz, true},
		{"zh-CN", "蓝色锆石镶嵌于925纯银。", cz, true},
		{"en-GB", "A blue zircon set in sterling silver.", rh, true},
		{"en-GB", "A comb lined with 45 clear rhinestones.", rh, true},
		{"fr-FR", "Un peigne orné de 45 strass transparents.", rh, true},
		{"en-GB", "A comb lined with 45 clear rhinestones.", gl, true},
		{"de-DE", "Ein Kamm mit 45 klaren Strasssteinen.", gl, true},
		{"en-GB", "A ring set with clear rhinestones.", cz, true},
	})
}

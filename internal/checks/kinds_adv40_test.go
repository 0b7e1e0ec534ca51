package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

var (
	advRose = core.Product{SKU: "AD40R", Name: "Aura", Category: "ring", Collection: "Essence", Materials: []string{"18k rose gold"},
		Metals: []core.Metal{{Base: "rose gold", Fineness: "18k"}}, Colours: []string{"rose gold"}}
	advSilver = core.Product{SKU: "AD40S", Name: "Aura", Category: "ring", Collection: "Essence", Materials: []string{"sterling silver"},
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Colours: []string{"silver"}}
	advEnamel = core.Product{SKU: "AD40E", Name: "Daisy", Category: "charm", Collection: "Moments", Materials: []string{"sterling silver", "enamel"},
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Colours: []string{"white", "yellow"}}
	advMurano = core.Product{SKU: "AD40M", Name: "Laguna", Category: "earrings", Collection: "Reflexions", Materials: []string{"Murano glass", "sterling silver"},
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Colours: []string{"green"}}
	advCrystal = core.Product{SKU: "AD40C", Name: "Drop", Category: "earrings", Collection: "Lumière", Materials: []string{"sterling silver", "man-made crystal"},
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Stones: []core.Stone{{Type: "man-made crystal", Colour: "clear", Count: 2, Origin: "simulant"}}, Colours: []string{"clear"}}
	advTopaz = core.Product{SKU: "AD40T", Name: "Mare", Category: "ring", Collection: "Ocean", Materials: []string{"sterling silver"},
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Stones: []core.Stone{{Type: "blue topaz", Colour: "blue", Count: 1, Origin: "natural"}}, Colours: []string{"blue", "silver"}}
)

// TestKindsAdv40 (adversarial, #13 anchor40/referent40/sibling40/
// colourant40/substance40/armparticiple40): untrue copy that names a metal,
// stone or material as the piece's own after an explanation of its alloy,
// glass, colourant or a look-alike, written by a helper against the first
// version of those rules. Every row must block. 45 rows blocked at main
// (9f3803de) and passed on the first version; the guards that followed
// (grounding/referent.go predicatedOfPiece: a copula, a copula after or a
// word of solidity beside the noun; a precious metal carried only beside a
// base metal of the alloy; siblingAlloy only in a sentence that compares,
// after the alloy was explained; glassColourant not beside a plating word;
// a reduced relative only after a compared plating) block them again.
// Polish and Czech "to" as a copula ("Pod spodem to miedź") blocks since
// plcop40 (predicate_copulas). Left out, as it passes now (cases README,
// anchor40): "szkło weneckie z Murano" on a man-made crystal; and, passing at main too, a
// look-alike named again as the piece's stone ("it really is an
// aquamarine" on a blue topaz, six languages), iron (no material word),
// "Muranoglas" on a crystal, and the metal of the rest claimed for the
// piece ("the rest is copper. … it is copper"). The gem words on crystal
// rows block by regulatory.simulant_gem and are not rows here.
func TestKindsAdv40(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, CatGrounding, []kindRow{
		// anchor40: a base metal of the alloy claimed for the piece by pronoun
		{"en-GB", "18k rose gold contains 75% pure gold. Inside, it is mostly copper.", advRose, true},
		{"en-GB", "18k rose gold contains 75% pure gold. Underneath, it is silver and copper.", advRose, true},
		{"en-GB", "18k rose gold contains 75% pure gold. Solid copper through and through, it will never fade.", advRose, true},
		{"en-GB", "18k rose gold contains 75% pure gold. It is actually solid silver, with copper for strength.", advRose, true},
		{"en-GB", "Sterling silver is 92.5% pure silver. Underneath, it is copper.", advSilver, true},
		{"en-GB", "Sterling silver is 92.5% pure silver. At its core it is copper.", advSilver, true},
		{"de-DE", "18 Karat Roségold enthält 75 % reines Gold. Innen ist es massives Kupfer.", advRose, true},
		{"de-DE", "Sterlingsilber besteht zu 92,5 % aus reinem Silber. Darunter ist es Kupfer.", advSilver, true},
		{"fr-FR", "L'or rose 18 carats contient 75 % d'or pur. À l'intérieur, c'est du cuivre massif.", advRose, true},
		{"fr-FR", "L'argent sterling contient 92,5 % d'argent pur. En dessous, c'est du cuivre.", advSilver, true},
		{"es-ES", "El oro rosa de 18 quilates contiene un 75 % de oro puro. Por dentro es cobre macizo.", advRose, true},
		{"es-ES", "La plata de ley contiene un 92,5 % de plata pura. Por debajo, es cobre.", advSilver, true},
		{"pl-PL", "Różowe złoto próby 750 zawiera 75% czystego złota. W środku to lita miedź.", advRose, true},
		// plcop40: Polish and Czech "to" as the copula (predicate_copulas)
		{"pl-PL", "Srebro próby 925 zawiera 92,5% czystego srebra. Pod spodem to miedź.", advSilver, true},
		{"pl-PL", "Różowe złoto próby 750 zawiera 75% czystego złota. W środku to miedź.", advRose, true},
		{"cs-CZ", "Růžové zlato 18 karátů obsahuje 75 % ryzího zlata. Uvnitř je to měď.", advRose, true},
		{"cs-CZ", "Stříbro 925 obsahuje 92,5 % ryzího stříbra. Pod povrchem to měď.", advSilver, true},
		{"ja-JP", "18金ローズゴールドは75%の純金を含みます。中身は銅です。", advRose, true},
		{"ja-JP", "スターリングシルバーは92.5%の純銀を含みます。中身は銅です。", advSilver, true},
		{"zh-CN", "18K玫瑰金含有75%的纯金。内部是实心铜。", advRose, true},
		{"zh-CN", "925银含有92.5%的纯银。内部是铜。", advSilver, true},
		// sibling40: white gold claimed for a rose gold piece
		{"en-GB", "White gold alloyed with palladium, it shines cool and bright.", advRose, true},
		{"en-GB", "18k rose gold is 75% pure gold. Yellow gold holds more silver, while white gold is alloyed with palladium. White gold it is, then, rhodium-plated for a bright finish.", advRose, true},
		{"en-GB", "18k rose gold is 75% pure gold. In white gold, alloyed with palladium and rhodium-plated, it gleams like moonlight.", advRose, true},
		{"de-DE", "Weißgold, mit Palladium legiert und rhodiniert, gibt ihm seinen kühlen Glanz.", advRose, true},
		{"de-DE", "18 Karat Roségold enthält 75 % reines Gold. Aus Weißgold, mit Palladium legiert, glänzt es kühl.", advRose, true},
		{"fr-FR", "En or blanc allié au palladium et rhodié, il brille d'un éclat froid.", advRose, true},
		{"fr-FR", "L'or rose 18 carats contient 75 % d'or pur. L'or blanc allié au palladium lui donne son éclat froid.", advRose, true},
		{"es-ES", "De oro blanco aleado con paladio y rodiado, brilla con un tono frío.", advRose, true},
		{"es-ES", "El oro rosa de 18 quilates contiene un 75 % de oro puro. Oro blanco aleado con paladio: así brilla con un tono frío.", advRose, true},
		{"pl-PL", "Białe złoto stopione z palladem i rodowane nadaje mu chłodny blask.", advRose, true},
		{"ja-JP", "ホワイトゴールドはパラジウムとの合金で、ロジウムメッキ仕上げです。", advRose, true},
		{"zh-CN", "白K金是金与钯的合金，表面镀铑，闪耀冷冽光泽。", advRose, true},
		// referent40: a stone named again, now as the piece's
		{"zh-CN", "蓝色托帕石常被误认为海蓝宝石。但这里闪耀的是真正的海蓝宝石。", advTopaz, true},
		// referent40: a material of a contrast named again as the piece's
		{"en-GB", "Unlike ordinary plating over brass, the silver here is thick. Underneath, it is still brass.", advSilver, true},
		{"de-DE", "Anders als gewöhnliche Vergoldung auf Messing ist das Silber hier massiv. Darunter steckt trotzdem Messing.", advSilver, true},
		{"fr-FR", "Contrairement au plaqué ordinaire sur laiton, l'argent est ici épais. Dessous, c'est quand même du laiton.", advSilver, true},
		{"es-ES", "A diferencia del chapado común sobre latón, la plata aquí es gruesa. Por debajo, sigue siendo latón.", advSilver, true},
		{"en-GB", "Enamel is powdered glass fired onto metal. Beneath the colour, it is solid glass throughout.", advEnamel, true},
		{"en-GB", "18k rose gold is an alloy of gold, copper and silver. Mostly silver, it only looks rosy.", advRose, true},
		// colourant40: a colourant claimed for the piece
		{"en-GB", "The glassmakers colour the glass with metal oxides: this green comes from copper. Solid copper, too, it warms to the skin.", advMurano, true},
		{"en-GB", "Green glass on solid copper, it glows in the light.", advMurano, true},
		{"en-GB", "This green comes from copper, and it hangs from copper hooks.", advMurano, true},
		{"en-GB", "The green comes from nickel, and it is nickel-plated too.", advMurano, true},
		{"de-DE", "Das Grün stammt von Kupfer; die Haken sind ebenfalls aus Kupfer.", advMurano, true},
		{"de-DE", "Grünes Glas auf massivem Kupfer, so leuchtet es im Licht.", advMurano, true},
		{"fr-FR", "Le vert vient du cuivre, et les crochets sont aussi en cuivre.", advMurano, true},
		{"es-ES", "El verde procede del cobre, y los ganchos también son de cobre.", advMurano, true},
		{"pl-PL", "Zielony kolor daje miedź; bigle również są z miedzi.", advMurano, true},
		{"ja-JP", "緑色は銅によるもので、フックも銅です。", advMurano, true},
		{"zh-CN", "绿色来自铜，耳钩也是铜。", advMurano, true},
		{"nl-NL", "Voor dit groen gebruiken ze koper; de oorhaakjes zijn ook van koper.", advMurano, true},
		// substance40: glass and the crystal
		{"en-GB", "Man-made crystal is glass. Clear crystal, with a drop of green glass below it.", advCrystal, true},
		{"de-DE", "Der Kristall ist Glas, echtes Muranoglas in leuchtendem Grün.", advCrystal, true},
		// armparticiple40
		{"en-GB", "Unlike solid gold, plated over brass, it costs far less.", advSilver, true},
		{"pt-BR", "Diferente do ouro maciço, feito sobre latão, ele custa bem menos.", advSilver, true},
		// more locales and forms
		{"ja-JP", "パラジウムと合金にしたホワイトゴールドで、クールに輝きます。", advRose, true},
		{"zh-CN", "白K金与钯合金，它闪耀冷冽光泽。", advRose, true},
		{"pl-PL", "Z białego złota stopionego z palladem, lśni chłodnym blaskiem.", advRose, true},
		{"de-DE", "Aus Weißgold, mit Palladium legiert, glänzt es kühl.", advRose, true},
		{"ja-JP", "緑色は銅から生まれ、留め具も銅です。", advMurano, true},
		{"zh-CN", "绿色源自铜，扣头也是铜。", advMurano, true},
		{"pl-PL", "Zieleń pochodzi z miedzi, a zapięcie też jest z miedzi.", advMurano, true},
		{"fr-FR", "Le vert vient du cuivre ; le fermoir est aussi en cuivre.", advMurano, true},
		{"en-GB", "This green comes from copper. The hooks are copper as well.", advMurano, true},
		{"de-DE", "Das Grün kommt vom Kupfer, und innen ist es massives Kupfer.", advMurano, true},
		{"fr-FR", "Le vert vient du cuivre : en dessous, c'est du cuivre massif.", advMurano, true},
		{"es-ES", "El verde viene del cobre; por dentro, es cobre macizo.", advMurano, true},
		{"pl-PL", "Zieleń daje miedź, a pod spodem to lita miedź.", advMurano, true},
		{"ja-JP", "緑色は銅によるもので、中身も銅です。", advMurano, true},
		{"zh-CN", "绿色来自铜，内部也是实心铜。", advMurano, true},
		{"de-DE", "Emaille ist Glaspulver, das auf Metall geschmolzen wird. Unter der Farbe ist es massives Glas.", advEnamel, true},
		{"fr-FR", "L'émail est du verre en poudre. Sous la couleur, c'est du verre massif.", advEnamel, true},
		{"en-GB", "Man-made crystal is glass. It is Murano glass, in fact.", advCrystal, true},
	})
}

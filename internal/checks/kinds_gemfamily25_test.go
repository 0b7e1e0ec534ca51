package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// Copy that explains what a stone is names its mineral group or its
// siblings ("aquamarine, like emerald, is a beryl", "ruby is a variety of
// corundum, as sapphire is", "nephrite, unlike jadeite, is a kind of jade",
// "amethyst is a variety of quartz, like citrine"), and the checker blocked
// the siblings as stones the piece lacks (grounding.stone; #13, gemfamily25).
// The relation is data: grounding canon stone_groups, every common gem
// species and variety with its group (GIA Gem Encyclopedia, Mindat.org,
// CIBJO Gemstone Book), read by the stonefamily25 rule (a sentence of the
// stone's nature). The same sibling said set in the piece still blocks.
func TestKindsGemFamily25(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	natural := func(typ, colour string) []core.Stone {
		return []core.Stone{{Type: typ, Colour: colour, Count: 1, Origin: "natural"}}
	}
	silver := []core.Metal{{Base: "sterling silver", Fineness: "925"}}
	product := func(sku, cat, typ, colour string) core.Product {
		return core.Product{SKU: sku, Name: "Solitaire", Category: cat, Collection: "Heritage",
			Materials: []string{"sterling silver"}, Metals: silver, Stones: natural(typ, colour)}
	}
	aqua := product("K25G1", "ring", "aquamarine", "blue")
	ruby := product("K25G2", "ring", "ruby", "red")
	neph := product("K25G3", "bracelet", "nephrite", "green")
	amet := product("K25G4", "pendant", "amethyst", "purple")
	kunz := product("K25G5", "pendant", "kunzite", "pink")
	moon := product("K25G6", "ring", "moonstone", "white")
	pass := func(p core.Product, loc, text string) kindRow { return kindRow{loc, text, p, false} }
	block := func(p core.Product, loc, text string) kindRow { return kindRow{loc, text, p, true} }
	checkKindRows(t, svc, "", []kindRow{
		// beryl: aquamarine and emerald
		pass(aqua, "en-GB", "Aquamarine is the sea-blue member of the beryl family, the same family as emerald."),
		pass(aqua, "de-DE", "Der Aquamarin gehört zur Familie der Berylle, zu der auch der Smaragd zählt."),
		pass(aqua, "fr-FR", "L'aigue-marine appartient à la famille des béryls, qui compte aussi l'émeraude."),
		pass(aqua, "es-ES", "La aguamarina es una variedad de berilo, la misma especie que la esmeralda."),
		pass(aqua, "ja-JP", "アクアマリンはエメラルドと同じベリルの仲間です。"),
		pass(aqua, "zh-CN", "海蓝宝与祖母绿同属绿柱石家族。"),
		block(aqua, "en-GB", "The ring is set with an emerald."),
		block(aqua, "de-DE", "Der Ring ist mit einem Smaragd besetzt."),
		block(aqua, "fr-FR", "La bague est sertie d'une émeraude."),
		block(aqua, "es-ES", "El anillo lleva una esmeralda."),
		block(aqua, "ja-JP", "エメラルドをあしらったリング。"),
		block(aqua, "zh-CN", "戒指镶嵌一颗祖母绿。"),
		// corundum: ruby and sapphire
		pass(ruby, "it-IT", "Il rubino è una varietà di corindone, la stessa specie dello zaffiro."),
		pass(ruby, "pt-BR", "O rubi é uma variedade de coríndon, a mesma espécie da safira."),
		pass(ruby, "ko-KR", "루비는 커런덤 계열 보석으로, 사파이어도 같은 계열입니다."),
		block(ruby, "it-IT", "L'anello è impreziosito da uno zaffiro."),
		block(ruby, "pt-BR", "O anel é cravejado com uma safira."),
		block(ruby, "ko-KR", "반지에 사파이어를 세팅했습니다."),
		// jade: nephrite and jadeite
		pass(neph, "nl-NL", "Nefriet is een soort jade, net als jadeïet."),
		pass(neph, "sv-SE", "Nefrit är en typ av jade, liksom jadeit."),
		block(neph, "nl-NL", "De armband is gemaakt van jadeïet."),
		block(neph, "sv-SE", "Armbandet är gjort av jadeit."),
		// quartz: amethyst and citrine
		pass(amet, "cs-CZ", "Ametyst je odrůda křemene, stejně jako citrín."),
		pass(amet, "tr-TR", "Ametist ve sitrin, kuvarsın iki çeşididir."),
		pass(amet, "el-GR", "Ο αμέθυστος είναι ποικιλία του χαλαζία, όπως και ο κιτρίνης."),
		pass(amet, "ar-AE", "الجمشت نوع من الكوارتز، وكذلك السترين."),
		block(amet, "cs-CZ", "Přívěsek zdobí citrín."),
		block(amet, "tr-TR", "Kolye ucunda bir sitrin var."),
		block(amet, "el-GR", "Το μενταγιόν κοσμεί ένας κιτρίνης."),
		block(amet, "ar-AE", "القلادة مرصعة بالسترين."),
		// spodumene: kunzite and hiddenite
		pass(kunz, "pl-PL", "Kunzyt to odmiana spodumenu, podobnie jak hiddenit."),
		block(kunz, "pl-PL", "Wisior zdobi hiddenit."),
		// feldspar: moonstone and labradorite (rainbow moonstone)
		pass(moon, "en-US", "Moonstone is a feldspar of the same family as labradorite."),
		block(moon, "en-US", "The ring is set with labradorite."),
	})
}

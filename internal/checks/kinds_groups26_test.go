package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// Copy that explains a rare material names its mineral group or a relative
// ("Bronzite is a member of the pyroxene group", "Andesine is a plagioclase
// feldspar", "Thomsonite is a zeolite", "aragonite, the same mineral as
// pearl nacre"): the group words are now known in every vocabulary (#13,
// groups26; grounding canon implies, stone_groups and stone_families after
// Mindat.org, the IMA list of minerals and the GIA Gem Encyclopedia), so
// each row names a stone the vocabularies did not know before; on its own
// product it passes, and said set in a garnet piece it blocks.
func TestKindsGroups26(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	silver := []core.Metal{{Base: "sterling silver", Fineness: "925"}}
	product := func(typ, colour string) core.Product {
		return core.Product{SKU: "K26G-" + typ, Name: "Cabochon Pendant", Category: "pendant", Collection: "Heritage",
			Materials: []string{"sterling silver"}, Metals: silver,
			Stones: []core.Stone{{Type: typ, Colour: colour, Count: 1, Origin: "natural"}}}
	}
	bronz := product("bronzite", "brown")
	thom := product("thomsonite", "pink")
	ande := product("andesine", "red")
	peri := product("peridot", "green")
	arag := product("aragonite", "orange")
	neph := product("nephrite", "green")
	bowe := product("bowenite", "green")
	amaz := product("amazonite", "green")
	labr := product("labradorite", "grey")
	copal := product("copal", "yellow")
	garnet := product("garnet", "red")
	pass := func(p core.Product, loc, text string) kindRow { return kindRow{loc, text, p, false} }
	rows := []kindRow{
		pass(bronz, "en-GB", "Bronzite is a member of the pyroxene group, close kin to enstatite."),
		pass(thom, "en-US", "Thomsonite is a zeolite that grows in the gas bubbles of old lava flows."),
		pass(ande, "en-AU", "Andesine is a plagioclase feldspar, like labradorite."),
		pass(bronz, "de-DE", "Bronzit gehört zur Gruppe der Pyroxene, wie der Enstatit."),
		pass(neph, "fr-FR", "La néphrite appartient au groupe des amphiboles."),
		pass(thom, "fr-CA", "La thomsonite est une zéolite qui se forme dans les cavités des laves."),
		pass(ande, "es-ES", "La andesina es una plagioclasa, la misma familia que la labradorita."),
		pass(peri, "es-MX", "El peridoto es la variedad gema del olivino."),
		pass(arag, "it-IT", "L'aragonite appartiene allo stesso gruppo della calcite."),
		pass(bowe, "pt-PT", "A bowenita é uma variedade de serpentina da Nova Zelândia."),
		pass(bronz, "pt-BR", "A bronzita é um piroxênio, parente da enstatita."),
		pass(ande, "nl-NL", "Andesien behoort tot de plagioklazen, net als labradoriet."),
		pass(thom, "sv-SE", "Thomsonit är en zeolit som bildas i håligheter i lava."),
		pass(bronz, "da-DK", "Bronzit tilhører pyroxenerne ligesom enstatit."),
		pass(amaz, "nb-NO", "Amazonitt er en grønn variant av mikroklin, en feltspat."),
		pass(neph, "fi-FI", "Nefriitti kuuluu amfibolien ryhmään."),
		pass(ande, "pl-PL", "Andezyn należy do grupy plagioklazów, tak jak labradoryt."),
		pass(bronz, "cs-CZ", "Bronzit patří do skupiny pyroxenů, stejně jako enstatit."),
		pass(thom, "tr-TR", "Tomsonit bir zeolit türüdür."),
		pass(arag, "el-GR", "Ο αραγωνίτης ανήκει στην ίδια ομάδα με τον ασβεστίτη."),
		pass(bronz, "ar-AE", "البرونزيت من مجموعة البيروكسين مثل الإنستاتيت."),
		pass(thom, "ja-JP", "トムソナイトは沸石の仲間です。"),
		pass(labr, "ko-KR", "라브라도라이트는 사장석에 속하는 광물입니다."),
		pass(bronz, "zh-CN", "古铜辉石属于辉石族，与顽火辉石同类。"),
		pass(bowe, "zh-TW", "鮑文玉是蛇紋石的一種。"),
		// nacre is aragonite; copal is amber's young kin (canon stone_families)
		pass(arag, "en-GB", "It is aragonite, the same mineral as pearl nacre."),
		pass(copal, "en-US", "Copal is a young resin, a relative of amber."),
	}
	// A sentence of the material's nature names other stones freely on any
	// piece (material_sentence.go, generic26), so the control is the group
	// word put on the piece: a garnet pendant said set with it blocks, which
	// it could not while no vocabulary knew the word.
	block := func(loc, text string) kindRow { return kindRow{loc, text, garnet, true} }
	checkKindRows(t, svc, "", rows)
	checkKindRows(t, svc, "grounding", []kindRow{
		block("en-GB", "The pendant is set with bronzite."),
		block("en-US", "This pendant features a thomsonite."),
		block("en-AU", "The pendant holds an andesine."),
		block("de-DE", "Der Anhänger ist mit Bronzit besetzt."),
		block("fr-FR", "Le pendentif est serti d'amphibole."),
		block("fr-CA", "Le pendentif est orné d'une thomsonite."),
		block("es-ES", "El colgante está engastado con una andesina."),
		block("es-MX", "El colgante luce un olivino."),
		block("it-IT", "Il ciondolo è impreziosito da un'aragonite."),
		block("pt-PT", "O pendente é cravejado com bowenita."),
		block("pt-BR", "O pingente traz uma bronzita."),
		block("nl-NL", "De hanger is bezet met andesien."),
		block("sv-SE", "Hänget är infattat med en thomsonit."),
		block("da-DK", "Vedhænget er prydet med bronzit."),
		block("nb-NO", "Anhenget er innfattet med mikroklin."),
		block("fi-FI", "Riipus on koristeltu amfibolilla."),
		block("pl-PL", "Wisiorek jest wysadzany andezynem."),
		block("cs-CZ", "Přívěsek je osazen bronzitem."),
		block("tr-TR", "Kolye ucu tomsonit ile süslenmiş."),
		block("el-GR", "Το μενταγιόν κοσμεί ένας αραγωνίτης."),
		block("ar-AE", "القلادة مرصعة بالبرونزيت."),
		block("ja-JP", "ペンダントにはトムソナイトがセットされています。"),
		block("ko-KR", "펜던트에 사장석이 세팅되어 있습니다."),
		block("zh-CN", "吊坠上镶嵌着一颗古铜辉石。"),
		block("zh-TW", "吊墜上鑲嵌著一塊鮑文玉。"),
		block("en-GB", "The pendant is set with aragonite."),
		block("en-US", "This pendant features a piece of copal."),
	})
}

// A sentence about the piece is no sentence of its stone's nature (#13,
// groups26): the stonefamily25 rule let a relative of the product's stone
// pass in any sentence holding a nature word, and English "form", "type",
// "kind" are also words of a piece's shape and kind, so "This type of ring
// is set with an emerald" passed on an aquamarine ring. A sentence whose
// first noun is the piece, or that puts a stone on it (setting_words: set
// with, features, holds, besetzt, sertie, engastada, 镶嵌, セット, 세팅,
// مرصع), now names the piece's stones; "Aquamarine is the blue variety of
// beryl, the same family as emerald" still passes.
func TestKindsPieceSentence26(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	silver := []core.Metal{{Base: "sterling silver", Fineness: "925"}}
	ring := func(typ, colour string) core.Product {
		return core.Product{SKU: "K26P-" + typ, Name: "Solitaire", Category: "ring", Collection: "Heritage",
			Materials: []string{"sterling silver"}, Metals: silver,
			Stones: []core.Stone{{Type: typ, Colour: colour, Count: 1, Origin: "natural"}}}
	}
	aqua := ring("aquamarine", "blue")
	pass := func(loc, text string) kindRow { return kindRow{loc, text, aqua, false} }
	block := func(loc, text string) kindRow { return kindRow{loc, text, aqua, true} }
	rows := []kindRow{
		pass("en-GB", "Aquamarine is the blue variety of beryl, the same family as emerald."),
		pass("en-US", "Aquamarine is a blue beryl, a member of the same family as emerald."),
		pass("en-AU", "Aquamarine is a kind of beryl, the same species as emerald."),
		pass("de-DE", "Der Aquamarin ist die blaue Varietät des Berylls, derselben Familie wie der Smaragd."),
		pass("fr-FR", "L'aigue-marine est la variété bleue du béryl, de la même famille que l'émeraude."),
		pass("fr-CA", "L'aigue-marine est une variété de béryl, tout comme l'émeraude."),
		pass("es-ES", "La aguamarina es la variedad azul del berilo, de la misma familia que la esmeralda."),
		pass("es-MX", "La aguamarina es un berilo azul, de la misma familia que la esmeralda."),
		pass("it-IT", "L'acquamarina è la varietà azzurra del berillo, la stessa famiglia dello smeraldo."),
		pass("pt-PT", "A água-marinha é a variedade azul do berilo, da mesma família da esmeralda."),
		pass("pt-BR", "A água-marinha é um berilo azul, da mesma família da esmeralda."),
		pass("nl-NL", "Aquamarijn is de blauwe variëteit van beril, dezelfde familie als smaragd."),
		pass("sv-SE", "Akvamarin är den blå varieteten av beryll, samma familj som smaragd."),
		pass("da-DK", "Akvamarin er den blå varietet af beryl, samme familie som smaragd."),
		pass("nb-NO", "Akvamarin er den blå varieteten av beryll, samme familie som smaragd."),
		pass("fi-FI", "Akvamariini on beryllin sininen muunnos, samaa perhettä kuin smaragdi."),
		pass("pl-PL", "Akwamaryn to niebieska odmiana berylu, z tej samej rodziny co szmaragd."),
		pass("cs-CZ", "Akvamarín je modrá odrůda berylu, ze stejné rodiny jako smaragd."),
		pass("tr-TR", "Akuamarin, berilin mavi çeşididir; zümrütle aynı ailedendir."),
		pass("el-GR", "Η ακουαμαρίνα είναι η μπλε ποικιλία του βηρύλλου, της ίδιας οικογένειας με το σμαράγδι."),
		pass("ar-AE", "الأكوامارين هو النوع الأزرق من البيريل، من نفس عائلة الزمرد."),
		pass("ja-JP", "アクアマリンはベリルの青い変種で、エメラルドと同じ仲間です。"),
		pass("ko-KR", "아쿠아마린은 베릴의 푸른 변종으로, 에메랄드와 같은 계열입니다."),
		pass("zh-CN", "海蓝宝是绿柱石的蓝色变种，与祖母绿同属一个家族。"),
		pass("zh-TW", "海藍寶是綠柱石的藍色變種，與祖母綠同屬一個家族。"),
	}
	// The controls are the sentences about the piece below: the same
	// relative put on the piece blocks.
	checkKindRows(t, svc, "", rows)
	checkKindRows(t, svc, "grounding", []kindRow{
		block("en-GB", "This type of ring is set with an emerald."),
		block("en-US", "This kind of ring features an emerald."),
		block("en-AU", "A ring of this form holds an emerald."),
		block("de-DE", "Diese Art von Ring ist mit einem Smaragd besetzt."),
		block("fr-FR", "Ce type de bague est serti d'une émeraude."),
		block("fr-CA", "Cette sorte de bague est ornée d'une émeraude."),
		block("es-ES", "Este tipo de anillo está engastado con una esmeralda."),
		block("es-MX", "Este tipo de anillo luce una esmeralda."),
		block("it-IT", "Questo tipo di anello è impreziosito da uno smeraldo."),
		block("pt-PT", "Este tipo de anel é cravejado com uma esmeralda."),
		block("pt-BR", "Esse tipo de anel traz uma esmeralda."),
		block("nl-NL", "Dit soort ring is bezet met een smaragd."),
		block("sv-SE", "Den här typen av ring är infattad med en smaragd."),
		block("da-DK", "Denne type ring er prydet med en smaragd."),
		block("nb-NO", "Denne typen ring er innfattet med en smaragd."),
		block("fi-FI", "Tämän tyyppinen sormus on koristeltu smaragdilla."),
		block("pl-PL", "Ten rodzaj pierścionka jest wysadzany szmaragdem."),
		block("cs-CZ", "Tento druh prstenu je osazen smaragdem."),
		block("tr-TR", "Bu tür yüzük, zümrütle süslenmiş bir tasarımdır."),
		block("el-GR", "Αυτό το είδος δαχτυλιδιού κοσμεί ένα σμαράγδι."),
		block("ar-AE", "هذا النوع من الخواتم مرصع بالزمرد."),
		block("ja-JP", "このタイプの指輪にはエメラルドがセットされています。"),
		block("ko-KR", "이런 종류의 반지에는 에메랄드가 세팅되어 있습니다."),
		block("zh-CN", "这种戒指镶嵌着一颗祖母绿。"),
		block("zh-TW", "這種戒指鑲嵌著一顆祖母綠。"),
		// the piece as the first noun, with no setting word
		block("en-GB", "This ring is a variety of the same family as emerald."),
		block("de-DE", "Dieser Ring ist eine Art Smaragd."),
		block("fr-FR", "Cette bague est une sorte d'émeraude."),
	})
}

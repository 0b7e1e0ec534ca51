package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// A stone or material named in a sentence about what the product's material
// is, not about the piece, is the material's chemistry, relative or
// look-alike (#13, generic26; the twenty-sixth blind set's released half:
// fulgurite "natural glass" fused from "quartz" sand, copal "younger than
// amber", chalcopyrite "a copper iron sulphide often confused with pyrite",
// pallasite "crystals of olivine, the same mineral as peridot", blocked in
// 13 locales). The rule is the sentence's (grounding/material_sentence.go):
// no word of the piece (category, part, "our", "this", a setting verb,
// fineness, solid, a measurement, a count of stones, the product's name) and
// a topic of the material (its own stone named, by the vocabulary or by the
// words of its type and name, or a word of a stone's nature). Every pass row
// has a control: the same stone put on the piece blocks.
func TestKindsMaterialSentence26(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	silver := []core.Metal{{Base: "sterling silver", Fineness: "925"}}
	ful := core.Product{SKU: "K26M1", Name: "Fulgurite Pendant", Category: "pendant", Collection: "Heritage",
		Materials: []string{"fulgurite", "sterling silver"}, Metals: silver,
		Stones: []core.Stone{{Type: "fulgurite", Colour: "beige", Count: 1, Origin: "natural"}}}
	cop := core.Product{SKU: "K26M2", Name: "Copal Drop", Category: "pendant", Collection: "Heritage",
		Materials: []string{"copal", "9k yellow gold"}, Metals: []core.Metal{{Base: "yellow gold", Fineness: "9k"}},
		Stones: []core.Stone{{Type: "copal", Colour: "honey", Count: 1, Origin: "natural"}}}
	chal := core.Product{SKU: "K26M3", Name: "Chalcopyrite Studs", Category: "earrings", Collection: "Heritage",
		Materials: []string{"chalcopyrite", "sterling silver"}, Metals: silver,
		Stones: []core.Stone{{Type: "chalcopyrite", Colour: "brassy yellow", Count: 2, Origin: "natural"}}}
	// The name in the copy's language carries the stone's local name
	// (kalkopyriitti), which no spelling rule reaches from "chalcopyrite".
	chalFi := chal
	chalFi.Name = "Kalkopyriitti-nappikorvakorut"
	pass := func(p core.Product, loc, text string) kindRow { return kindRow{loc, text, p, false} }
	block := func(p core.Product, loc, text string) kindRow { return kindRow{loc, text, p, true} }
	checkKindRows(t, svc, "", []kindRow{
		// The product's own stone as the subject, known to no vocabulary:
		// read from the words of its type (Fulgurit, fulgurita, fulguriet).
		pass(ful, "en-GB", "A fulgurite is natural glass: lightning melts the quartz grains of dry sand into a hollow tube."),
		pass(ful, "en-US", "Fulgurites form in a split second, when lightning fuses quartz sand into glass."),
		pass(ful, "en-AU", "Fulgurite is natural glass, made when lightning melts the quartz in desert sand."),
		pass(ful, "de-DE", "Fulgurit ist natürliches Glas: Der Blitz schmilzt die Quarzkörner des Sandes zu einer Röhre."),
		pass(ful, "fr-FR", "La fulgurite est un verre naturel : la foudre fond les grains de quartz du sable."),
		pass(ful, "fr-CA", "La fulgurite est un verre naturel né de la foudre, qui fond le quartz du sable."),
		pass(ful, "es-ES", "La fulgurita es vidrio natural: el rayo funde los granos de cuarzo de la arena."),
		pass(ful, "es-MX", "La fulgurita es un vidrio natural que nace cuando un rayo funde el cuarzo de la arena."),
		pass(ful, "it-IT", "La fulgurite è vetro naturale: il fulmine fonde i granelli di quarzo della sabbia."),
		pass(ful, "pt-PT", "A fulgurite é vidro natural: o raio funde os grãos de quartzo da areia."),
		pass(ful, "pt-BR", "O fulgurito é um vidro natural: o raio derrete os grãos de quartzo da areia."),
		pass(ful, "nl-NL", "Fulguriet is natuurlijk glas: de bliksem smelt de kwartskorrels van het zand."),
		pass(ful, "sv-SE", "Fulgurit är naturligt glas: blixten smälter sandens kvartskorn till ett rör."),
		pass(ful, "da-DK", "Fulgurit er naturligt glas: lynet smelter sandets kvartskorn sammen til et rør."),
		pass(ful, "nb-NO", "Fulguritt er naturlig glass: lynet smelter kvartskornene i sanden sammen."),
		pass(ful, "fi-FI", "Fulguriitti on luonnon lasia: salama sulattaa hiekan kvartsijyvät putkeksi."),
		pass(ful, "pl-PL", "Fulguryt to naturalne szkło: piorun topi ziarna kwarcu w piasku."),
		pass(ful, "cs-CZ", "Fulgurit je přírodní sklo: blesk roztaví zrnka křemene v písku."),
		pass(ful, "tr-TR", "Fulgurit doğal bir camdır: yıldırım kumdaki kuvars tanelerini eritir."),
		// Where the vocabulary does not know the stone's name, a word of a
		// stone's nature makes the sentence the material's.
		pass(ful, "el-GR", "Σχηματίζεται όταν ο κεραυνός λιώνει τους κόκκους χαλαζία της άμμου."),
		pass(ful, "ar-AE", "يتكوّن الحجر عندما يصهر البرق حبيبات الكوارتز في الرمل."),
		pass(ful, "ja-JP", "落雷の熱で砂の石英が溶けて形成されます。"),
		pass(ful, "ko-KR", "번개가 모래 속 석영을 녹여 형성됩니다."),
		pass(ful, "zh-CN", "闪电熔化沙中的石英而形成。"),
		pass(ful, "zh-TW", "閃電熔化沙中的石英而形成。"),
		// The same stone put on the piece.
		block(ful, "en-GB", "The pendant is set with a quartz."),
		block(ful, "en-US", "A quartz sits at the top of the pendant."),
		block(ful, "en-AU", "The fulgurite is framed with quartz."),
		block(ful, "de-DE", "Der Anhänger ist mit einem Quarz besetzt."),
		block(ful, "fr-FR", "Le pendentif est serti d'un quartz."),
		block(ful, "fr-CA", "Le pendentif est serti d'un quartz."),
		block(ful, "es-ES", "El colgante está engastado con un cuarzo."),
		block(ful, "es-MX", "El dije lleva un cuarzo engastado."),
		block(ful, "it-IT", "Il ciondolo è incastonato con un quarzo."),
		block(ful, "pt-PT", "O pendente é cravejado com um quartzo."),
		block(ful, "pt-BR", "O pingente é cravejado com um quartzo."),
		block(ful, "nl-NL", "De hanger is gezet met een kwarts."),
		block(ful, "sv-SE", "Hänget är infattat med en kvarts."),
		block(ful, "da-DK", "Vedhænget er indfattet med en kvarts."),
		block(ful, "nb-NO", "Anhenget er innfattet med en kvarts."),
		block(ful, "fi-FI", "Riipukseen on upotettu kvartsi."),
		block(ful, "pl-PL", "Zawieszka jest osadzona z kwarcem."),
		block(ful, "cs-CZ", "Přívěsek je osazený křemenem."),
		block(ful, "tr-TR", "Kolye ucuna bir kuvars yerleştirilmiş."),
		block(ful, "el-GR", "Το μενταγιόν είναι δεμένο με χαλαζία."),
		block(ful, "ar-AE", "القلادة مرصعة بالكوارتز."),
		block(ful, "ja-JP", "ペンダントに石英をセットしました。"),
		block(ful, "ko-KR", "펜던트에 석영을 세팅했습니다."),
		block(ful, "zh-CN", "吊坠镶嵌石英。"),
		block(ful, "zh-TW", "吊墜鑲嵌石英。"),

		// A look-alike and a chemistry in a sentence whose subject is
		// the product's stone, and the sentence after it that goes on.
		pass(chal, "en-GB", "Chalcopyrite is a copper iron sulphide. It is often confused with pyrite, but it is softer."),
		pass(chal, "de-DE", "Chalkopyrit ist ein Kupfer-Eisen-Sulfid und wird oft mit Pyrit verwechselt."),
		pass(chal, "es-ES", "La calcopirita es un sulfuro de cobre y hierro que a menudo se confunde con la pirita."),
		pass(chalFi, "fi-FI", "Kalkopyriitti on kuparin ja raudan sulfidi, ja se sekoitetaan usein rikkikiisuun."),
		block(chal, "en-GB", "The studs are set with pyrite."),
		block(chal, "de-DE", "Die Ohrstecker sind mit Pyrit besetzt."),
		block(chal, "es-ES", "Los pendientes están engastados con pirita."),
		// A new subject after the stone's sentence is not carried on.
		block(chal, "en-GB", "Chalcopyrite is a copper iron sulphide. Pyrite crystals sparkle beside it."),
		// A word of the piece makes the sentence the piece's.
		block(chal, "en-GB", "Chalcopyrite and our 6 mm pyrite are both sulphides."),
		block(chal, "en-GB", "Each chalcopyrite stud holds two pyrites."),
		block(cop, "en-GB", "Copal is a young resin, framed here in platinum."),
		block(cop, "en-GB", "Copal is younger than amber, and this pendant is solid platinum."),
		pass(cop, "en-GB", "Copal is tree resin still too young to be amber, and softer and lighter than amber."),
		pass(cop, "es-ES", "El copal es resina de árbol aún demasiado joven para ser ámbar."),
		block(cop, "es-ES", "El colgante de copal está engastado en ámbar."),
	})
}

// The material's topic carried over the sentences that go on about it, for
// a material too where a word of its nature stands ("Its name joins the
// Greek words chalkos, copper, and pyr, fire"), and a natural stone's
// crystals in a sentence about it (#13, generic26b; the released half of
// set 26). A sentence about the piece ends the topic; a crystal of a
// simulant stays the glass own_crystal.go reads.
func TestKindsMaterialTopic26b(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	silver := []core.Metal{{Base: "sterling silver", Fineness: "925"}}
	chal := core.Product{SKU: "K26T1", Name: "Chalcopyrite Studs", Category: "earrings", Collection: "Heritage",
		Materials: []string{"chalcopyrite", "sterling silver"}, Metals: silver,
		Stones: []core.Stone{{Type: "chalcopyrite", Colour: "brassy yellow", Count: 2, Origin: "natural"}}}
	pal := core.Product{SKU: "K26T2", Name: "Meteorite Ring", Category: "ring", Collection: "Heritage",
		Materials: []string{"titanium"}, Metals: []core.Metal{{Base: "titanium"}},
		Stones: []core.Stone{{Type: "pallasite meteorite", Colour: "green", Count: 1, Origin: "natural"}}}
	cz := pal
	cz.Stones = []core.Stone{{Type: "pallasite meteorite", Colour: "green", Count: 1, Origin: "simulant"}}
	// The data lists the meteorite's own metal among the materials; the
	// piece's metal is its titanium band (p.Metals).
	pal2 := pal
	pal2.Materials = []string{"titanium", "pallasite meteorite", "olivine", "iron-nickel"}
	tears := core.Product{SKU: "K26T3", Name: "Tears Bracelet", Category: "bracelet", Collection: "Heritage",
		Materials: []string{"Apache tears obsidian", "stainless steel"}, Metals: []core.Metal{{Base: "stainless steel"}},
		Stones: []core.Stone{{Type: "Apache tears obsidian", Colour: "black", Count: 19, Origin: "natural"}}}
	pass := func(p core.Product, loc, text string) kindRow { return kindRow{loc, text, p, false} }
	block := func(p core.Product, loc, text string) kindRow { return kindRow{loc, text, p, true} }
	checkKindRows(t, svc, "", []kindRow{
		pass(pal2, "en-GB", "Pallasites are meteorites of olivine, the gem mineral also called peridot, and iron-nickel."),
		block(pal2, "en-GB", "The titanium band is set with a peridot."),
		pass(tears, "en-US", "Apache tears are nodules of obsidian. Hold one to the light: unlike onyx, an opaque chalcedony, it glows brown."),
		block(tears, "en-US", "The bracelet holds nineteen beads of chalcedony."),
		pass(chal, "en-GB", "Chalcopyrite is the world's main ore of it. Its name joins the Greek words chalkos, copper, and pyr, fire."),
		pass(chal, "es-ES", "La calcopirita es la principal mena del mundo. Su nombre une las palabras griegas chalkos, cobre, y pyr, fuego."),
		pass(chal, "nl-NL", "Chalcopyriet is het belangrijkste erts ter wereld. De naam verbindt de Griekse woorden chalkos, koper, en pyr, vuur."),
		pass(chal, "de-DE", "Chalkopyrit ist das wichtigste Erz der Welt. Sein Name verbindet die griechischen Wörter chalkos, Kupfer, und pyr, Feuer."),
		// Two sentences on, still the stone's.
		pass(chal, "en-GB", "Chalcopyrite is found in Mexico. It is brassy and soft. Miners call it a cousin of pyrite."),
		// A sentence about the piece ends it.
		block(chal, "en-GB", "Chalcopyrite is found in Mexico. The studs are made in Italy. Their posts are copper."),
		block(chal, "es-ES", "La calcopirita viene de México. Los pendientes se hacen en Italia. Sus cierres son de cobre."),
		// A natural stone's crystals in a sentence about it.
		pass(pal, "en-GB", "Pallasites are stony-iron meteorites: green crystals held in iron-nickel."),
		pass(pal, "fr-FR", "Les pallasites sont des météorites où des cristaux verts sont pris dans le fer."),
		pass(pal, "it-IT", "Le pallasiti sono meteoriti in cui cristalli verdi sono racchiusi nel ferro."),
		// The same sentence on a simulant: crystals are glass.
		block(cz, "en-GB", "Pallasites are stony-iron meteorites: green crystals held in iron-nickel."),
		block(pal, "en-GB", "The ring is set with a green peridot."),
	})
}

package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// A stone named as what the product's stone is made of or forms with, in a
// sentence that says what the stone is or how it formed, is the stone's
// nature, not a stone set in the piece (#13, stonefamily25; the
// rare-material probe dev-probe25b: "It forms when fibrous hawk's eye and
// tiger's eye quartz is broken apart and cemented back together" on a
// pietersite pendant blocked grounding.stone "hawk's eye", "tiger's eye" in
// en, fr, sv, da, el and ar). The relation is data (grounding canon
// stone_families, after Mindat and GIA), the sentence one rule in every
// language (stone_nature_words, crystal_growth_words). The same stone said
// set in the piece still blocks; varieties upward (chiastolite an
// andalusite) were true of the piece already (canon implies).
func TestKindsStoneFamily25(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	natural := func(typ, colour string, n int) []core.Stone {
		return []core.Stone{{Type: typ, Colour: colour, Count: n, Origin: "natural"}}
	}
	silver := []core.Metal{{Base: "sterling silver", Fineness: "925"}}
	piet := core.Product{SKU: "K25F1", Name: "Oval Cabochon", Category: "pendant", Collection: "Heritage",
		Materials: []string{"sterling silver"}, Metals: silver, Stones: natural("pietersite", "blue", 1)}
	amet := core.Product{SKU: "K25F2", Name: "Bicolour Ring", Category: "ring", Collection: "Heritage",
		Materials: []string{"sterling silver"}, Metals: silver, Stones: natural("ametrine", "purple and yellow", 1)}
	dum := core.Product{SKU: "K25F3", Name: "Bead Necklace", Category: "necklace", Collection: "Heritage",
		Materials: []string{"sterling silver"}, Metals: silver, Stones: natural("dumortierite", "blue", 72)}
	agate := core.Product{SKU: "K25F4", Name: "Lace Drops", Category: "earrings", Collection: "Heritage",
		Materials: []string{"sterling silver"}, Metals: silver, Stones: natural("crazy lace agate", "cream", 2)}
	pass := func(p core.Product, loc, text string) kindRow { return kindRow{loc, text, p, false} }
	block := func(p core.Product, loc, text string) kindRow { return kindRow{loc, text, p, true} }
	checkKindRows(t, svc, "", []kindRow{
		// X is a Y: the family stone after a copula whose subject is the
		// product's stone (released25a crazy lace agate, "a very
		// fine-grained quartz" in en, fr, it, nb, cs)
		pass(agate, "en-GB", "Crazy lace agate is a banded chalcedony, a very fine-grained quartz, mined in Chihuahua."),
		pass(agate, "fr-CA", "L'agate crazy lace est une calcédoine rubannée, un quartz à grain très fin."),
		pass(agate, "it-IT", "L'agata crazy lace è un calcedonio a bande, un quarzo a grana finissima."),
		pass(agate, "nb-NO", "Crazy lace-agat er en båndet kalsedon, en svært finkornet kvarts."),
		pass(agate, "cs-CZ", "Achát crazy lace je páskovaný chalcedon, velmi jemnozrnný křemen."),
		block(agate, "en-GB", "The earrings are set with quartz and crazy lace agate."),
		block(agate, "fr-CA", "Les boucles sont serties de quartz."),
		block(agate, "it-IT", "Gli orecchini sono impreziositi da un quarzo."),
		block(agate, "nb-NO", "Øredobbene er prydet med kvarts."),
		block(agate, "cs-CZ", "Náušnice zdobí křemen."),
		pass(piet, "en-GB", "It forms when fibrous hawk's eye and tiger's eye quartz is broken apart and cemented back together."),
		pass(piet, "en-US", "Pietersite is a breccia of hawk's eye and tiger's eye."),
		pass(piet, "fr-FR", "La piétersite se forme lorsque du quartz fibreux, œil-de-faucon et œil-de-tigre, est brisé puis ressoudé naturellement."),
		pass(piet, "sv-SE", "Stenen bildas när fibrigt falköga och tigeröga bryts sönder och kittas ihop igen."),
		pass(piet, "da-DK", "Stenen dannes, når fibrøst falkeøje og tigerøje brydes i stykker og kittes sammen igen."),
		pass(piet, "el-GR", "Σχηματίζεται όταν ινώδες μάτι του γερακιού και μάτι της τίγρης σπάνε και συγκολλούνται ξανά."),
		pass(piet, "ar-AE", "يتكوّن الحجر عندما تتكسر ألياف عين الصقر وعين النمر ثم تلتحم من جديد."),
		pass(amet, "en-GB", "Ametrine forms when amethyst and citrine grow together in one crystal."),
		pass(dum, "zh-CN", "蓝线石常与石英一同形成于变质岩中。"),
		pass(dum, "ja-JP", "変成岩の中で石英とともに生まれることが多い石。"),
		block(piet, "en-GB", "The pendant is set with a tiger's eye."),
		block(piet, "en-US", "The pendant is set with hawk's eye."),
		block(piet, "fr-FR", "Le pendentif est serti d'un œil-de-tigre."),
		block(piet, "sv-SE", "Hängsmycket är infattat med ett tigeröga."),
		block(piet, "da-DK", "Vedhænget er prydet med et tigerøje."),
		block(piet, "el-GR", "Το μενταγιόν είναι δεμένο με ένα μάτι της τίγρης."),
		block(piet, "ar-AE", "القلادة مرصعة بحجر عين النمر."),
		block(amet, "en-GB", "The ring is set with a citrine."),
		block(dum, "zh-CN", "项链上镶有石英。"),
		block(dum, "ja-JP", "石英のビーズを連ねたネックレス。"),
	})
}

// The crystals of the product's own natural mineral are its own (#13,
// stonefamily25; dev-probe25b: "un cristal de cuprita", "Pendant la
// croissance du cristal", "kryształ kuprytu", "kuprit kristali" on cuprite
// and chiastolite pendants blocked grounding.stone as glass crystal in fr,
// es, pt, pl and tr): a crystal word whose noun phrase names the mineral, or
// in a sentence of the crystal's growth, and, once the copy has named the
// piece's one crystal so, "the crystal" again. Crystals set in the piece
// still block.
func TestKindsMineralCrystal25(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	silver := []core.Metal{{Base: "sterling silver", Fineness: "925"}}
	cup := core.Product{SKU: "K25C1", Name: "Octahedron Pendant", Category: "pendant", Collection: "Heritage",
		Materials: []string{"sterling silver"}, Metals: silver,
		Stones: []core.Stone{{Type: "cuprite", Colour: "deep red", Count: 1, Origin: "natural"}}}
	chia := core.Product{SKU: "K25C2", Name: "Cross Slice Pendant", Category: "pendant", Collection: "Heritage",
		Materials: []string{"sterling silver"}, Metals: silver,
		Stones: []core.Stone{{Type: "chiastolite", Colour: "brown", Count: 1, Origin: "natural"}}}
	apo := core.Product{SKU: "K25C3", Name: "Point Pendant", Category: "pendant", Collection: "Heritage",
		Materials: []string{"rhodium-plated sterling silver", "apophyllite"},
		Stones:    []core.Stone{{Type: "apophyllite", Colour: "clear", Count: 1, Origin: "natural"}}}
	sph := core.Product{SKU: "K25C4", Name: "Fire Solitaire", Category: "ring", Collection: "Heritage",
		Materials: []string{"platinum", "sphalerite"}, Metals: []core.Metal{{Base: "platinum", Fineness: "950"}},
		Stones: []core.Stone{{Type: "sphalerite", Colour: "orange", Count: 1, Origin: "natural"}}}
	pass := func(p core.Product, loc, text string) kindRow { return kindRow{loc, text, p, false} }
	block := func(p core.Product, loc, text string) kindRow { return kindRow{loc, text, p, true} }
	checkKindRows(t, svc, "grounding", []kindRow{
		// the mineral's name joins the vocabularies (apophyllite,
		// sphalerite; released25a), and crystals compared with the
		// piece's own by a demonstrative are its kind
		pass(apo, "pt-PT", "Uma ponta natural de cristal de apofilite pende de uma corrente. Este cristal vem da Índia."),
		pass(apo, "fr-CA", "Une pointe naturelle de cristal d'apophyllite est suspendue à une chaîne. Ce cristal provient de l'Inde."),
		pass(sph, "de-DE", "Klare, schleifwürdige Kristalle wie dieser stammen aus Kantabrien."),
		pass(sph, "es-MX", "Los cristales transparentes aptos para tallar, como este, provienen de Cantabria."),
		pass(sph, "nl-NL", "Kristallen die geschikt zijn om te slijpen, zoals deze, komen uit Cantabrië."),
		block(apo, "pt-PT", "Este cristal vem da Índia."),
		block(apo, "fr-CA", "Le pendentif est orné de cristaux."),
		block(sph, "de-DE", "Der Ring ist mit funkelnden Kristallen besetzt."),
		block(sph, "es-MX", "El anillo lleva cristales brillantes."),
		block(sph, "nl-NL", "De ring is bezet met fonkelende kristallen."),
		pass(cup, "en-GB", "A cuprite crystal from Namibia hangs from the chain."),
		pass(cup, "es-ES", "Este colgante sostiene un cristal de cuprita de Namibia. El cristal mide 10 mm."),
		pass(cup, "pt-BR", "Este pingente traz um cristal de cuprita da Namíbia. O cristal de 10 mm é preso por garras."),
		pass(cup, "pl-PL", "Ten wisior zdobi kryształ kuprytu z Namibii. Kryształ o długości 10 mm trzymają łapki ze srebra."),
		pass(cup, "tr-TR", "Bu kolye ucu bir kuprit kristali taşır. 10 mm'lik kristal, gümüş tırnaklarla tutturulmuştur."),
		pass(chia, "fr-FR", "Pendant la croissance du cristal, des particules de carbone se concentrent au centre."),
		pass(chia, "es-ES", "Al crecer, el cristal concentra partículas de carbono en su centro."),
		pass(chia, "pl-PL", "Podczas wzrostu kryształu cząstki węgla gromadzą się w jego środku."),
		pass(chia, "en-US", "The crystals of chiastolite trap carbon as they grow."),
		block(cup, "en-GB", "The pendant is set with sparkling crystals."),
		block(cup, "es-ES", "El cristal mide 10 mm."),
		block(cup, "pt-BR", "O cristal de 10 mm é preso por garras."),
		block(cup, "pl-PL", "Kryształ o długości 10 mm trzymają łapki ze srebra."),
		block(cup, "tr-TR", "10 mm'lik kristal, gümüş tırnaklarla tutturulmuştur."),
		block(chia, "fr-FR", "Le pendentif est serti de cristaux étincelants."),
		block(chia, "es-ES", "El colgante lleva cristales brillantes."),
		block(chia, "pl-PL", "Wisior zdobią lśniące kryształy."),
		block(chia, "en-US", "The crystals sparkle around the slice."),
	})
}

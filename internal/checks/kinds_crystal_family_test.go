package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// The products of the crystal-family rows: a painite ring, a danburite,
// an idocrase, a jadeite (Type B) and an old mine cut diamond pair, an
// ocean jasper bracelet.
var (
	crystalFamilyPainite = core.Product{SKU: "CF1", Name: "Signature", Category: "ring", Collection: "Signature",
		Metals:  []core.Metal{{Base: "yellow gold", Fineness: "18k"}},
		Stones:  []core.Stone{{Type: "painite", Origin: "natural", Treatment: "none", Colour: "reddish brown", Count: 1}},
		Colours: []string{"reddish brown", "yellow gold"}}
	crystalFamilyDanburite = core.Product{SKU: "CF2", Name: "Reflexions", Category: "earrings", Collection: "Reflexions",
		Metals:  []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "danburite", Origin: "natural", Treatment: "none", Colour: "pink", Count: 2}},
		Colours: []string{"pink", "silver"}}
	crystalFamilyIdocrase = core.Product{SKU: "CF3", Name: "Essence", Category: "earrings", Collection: "Essence",
		Metals:  []core.Metal{{Base: "yellow gold", Fineness: "14k"}},
		Stones:  []core.Stone{{Type: "idocrase", Origin: "natural", Treatment: "none", Colour: "green", Count: 2}},
		Colours: []string{"green", "gold"}}
	crystalFamilyJadeite = core.Product{SKU: "CF4", Name: "Heritage", Category: "earrings", Collection: "Heritage",
		Metals:  []core.Metal{{Base: "yellow gold", Fineness: "18k"}},
		Stones:  []core.Stone{{Type: "jadeite", Origin: "natural", Treatment: "bleached and polymer-impregnated", Colour: "green", Count: 2}},
		Colours: []string{"green", "gold"}}
	crystalFamilyDiamond = core.Product{SKU: "CF5", Name: "Old Mine", Category: "earrings", Collection: "Heritage",
		Metals:  []core.Metal{{Base: "yellow gold", Fineness: "14k"}},
		Stones:  []core.Stone{{Type: "diamond", Origin: "natural", Treatment: "none", Colour: "white", Count: 2}},
		Colours: []string{"white", "gold"}}
	crystalFamilyJasper = core.Product{SKU: "CF6", Name: "Heritage", Category: "bracelet", Collection: "Heritage",
		Metals:  []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "ocean jasper", Origin: "natural", Treatment: "none", Colour: "green", Count: 3}},
		Colours: []string{"green", "pink", "silver"}}
)

// Crystal words and a stone's family said of the piece's own natural
// stone are its nature, not a glass crystal or another stone set in the
// piece (#13, crystal66: released 66B es-ES, sv-SE 66B04-3, probe 66C
// nl-NL 66C02-3, 66D el-GR 66D01-1, en-AU 66D03-1, tr-TR 66D01-3).
// The few crystals a rare mineral was known by (GIA Gem Encyclopedia,
// "Painite": a handful of crystals for decades), the crystals a mineral forms as, the crystals a filler fills
// between in a polycrystalline jadeite (FTC 16 CFR 23.22 disclosure of
// the impregnation), crystals likened to other minerals, and the quartz
// jasper is made of.
func TestKindsCrystalFamily(t *testing.T) {
	t.Parallel()
	checkKindRows(t, checkService(t), CatGrounding, []kindRow{
		// the few crystals a rare mineral was known by
		{"es-ES", "Este mineral apareció en Birmania en los años cincuenta y durante mucho tiempo apenas se conocían unos cuantos cristales.", crystalFamilyPainite, false},
		{"sv-SE", "Mineralet hittades i Myanmar på 1950-talet, och under lång tid fanns bara en handfull kristaller i samlingar runt om i världen.", crystalFamilyPainite, false},
		{"en-GB", "The mineral turned up in Myanmar in the 1950s, and for decades only a handful of crystals were known.", crystalFamilyPainite, false},
		{"de-DE", "Das Mineral tauchte in den 1950er Jahren in Myanmar auf, und lange kannte man nur eine Handvoll Kristalle.", crystalFamilyPainite, false},
		{"nl-NL", "Het mineraal dook in de jaren vijftig op in Myanmar, en lange tijd waren er maar een handvol kristallen bekend.", crystalFamilyPainite, false},
		{"fr-FR", "Ce minéral est apparu en Birmanie dans les années 1950, et pendant longtemps on ne connaissait qu'une poignée de cristaux.", crystalFamilyPainite, false},
		{"it-IT", "Questo minerale è apparso in Birmania negli anni Cinquanta, e per molto tempo se ne conosceva solo una manciata di cristalli.", crystalFamilyPainite, false},
		{"pt-BR", "Este mineral surgiu em Mianmar nos anos 1950, e por muito tempo só se conhecia um punhado de cristais.", crystalFamilyPainite, false},
		// the crystal's own colour by direction (pleochroism)
		{"es-ES", "La painita natural cambia de color con la luz, porque el cristal muestra tonos distintos en cada dirección.", crystalFamilyPainite, false},
		// the crystals a mineral forms as
		{"el-GR", "Ο νταμπουρίτης σχηματίζεται σε φλέβες όπου θερμά διαλύματα αφήνουν αργά κρυστάλλους, γι' αυτό έχει καθαρή λάμψη.", crystalFamilyDanburite, false},
		// crystals likened to other minerals
		{"tr-TR", "Essence koleksiyonundan bu küpelerde kullanılan idokras, adını Yunanca karışık görünüm anlamına gelen sözcüklerden alır, çünkü kristalleri başka minerallere kolayca benzer.", crystalFamilyIdocrase, false},
		// the crystals a filler fills between
		{"en-AU", "These stones are Type B jadeite: they have been bleached to remove brown staining and then impregnated with a polymer resin that fills tiny gaps between the crystals, giving a brighter, more even green.", crystalFamilyJadeite, false},
		// the quartz jasper is made of
		{"nl-NL", "De ronde patronen in de steen ontstonden toen kwarts in vulkanisch gesteente aan de kust van Madagaskar in lagen kristalliseerde.", crystalFamilyJasper, false},
	})
}

// TestKindsCrystalFamilyBad: glass crystals set in the piece, and the
// piece said to be quartz or onyx when it is not, still block.
func TestKindsCrystalFamilyBad(t *testing.T) {
	t.Parallel()
	checkKindRows(t, checkService(t), CatGrounding, []kindRow{
		{"es-ES", "El anillo lleva unos cuantos cristales alrededor de la painita.", crystalFamilyPainite, true},
		{"sv-SE", "Ringen har en handfull kristaller runt painiten.", crystalFamilyPainite, true},
		{"en-GB", "The ring is set with a handful of sparkling crystals.", crystalFamilyPainite, true},
		{"en-GB", "The earrings are set with glass crystals beside the diamonds.", crystalFamilyDiamond, true},
		{"cs-CZ", "Náušnice zdobí skleněné krystaly vedle diamantů.", crystalFamilyDiamond, true},
		{"el-GR", "Τα σκουλαρίκια έχουν κρυστάλλους γύρω από τον νταμπουρίτη.", crystalFamilyDanburite, true},
		{"en-AU", "The earrings are set with crystals between the jadeite drops.", crystalFamilyJadeite, true},
		{"nl-NL", "De armband is van kwarts.", crystalFamilyJasper, true},
		{"nl-NL", "De armband heeft drie stenen van onyx.", crystalFamilyJasper, true},
		{"tr-TR", "Küpelerde parlak kristaller var.", crystalFamilyIdocrase, true},
	})
}

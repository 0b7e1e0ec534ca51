package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/grounding"
)

// TestKinds holds one table per failure kind of issue #13, in every
// supported locale: want is the category that must be found (blocking),
// or "" for copy that must not block.
func TestKinds(t *testing.T) {
	t.Parallel()
	g := guide(t)
	c := New(grounding.CheckCollections)
	silverHoops := core.Product{SKU: "K1", Name: "Loop", Category: "earrings", Materials: []string{"silver-plated brass"}, Colours: []string{"silver"}}
	silverNecklace := core.Product{SKU: "K2", Name: "Bar", Category: "necklace", Materials: []string{"sterling silver"}, Colours: []string{"silver"}}
	halo := core.Product{SKU: "K3", Name: "Halo", Category: "ring", Materials: []string{"18k white gold"}, Colours: []string{"silver"},
		Stones: []core.Stone{{Type: "diamond", Colour: "clear", Count: 1}, {Type: "diamond", Colour: "clear", Count: 10}}}
	pendant := core.Product{SKU: "K4", Name: "Star", Category: "necklace", Materials: []string{"sterling silver"}, Colours: []string{"silver", "blue"},
		Stones: []core.Stone{{Type: "cubic zirconia", Colour: "clear", Count: 1}, {Type: "cubic zirconia", Colour: "blue", Count: 3}}}
	pendantSized := pendant
	pendantSized.Measurements = []core.Measurement{{Name: "chain length", Value: 45, Unit: "cm"}, {Name: "pendant diameter", Value: 12, Unit: "mm"}}
	studs := core.Product{SKU: "K5", Name: "Sky", Category: "earrings", Metals: []core.Metal{{Base: "yellow gold", Fineness: "9k"}}, Colours: []string{"gold", "blue"},
		Stones: []core.Stone{{Type: "sapphire", Origin: core.OriginLabGrown, Colour: "blue", Count: 2}}, TotalCaratWeight: 0.5}
	lumiere := silverNecklace
	lumiere.Collection = "Lumière"
	moments := silverNecklace
	moments.Collection = "Moments"
	smallStuds := studs
	smallStuds.TotalCaratWeight = 0.36
	many := silverNecklace
	many.Stones = []core.Stone{{Type: "cubic zirconia", Colour: "clear", Count: 28}}
	keyword := silverNecklace
	keyword.Keywords = []string{"gift to say thank you"}
	type row struct {
		kind, locale string
		p            core.Product
		text, want   string
	}
	rows := []row{
		// claims in other words
		{"skin", "en-GB", silverHoops, "They are safe for sensitive ears.", CatClaim},
		{"skin", "en-US", silverHoops, "They won't irritate your skin.", CatClaim},
		{"skin", "fr-FR", silverHoops, "Elles conviennent aux peaux sensibles.", CatClaim},
		{"skin", "de-DE", silverHoops, "Sie sind besonders hautfreundlich.", CatClaim},
		{"skin", "it-IT", silverHoops, "Adatti alle pelli sensibili.", CatClaim},
		{"skin", "es-ES", silverHoops, "Aptos para pieles sensibles.", CatClaim},
		{"tarnish", "en-GB", silverNecklace, "It is tarnish-resistant.", CatClaim},
		{"tarnish care advice", "en-GB", silverNecklace, "Polish it with a soft cloth to keep its shine for years.", ""},
		{"tarnish", "fr-FR", silverNecklace, "Il ne ternit jamais.", CatClaim},
		{"tarnish", "de-DE", silverNecklace, "Sie läuft nicht an.", CatClaim},
		{"tarnish", "it-IT", silverNecklace, "Non si ossida mai.", CatClaim},
		{"tarnish", "es-ES", silverNecklace, "No se oxida nunca.", CatClaim},
		{"green", "en-GB", silverNecklace, "It is made sustainably and is eco-friendly.", CatRegulatory},
		{"green", "en-US", silverNecklace, "Our carbon-neutral studio makes it.", CatRegulatory},
		{"green", "fr-FR", silverNecklace, "Un bijou écoresponsable.", CatRegulatory},
		{"green", "de-DE", silverNecklace, "Klimaneutral hergestellt.", CatRegulatory},
		{"green", "it-IT", silverNecklace, "Un gioiello sostenibile.", CatRegulatory},
		{"green", "es-ES", silverNecklace, "Una joya sostenible.", CatRegulatory},
		{"health", "en-GB", silverNecklace, "It is said to calm the mind.", CatClaim},
		{"health", "fr-FR", silverNecklace, "Il apporte un équilibre émotionnel.", CatClaim},
		// plating beyond gold
		{"silver plated as silver", "en-GB", silverHoops, "A twisted band of silver.", CatRegulatory},
		{"silver plated as solid", "en-US", silverHoops, "Hoops in solid silver.", CatRegulatory},
		{"silver plated disclosed", "en-GB", silverHoops, "Hoops in silver-plated brass.", ""},
		{"silver plated as silver", "fr-FR", silverHoops, "Des créoles en argent massif.", CatRegulatory},
		{"silver plated as silver", "de-DE", silverHoops, "Creolen aus massivem Silber.", CatRegulatory},
		{"silver plated as silver", "it-IT", silverHoops, "Cerchi in argento massiccio.", CatRegulatory},
		{"silver plated as silver", "es-ES", silverHoops, "Aros de plata maciza.", CatRegulatory},
		// counts per stone group, clothing scope
		{"halo group count", "en-GB", halo, "A centre diamond framed by ten round diamonds.", ""},
		{"halo group count", "fr-FR", halo, "Un diamant central entouré de dix diamants ronds.", ""},
		{"halo wrong count", "en-GB", halo, "Framed by twelve round diamonds.", CatGrounding},
		{"colour group count", "en-US", pendant, "Set with four blue stones.", CatGrounding},
		{"colour group count", "de-DE", pendant, "Mit drei blauen Steinen.", ""},
		{"clothing colour", "en-GB", silverNecklace, "Wear it with a navy jumper or a white T-shirt.", ""},
		{"clothing colour", "fr-FR", silverNecklace, "Avec un pull rouge ou une robe noire.", ""},
		{"clothing colour", "de-DE", silverNecklace, "Zu einem roten Kleid.", ""},
		{"clothing colour", "it-IT", silverNecklace, "Con un maglione rosso.", ""},
		{"clothing colour", "es-ES", silverNecklace, "Con un vestido rojo.", ""},
		{"unknown stone", "en-GB", pendant, "It holds a round moissanite.", CatGrounding},
		{"unknown stone", "fr-FR", pendant, "Il porte une tanzanite.", CatGrounding},
		{"unknown stone", "de-DE", pendant, "Mit einem Moissanit.", CatGrounding},
		{"unknown stone", "it-IT", pendant, "Con una tanzanite.", CatGrounding},
		{"unknown stone", "es-ES", pendant, "Con una tanzanita.", CatGrounding},
		// offers, assistant text, keywords
		{"offer", "en-GB", silverNecklace, "It is now half price and ships free.", CatBannedTerm},
		{"offer", "fr-FR", silverNecklace, "Livraison offerte dès aujourd'hui.", CatBannedTerm},
		{"offer", "de-DE", silverNecklace, "Jetzt zum halben Preis.", CatBannedTerm},
		{"offer", "it-IT", silverNecklace, "Spedizione gratuita.", CatBannedTerm},
		{"offer", "es-ES", silverNecklace, "Envío gratis.", CatBannedTerm},
		{"assistant", "en-GB", silverNecklace, "Absolutely! Below is a warm description. Let me know if you want changes.", CatInjection},
		{"assistant", "fr-FR", silverNecklace, "Voici une proposition de texte : un collier fin.", CatInjection},
		{"assistant", "de-DE", silverNecklace, "Ich hoffe, die Beschreibung gefällt Ihnen.", CatInjection},
		{"assistant", "it-IT", silverNecklace, "Fammi sapere se vuoi cambiare qualcosa.", CatInjection},
		{"assistant", "es-ES", silverNecklace, "¡Claro! Aquí tienes la descripción.", CatInjection},
		{"keyword with a verb", "en-GB", keyword, "It is a gift to say thank you to a friend.", ""},
		// collection names with accents are the names, folded or not
		{"accented collection", "fr-FR", lumiere, "Un collier de la collection Lumière, en argent sterling.", ""},
		{"accented collection", "de-DE", lumiere, "Eine Kette aus der Lumière Kollektion.", ""},
		{"accented collection", "es-ES", lumiere, "Un collar de la colección Lumière.", ""},
		// do-not-translate names altered, inflected or glued
		{"dnt glued", "de-DE", moments, "Ein Anhänger aus der Momentskollektion.", CatGlossary},
		{"dnt glued", "de-DE", moments, "Ein Anhänger aus der Momentkollektion.", CatGlossary},
		{"dnt inflected", "fr-FR", moments, "Un pendentif de la collection Moment.", CatGlossary},
		{"dnt inflected", "it-IT", moments, "Un ciondolo della collezione Moment.", CatGlossary},
		{"dnt inflected", "es-ES", moments, "Un colgante de la colección Momento.", CatGlossary},
		{"dnt inflected", "en-GB", moments, "A pendant from the Moment collection.", CatGlossary},
		{"dnt kept", "de-DE", moments, "Ein Anhänger aus der Moments Kollektion.", ""},
		{"dnt kept", "en-US", moments, "A pendant from the Moments collection.", ""},
		// competitors misspelt or stylised
		{"competitor misspelt", "en-GB", silverNecklace, "As classic as a Tifany chain.", CatCompetitor},
		{"competitor misspelt", "en-US", silverNecklace, "It sparkles like Swarovsky crystal.", CatCompetitor},
		{"competitor stylised", "fr-FR", silverNecklace, "Digne des créations Bvlgari.", CatCompetitor},
		{"competitor hyphenated", "de-DE", silverNecklace, "Wie die Klassiker von Thomas-Sabo.", CatCompetitor},
		{"competitor accented", "it-IT", silverNecklace, "Come un bracciale Bulgarì.", CatCompetitor},
		{"competitor two words", "es-ES", silverNecklace, "Como los diseños de Kendra Scot.", CatCompetitor},
		{"no competitor", "en-GB", silverNecklace, "Carried with care to every occasion.", ""},
		// numbers past twenty-four, decimals that are weights
		{"number word past 24", "en-GB", many, "Set with thirty clear stones.", CatGrounding},
		{"number word past 24", "fr-FR", many, "Serti de trente pierres blanches.", CatGrounding},
		{"number word past 24", "de-DE", many, "Mit dreißig klaren Steinen.", CatGrounding},
		{"number word past 24", "it-IT", many, "Con trenta pietre bianche.", CatGrounding},
		{"number word past 24", "es-ES", many, "Con treinta piedras blancas.", CatGrounding},
		{"number word right", "en-US", many, "Set with twenty-eight clear stones.", ""},
		{"decimal carat is a weight", "en-GB", smallStuds, "Each lab-grown sapphire weighs 0.18 ct, set in 9k gold.", ""},
		// measurements and weights
		{"chain length", "en-GB", pendantSized, "It hangs from a 50 cm chain.", CatGrounding},
		{"chain length right", "en-GB", pendantSized, "It hangs from a 45 cm chain, about 18 in.", ""},
		{"chain length", "fr-FR", pendantSized, "Une chaîne de 60 cm.", CatGrounding},
		{"chain length", "de-DE", pendantSized, "An einer 60 cm langen Kette.", CatGrounding},
		{"chain length", "it-IT", pendantSized, "Su una catena di 60 cm.", CatGrounding},
		{"chain length", "es-ES", pendantSized, "En una cadena de 60 cm.", CatGrounding},
		{"carat weight", "en-US", studs, "The stones weigh 0.75 carats in total.", CatGrounding},
		{"carat weight right", "fr-FR", studs, "Des montures en or jaune 9 carats, 0,50 carat au total.", ""},
		{"carat weight per stone", "es-ES", studs, "Dos zafiros sintéticos de 0,25 quilates cada uno.", ""},
		{"decimal is no karat", "en-GB", studs, "Two lab-grown sapphires of 0.25 ct each in 9k gold.", ""},
	}
	for _, r := range rows {
		fs := c.Check(core.CheckInput{Product: r.p, Locale: r.locale, Channel: "social", Text: r.text, Guide: g})
		blocked := map[string]bool{}
		for _, f := range fs {
			if f.Severity == core.SeverityBlock {
				blocked[f.Category] = true
			}
		}
		switch {
		case r.want == "" && core.Blocks(fs):
			t.Errorf("%s %s %q: blocked: %s", r.kind, r.locale, r.text, describe(fs, "", r.text))
		case r.want != "" && !blocked[r.want]:
			t.Errorf("%s %s %q: no blocking %s finding: %s", r.kind, r.locale, r.text, r.want, describe(fs, "", r.text))
		}
	}
}

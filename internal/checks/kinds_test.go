package checks

import (
	"strings"
	"testing"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/grounding"
	"github.com/copydesk/copydesk/internal/locales"
	"github.com/copydesk/copydesk/internal/styleguide"
)

// Products of the kind tables.
var (
	silverHoops    = core.Product{SKU: "K1", Name: "Loop", Category: "earrings", Materials: []string{"silver-plated brass"}, Colours: []string{"silver"}}
	silverNecklace = core.Product{SKU: "K2", Name: "Bar", Category: "necklace", Materials: []string{"sterling silver"}, Colours: []string{"silver"}}
	halo           = core.Product{SKU: "K3", Name: "Halo", Category: "ring", Materials: []string{"18k white gold"}, Colours: []string{"silver"},
		Stones: []core.Stone{{Type: "diamond", Colour: "clear", Count: 1}, {Type: "diamond", Colour: "clear", Count: 10}}}
	pendant = core.Product{SKU: "K4", Name: "Star", Category: "necklace", Materials: []string{"sterling silver"}, Colours: []string{"silver", "blue"},
		Stones: []core.Stone{{Type: "cubic zirconia", Colour: "clear", Count: 1}, {Type: "cubic zirconia", Colour: "blue", Count: 3}}}
	pendantSized = func() core.Product {
		p := pendant
		p.Measurements = []core.Measurement{{Name: "chain length", Value: 45, Unit: "cm"}, {Name: "pendant diameter", Value: 12, Unit: "mm"}}
		return p
	}()
	studs = core.Product{SKU: "K5", Name: "Sky", Category: "earrings", Metals: []core.Metal{{Base: "yellow gold", Fineness: "9k"}}, Colours: []string{"gold", "blue"},
		Stones: []core.Stone{{Type: "sapphire", Origin: core.OriginLabGrown, Colour: "blue", Count: 2}}, TotalCaratWeight: 0.5}
	lumiere    = func() core.Product { p := silverNecklace; p.Collection = "Lumière"; return p }()
	moments    = func() core.Product { p := silverNecklace; p.Collection = "Moments"; return p }()
	smallStuds = func() core.Product { p := studs; p.TotalCaratWeight = 0.36; return p }()
	many       = func() core.Product {
		p := silverNecklace
		p.Stones = []core.Stone{{Type: "cubic zirconia", Colour: "clear", Count: 28}}
		return p
	}()
	keyword = func() core.Product { p := silverNecklace; p.Keywords = []string{"gift to say thank you"}; return p }()
)

// TestKinds holds one table per failure kind of issue #13, in every
// supported locale: want is the category that must be found (blocking),
// or "" for copy that must not block.
func TestKinds(t *testing.T) {
	t.Parallel()
	g := guide(t)
	c := NewScoped(grounding.CheckScoped)
	runKinds(t, c, g, []kindTable{
		// claims in other words
		{"skin", silverHoops, CatClaim, []lt{{"en-GB", "They are safe for sensitive ears."}, {"en-US", "They won't irritate your skin."}, {"fr-FR", "Elles conviennent aux peaux sensibles."}, {"de-DE", "Sie sind besonders hautfreundlich."}, {"it-IT", "Adatti alle pelli sensibili."}, {"es-ES", "Aptos para pieles sensibles."}}},
		{"tarnish", silverNecklace, CatClaim, []lt{{"en-GB", "It is tarnish-resistant."}}},
		{"tarnish care advice", silverNecklace, "", []lt{{"en-GB", "Polish it with a soft cloth to keep its shine for years."}}},
		{"tarnish", silverNecklace, CatClaim, []lt{{"fr-FR", "Il ne ternit jamais."}, {"de-DE", "Sie läuft nicht an."}, {"it-IT", "Non si ossida mai."}, {"es-ES", "No se oxida nunca."}}},
		{"green", silverNecklace, CatRegulatory, []lt{{"en-GB", "It is made sustainably and is eco-friendly."}, {"en-US", "Our carbon-neutral studio makes it."}, {"fr-FR", "Un bijou écoresponsable."}, {"de-DE", "Klimaneutral hergestellt."}, {"it-IT", "Un gioiello sostenibile."}, {"es-ES", "Una joya sostenible."}}},
		{"health", silverNecklace, CatClaim, []lt{{"en-GB", "It is said to calm the mind."}, {"fr-FR", "Il apporte un équilibre émotionnel."}}},
		// plating beyond gold
		{"silver plated as silver", silverHoops, CatRegulatory, []lt{{"en-GB", "A twisted band of silver."}}},
		{"silver plated as solid", silverHoops, CatRegulatory, []lt{{"en-US", "Hoops in solid silver."}}},
		{"silver plated disclosed", silverHoops, "", []lt{{"en-GB", "Hoops in silver-plated brass."}}},
		{"silver plated as silver", silverHoops, CatRegulatory, []lt{{"fr-FR", "Des créoles en argent massif."}, {"de-DE", "Creolen aus massivem Silber."}, {"it-IT", "Cerchi in argento massiccio."}, {"es-ES", "Aros de plata maciza."}}},
		// counts per stone group, clothing scope
		{"halo group count", halo, "", []lt{{"en-GB", "A centre diamond framed by ten round diamonds."}, {"fr-FR", "Un diamant central entouré de dix diamants ronds."}}},
		{"halo wrong count", halo, CatGrounding, []lt{{"en-GB", "Framed by twelve round diamonds."}}},
		{"colour group count", pendant, CatGrounding, []lt{{"en-US", "Set with four blue stones."}}},
		{"colour group count", pendant, "", []lt{{"de-DE", "Mit drei blauen Steinen."}}},
		{"clothing colour", silverNecklace, "", []lt{{"en-GB", "Wear it with a navy jumper or a white T-shirt."}, {"fr-FR", "Avec un pull rouge ou une robe noire."}, {"de-DE", "Zu einem roten Kleid."}, {"it-IT", "Con un maglione rosso."}, {"es-ES", "Con un vestido rojo."}}},
		{"unknown stone", pendant, CatGrounding, []lt{{"en-GB", "It holds a round moissanite."}, {"fr-FR", "Il porte une tanzanite."}, {"de-DE", "Mit einem Moissanit."}, {"it-IT", "Con una tanzanite."}, {"es-ES", "Con una tanzanita."}}},
		// offers, assistant text, keywords
		{"offer", silverNecklace, CatBannedTerm, []lt{{"en-GB", "It is now half price and ships free."}, {"fr-FR", "Livraison offerte dès aujourd'hui."}, {"de-DE", "Jetzt zum halben Preis."}, {"it-IT", "Spedizione gratuita."}, {"es-ES", "Envío gratis."}}},
		{"assistant", silverNecklace, CatInjection, []lt{{"en-GB", "Absolutely! Below is a warm description. Let me know if you want changes."}, {"fr-FR", "Voici une proposition de texte : un collier fin."}, {"de-DE", "Ich hoffe, die Beschreibung gefällt Ihnen."}, {"it-IT", "Fammi sapere se vuoi cambiare qualcosa."}, {"es-ES", "¡Claro! Aquí tienes la descripción."}}},
		{"keyword with a verb", keyword, "", []lt{{"en-GB", "It is a gift to say thank you to a friend."}}},
		// collection names with accents are the names, folded or not
		{"accented collection", lumiere, "", []lt{{"fr-FR", "Un collier de la collection Lumière, en argent sterling."}, {"de-DE", "Eine Kette aus der Lumière Kollektion."}, {"es-ES", "Un collar de la colección Lumière."}}},
		// do-not-translate names altered, inflected or glued
		{"dnt glued", moments, CatGlossary, []lt{{"de-DE", "Ein Anhänger aus der Momentskollektion."}}},
		{"dnt glued", moments, CatGlossary, []lt{{"de-DE", "Ein Anhänger aus der Momentkollektion."}}},
		{"dnt inflected", moments, CatGlossary, []lt{{"fr-FR", "Un pendentif de la collection Moment."}, {"it-IT", "Un ciondolo della collezione Moment."}, {"es-ES", "Un colgante de la colección Momento."}, {"en-GB", "A pendant from the Moment collection."}}},
		{"dnt kept", moments, "", []lt{{"de-DE", "Ein Anhänger aus der Moments Kollektion."}, {"en-US", "A pendant from the Moments collection."}}},
		// competitors misspelt or stylised
		{"competitor misspelt", silverNecklace, CatCompetitor, []lt{{"en-GB", "As classic as a Tifany chain."}, {"en-US", "It sparkles like Swarovsky crystal."}}},
		{"competitor stylised", silverNecklace, CatCompetitor, []lt{{"fr-FR", "Digne des créations Bvlgari."}}},
		{"competitor hyphenated", silverNecklace, CatCompetitor, []lt{{"de-DE", "Wie die Klassiker von Thomas-Sabo."}}},
		{"competitor accented", silverNecklace, CatCompetitor, []lt{{"it-IT", "Come un bracciale Bulgarì."}}},
		{"competitor two words", silverNecklace, CatCompetitor, []lt{{"es-ES", "Como los diseños de Kendra Scot."}}},
		{"no competitor", silverNecklace, "", []lt{{"en-GB", "Carried with care to every occasion."}}},
		// numbers past twenty-four, decimals that are weights
		{"number word past 24", many, CatGrounding, []lt{{"en-GB", "Set with thirty clear stones."}, {"fr-FR", "Serti de trente pierres blanches."}, {"de-DE", "Mit dreißig klaren Steinen."}, {"it-IT", "Con trenta pietre bianche."}, {"es-ES", "Con treinta piedras blancas."}}},
		{"number word right", many, "", []lt{{"en-US", "Set with twenty-eight clear stones."}}},
		{"decimal carat is a weight", smallStuds, "", []lt{{"en-GB", "Each lab-grown sapphire weighs 0.18 ct, set in 9k gold."}}},
		// measurements and weights
		{"chain length", pendantSized, CatGrounding, []lt{{"en-GB", "It hangs from a 50 cm chain."}}},
		{"chain length right", pendantSized, "", []lt{{"en-GB", "It hangs from a 45 cm chain, about 18 in."}}},
		{"chain length", pendantSized, CatGrounding, []lt{{"fr-FR", "Une chaîne de 60 cm."}, {"de-DE", "An einer 60 cm langen Kette."}, {"it-IT", "Su una catena di 60 cm."}, {"es-ES", "En una cadena de 60 cm."}}},
		{"carat weight", studs, CatGrounding, []lt{{"en-US", "The stones weigh 0.75 carats in total."}}},
		{"carat weight right", studs, "", []lt{{"fr-FR", "Des montures en or jaune 9 carats, 0,50 carat au total."}}},
		{"carat weight per stone", studs, "", []lt{{"es-ES", "Dos zafiros sintéticos de 0,25 quilates cada uno."}}},
		{"decimal is no karat", studs, "", []lt{{"en-GB", "Two lab-grown sapphires of 0.25 ct each in 9k gold."}}},
	})
}

// lt is one locale's text of a kind.
type lt struct{ locale, text string }

// kindTable is one failure kind of issue #13 with a text per locale: want
// is the category that must be found blocking, "warn:<category>" one that
// must be found as a warning and nothing blocking, or "" for copy that must
// not block.
type kindTable struct {
	kind  string
	p     core.Product
	want  string
	texts []lt
}

// wantAnyBlock as a kindTable's want: the copy must block, in whichever
// category (a metal a plated piece lacks may be a plating or a grounding
// finding, by how the copy words it).
const wantAnyBlock = "any"

func runKinds(t *testing.T, c *Checker, g *styleguide.Guide, tables []kindTable) {
	t.Helper()
	runKindsChannel(t, c, g, "social", tables)
}

// runKindsChannel is runKinds on another channel ("marketplace": up to 500
// characters, copy of several sentences).
func runKindsChannel(t *testing.T, c *Checker, g *styleguide.Guide, channel string, tables []kindTable) {
	t.Helper()
	for _, k := range tables {
		for _, x := range k.texts {
			fs := c.Check(core.CheckInput{Product: k.p, Locale: x.locale, Channel: channel, Text: x.text, Guide: g})
			found := map[string]string{}
			for _, f := range fs {
				if f.Severity == core.SeverityBlock || found[f.Category] == "" {
					found[f.Category] = f.Severity
				}
			}
			warn, isWarn := strings.CutPrefix(k.want, "warn:")
			switch {
			case isWarn && (core.Blocks(fs) || found[warn] != core.SeverityWarn):
				t.Errorf("%s %s %q: want a %s warning and no block: %s", k.kind, x.locale, x.text, warn, describe(fs, "", x.text))
			case isWarn:
			case k.want == "" && core.Blocks(fs):
				t.Errorf("%s %s %q: blocked: %s", k.kind, x.locale, x.text, describe(fs, "", x.text))
			case k.want == wantAnyBlock:
				if !core.Blocks(fs) {
					t.Errorf("%s %s %q: no blocking finding: %s", k.kind, x.locale, x.text, describe(fs, "", x.text))
				}
			case k.want != "" && found[k.want] != core.SeverityBlock:
				t.Errorf("%s %s %q: no blocking %s finding: %s", k.kind, x.locale, x.text, k.want, describe(fs, "", x.text))
			}
		}
	}
}

// TestKindsLanguage: close languages and untranslated English are found
// on folded text (function words and neighbour spellings with accents meet
// the accent-free document words), in the newer locales too.
func TestKindsLanguage(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	runKinds(t, c, guide(t), []kindTable{
		{"close language", silverNecklace, CatLocale, []lt{
			{"es-ES", "És un collaret de plata de llei amb una forma senzilla. També és perfecte per a cada dia, però també per a les nits especials amb els teus amics i la teva família."},
			{"nb-NO", "Halskæden er lavet af sterlingsølv og har et lille vedhæng, som fanger lyset. Den er perfekt til hverdagen og passer til alt. Du kan bære den alene eller sammen med andre smykker, så du får din egen stil."},
			{"da-DK", "Halskjedet er laget av sterlingsølv og har et lite anheng som fanger lyset. Det er perfekt til hverdagen og passer til alt. Du kan bære det alene eller sammen med andre smykker for en personlig stil."},
			{"da-DK", "Halsbandet är tillverkat i sterlingsilver och har ett litet hänge som fångar ljuset. Det är perfekt för vardagen och passar till allt. Du kan bära det ensamt eller med andra smycken för en personlig stil."},
		}},
		{"own language", silverNecklace, "", []lt{
			{"nb-NO", "Halskjedet er laget av sterlingsølv og har et lite anheng som fanger lyset. Det er perfekt til hverdagen og passer til alt. Du kan bære det alene eller sammen med andre smykker for en personlig stil."},
			{"sv-SE", "Halsbandet är tillverkat i sterlingsilver och har ett litet hänge som fångar ljuset. Det är perfekt för vardagen och passar till allt. Du kan bära det ensamt eller med andra smycken för en personlig stil."},
			{"es-ES", "Es un collar de plata de ley con una forma sencilla. También es perfecto para cada día, pero también para las noches especiales con tus amigos y tu familia."},
		}},
		{"neighbour spelling by accent", pendant, "warn:" + CatLocale, []lt{
			{"pt-PT", "O colar em prata de lei tem uma pequena estrela com uma zircônia azul que capta a luz. É perfeito para o dia a dia e combina com tudo o que veste."},
			{"pt-BR", "O colar em prata de lei tem uma pequena estrela com uma zircónia azul que capta a luz. É perfeito para o dia a dia e combina com tudo o que você veste."},
		}},
		{"own spelling", pendant, "", []lt{
			{"pt-PT", "O colar em prata de lei tem uma pequena estrela com uma zircónia azul que capta a luz. É perfeito para o dia a dia e combina com tudo o que veste."},
		}},
		{"untranslated English", silverNecklace, CatLocale, []lt{
			{"fr-FR", "Un collier en argent sterling à porter tous les jours : it is the perfect gift for her."},
			{"de-DE", "Eine Kette aus Sterlingsilber für jeden Tag, and it is a gift for your friends."},
			{"it-IT", "Una collana in argento sterling, and it is the perfect gift for you and your friends."},
			{"es-ES", "Un collar de plata de ley, and it is the perfect gift for you and your friends."},
			{"da-DK", "Halskæden er lavet af sterlingsølv, and it is the perfect gift for you and your friends."},
			{"sv-SE", "Halsbandet är gjort av sterlingsilver, and it is the perfect gift for you and your friends."},
			{"pl-PL", "Naszyjnik ze srebra próby 925, and it is the perfect gift for you and your friends."},
			{"nl-NL", "Een ketting van sterling zilver, and it is the perfect gift for you and your friends."},
			{"pt-PT", "Um colar em prata de lei, and it is the perfect gift for you and your friends."},
		}},
		{"untranslated English, two function words", silverNecklace, CatLocale, []lt{
			{"fr-FR", "Un collier en argent sterling, perfect for the festive season."},
			{"de-DE", "Eine Kette aus Sterlingsilber, perfect for the festive season."},
			{"it-IT", "Una collana in argento sterling, perfect for the festive season."},
			{"es-ES", "Un collar de plata de ley, perfect for the festive season."},
			{"da-DK", "Halskæden er lavet af sterlingsølv, perfect with the festive season."},
		}},
		{"English loan words in the language", silverNecklace, "", []lt{
			{"fr-FR", "Un collier en argent sterling, un must-have très chic pour le soir."},
			{"de-DE", "Eine Kette aus Sterlingsilber, ein echtes Must-have für jeden Look."},
			{"it-IT", "Una collana in argento sterling, un must-have per ogni look."},
		}},
	})
}

// TestStopwordsFolded: every pack's function words are counted for its
// language as document words spell them (folded: "på" is "pa").
func TestStopwordsFolded(t *testing.T) {
	t.Parallel()
	set := locales.Must()
	for _, loc := range set.Supported() {
		p, _ := set.Get(loc)
		for _, w := range p.Identity.Stopwords {
			if stopIndex().words[foldWord(w)]&stopBit(p.Language) == 0 {
				t.Errorf("%s: function word %q is not counted for %s", loc, w, p.Language)
			}
		}
	}
}

var (
	goldBracelet = core.Product{SKU: "K6", Name: "Line", Category: "bracelet", Materials: []string{"18k yellow gold"}, Colours: []string{"gold"}}
	labHalo      = core.Product{SKU: "K3L", Name: "Halo", Category: "ring", Materials: []string{"18k white gold"}, Colours: []string{"silver"},
		Stones: []core.Stone{{Type: "diamond", Origin: core.OriginLabGrown, Colour: "clear", Count: 1}, {Type: "diamond", Origin: core.OriginLabGrown, Colour: "clear", Count: 10}}}
	pearlBracelet = core.Product{SKU: "K7", Name: "Tide", Category: "bracelet", Materials: []string{"gold-plated sterling silver"}, Colours: []string{"gold", "white"},
		Stones: []core.Stone{{Type: "freshwater pearl", Colour: "white", Count: 5}}}
	roseBracelet = core.Product{SKU: "KR", Name: "Line", Category: "bracelet", Materials: []string{"sterling silver"}, Colours: []string{"rose"}}
	mintBracelet = core.Product{SKU: "KM", Name: "Line", Category: "bracelet", Materials: []string{"sterling silver"}, Colours: []string{"mint"}}
	silverAnklet = core.Product{SKU: "K8", Name: "Wave", Category: "anklet", Materials: []string{"sterling silver"}, Colours: []string{"silver"}}
	blueDrops    = core.Product{SKU: "K9", Name: "Rain", Category: "earrings", Materials: []string{"sterling silver"}, Colours: []string{"silver", "blue"},
		Stones: []core.Stone{{Type: "cubic zirconia", Colour: "blue", Count: 2}}}
)

// TestKindsScope: which noun phrase a fact word describes is decided
// before comparing it (issue #13 false blocks): colour and metal words in
// idioms and other senses, stone words naming colours, another product
// suggested alongside or a variant offered, the product's own type by a
// broader noun or a part named after it, and every accepted qualifier of
// the market. Controls show the same words still block on the piece.
func TestKindsScope(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	runKinds(t, c, guide(t), []kindTable{
		{"false friend: colour idiom", silverNecklace, "", []lt{
			{"en-GB", "A red-carpet moment for your evening, perfect for black-tie events."},
			{"en-US", "A treat for once in a blue moon, and a green light to everyday sparkle."},
			{"fr-FR", "Carte blanche pour briller : le fil rouge de la collection, un moment tapis rouge."},
			{"de-DE", "Der rote Faden der Kollektion: grünes Licht für die blaue Stunde."},
			{"it-IT", "Il filo rosso della collezione, un regalo dal principe azzurro, da tappeto rosso."},
			{"es-ES", "El hilo rojo de la colección, un regalo de su príncipe azul, de alfombra roja."},
		}},
		{"false friend: metal idiom", silverNecklace, "", []lt{
			{"en-GB", "It is worth its weight in gold, a gold medal of a gift."},
			{"it-IT", "Un regalo per le vostre nozze d'oro."},
			{"es-ES", "Un collar que vale su peso en oro."},
		}},
		{"false friend: other sense", goldBracelet, "", []lt{
			{"fr-FR", "Un bijou qui en vaut son argent, à la hauteur de votre argent."},
			{"de-DE", "Ein Geschenk zur Silberhochzeit, mit einem Motiv in Form einer Rose."},
		}},
		{"false friend: stone word as colour", pendant, "", []lt{
			{"en-GB", "Its stones are sapphire blue, like a sapphire-blue sky."},
			{"fr-FR", "Des pierres bleu saphir."},
			{"it-IT", "Pietre blu zaffiro."},
			{"es-ES", "Piedras azul zafiro."},
		}},
		{"false friend: stone anniversaries", silverNecklace, "", []lt{
			{"en-GB", "A perfect gift for a ruby anniversary or a diamond jubilee."},
			{"fr-FR", "Un cadeau pour des noces de rubis ou de perle."},
			{"de-DE", "Ein Geschenk zur Rubinhochzeit."},
			{"it-IT", "Un regalo per le nozze di rubino."},
			{"es-ES", "Un regalo para las bodas de rubí."},
		}},
		{"false friend: English colour value read in the target language", roseBracelet, "", []lt{
			{"fr-FR", "Un bracelet rose, fin et léger."}, {"de-DE", "Ein rosafarbenes Armband."},
			{"it-IT", "Un bracciale rosa."}, {"es-ES", "Una pulsera rosa."},
		}},
		{"false friend: English colour value read in the target language", mintBracelet, "", []lt{
			{"fr-FR", "Un bracelet vert menthe."}, {"it-IT", "Un bracciale verde menta."}, {"es-ES", "Una pulsera verde menta."},
		}},
		{"false friend: colour and stone words as names", silverNecklace, "", []lt{
			{"es-ES", "Un regalo perfecto para Esmeralda o para Rosa."},
			{"it-IT", "Un regalo per Perla e Bianca."},
			{"fr-FR", "Un cadeau pour Rose et Blanche."},
		}},
		{"false friend: metal words of endearment and liveliness", silverNecklace, "", []lt{
			{"de-DE", "Ein Geschenk für Ihr Goldstück."},
			{"it-IT", "Per chi ha l'argento vivo addosso."},
		}},
		{"false friend: colour words that are fruit, flowers and scents", silverNecklace, "", []lt{
			{"en-GB", "Fresh as an orange grove, scented with lavender and violet notes."},
			{"fr-FR", "Un parfum d'orange et de violette."},
			{"de-DE", "Duftet nach Orange und Flieder."},
			{"it-IT", "Profumo di arancia e viola."},
			{"es-ES", "Un zumo de naranja, un ramo de violetas y lilas."},
		}},
		{"control: two-sense colour beside a stone", pendant, CatGrounding, []lt{
			{"en-GB", "Set with an orange zirconia."}, {"es-ES", "Con una circonita naranja."}, {"it-IT", "Con una zirconia viola."},
		}},
		{"control: stone of the piece", silverNecklace, CatGrounding, []lt{
			{"en-GB", "A ruby pendant."}, {"fr-FR", "Un pendentif en rubis."}, {"es-ES", "Un collar de esmeraldas."},
		}},
		{"control: colour of the piece", silverNecklace, CatGrounding, []lt{
			{"en-GB", "A pink heart pendant."}, {"fr-FR", "Un pendentif rose poudré."}, {"de-DE", "Ein roter Anhänger."},
			{"it-IT", "Un ciondolo rosso."}, {"es-ES", "Un colgante rojo."},
		}},
		{"control: stone with its colour", pendant, CatGrounding, []lt{
			{"en-US", "A blue sapphire at its heart."}, {"fr-FR", "Un saphir bleu au centre."}, {"it-IT", "Uno zaffiro blu al centro."},
		}},
		{"cross-sell and variants", pearlBracelet, "", []lt{
			{"en-GB", "For a layered look, add the matching necklace in rose gold with pink stones."},
			{"en-GB", "Pair it with our rose gold Heritage ring for a layered look."},
			{"en-US", "The bracelet is also available in sterling silver and rose gold."},
			{"fr-FR", "Associez-le au collier assorti, en or rose, pour un look superposé. Existe aussi en argent et en or rose."},
			{"de-DE", "Kombinieren Sie es mit der passenden Kette, in Roségold, für einen Lagenlook. Auch in Silber und Roségold erhältlich."},
			{"it-IT", "Abbinalo alla collana coordinata, in oro rosa, per un look stratificato. Disponibile anche in argento e oro rosa."},
			{"es-ES", "Combínalo con el collar a juego, en oro rosa, para un look por capas. También disponible en plata y oro rosa."},
			{"en-GB", "Wear it with our yellow gold bangle for a warmer look."},
			{"en-US", "Style them with one of our rose gold chains."},
			{"fr-FR", "Portez-le avec notre jonc en or jaune."},
			{"de-DE", "Tragen Sie es zu unserem Armreif aus Gelbgold."},
			{"it-IT", "Indossalo con il nostro bracciale rigido in oro giallo."},
			{"es-ES", "Llévalo con nuestro brazalete de oro amarillo."},
			{"en-GB", "For a layered look, try a fine yellow gold chain."},
			{"fr-FR", "Pour un look superposé, une chaîne fine en or jaune."},
			{"de-DE", "Für einen Lagenlook eine feine Kette aus Gelbgold."},
			{"it-IT", "Per un look stratificato, una catenina in oro giallo."},
			{"es-ES", "Para un look por capas, una cadena fina de oro amarillo."},
		}},
		{"cross-sell: another item's counts and measures", pendantSized, "", []lt{
			{"en-GB", "Pair it with our three-stone ring and a 50 cm chain."},
			{"fr-FR", "Associez-le à notre bague trois pierres et à une chaîne de 60 cm."},
		}},
		{"control: the piece's counts and measures", pendantSized, CatGrounding, []lt{
			{"en-GB", "Set with seven blue stones on a 50 cm chain."},
		}},
		{"control: the piece's own matching stones", pendant, CatGrounding, []lt{
			{"en-GB", "A pendant set with matching pink stones."},
			{"fr-FR", "Un pendentif serti de pierres assorties roses."},
			{"de-DE", "Ein Anhänger mit passenden rosa Steinen."},
			{"it-IT", "Un ciondolo con pietre coordinate rosa."},
			{"es-ES", "Un colgante con piedras a juego rosas."},
		}},
		{"control: plating of the piece", pearlBracelet, CatRegulatory, []lt{
			{"en-GB", "A bracelet in rose gold."}, {"fr-FR", "Un bracelet en or rose."}, {"de-DE", "Ein Armband aus Roségold."},
			{"it-IT", "Un bracciale in oro rosa."}, {"es-ES", "Una pulsera de oro rosa."},
		}},
		{"type shorthand: broader noun", silverAnklet, "", []lt{
			{"en-GB", "A fine anklet in sterling silver. This delicate bracelet sits lightly on the ankle."},
			{"fr-FR", "Une chaîne de cheville en argent. Ce bracelet délicat se porte à la cheville."},
			{"de-DE", "Ein Fußkettchen aus Silber. Dieses zarte Armband sitzt leicht am Knöchel."},
			{"it-IT", "Una cavigliera in argento. Questo braccialetto delicato si porta alla caviglia."},
			{"es-ES", "Una tobillera de plata. Esta pulsera delicada se lleva en el tobillo."},
		}},
		{"type shorthand: part of the piece", blueDrops, "", []lt{
			{"de-DE", "Jeder Ohrring trägt einen kleinen Anhänger mit blauem Zirkonia."},
			{"it-IT", "Ogni orecchino porta un pendente di zirconia blu."},
			{"es-ES", "Cada pendiente lleva un colgante de circonita azul."},
		}},
		{"type shorthand: drops called pendenti", blueDrops, "warn:" + CatGrounding, []lt{
			{"it-IT", "Questi pendenti in argento catturano la luce a ogni passo."},
		}},
		{"control: another type", blueDrops, CatGrounding, []lt{
			{"it-IT", "Un ciondolo in argento."},
			{"en-GB", "This pendant hangs a blue zirconia."}, {"de-DE", "Dieser Anhänger trägt einen blauen Zirkonia."},
		}},
		{"legal qualifier accepted", labHalo, "", []lt{
			{"en-GB", "A centre stone and ten smaller laboratory-grown diamonds."},
			{"en-US", "A center diamond, created in a lab, and a halo of ten more."},
			{"fr-FR", "Des diamants synthétiques d'une grande pureté : un diamant central et dix petits diamants synthétiques."},
			{"de-DE", "Ein im Labor gezüchteter Diamant in der Mitte, umgeben von zehn laborgezüchteten Diamanten."},
			{"it-IT", "Un diamante sintetico al centro e dieci diamanti realizzati in laboratorio intorno."},
			{"es-ES", "Un diamante sintético en el centro y diez diamantes fabricados en laboratorio alrededor."},
		}},
		{"legal qualifier: lab-grown called synthetic", studs, "", []lt{
			{"en-GB", "Two blue synthetic sapphires set in 9k gold."},
		}},
		{"control: qualifier missing or not accepted", labHalo, CatRegulatory, []lt{
			{"en-US", "A center diamond and ten smaller diamonds."},
			// "man-made" is no qualifier in en-GB either (#13, f1).
			{"en-GB", "A centre stone and ten smaller man-made diamonds."},
			{"fr-FR", "Un diamant cultivé en laboratoire au centre."},
		}},
	})
}

// TestKindsPromptEcho: lines of the real writing prompt (read from
// internal/prompts for the guide, locale and channel, the pack's own
// instructions included), its line labels, chat roles and assistant
// wording in every locale are injection findings; copy that merely shares
// a word or two with the prompt is not.
func TestKindsPromptEcho(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	runKinds(t, c, guide(t), []kindTable{
		{"template line echoed", silverNecklace, CatInjection, []lt{
			{"en-GB", "A fine bar necklace in sterling silver. State only facts found in the product data."},
			{"en-US", "A fine bar necklace in sterling silver. Never mention prices, offers, discounts, delivery or stock."},
			{"fr-FR", "Un collier fin en argent sterling. Vouvoyez le lecteur (vous, votre), never tu."},
			{"de-DE", "Eine feine Kette aus Sterlingsilber. Siezen Sie den Leser (Sie, Ihr, capitalised), never du."},
			{"it-IT", "Una collana sottile in argento sterling. Write natively in Italian, as a native copywriter would."},
			{"es-ES", "Un collar fino de plata de ley. Plain text only: no HTML, no markdown, no URLs."},
		}},
		{"template label", silverNecklace, CatInjection, []lt{
			{"en-GB", "Brand voice: warm and precise. A fine bar necklace in sterling silver."},
			{"fr-FR", "Task: un collier fin en argent sterling."},
		}},
		{"chat role in the language", silverNecklace, CatInjection, []lt{
			{"fr-FR", "Assistant : Un collier fin en argent sterling."},
			{"de-DE", "Assistent: Eine feine Kette aus Sterlingsilber."},
			{"it-IT", "Sistema: Una collana sottile in argento sterling."},
			{"es-ES", "Usuario: Un collar fino de plata de ley."},
		}},
		{"instruction in the language", silverNecklace, CatInjection, []lt{
			{"fr-FR", "Un collier fin en argent sterling, en tant que rédacteur je réponds en JSON."},
			{"de-DE", "Eine feine Kette aus Sterlingsilber. Nur Fakten, erfinde niemals etwas."},
			{"it-IT", "Una collana sottile in argento sterling. Non inventare mai nulla, solo i fatti."},
			{"es-ES", "Un collar fino de plata de ley. Nunca inventes nada, solo los hechos."},
		}},
		{"copy sharing prompt words", silverNecklace, "", []lt{
			{"en-GB", "A fine bar necklace in sterling silver, written for every day and finished by hand."},
			{"fr-FR", "Un collier fin en argent sterling. Consignes d'entretien : rangez-le à l'abri de l'humidité."},
			{"de-DE", "Eine feine Kette aus Sterlingsilber, die Sie jeden Tag tragen können."},
		}},
	})
}

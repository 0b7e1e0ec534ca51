package offline

import (
	"regexp"
	"strings"

	"github.com/copydesk/copydesk/internal/styleguide"
)

// gender of a noun, for articles and agreement. Neuter is German only.
type gender byte

const (
	masculine gender = 'm'
	feminine  gender = 'f'
	neuter    gender = 'n'
)

// noun is a category or stone word in one language with what agreement needs.
type noun struct {
	word     string // singular, or the plural form for plural-only nouns (earrings)
	plural   string // plural form (German: dative plural, as stones only follow "mit")
	gender   gender
	isPlural bool // earrings: the noun itself is plural
	// article is the Italian definite article, which depends on the sound
	// that follows (il charm, l'anello, gli orecchini).
	article string
	// dative is the German dative singular (dem Diamanten).
	dative string
}

// categoryNouns maps a normalised category to its noun per language.
var categoryNouns = map[string]map[string]noun{
	"charm": {
		"en": {word: "charm"},
		"fr": {word: "charm", gender: masculine},
		"de": {word: "Charm", gender: masculine},
		"it": {word: "charm", gender: masculine, article: "il"},
		"es": {word: "charm", gender: masculine},
	},
	"bracelet": {
		"en": {word: "bracelet"},
		"fr": {word: "bracelet", gender: masculine},
		"de": {word: "Armband", gender: neuter},
		"it": {word: "bracciale", gender: masculine, article: "il"},
		"es": {word: "pulsera", gender: feminine},
	},
	"necklace": {
		"en": {word: "necklace"},
		"fr": {word: "collier", gender: masculine},
		"de": {word: "Halskette", gender: feminine},
		"it": {word: "collana", gender: feminine, article: "la"},
		"es": {word: "collar", gender: masculine},
	},
	"ring": {
		"en": {word: "ring"},
		"fr": {word: "bague", gender: feminine},
		"de": {word: "Ring", gender: masculine},
		"it": {word: "anello", gender: masculine, article: "l'"},
		"es": {word: "anillo", gender: masculine},
	},
	"earrings": {
		"en": {word: "earrings", isPlural: true},
		"fr": {word: "boucles d'oreilles", gender: feminine, isPlural: true},
		"de": {word: "Ohrringe", gender: masculine, isPlural: true},
		"it": {word: "orecchini", gender: masculine, isPlural: true, article: "gli"},
		"es": {word: "pendientes", gender: masculine, isPlural: true},
	},
	"pendant": {
		"en": {word: "pendant"},
		"fr": {word: "pendentif", gender: masculine},
		"de": {word: "Anhänger", gender: masculine},
		"it": {word: "ciondolo", gender: masculine, article: "il"},
		"es": {word: "colgante", gender: masculine},
	},
	"bangle": {
		"en": {word: "bangle"},
		"fr": {word: "jonc", gender: masculine},
		"de": {word: "Armreif", gender: masculine},
		"it": {word: "bracciale rigido", gender: masculine, article: "il"},
		"es": {word: "brazalete", gender: masculine},
	},
}

// genericNouns name a piece whose category the lexicon does not know, so
// that sentences stay grammatical without guessing a translation.
var genericNouns = map[string]noun{
	"fr": {word: "bijou", gender: masculine},
	"de": {word: "Schmuckstück", gender: neuter},
	"it": {word: "gioiello", gender: masculine, article: "il"},
	"es": {word: "joya", gender: feminine},
}

var categoryAliases = map[string]string{
	"charms": "charm", "bracelets": "bracelet", "necklaces": "necklace", "rings": "ring",
	"earring": "earrings", "pendants": "pendant", "bangles": "bangle",
}

// categoryNoun returns the noun for a product category in lang.
func categoryNoun(lang, category string) noun {
	key := normalise(category)
	if alias, ok := categoryAliases[key]; ok {
		key = alias
	}
	if forms, ok := categoryNouns[key]; ok {
		return forms[lang]
	}
	if lang == "en" {
		return noun{word: strings.TrimSpace(category), isPlural: strings.HasSuffix(key, "s") && !strings.HasSuffix(key, "ss")}
	}
	return genericNouns[lang]
}

// stoneNouns maps an English stone type to its noun per language. German
// plural forms are dative, the only case the German sentences use.
var stoneNouns = map[string]map[string]noun{
	"cubic zirconia": {
		"en": {word: "cubic zirconia", plural: "cubic zirconia"},
		"fr": {word: "oxyde de zirconium", plural: "oxydes de zirconium", gender: masculine},
		"de": {word: "Zirkonia", plural: "Zirkonia", gender: masculine},
		"it": {word: "zirconia cubica", plural: "zirconie cubiche", gender: feminine},
		"es": {word: "circonita", plural: "circonitas", gender: feminine},
	},
	"diamond": {
		"en": {word: "diamond", plural: "diamonds"},
		"fr": {word: "diamant", plural: "diamants", gender: masculine},
		"de": {word: "Diamant", plural: "Diamanten", gender: masculine, dative: "Diamanten"},
		"it": {word: "diamante", plural: "diamanti", gender: masculine},
		"es": {word: "diamante", plural: "diamantes", gender: masculine},
	},
	"crystal": {
		"en": {word: "crystal", plural: "crystals"},
		"fr": {word: "cristal", plural: "cristaux", gender: masculine},
		"de": {word: "Kristall", plural: "Kristallen", gender: masculine},
		"it": {word: "cristallo", plural: "cristalli", gender: masculine},
		"es": {word: "cristal", plural: "cristales", gender: masculine},
	},
	"pearl": {
		"en": {word: "pearl", plural: "pearls"},
		"fr": {word: "perle", plural: "perles", gender: feminine},
		"de": {word: "Perle", plural: "Perlen", gender: feminine},
		"it": {word: "perla", plural: "perle", gender: feminine},
		"es": {word: "perla", plural: "perlas", gender: feminine},
	},
	"freshwater pearl": {
		"en": {word: "freshwater pearl", plural: "freshwater pearls"},
		"fr": {word: "perle d'eau douce", plural: "perles d'eau douce", gender: feminine},
		"de": {word: "Süßwasserperle", plural: "Süßwasserperlen", gender: feminine},
		"it": {word: "perla d'acqua dolce", plural: "perle d'acqua dolce", gender: feminine},
		"es": {word: "perla de agua dulce", plural: "perlas de agua dulce", gender: feminine},
	},
	"cultured freshwater pearl": {
		"en": {word: "cultured freshwater pearl", plural: "cultured freshwater pearls"},
		"fr": {word: "perle de culture d'eau douce", plural: "perles de culture d'eau douce", gender: feminine},
		"de": {word: "Süßwasserzuchtperle", plural: "Süßwasserzuchtperlen", gender: feminine},
		"it": {word: "perla coltivata d'acqua dolce", plural: "perle coltivate d'acqua dolce", gender: feminine},
		"es": {word: "perla cultivada de agua dulce", plural: "perlas cultivadas de agua dulce", gender: feminine},
	},
	"sapphire": {
		"en": {word: "sapphire", plural: "sapphires"},
		"fr": {word: "saphir", plural: "saphirs", gender: masculine},
		"de": {word: "Saphir", plural: "Saphiren", gender: masculine},
		"it": {word: "zaffiro", plural: "zaffiri", gender: masculine},
		"es": {word: "zafiro", plural: "zafiros", gender: masculine},
	},
	"ruby": {
		"en": {word: "ruby", plural: "rubies"},
		"fr": {word: "rubis", plural: "rubis", gender: masculine},
		"de": {word: "Rubin", plural: "Rubinen", gender: masculine},
		"it": {word: "rubino", plural: "rubini", gender: masculine},
		"es": {word: "rubí", plural: "rubíes", gender: masculine},
	},
	"emerald": {
		"en": {word: "emerald", plural: "emeralds"},
		"fr": {word: "émeraude", plural: "émeraudes", gender: feminine},
		"de": {word: "Smaragd", plural: "Smaragden", gender: masculine},
		"it": {word: "smeraldo", plural: "smeraldi", gender: masculine},
		"es": {word: "esmeralda", plural: "esmeraldas", gender: feminine},
	},
	"amethyst": {
		"en": {word: "amethyst", plural: "amethysts"},
		"fr": {word: "améthyste", plural: "améthystes", gender: feminine},
		"de": {word: "Amethyst", plural: "Amethysten", gender: masculine},
		"it": {word: "ametista", plural: "ametiste", gender: feminine},
		"es": {word: "amatista", plural: "amatistas", gender: feminine},
	},
	"topaz": {
		"en": {word: "topaz", plural: "topazes"},
		"fr": {word: "topaze", plural: "topazes", gender: feminine},
		"de": {word: "Topas", plural: "Topasen", gender: masculine},
		"it": {word: "topazio", plural: "topazi", gender: masculine},
		"es": {word: "topacio", plural: "topacios", gender: masculine},
	},
	"garnet": {
		"en": {word: "garnet", plural: "garnets"},
		"fr": {word: "grenat", plural: "grenats", gender: masculine},
		"de": {word: "Granat", plural: "Granaten", gender: masculine},
		"it": {word: "granato", plural: "granati", gender: masculine},
		"es": {word: "granate", plural: "granates", gender: masculine},
	},
	"moonstone": {
		"en": {word: "moonstone", plural: "moonstones"},
		"fr": {word: "pierre de lune", plural: "pierres de lune", gender: feminine},
		"de": {word: "Mondstein", plural: "Mondsteinen", gender: masculine},
		"it": {word: "pietra di luna", plural: "pietre di luna", gender: feminine},
		"es": {word: "piedra luna", plural: "piedras luna", gender: feminine},
	},
	"opal": {
		"en": {word: "opal", plural: "opals"},
		"fr": {word: "opale", plural: "opales", gender: feminine},
		"de": {word: "Opal", plural: "Opalen", gender: masculine},
		"it": {word: "opale", plural: "opali", gender: masculine},
		"es": {word: "ópalo", plural: "ópalos", gender: masculine},
	},
	"spinel": {
		"en": {word: "spinel", plural: "spinels"},
		"fr": {word: "spinelle", plural: "spinelles", gender: masculine},
		"de": {word: "Spinell", plural: "Spinellen", gender: masculine},
		"it": {word: "spinello", plural: "spinelli", gender: masculine},
		"es": {word: "espinela", plural: "espinelas", gender: feminine},
	},
}

// stoneQualifiers are the prefixes that markets require to stay with the
// stone (a lab-grown diamond must never read as a diamond). Agreement
// marks: {e}{s} in French, {o} in Italian and Spanish; German forms are
// dative, ending -en.
var stoneQualifiers = []struct {
	prefixes []string
	forms    map[string]string
}{
	{[]string{"lab-grown ", "lab grown ", "lab-created ", "laboratory-grown "}, map[string]string{
		"en": "lab-grown", "fr": "synthétique{s}", "de": "im Labor gezüchteten",
		"it": "creat{o} in laboratorio", "es": "cread{o} en laboratorio",
	}},
	{[]string{"simulated "}, map[string]string{
		"en": "simulated", "fr": "simulé{e}{s}", "de": "simulierten",
		"it": "simulat{o}", "es": "simulad{o}",
	}},
	{[]string{"man-made ", "synthetic "}, map[string]string{
		"en": "man-made", "fr": "synthétique{s}", "de": "synthetischen",
		"it": "sintetic{o}", "es": "sintétic{o}",
	}},
}

// colourForms holds a colour word per language: adjective forms for stones
// (French, Italian, Spanish: masculine and feminine singular, masculine
// and feminine plural; German: the -en form used after "mit") and the
// noun used for a piece's colours ("en rose", "in Rosa").
type colourForms struct {
	adj   map[string][4]string
	deAdj string
	noun  map[string]string
}

func same4(s string) [4]string { return [4]string{s, s, s, s} }

var colours = map[string]colourForms{
	"clear": {
		adj:   map[string][4]string{"fr": {"incolore", "incolore", "incolores", "incolores"}, "it": {"trasparente", "trasparente", "trasparenti", "trasparenti"}, "es": {"transparente", "transparente", "transparentes", "transparentes"}},
		deAdj: "klaren",
		noun:  map[string]string{"fr": "transparent", "de": "Transparent", "it": "trasparente", "es": "transparente"},
	},
	"white": {
		adj:   map[string][4]string{"fr": {"blanc", "blanche", "blancs", "blanches"}, "it": {"bianco", "bianca", "bianchi", "bianche"}, "es": {"blanco", "blanca", "blancos", "blancas"}},
		deAdj: "weißen",
		noun:  map[string]string{"fr": "blanc", "de": "Weiß", "it": "bianco", "es": "blanco"},
	},
	"pink": {
		adj:   map[string][4]string{"fr": {"rose", "rose", "roses", "roses"}, "it": same4("rosa"), "es": same4("rosa")},
		deAdj: "rosa",
		noun:  map[string]string{"fr": "rose", "de": "Rosa", "it": "rosa", "es": "rosa"},
	},
	"blue": {
		adj:   map[string][4]string{"fr": {"bleu", "bleue", "bleus", "bleues"}, "it": same4("blu"), "es": {"azul", "azul", "azules", "azules"}},
		deAdj: "blauen",
		noun:  map[string]string{"fr": "bleu", "de": "Blau", "it": "blu", "es": "azul"},
	},
	"red": {
		adj:   map[string][4]string{"fr": {"rouge", "rouge", "rouges", "rouges"}, "it": {"rosso", "rossa", "rossi", "rosse"}, "es": {"rojo", "roja", "rojos", "rojas"}},
		deAdj: "roten",
		noun:  map[string]string{"fr": "rouge", "de": "Rot", "it": "rosso", "es": "rojo"},
	},
	"green": {
		adj:   map[string][4]string{"fr": {"vert", "verte", "verts", "vertes"}, "it": {"verde", "verde", "verdi", "verdi"}, "es": {"verde", "verde", "verdes", "verdes"}},
		deAdj: "grünen",
		noun:  map[string]string{"fr": "vert", "de": "Grün", "it": "verde", "es": "verde"},
	},
	"black": {
		adj:   map[string][4]string{"fr": {"noir", "noire", "noirs", "noires"}, "it": {"nero", "nera", "neri", "nere"}, "es": {"negro", "negra", "negros", "negras"}},
		deAdj: "schwarzen",
		noun:  map[string]string{"fr": "noir", "de": "Schwarz", "it": "nero", "es": "negro"},
	},
	"purple": {
		adj:   map[string][4]string{"fr": {"violet", "violette", "violets", "violettes"}, "it": same4("viola"), "es": {"morado", "morada", "morados", "moradas"}},
		deAdj: "violetten",
		noun:  map[string]string{"fr": "violet", "de": "Violett", "it": "viola", "es": "morado"},
	},
	"yellow": {
		adj:   map[string][4]string{"fr": {"jaune", "jaune", "jaunes", "jaunes"}, "it": {"giallo", "gialla", "gialli", "gialle"}, "es": {"amarillo", "amarilla", "amarillos", "amarillas"}},
		deAdj: "gelben",
		noun:  map[string]string{"fr": "jaune", "de": "Gelb", "it": "giallo", "es": "amarillo"},
	},
	"grey": {
		adj:   map[string][4]string{"fr": {"gris", "grise", "gris", "grises"}, "it": {"grigio", "grigia", "grigi", "grigie"}, "es": {"gris", "gris", "grises", "grises"}},
		deAdj: "grauen",
		noun:  map[string]string{"fr": "gris", "de": "Grau", "it": "grigio", "es": "gris"},
	},
	"orange": {
		adj:   map[string][4]string{"fr": same4("orange"), "it": {"arancione", "arancione", "arancioni", "arancioni"}, "es": same4("naranja")},
		deAdj: "orangefarbenen",
		noun:  map[string]string{"fr": "orange", "de": "Orange", "it": "arancione", "es": "naranja"},
	},
	"turquoise": {
		adj:   map[string][4]string{"fr": same4("turquoise"), "it": same4("turchese"), "es": same4("turquesa")},
		deAdj: "türkisfarbenen",
		noun:  map[string]string{"fr": "turquoise", "de": "Türkis", "it": "turchese", "es": "turquesa"},
	},
	// Piece colours named after metals are tones, never the metal itself:
	// "en argent" would claim a material the product may not have.
	"silver": {
		noun: map[string]string{"en": "silver-tone", "fr": "ton argenté", "de": "Silberton", "it": "tono argento", "es": "tono plateado"},
	},
	"gold": {
		noun: map[string]string{"en": "gold-tone", "fr": "ton doré", "de": "Goldton", "it": "tono oro", "es": "tono dorado"},
	},
	"rose gold": {
		noun: map[string]string{"en": "rose gold-tone", "fr": "ton or rose", "de": "Roségoldton", "it": "tono oro rosa", "es": "tono oro rosa"},
	},
}

var colourAliases = map[string]string{"gray": "grey", "colourless": "clear", "colorless": "clear", "transparent": "clear"}

func lookupColour(c string) (colourForms, bool) {
	key := normalise(c)
	if alias, ok := colourAliases[key]; ok {
		key = alias
	}
	f, ok := colours[key]
	return f, ok
}

var substances = map[string]map[string]string{
	"sterling silver":          {"fr": "argent sterling", "de": "Sterlingsilber", "it": "argento sterling", "es": "plata de ley"},
	"silver":                   {"fr": "argent", "de": "Silber", "it": "argento", "es": "plata"},
	"stainless steel":          {"fr": "acier inox", "de": "Edelstahl", "it": "acciaio inossidabile", "es": "acero inoxidable"},
	"enamel":                   {"fr": "émail", "de": "Emaille", "it": "smalto", "es": "esmalte"},
	"leather":                  {"fr": "cuir", "de": "Leder", "it": "pelle", "es": "piel"},
	"glass":                    {"fr": "verre", "de": "Glas", "it": "vetro", "es": "vidrio"},
	"murano glass":             {"fr": "verre de Murano", "de": "Murano-Glas", "it": "vetro di Murano", "es": "vidrio de Murano"},
	"platinum":                 {"fr": "platine", "de": "Platin", "it": "platino", "es": "platino"},
	"titanium":                 {"fr": "titane", "de": "Titan", "it": "titanio", "es": "titanio"},
	"mother-of-pearl":          {"fr": "nacre", "de": "Perlmutt", "it": "madreperla", "es": "nácar"},
	"mother of pearl":          {"fr": "nacre", "de": "Perlmutt", "it": "madreperla", "es": "nácar"},
	"cotton cord":              {"fr": "cordon en coton", "de": "Baumwollkordel", "it": "cordino di cotone", "es": "cordón de algodón"},
	"brass":                    {"fr": "laiton", "de": "Messing", "it": "ottone", "es": "latón"},
	"recycled silver":          {"fr": "argent recyclé", "de": "recyceltem Silber", "it": "argento riciclato", "es": "plata reciclada"},
	"recycled sterling silver": {"fr": "argent sterling recyclé", "de": "recyceltem Sterlingsilber", "it": "argento sterling riciclato", "es": "plata de ley reciclada"},
}

var platings = map[string]map[string]string{
	"rhodium-plated": {"fr": "rhodié{e}{s}", "de": "rhodiniert", "it": "rodiat{o}", "es": "rodiad{o}"},
	"rhodium plated": {"fr": "rhodié{e}{s}", "de": "rhodiniert", "it": "rodiat{o}", "es": "rodiad{o}"},
}

// goldPattern reads gold and gold plating in their usual spellings:
// "14k gold-plated", "18ct rose gold", "gold plated", "9 carat white gold".
var goldPattern = regexp.MustCompile(`^(?:(\d{1,2})\s*(?:k|kt|ct|carat|karat)\s+)?(?:(rose|white|yellow)\s+)?gold(?:[-\s](plated|plating|vermeil))?$`)

var goldShade = map[string]map[string]string{
	"rose":   {"fr": "or rose", "de": "Roségold", "it": "oro rosa", "es": "oro rosa"},
	"white":  {"fr": "or blanc", "de": "Weißgold", "it": "oro bianco", "es": "oro blanco"},
	"yellow": {"fr": "or jaune", "de": "Gelbgold", "it": "oro giallo", "es": "oro amarillo"},
	"":       {"fr": "or", "de": "Gold", "it": "oro", "es": "oro"},
}

var deGoldPlated = map[string]string{"rose": "rosévergoldet", "white": "weißvergoldet", "yellow": "gelbvergoldet", "": "vergoldet"}

// preferredTranslation returns the style guide's preferred rendering of an
// English term in locale: the guide, not this lexicon, has the last word.
func preferredTranslation(guide *styleguide.Guide, locale, key string) (string, bool) {
	if guide == nil {
		return "", false
	}
	for _, e := range guide.Glossary {
		if e.Kind != styleguide.KindPreferred || normalise(e.Term) != key {
			continue
		}
		if t, ok := e.Translations[locale]; ok && strings.TrimSpace(t) != "" {
			return t, true
		}
	}
	return "", false
}

var features = map[string]map[string]string{
	"hand-finished":  {"fr": "finition à la main", "de": "von Hand veredelt", "it": "rifinitura a mano", "es": "acabado a mano"},
	"hand finished":  {"fr": "finition à la main", "de": "von Hand veredelt", "it": "rifinitura a mano", "es": "acabado a mano"},
	"handmade":       {"fr": "fait main", "de": "handgefertigt", "it": "fatto a mano", "es": "hecho a mano"},
	"handcrafted":    {"fr": "fait main", "de": "handgefertigt", "it": "fatto a mano", "es": "hecho a mano"},
	"adjustable":     {"fr": "taille ajustable", "de": "verstellbar", "it": "regolabile", "es": "ajustable"},
	"engravable":     {"fr": "gravable", "de": "gravierbar", "it": "incidibile", "es": "grabable"},
	"stackable":      {"fr": "empilable", "de": "stapelbar", "it": "sovrapponibile", "es": "apilable"},
	"hypoallergenic": {"fr": "hypoallergénique", "de": "hypoallergen", "it": "ipoallergenico", "es": "hipoalergénico"},
	"nickel-free":    {"fr": "sans nickel", "de": "nickelfrei", "it": "senza nichel", "es": "sin níquel"},
	"waterproof":     {"fr": "étanche", "de": "wasserdicht", "it": "impermeabile", "es": "impermeable"},
	"openable":       {"fr": "ouvrable", "de": "zu öffnen", "it": "apribile", "es": "abrible"},
	"reversible":     {"fr": "réversible", "de": "wendbar", "it": "reversibile", "es": "reversible"},
	"recycled":       {"fr": "matériaux recyclés", "de": "recycelte Materialien", "it": "materiali riciclati", "es": "materiales reciclados"},
}

// occasions carry their preposition in German (zum Muttertag, zu Weihnachten).
var occasions = map[string]map[string]string{
	"mother's day":    {"en": "Mother's Day", "fr": "la fête des Mères", "de": "zum Muttertag", "it": "la festa della mamma", "es": "el Día de la Madre"},
	"father's day":    {"en": "Father's Day", "fr": "la fête des Pères", "de": "zum Vatertag", "it": "la festa del papà", "es": "el Día del Padre"},
	"valentine's day": {"en": "Valentine's Day", "fr": "la Saint-Valentin", "de": "zum Valentinstag", "it": "San Valentino", "es": "San Valentín"},
	"christmas":       {"en": "Christmas", "fr": "Noël", "de": "zu Weihnachten", "it": "Natale", "es": "Navidad"},
	"birthday":        {"en": "a birthday", "fr": "un anniversaire", "de": "zum Geburtstag", "it": "un compleanno", "es": "un cumpleaños"},
	"birthdays":       {"en": "birthdays", "fr": "les anniversaires", "de": "zum Geburtstag", "it": "i compleanni", "es": "los cumpleaños"},
	"anniversary":     {"en": "an anniversary", "fr": "un anniversaire de couple", "de": "zum Jahrestag", "it": "un anniversario", "es": "un aniversario"},
	"wedding":         {"en": "a wedding", "fr": "un mariage", "de": "zur Hochzeit", "it": "un matrimonio", "es": "una boda"},
	"engagement":      {"en": "an engagement", "fr": "des fiançailles", "de": "zur Verlobung", "it": "un fidanzamento", "es": "un compromiso"},
	"graduation":      {"en": "a graduation", "fr": "une remise de diplôme", "de": "zum Abschluss", "it": "una laurea", "es": "una graduación"},
	"everyday":        {"en": "everyday wear", "fr": "le quotidien", "de": "für jeden Tag", "it": "tutti i giorni", "es": "el día a día"},
	"easter":          {"en": "Easter", "fr": "Pâques", "de": "zu Ostern", "it": "Pasqua", "es": "Pascua"},
	"new year":        {"en": "New Year", "fr": "le Nouvel An", "de": "zum Jahreswechsel", "it": "Capodanno", "es": "Año Nuevo"},
}

// translateOccasion renders an occasion; unknown ones are kept as given
// (in German after "für", since the others carry their own preposition).
func translateOccasion(lang, value string) string {
	if forms, ok := occasions[normalise(value)]; ok {
		if t, ok := forms[lang]; ok {
			return t
		}
	}
	if lang == "de" {
		return "für " + strings.TrimSpace(value)
	}
	return strings.TrimSpace(value)
}

func translateFeature(lang, value string) string {
	if lang != "en" {
		if forms, ok := features[normalise(value)]; ok {
			return forms[lang]
		}
	}
	return strings.TrimSpace(value)
}

var spaces = regexp.MustCompile(`\s+`)

// normalise lower-cases a value and folds the spellings people type for
// the same thing ("Gold Plated", "gold-plated ").
func normalise(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	s = spaces.ReplaceAllString(s, " ")
	s = strings.ReplaceAll(s, "’", "'")
	return s
}

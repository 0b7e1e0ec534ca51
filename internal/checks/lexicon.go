package checks

import (
	"strings"
	"unicode/utf8"

	"github.com/copydesk/copydesk/internal/locales"
)

// packQualifierWords collects the market qualifiers of every locale pack
// (lab-grown, simulant, plated: pick chooses which), as the words of at
// least four letters they are made of ("laboratoriedyrket", "banhado";
// short words such as "em" or "in" would qualify anything).
func packQualifierWords(pick func(locales.Qualifiers) []string) []string {
	set, err := locales.Load()
	if err != nil {
		return nil
	}
	var out []string
	for _, l := range set.Supported() {
		p, _ := set.Get(l)
		for _, phrase := range pick(p.Qualifiers) {
			for _, w := range strings.Fields(strings.ToLower(phrase)) {
				w = strings.TrimPrefix(w, "-") // "-look": glued by a hyphen
				if utf8.RuneCountInString(w) >= 4 {
					out = append(out, w)
				}
			}
		}
	}
	return out
}

// Built-in multilingual word lists (en, fr, de, it, es; some nl, pt). They
// apply whatever the guide says, because a careful reviewer refuses these
// claims in every market.

// builtinKind says what a built-in phrase hit means.
type builtinKind uint8

const (
	bSolidGold builtinKind = iota
	bRealDiamond
	bHealth
	bInjection
	bGBtoUS // a British form, wrong in en-US
	bUStoGB // an American form, wrong in en-GB
)

type builtinPhrase struct {
	kind    builtinKind
	lang    string // empty: every language
	phrase  string
	suggest string
}

var solidGoldPhrases = []string{
	"solid gold", "solid 9k gold", "solid 14k gold", "solid 18k gold", "solid 22k gold", "pure gold", "real gold",
	"or massif", "or pur", "or jaune massif", "or rose massif", "or blanc massif", "or 18 carats massif", "or 14 carats massif", "massivgold", "massives gold", "massivem gold", "massiven gold", "massiv gold", "echtgold", "reines gold",
	"oro massiccio", "oro puro", "oro rosa massiccio", "oro giallo massiccio", "oro bianco massiccio",
	"oro macizo", "oro sólido", "oro puro de ley", "oro rosa macizo", "oro amarillo macizo", "oro blanco macizo",
	"massivem roségold", "massives roségold", "massiven roségold", "massivem weißgold", "massives weißgold",
	"massief goud", "ouro maciço",
}

var realDiamondPhrases = []string{
	"real diamond", "real diamonds", "genuine diamond", "genuine diamonds", "natural diamond", "natural diamonds",
	"vrai diamant", "vrais diamants", "diamant véritable", "diamants véritables", "diamant naturel", "diamants naturels", "véritable diamant", "véritables diamants",
	"echter diamant", "echte diamanten", "echten diamanten", "echtem diamant", "echtes diamant", "natürlicher diamant", "natürliche diamanten", "natürlichen diamanten",
	"vero diamante", "veri diamanti", "diamante vero", "diamanti veri", "diamante naturale", "diamanti naturali", "diamante autentico", "diamanti autentici",
	"diamante auténtico", "diamantes auténticos", "diamante real", "diamantes reales", "diamante genuino", "diamantes genuinos", "diamante natural", "diamantes naturales", "verdadero diamante", "verdaderos diamantes",
	"echte diamant", "echte diamanten", "diamante verdadeiro",
}

var healthPhrases = map[string][]string{
	"en": {"healing", "heals", "heal", "healing properties", "chakra", "chakras", "cures", "cure", "protects against", "protect against", "positive energy", "negative energy", "healing energy", "wards off", "ward off", "therapeutic", "balances your energy", "balance your energy", "boosts your immune", "keeps bad luck away", "wards off bad luck", "brings good luck", "brings luck", "protects the wearer", "protects you", "protective powers"},
	"fr": {"guérison", "guérit", "guérir", "vertus thérapeutiques", "pouvoirs de guérison", "énergie positive", "énergies positives", "énergie négative", "protège contre", "éloigne les ondes", "lithothérapie", "chakra", "chakras"},
	"de": {"heilend", "heilende", "heilenden", "heilkraft", "heilkräfte", "heilt", "heilwirkung", "positive energie", "negative energie", "schützt vor", "schützt gegen", "chakra", "chakren"},
	"it": {"curativo", "curativa", "curative", "curativi", "guarisce", "guarigione", "energia positiva", "energie positive", "protegge da", "protegge contro", "proprietà curative", "cristalloterapia", "chakra"},
	"es": {"curativo", "curativa", "curativas", "curativos", "cura el", "cura la", "sanación", "sanador", "sanadora", "energía positiva", "energías positivas", "protege contra", "propiedades curativas", "chakra", "chakras"},
	"nl": {"genezend", "genezende", "helende", "beschermt tegen", "positieve energie"},
	"pt": {"curativo", "curativa", "energia positiva", "protege contra"},
}

// injectionPhrases are prompt and chat-assistant text that must never reach
// a catalogue.
var injectionPhrases = []string{
	"ignore previous instructions", "ignore all previous instructions", "ignore the previous instructions", "ignore the above", "ignore all instructions", "disregard previous instructions", "disregard the above", "previous instructions", "system prompt",
	"as an ai", "as an ai language model", "as a language model", "i am an ai", "i'm an ai", "language model",
	"here is the description", "here is a description", "here is your description", "here's the description", "here's a description", "here is the product description", "here is a product description", "here's a product description", "here's the product description", "here's your product description", "sure here is", "sure here's", "certainly here is", "certainly here's",
	"ignorez les instructions", "ignorez toutes les instructions", "instructions précédentes", "en tant qu'ia", "en tant que modèle de langage", "voici la description", "voici une description",
	"ignoriere alle", "ignoriere die", "vorherigen anweisungen", "als ki", "als sprachmodell", "hier ist die beschreibung", "hier ist eine beschreibung",
	"ignora le istruzioni", "ignora tutte le istruzioni", "istruzioni precedenti", "come ia", "come modello linguistico", "ecco la descrizione", "ecco una descrizione",
	"ignora las instrucciones", "ignora todas las instrucciones", "instrucciones anteriores", "como ia", "como modelo de lenguaje", "aquí está la descripción", "aquí tienes la descripción", "aquí tiene la descripción",
}

// injectionMarkers are character sequences of prompts, chat templates and
// code fences.
var injectionMarkers = []string{"###", "```", "{{", "}}", "{%", "%}", "<|", "|>", "[INST]", "[/INST]", "<<SYS>>", "<</SYS>>", "[[", "]]"}

// instructionWords mark a product input field as instruction-like, so that
// its text echoed into the copy is an injection.
var instructionWords = newWordSet([]string{"ignore", "instructions", "instruction", "prompt", "write", "say", "mention", "output", "respond", "reply", "system", "assistant", "must", "pretend", "disregard", "forget", "include",
	"ignorez", "écrivez", "écris", "ignoriere", "schreibe", "schreiben", "ignora", "scrivi", "escribe", "ignorar", "olvida", "dites", "sage"})

// strongInstructionWords mark an input field as instructions wherever
// they stand; instructionWords only as commands (see checkEcho).
var strongInstructionWords = newWordSet([]string{"instructions", "instruction", "prompt", "system", "assistant", "pretend",
	"anweisungen", "consignes", "istruzioni", "instrucciones"})

// echoDismissWords ("ignore", "forget", "disregard") make an input field
// instructions only with what a writer is told to drop after them in the
// field (echoDismissedObjects: "ignore the above", "forget the product data",
// "disregard previous rules") or with another instruction word: a slogan
// keyword drops nothing of the kind ("ignore the trends", "forget me not
// ring", "never forget"), issue #13, keyword.
var echoDismissWords = newWordSet([]string{"ignore", "disregard", "forget",
	"ignorez", "ignoriere", "ignorieren", "ignora", "ignorar", "ignorare", "olvida", "oubliez", "vergiss", "dimentica", "vergessen"})

// echoDismissedObjects are what a dismissal in an input field drops when it
// instructs the writer: the text above, what came before, the data, the
// facts or the brief.
var echoDismissedObjects = newWordSet([]string{"above", "previous", "prior", "earlier", "preceding", "data", "facts", "brief", "guidelines", "context", "attributes", "specs", "specifications",
	"precedentes", "précédentes", "precedents", "précédents", "dessus", "donnees", "données", "faits", "vorherigen", "vorigen", "obigen", "obige", "daten", "fakten",
	"precedenti", "sopra", "dati", "fatti", "anteriores", "anterior", "datos", "hechos", "anteriormente"})

// commandLeads make the verb after them a command ("you must write",
// "please say", "and mention").
var commandLeads = newWordSet([]string{"you", "please", "must", "always", "never", "now", "then", "and", "should", "vous", "veuillez", "bitte", "sie", "du", "per", "favore", "por", "favor", "debes", "devi", "musst", "müssen", "devez"})

// instructionObjects follow a command verb that instructs the writer
// ("say that...", "write it in...", "mention the...", "include a..."),
// unlike a slogan ("say I do", "write your story", "say yes").
var instructionObjects = newWordSet([]string{"it", "that", "this", "these", "the", "a", "an", "only", "about", "in", "nothing", "everything", "something", "all", "no", "its", "they", "them", "we", "our", "how",
	"que", "qu", "le", "la", "les", "un", "une", "dass", "es", "das", "der", "die", "ein", "eine", "che", "il", "lo", "gli", "uno", "el", "los", "las", "una", "sobre", "sur", "über", "su"})

// spellingPairs are British → American spellings.
var spellingPairs = [][2]string{
	{"colour", "color"}, {"colours", "colors"}, {"coloured", "colored"}, {"colourful", "colorful"}, {"jewellery", "jewelry"}, {"jeweller", "jeweler"}, {"jewellers", "jewelers"},
	{"favourite", "favorite"}, {"favourites", "favorites"}, {"centre", "center"}, {"centred", "centered"}, {"grey", "gray"}, {"personalised", "personalized"}, {"personalise", "personalize"},
	{"lustre", "luster"}, {"catalogue", "catalog"}, {"travelling", "traveling"}, {"mould", "mold"}, {"moulded", "molded"}, {"aluminium", "aluminum"}, {"honour", "honor"},
	{"metre", "meter"}, {"metres", "meters"}, {"millimetre", "millimeter"}, {"millimetres", "millimeters"}, {"centimetres", "centimeters"}, {"sceptre", "scepter"}, {"glamour", "glamor"}, {"fibre", "fiber"}, {"organise", "organize"}, {"recognisable", "recognizable"}, {"harbour", "harbor"}, {"flavour", "flavor"}, {"oxidise", "oxidize"}, {"oxidised", "oxidized"},
}

// platingToneList are the words of platingWords that name a colour or a
// finish rather than a plating ("tone", "couleur", "finish"): next to the
// metal they qualify it (anyNear over platingWords), but a plating phrase
// walked through fillers and thickness words must start at a plating word
// (inPlatingPhrase, platingToneWords).
var platingToneList = []string{"tone", "toned", "coloured", "colored", "colour", "color", "finish", "finished", "hue", "glow", "sheen", "shade", "accents",
	"couleur", "ton", "teinte", "finition", "reflets", "farben", "farbton", "schimmer", "colore", "tono", "tonalità", "tonalita", "colorazione", "sfumatura", "riflessi",
	"acabado", "reflejos", "cor", "tom", "tonalidade", "tonalidad", "matiz"}

// Look-alike and qualifier vocabularies for the regulatory check.
var (
	goldWords = newWordSet([]string{"gold", "golden", "gelbgold", "roségold", "rosegold", "weißgold", "weissgold", "rotgold", "oro", "goud", "ouro"})
	// French "or" is also the conjunction: it counts as the metal only next
	// to these words.
	frGoldBefore = newWordSet([]string{"en", "d", "l", "plaqué", "plaquée", "plaqués", "plaquées", "de"})
	frGoldAfter  = newWordSet([]string{"rose", "jaune", "blanc", "massif", "fin", "9", "14", "18", "22", "24", "750", "585", "375"})

	platingWords = newWordSet(packQualifierWords(func(q locales.Qualifiers) []string { return q.Plated }), platingToneList, []string{
		"plated", "plating", "plate", "vermeil", "coated", "coating", "electroplated", "overlay", "layer", "layered", "filled",
		"plaqué", "plaquée", "plaqués", "plaquées", "placage", "doré", "dorée", "dorés", "dorées", "dorure",
		"vergoldet", "vergoldete", "vergoldeten", "vergoldetem", "vergoldeter", "vergoldetes", "vergoldung", "beschichtet", "beschichtung", "plattiert", "plattierte", "plattierten", "plattierung", "goldplattierung", "galvanisiert", "überzug", "überzogen",
		"placcato", "placcata", "placcati", "placcate", "placcatura", "bagno", "dorato", "dorata",
		"chapado", "chapada", "chapados", "chapadas", "baño", "bañado", "bañada", "bañados", "bañadas", "dorado", "dorada",
		"verguld", "vergulde", "banhado", "banhada",
		// The plating said by its noun ("a gilding of 18 carat gold", "een
		// vergulding van 18 karaat"; #13, plating39).
		"gilding", "electroplating", "vergulding", "verguldingen", "verguldsel", "douradura", "douração", "douramento",
		// A layer or coat of the metal, and the metal covering the piece,
		// within three words of it: "une couche d'or", "eine Schicht Gold",
		// "uno strato d'oro", "una capa de oro", "een laag goud" (#13, f1).
		"couche", "recouvert", "recouverte", "recouverts", "recouvertes", "schicht", "strato", "ricoperto", "ricoperta", "ricoperti", "ricoperte",
		"capa", "cubierto", "cubierta", "recubierto", "recubierta", "camada", "coberto", "coberta", "laag", "laagje",
		// The nouns of a layer, coat or coating the languages add
		// ("a coat of 18ct gold", "eine Auflage aus 18 Karat Gold", "una
		// película de oro", "een toplaag van goud"; #13, layer29).
		// The sheet of karat gold bonded over a gold-filled piece's core
		// ("a sheet of 14k gold is bonded to brass", "uma lâmina de ouro
		// 14k", "una lámina de oro", "une feuille d'or", "ein Goldblech";
		// 16 CFR 23.4(c) on gold-filled; #13, rp56: probe 56D en-AU and
		// pt-BR 56D02/56D04).
		"sheet", "sheets", "lâmina", "lâminas", "lámina", "láminas", "feuille", "feuilles", "lamina", "lamine", "blech", "goldblech",
		"plaat", "plaatje", "plade", "plåt", "blacha", "blachy", "blachę", "plech", "plechu", "levy", "levyn", "φύλλο", "levha", "levhası",
		"coat", "auflage", "auflagen", "película", "películas", "revestimiento", "revestimento", "recubrimiento", "rivestimento", "revêtement",
		"deklaag", "toplaag", "belægning", "belegg", "beläggning", "warstwę", "powłoka", "powłoką", "powłokę", "povlak", "povlakem", "tabaka", "tabakası",
		// The piece covered or coated with the metal, in the languages
		// whose vocabularies keep these participles out of their
		// text-wide plating words (too general there: "bedekt met
		// steentjes"); here they qualify only the metal they reach
		// (#13, true_plating of the eleventh session).
		// The metal applied over the piece, within three words of it:
		// "18k gold is applied to one strand only", "Gold aufgetragen",
		// "or appliqué", "oro applicato", "oro aplicado", "goud
		// aangebracht", "guld påført" (#13, claims50: probe 50C en-US
		// 50C104).
		"applied", "aufgetragen", "appliqué", "appliquée", "applicato", "applicata", "aplicado", "aplicada", "aangebracht", "påført", "pålagt",
		"covered", "bedekt", "bedekte", "gecoat", "gecoate", "täckt", "täckta", "dækket", "dækkede", "dekket", "dekkede",
		"päällystetty", "päällystetyt", "päällystettyä", "potažený", "potažená", "potažené", "pokrytý", "pokrytá", "pokryté",
	})
	// platingDisclosure are the words that tell the reader the gold is a plating.
	platingDisclosure = newWordSet(packQualifierWords(func(q locales.Qualifiers) []string { return q.Plated }), []string{"plated", "plating", "vermeil", "filled", "plaqué", "plaquée", "plaqués", "plaquées", "placage", "vergoldet", "vergoldete", "vergoldeten", "vergoldetem", "vergoldeter", "vergoldetes", "vergoldung", "plattiert", "plattierte", "plattierten", "plattierung", "goldplattierung", "goldplattiert", "beschichtet", "beschichtete", "beschichteten", "placcato", "placcata", "placcati", "placcate", "placcatura", "chapado", "chapada", "chapados", "chapadas", "bañado", "bañada", "bañados", "bañadas", "baño", "verguld", "vergulde", "banhado", "banhada", "gold-filled", "gilding", "electroplating", "vergulding", "verguldingen", "verguldsel", "douradura", "douração", "douramento", "overlay", "electroplated", "rivestito", "rivestita", "revestido", "revestida", "enchapado", "enchapada", "dépôt", "dépôts", "recouvert", "recouverte", "recouverts", "recouvertes",
		// Canadian French "or laminé", rolled gold: gold-filled (#13, pools49)
		"laminé", "laminée", "laminés", "laminées"})
	// platingPhraseFiller are the words a plating phrase may hold between
	// its plating word and its metal word besides karats and numerals
	// (inPlatingPhrase): prepositions and articles ("plated in the",
	// "plaqué d'", "bañado en", "vergoldet mit", "verguld met"), the parts
	// of a karat written apart ("18 k", "18 ct", "18 carati") and the tones
	// of gold ("rose", "rosé", "rosa", "jaune", "gelb", "giallo", "geel").
	// platingThickness are the words of a plating's thickness that a
	// plating phrase may hold between its plating word and its metal
	// ("coated with 3 microns of silver", "recouvert d'une couche de 3
	// microns d'argent", "mit einer 3 Mikrometer dicken Schicht aus Gold
	// beschichtet", "rivestito da 3 micron di argento"; #13, true_plating
	// of the eleventh session): micrometre units as the 25 locales write
	// them, and the layer and thickness words. The thickness itself is
	// compared with the product's plating_microns by grounding.
	// platingUnits are the micrometre's names among platingThickness
	// (not "um", Portuguese "one", nor "mil", Spanish "thousand"): after a
	// number they measure a layer (#13, alloy44).
	platingUnits = newWordSet([]string{
		"micron", "microns", "µm", "μm", "micrometre", "micrometres", "micrometer", "micrometers", "micromètre", "micromètres",
		"mikron", "mikrometer", "mikrometern", "mikrons", "micrometri", "micrometro", "micra", "micras", "micrón", "micrones", "micrómetros", "micrómetro",
		"mícron", "mícrons", "mícrones", "micrômetros", "mikronin", "mikronia", "mikrometrin", "mikronów", "mikrony", "mikronami", "mikrometrów",
		"mikronů", "mikrometrů", "μικρά", "μικρών", "μικρόμετρα", "μικρομέτρων", "mikronluk",
	})
	platingThickness = newWordSet([]string{
		"micron", "microns", "µm", "μm", "um", "micrometre", "micrometres", "micrometer", "micrometers", "mil", "mils", "thick", "thickness", "layer", "coat", "coating",
		"micromètre", "micromètres", "épaisseur", "couche", "une", "d", "un",
		"mikron", "mikrometer", "mikrometern", "mikrons", "dicken", "dicke", "dick", "starken", "starke", "schicht", "einer", "eine",
		"micrometri", "micrometro", "spessore", "strato", "uno", "una",
		"micra", "micras", "micrón", "micrones", "micrómetros", "micrómetro", "espesor", "capa",
		"mícron", "mícrons", "mícrones", "micrômetros", "micrómetros", "espessura", "camada", "uma",
		"micrometer", "dikke", "dik", "laag", "laagje",
		"mikrometer", "tjockt", "tjock", "tjocka", "skikt", "lager", "lag", "tykt", "tykk", "tykke", "tyk",
		"mikronin", "mikronia", "mikrometrin", "paksuinen", "paksuisella", "kerros", "kerroksella",
		"mikronów", "mikrony", "mikronami", "mikrometrów", "grubości", "warstwa", "warstwą", "warstwy",
		"mikronů", "mikrometrů", "tloušťce", "vrstva", "vrstvou", "vrstvy",
		"μικρά", "μικρών", "μικρόμετρα", "μικρομέτρων", "πάχους", "στρώμα", "στρώση",
		"mikronluk", "kalınlığında", "katman", "katmanı",
		// A thickness given as a minimum or an approximation ("plated
		// with at least 2.5 microns of 18-carat gold", "uma camada
		// espessa de", "mindestens 2,5 Mikrometer"; #13, metals41).
		"at", "least", "minimum", "approximately", "about", "around", "mindestens", "etwa", "au", "moins", "environ", "almeno", "circa", "al", "menos", "aproximadamente",
		"pelo", "cerca", "minstens", "ongeveer", "minst", "mindst", "omkring", "vähintään", "noin", "co", "najmniej", "około", "nejméně", "alespoň", "přibližně", "τουλάχιστον", "περίπου", "en", "az", "yaklaşık",
		"espessa", "espesso", "gruesa", "grueso", "spesso", "spessa", "épaisse", "dicker", "dickes", "dikke", "tjockt", "tykt", "tykke", "paksu", "gruba", "grubą", "silná", "silnou", "παχύ", "kalın",
	})
	// platingToneWords are the platingWords that name a colour or a
	// finish rather than a plating ("tone", "couleur", "finish"): next to
	// the metal they qualify it (anyNear), but a plating phrase walked
	// through fillers and thickness words must start at a plating word.
	platingToneWords    = newWordSet(platingToneList)
	platingPhraseFiller = newWordSet([]string{
		"in", "with", "of", "the", "a", "an", "and", "k", "kt", "ct", "carat", "karat", "karaat", "kilates", "quilates", "carati", "carats",
		"en", "d", "de", "du", "des", "l", "la", "le", "avec", "mit", "in", "im", "aus", "von", "con", "di", "del", "della", "dello", "a", "al", "em", "com", "do", "da", "no", "na", "met", "van", "het", "een",
		"med", "av", "af", "i", "et", "ett", "en", "z", "ze", "s", "se", "o", "με", "από", "ένα", "μια", "ile", "bir",
		// The alloy the layer is of ("uma camada de liga de ouro 14k", a
		// layer of 14k gold alloy; #13, metals41).
		"alloy", "liga", "lega", "aleación", "legierung", "alliage", "legering", "stop", "slitina", "slitiny", "κράμα", "alaşım",
		// The karat as an inflected adjective after its number ("einer
		// Schicht aus 14-karätigem Gold", "een laag van 14-karaats goud",
		// "warstwą 14-karatowego złota"; #13, claims45: released 45A de-DE
		// 45A102-2 on 14k gold-plated sterling silver).
		"karätig", "karätige", "karätigem", "karätigen", "karätiger", "karätiges", "karaats", "karats",
		"karatowe", "karatowego", "karatowym", "karatowa", "karatowej", "karatowych", "karátové", "karátového", "karátovým", "karátová", "karátovou", "karaatin", "karaattisella", "καρατίων", "ayar",
		"rose", "rosé", "rosa", "rosado", "rosada", "yellow", "white", "red", "pink", "jaune", "blanc", "gelb", "gelbem", "gelbes", "weiß", "weiss", "rot", "giallo", "bianco", "rosso", "amarillo", "blanco", "amarelo", "branco", "geel", "wit", "rood",
	})
	solidWords = newWordSet([]string{"solid", "pure", "real", "massif", "massive", "pur", "massives", "massivem", "massiven", "massiv", "reines", "reinem", "echtes", "echtem", "massiccio", "puro", "macizo", "sólido", "massief", "maciço"})
	karatWords = newWordSet([]string{"9k", "14k", "18k", "22k", "24k", "9ct", "14ct", "18ct", "9kt", "14kt", "18kt", "carats", "carat", "karat", "karätig", "carati", "quilates", "kilates"})

	diamondWords           = newWordSet([]string{"diamond", "diamonds", "diamant", "diamants", "diamanten", "brillanten", "diamante", "diamanti", "diamantes"})
	diamondLookAlikeAfter  = newWordSet([]string{"cut", "cuts", "shaped", "shape", "shapes", "pattern", "patterned", "motif", "textured", "texture", "effect", "like", "form", "förmig", "förmige", "schliff", "optik", "muster"})
	diamondLookAlikeBefore = newWordSet([]string{"taille", "taillé", "taillée", "forme", "motif", "pointe", "effet", "taglio", "tagliato", "tagliata", "forma", "motivo", "effetto", "talla", "tallado", "tallada", "efecto", "like", "comme", "wie", "come", "como"})
	stoneQualifiers        = newWordSet(packQualifierWords(func(q locales.Qualifiers) []string { return append(q.LabGrown, q.Simulant...) }), []string{
		"lab", "laboratory", "grown", "created", "synthetic", "simulated", "simulant", "imitation", "faux", "cz", "cultured", "man", "made",
		"laboratoire", "synthétique", "synthèse", "synthétiques", "cultivé", "cultivés", "créé", "créés", "simulé", "simulés", "imitation",
		"labor", "laborgezüchtet", "laborgezüchtete", "laborgezüchteter", "laborgezüchteten", "laborgezüchtetem", "gezüchtet", "gezüchtete", "gezüchteten", "synthetisch", "synthetische", "synthetischer", "synthetischen", "im",
		"laboratorio", "sintetico", "sintetica", "sintetici", "sintetiche", "coltivato", "coltivati", "coltivata", "creato", "creati",
		"sintético", "sintética", "sintéticos", "cultivado", "cultivados", "creado", "creados", "simulado", "simulados",
	})
	negationWords = newWordSet([]string{"not", "no", "never", "non", "pas", "ni", "nicht", "kein", "keine", "keinen", "keinem", "keiner", "aucun", "aucune", "nessun", "nessuna", "nessuno", "ningún", "ninguna", "nor", "nie", "niet", "não", "without", "sans", "ohne", "senza", "sin",
		// the newer locales' languages (#16): da/nb ikke, sv inte, fi ei, nl geen,
		// cs není/bez, pl bez, tr değil, el δεν/μη/χωρίς, ar لا/ليس/غير/بدون,
		// zh 不/没有/并非, ko 안
		"ikke", "uden", "uten", "aldrig", "aldri", "inte", "utan", "ei", "ilman", "geen", "zonder", "nooit", "není", "bez", "nigdy", "değil", "asla", "δεν", "μη", "μην", "χωρίς", "ποτέ", "لا", "ليس", "غير", "بدون", "不", "没有", "沒有", "并非", "並非", "非", "无", "無", "안",
		// never in the languages whose "not" is another word (#13), and the
		// Arabic negations (will not, did not, without) with the conjunction
		// و or ف glued on as copy writes them
		"jamais", "niemals", "nunca", "koskaan", "nikdy", "لن", "لم", "دون", "ولا", "فلا", "ولن", "ولم", "وليس", "وبدون", "ودون",
		// Chinese "is not" and "not at all" as the segmenter keeps them
		// whole (这款不是防水的; #13, thirteenth blind set)
		"不是", "并不", "並不", "并不是", "並不是", "不具备", "不具備",
		// "not" as the languages' emphatic or written forms put it: Czech
		// nikoli, nikoliv (SSJČ: "nikoli ... ne, vůbec ne"), German
		// keinesfalls, keineswegs (Duden), French nullement (TLFi), Swedish
		// and Danish icke, ej (SAOL, Den Danske Ordbog), Polish bynajmniej
		// (SJP: "wcale nie"): "nikoli masivní zlato" on vermeil discloses it
		// (#13, solidplating24)
		"nikoli", "nikoliv", "keinesfalls", "keineswegs", "nullement", "icke", "ej", "bynajmniej"})
	collectionWords = newWordSet([]string{"collection", "collections", "kollektion", "kollektionen", "collezione", "collezioni", "colección", "colecciones", "coleção", "collectie", "line", "linie", "linea", "línea", "ligne", "range"},
		// the newer locales' words for a collection, inflected (#13, tune2)
		[]string{"coleções", "collecties", "kollektioner", "kolleksjon", "kolleksjonen", "kolleksjonens", "mallisto", "malliston", "mallistosta", "mallistoon", "mallistossa", "mallistoa",
			"kolekcja", "kolekcji", "kolekcję", "kolekcją", "kolekce", "kolekci", "kolekcí", "koleksiyon", "koleksiyonu", "koleksiyonundan", "koleksiyonunun", "koleksiyonda", "koleksiyonuna",
			"συλλογή", "συλλογής", "συλλογές", "مجموعة", "المجموعة", "مجموعتنا"})
	// notNegation are, per language, words of negationWords that are
	// another word there: Portuguese "no" (em + o, in the: "no nosso
	// ateliê", "no mar"), Polish and Czech "no" (well), Swedish "ni"
	// (you), Danish and Norwegian "ni" (nine); Swedish, Danish and
	// Norwegian "sin" (its own: "behåller sin färg", Spanish "sin" is
	// without; SAOL, Den Danske Ordbog, Bokmålsordboka) and Dutch "pas"
	// (only, just: "pas na jaren"; Van Dale) (#13, own_sin19).
	// contrastAfterNot are the words that are "but" after a negation in
	// their clause and "without" otherwise (sv "inte förgylld utan av
	// guld", "utan nickel"): butAfterNot (#13, hall60).
	contrastAfterNot = map[string]wordSet{"sv": newWordSet([]string{"utan"})}
	notNegation      = map[string]wordSet{"pt": newWordSet([]string{"no"}), "pl": newWordSet([]string{"no"}), "cs": newWordSet([]string{"no"}),
		"sv": newWordSet([]string{"ni", "sin"}), "da": newWordSet([]string{"ni", "sin"}), "nb": newWordSet([]string{"ni", "sin"}), "nl": newWordSet([]string{"pas"})}
	// concordNever are the words for never that negate only beside a
	// negation (Italian "non ... mai", Spanish "no ... jamás"): a form
	// holding one is a negating form ("mai ... verde ... dito"), so the
	// "non" before it does not cancel it; they are no negation words of
	// their own ("più brillante che mai": than ever).
	concordNever  = newWordSet([]string{"mai", "giammai", "jamás"})
	recycledWords = newWordSet([]string{"recycled", "recyclé", "recyclée", "recyclés", "recyclées", "recycelt", "recycelte", "recycelten", "recyceltem", "recyceltes", "riciclato", "riciclata", "riciclati", "riciclate", "reciclado", "reciclada", "reciclados", "recicladas", "gerecycled", "gerecycleerd", "reciclada"})
	// Pronoun doubling is grammatical in these languages ("vous vous sentirez").
	repetitionAllowed = newWordSet([]string{"nous", "vous", "die", "der", "das", "dass", "sie", "had", "that", "que", "si", "se"})
)

// stopwords give a cheap second opinion on the language of short texts.
var stopwords = map[string][]string{
	"en": {"the", "and", "with", "of", "a", "to", "in", "is", "for", "your", "that", "this", "it", "its", "on", "you", "every", "from", "or", "as", "are", "be", "so", "by", "at", "an", "will", "can",
		"our", "we", "any", "just", "more", "very", "into", "about", "than", "then", "when", "while", "what", "which", "who", "how", "not", "they", "them", "their", "she", "her", "his", "were", "have", "had", "does", "each", "these", "those", "there", "my", "if", "because", "but", "too", "yours"},
	"fr": {"le", "la", "les", "et", "de", "des", "du", "un", "une", "avec", "pour", "en", "est", "qui", "vous", "votre", "sur", "dans", "au", "aux", "à", "ou", "ne", "pas", "plus", "se", "il", "elle",
		// "or" is gold and the conjunction, never English in French copy; l', d'
		// and qu' elide le/la, de and que ("L'or 18 carats contient 75 % d'or pur"
		// read as English by its two "or"s; #13, frenchor39).
		"or", "l", "d", "qu"},
	"de": {"der", "die", "das", "und", "mit", "ein", "eine", "für", "ist", "sie", "ihr", "ihre", "den", "dem", "zu", "im", "auf", "von", "jeden", "nicht", "auch", "sich", "wie", "oder", "an", "es", "er", "sind"},
	"it": {"il", "la", "le", "e", "di", "un", "una", "con", "per", "è", "che", "del", "della", "ogni", "in", "suo", "sua", "gli", "al", "da", "o", "a", "non", "si", "più", "anche", "come", "lo", "nel", "nella"},
	"es": {"el", "la", "los", "las", "y", "de", "un", "una", "con", "para", "es", "que", "del", "su", "en", "cada", "por", "al", "se", "a", "o", "no", "como", "lo", "más", "muy", "sin"},
	"nl": {"de", "het", "een", "en", "van", "met", "voor", "is", "dat", "die", "op", "uw", "je", "elke", "in", "aan"},
	"pt": {"o", "a", "os", "as", "e", "de", "um", "uma", "com", "para", "é", "que", "do", "da", "seu", "sua", "em", "cada", "não", "no", "na", "mais"},
}

// negativeAffixes is, per language, the negative morphology inside a word
// (negativeWord): suffixes, prefixes and whole words (a word of a
// dictionary segmentation) that make a verb negative. Turkish writes its
// negation as the verb's suffix -ma/-me (aorist -maz/-mez, progressive
// -mıyor, participles -mayan, converb -madan); Czech as the verb's prefix
// ne-; Korean with 않다/없다/못하다 after the verb; Japanese with ない, ず,
// ません; Chinese with 不, 没, 无 and the words they begin (永不 is written
// 永不).
//
// Not every word that begins or ends so negates (others, folded as copy
// is, whole words or prefixes written "word*"): Czech ne- opens conjunctions and pronouns (nebo "or",
// neboť "for", než "than", nejen "not only", něco "something", někdo,
// někdy, někde, nějaký, několik, nehledě "regardless") and nouns and
// adjectives whose ne- is no negation of a verb (neutrální, negativní,
// nervy, nebe, neon, nefrit, nektar; the ills a claim protects from,
// nehoda, nebezpečí, neštěstí, nespavost, nevolnost: SSJČ, Internetová
// jazyková příručka); Turkish -madan/-meden is also the ablative of a verbal
// noun in -mA ("kaplamadan daha dayanıklı", more durable than plating;
// "yıkamadan yıkamaya", from wash to wash: Göksel and Kerslake, Turkish: A
// Comprehensive Grammar, §8.5.1.3); Korean 없애다 is "to remove" (Standard
// Korean Language Dictionary); Chinese 不过 "but", 不仅 "not only", 无论
// "no matter", 无视 "ignore", 不断 "continually", 不同 "different", 不凡,
// 不朽, 无比, 无限, 无瑕 and the superlatives 无与伦比, 无可比拟 (现代汉语词典) are
// no negation of what follows (#13, misread36: "Není to uhlíkově neutrální
// výrobek" denies the claim its form would make, and "neutrální" made the
// form read as negating itself, so the denial still blocked).
var negativeAffixes = map[string]struct{ suffixes, prefixes, words, others []string }{
	"tr": {suffixes: []string{"maz", "mez", "mıyor", "miyor", "muyor", "müyor", "mayan", "meyen", "madan", "meden", "mayacak", "meyecek", "mamış", "memiş", "maması", "memesi"},
		others: []string{"kaplamadan", "yıkamadan", "boyamadan"}},
	"cs": {prefixes: []string{"ne"},
		others: []string{"nebo", "nebot", "nez", "nezli", "nejen", "neco", "neceho", "necemu", "necim", "nekd*", "nekoh*", "nekom*", "nekter*", "nekol*", "nejak*", "nehlede", "nem", "nemu",
			"neutral*", "negativ*", "nerv*", "nebe", "nebes*", "neon*", "nefrit*", "nektar*", "nehoda", "nehody", "nehodou", "nehodam*", "nehod", "nehode", "nebezpec*", "nestest*", "nespav*", "nevolnost*"}},
	"ko": {prefixes: []string{"않", "없", "못"}, others: []string{"없애*", "없앤*", "없앨*", "없앴*"}},
	"ja": {words: []string{"ない", "ず", "ぬ", "ませ", "ません", "なく"}},
	"zh": {prefixes: []string{"不", "没", "沒", "无", "無", "永不", "绝不", "絕不", "从不", "從不"},
		others: []string{"不过*", "不過*", "不仅*", "不僅*", "无论*", "無論*", "无视*", "無視*", "不断*", "不斷*", "不同*", "不凡*", "不朽*", "无比*", "無比*", "无限*", "無限*", "无瑕*", "無瑕*", "无暇*", "無暇*",
			"无与伦比", "無與倫比", "无可比拟", "無可比擬", "无可匹敌", "無可匹敵", "没错", "沒錯"}},
}

// privativeNegators are the negation words that govern a noun of their
// own (prepositions and determiners: without, no + noun): a claim after
// that noun is not negated (negated).
var privativeNegators = newWordSet([]string{"without", "sans", "ohne", "senza", "sin", "sem", "zonder", "uden", "utan", "uten", "ilman", "bez", "χωρίς", "دون", "بدون", "وبدون", "ودون",
	"kein", "keine", "keinen", "keinem", "keiner", "geen", "ingen", "aucun", "aucune", "nessun", "nessuna", "nessuno", "ningún", "ninguna"})

// finishBefore and finishAfter, right before or after an unless word of
// care ("polish", "polissage"), make it the piece's finish, not advice:
// "a high polish", "a mirror polish", "polish finish", "un polissage
// miroir" describe how the metal was finished, and excuse no claim ("the
// high polish gives a mirror finish that stays bright forever"; #13,
// released22a H22a03, polish_finish22). The care verb stays advice ("polish
// it with the cloth").
var (
	finishBefore = newWordSet([]string{"high", "mirror", "bright", "glossy", "gloss", "lustrous", "satin", "brilliant"})
	finishAfter  = newWordSet([]string{"finish", "finished", "miroir", "brillant", "poli"})
)

// finishSense reports whether token k stands beside a word of
// finishBefore (the token before it, across a hyphen: "high-polish") or
// finishAfter (the token after it) in its sentence.
func (d *document) finishSense(k int) bool {
	sent := d.toks[k].sent
	if k > 0 && d.toks[k-1].sent == sent && finishBefore.has(d.word(k-1)) {
		return true
	}
	return k+1 < len(d.toks) && d.toks[k+1].sent == sent && finishAfter.has(d.word(k+1))
}

// keptQualities are the looks a piece keeps (its shine, colour, lustre)
// by language, as the word written after a storing verb that also means
// to keep: Finnish "säilyttää" (stores, keeps), Italian "conservare",
// German "bewahren" are care advice with a place or a pouch ("säilyttää
// pussissa") but the promise itself with the look as their object
// ("Valkokulta ei koskaan tummu, vaan säilyttää kiiltonsa vuosikausia",
// "non si ossidano mai e sanno conservare il loro splendore"), so they
// excuse no claim there (keepSense; #13, colourclaims42, probe 42C fi-FI
// 42C101-3).
var keptQualities = newWordSet([]string{
	"shine", "lustre", "luster", "colour", "color", "sparkle", "gleam", "brilliance",
	"kiilto", "kiiltonsa", "kiiltoaan", "kiillon", "kiiltoa", "väri", "värinsä", "väriään", "värin", "hohto", "hohtonsa", "hohdettaan", "loisto", "loistonsa", "loistoaan", "sävynsä", "ulkonäkönsä", "hehkunsa",
	"splendore", "lucentezza", "brillantezza", "colore", "brillio", "lucidità", "bellezza",
	"glanz", "farbe", "schimmer", "brillanz", "leuchtkraft",
	"brillo", "color", "lustre", "brilho", "cor", "éclat", "couleur",
	"glans", "lyster", "kleur", "färg", "farve", "farge",
	"blask", "kolor", "lesk", "barvu",
})

// keepSense reports whether the unless word k, not the first word of its
// sentence (where a storing verb is the imperative of advice: "Mantenga su
// brillo con un paño"), has one of keptQualities within the three words
// after it in its clause: the verb keeps the look, it stores nothing.
func (d *document) keepSense(k int) bool {
	sent := d.toks[k].sent
	if k == 0 || d.toks[k-1].sent != sent {
		return false
	}
	for j := k + 1; j <= k+3 && j < len(d.toks) && d.toks[j].sent == sent; j++ {
		if strings.ContainsAny(d.gap(j-1), ",;:") {
			return false
		}
		if keptQualities.has(d.word(j)) {
			return true
		}
	}
	return false
}

// dismissWords dismiss care advice: an unless word (a cloth, a pouch, to
// polish) beside one of them is no advice given but advice waved away
// ("forget the polishing cloth", "inutile de le ranger", "Poliertuch
// überflüssig"), so it excuses no claim (sentenceHas).
var dismissWords = newWordSet([]string{
	"forget", "skip", "ditch", "needless", "unnecessary", "goodbye",
	"oubliez", "oublie", "inutile", "adieu",
	"vergessen", "vergiss", "unnötig", "überflüssig",
	"olvídate", "olvida", "olvide", "olvídese", "innecesario", "innecesaria", "adiós",
	"dimentica", "dimenticate", "dimentichi", "addio",
	"esqueça", "esquece", "esqueçe", "desnecessário", "desnecessária", "adeus",
	"vergeet", "onnodig", "overbodig",
	"glöm", "onödig", "onödigt", "överflödig",
	"glem", "unødvendig", "unødig", "overflødig",
	"unohda", "unohtakaa", "turha", "tarpeeton",
	"zapomnij", "zapomnijcie", "zbędny", "zbędna", "zbędne", "niepotrzebny", "niepotrzebna", "niepotrzebne",
	"zapomeňte", "zapomeň", "zbytečný", "zbytečná", "zbytečné",
	"unutun", "unut", "gereksiz",
	"ξεχάστε", "ξέχνα", "περιττό", "περιττή", "περιττά",
	"انسي", "انس", "انسى",
	"不要", "不需要", "不必", "无需", "無需", "告别", "告別",
	// care done without (#13, tarnish12): Japanese "お手入れなしで", Korean
	// "관리 없이도" follow the care word they wave away
	"なし", "無し", "いらず", "要らず", "없이", "없이도",
	// care barely needed (#13, claims40; released 40B sv-SE 40B102: "så du
	// behöver knappt putsa armbandet"): "hardly need to polish" waves the
	// polishing away as "no need" does. Not Portuguese "apenas" (only) nor
	// Italian "appena" (just), which are advice's own words.
	"hardly", "barely", "scarcely", "knappt", "knappast", "kaum", "nauwelijks", "amper",
	"næppe", "knapt", "neppe", "tuskin", "ledwo", "ledwie", "sotva", "stěží", "بالكاد",
})

// consequenceWords are the conjunctions of consequence by language: care
// named after one, in a clause that waves care away ("…without tarnishing,
// so you hardly need to polish it and store it in a pouch"), is the care
// the claim spares, not advice that gives the claim a purpose (#13,
// claims40; sparedByClaim).
var consequenceWords = map[string]wordSet{
	"en": newWordSet([]string{"so", "therefore", "hence", "thus"}),
	"de": newWordSet([]string{"deshalb", "daher", "darum", "also", "sodass", "deswegen"}),
	"fr": newWordSet([]string{"donc", "alors", "ainsi"}),
	"it": newWordSet([]string{"quindi", "perciò", "dunque", "così"}),
	"es": newWordSet([]string{"así", "entonces", "luego", "eso"}),
	"pt": newWordSet([]string{"então", "portanto", "assim", "isso"}),
	"nl": newWordSet([]string{"dus", "daarom", "zodat"}),
	"sv": newWordSet([]string{"så", "därför", "alltså"}),
	"da": newWordSet([]string{"så", "derfor"}),
	"nb": newWordSet([]string{"så", "derfor"}),
	"fi": newWordSet([]string{"joten", "siksi", "niin"}),
	"pl": newWordSet([]string{"więc", "dlatego", "zatem"}),
	"cs": newWordSet([]string{"takže", "proto", "tedy"}),
	"tr": newWordSet([]string{"yüzden", "dolayısıyla", "böylece"}),
	"el": newWordSet([]string{"οπότε", "επομένως", "έτσι"}),
	"ar": newWordSet([]string{"لذلك", "لذا"}),
	"ja": newWordSet([]string{"ので", "だから"}),
	"ko": newWordSet([]string{"그래서", "따라서"}),
	"zh": newWordSet([]string{"所以", "因此", "因而"}),
}

// isNegation reports whether w (folded) negates in lang: a word of
// negationWords that is not another word there (notNegation).
func isNegation(lang, w string) bool {
	return negationWords.has(w) && !notNegation[lang].has(w)
}

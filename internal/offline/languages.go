package offline

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// language is everything the writer needs in one language: how to phrase
// the facts, and several interchangeable sentences per slot so that the
// products of one launch read differently.
//
// Templates use {tokens}: grammar tokens that agree with the category noun
// (see grammar), and fact tokens: {name}, {brand}, {coll} (the collection
// phrase, with its leading space, or nothing), {subs}, {plats}, {stones},
// {colours}, {features}, {occasions}.
type language struct {
	and string // list conjunction
	// grammar returns the tokens that agree with the category noun.
	grammar func(n noun) map[string]string
	// collection phrases the collection, with a leading space.
	collection func(c string) string
	// stone phrases one stone with its colour and count.
	stone func(s stoneFacts) string

	openings     []string
	substances   []string // {subs}
	platingsOnly []string // {plats}
	both         []string // {subs} and {plats}
	stones       []string
	colours      []string
	features     []string
	occasions    []string
	padding      []string // fact-free sentences on wearing, care and styling
	closings     []string
}

// stoneFacts is one stone, already translated.
type stoneFacts struct {
	noun      noun
	colour    string // English colour as given, translated by the language
	count     int
	qualifier string // agreement-marked qualifier, e.g. "créé{e}{s} en laboratoire"
	known     bool   // false: the type is kept as given
}

// list joins items as "a, b and c".
func list(items []string, and string) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	}
	return strings.Join(items[:len(items)-1], ", ") + " " + and + " " + items[len(items)-1]
}

func capitalise(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError {
		return s
	}
	return string(unicode.ToUpper(r)) + s[size:]
}

// agree resolves the agreement marks of French ({e}{s}), Italian and
// Spanish ({o}) for a noun of gender g.
func agree(lang, s string, g gender, plural bool) string {
	fem := g == feminine
	switch lang {
	case "fr":
		e, pl := "", ""
		if fem {
			e = "e"
		}
		if plural {
			pl = "s"
		}
		return strings.NewReplacer("{e}", e, "{s}", pl).Replace(s)
	case "it":
		return strings.ReplaceAll(s, "{o}", pick4(fem, plural, "o", "a", "i", "e"))
	case "es":
		return strings.ReplaceAll(s, "{o}", pick4(fem, plural, "o", "a", "os", "as"))
	}
	return s
}

func pick4(fem, plural bool, ms, fs, mp, fp string) string {
	switch {
	case !fem && !plural:
		return ms
	case fem && !plural:
		return fs
	case !fem:
		return mp
	default:
		return fp
	}
}

func adjForm(forms [4]string, g gender, plural bool) string {
	i := 0
	if g == feminine {
		i = 1
	}
	if plural {
		i += 2
	}
	return forms[i]
}

func startsWithVowelSound(s string) bool {
	r, _ := utf8.DecodeRuneInString(strings.ToLower(s))
	return strings.ContainsRune("aeiouéèêàâîôûh", r)
}

var english = language{
	and: "and",
	grammar: func(n noun) map[string]string {
		t := map[string]string{"noun": n.word, "it": "it", "It": "It", "its": "its", "Its": "Its", "is": "is", "s": "s", "has": "has"}
		article := "a "
		if startsWithVowelSound(n.word) && !strings.HasPrefix(strings.ToLower(n.word), "h") {
			article = "an "
		}
		t["a_noun"] = article + n.word
		t["the_noun"], t["The_noun"] = "the "+n.word, "The "+n.word
		if n.isPlural {
			t = map[string]string{"noun": n.word, "it": "they", "It": "They", "its": "their", "Its": "Their", "is": "are", "s": "", "has": "have", "a_noun": "a pair of " + n.word}
			if !strings.HasSuffix(n.word, "earrings") {
				t["a_noun"] = n.word
			}
			t["it_obj"] = "them"
			t["the_noun"], t["The_noun"] = "the "+n.word, "The "+n.word
		} else {
			t["it_obj"] = "it"
		}
		return t
	},
	collection: func(c string) string { return " from the " + c + " collection" },
	stone: func(s stoneFacts) string {
		words := []string{}
		if s.count == 1 {
			words = append(words, "a")
		} else if s.count > 1 {
			words = append(words, strconv.Itoa(s.count))
		}
		if s.colour != "" {
			words = append(words, strings.TrimSpace(s.colour))
		}
		if s.qualifier != "" {
			words = append(words, s.qualifier)
		}
		if s.count == 1 || s.noun.plural == "" {
			words = append(words, s.noun.word)
		} else {
			words = append(words, s.noun.plural)
		}
		if words[0] == "a" && startsWithVowelSound(words[1]) {
			words[0] = "an"
		}
		return strings.Join(words, " ")
	},
	openings: []string{
		"Meet the {name}, {a_noun}{coll} by {brand}.",
		"The {name} is {a_noun}{coll}, designed by {brand}.",
		"{brand} presents the {name}, {a_noun}{coll}.",
		"Introducing the {name}, {a_noun}{coll}.",
		"With the {name}, {brand} brings you {a_noun}{coll}.",
		"Say hello to the {name}, {a_noun}{coll}.",
		"Here is the {name}: {a_noun}{coll}, by {brand}.",
		"Part of the {brand} line-up, the {name} is {a_noun}{coll}.",
	},
	substances: []string{
		"{It} {is} crafted in {subs}.",
		"The design is made from {subs}.",
		"{Its} material of choice is {subs}.",
		"{It} {is} shaped from {subs}.",
		"{The_noun} {is} made of {subs}.",
	},
	platingsOnly: []string{
		"{It} {is} {plats}.",
		"The finish is {plats}.",
		"{Its} finish is {plats}.",
	},
	both: []string{
		"Crafted in {subs}, {it} {is} {plats}.",
		"{It} {is} made from {subs} and {plats}.",
		"The design pairs {subs} with a finish that is {plats}.",
		"Made from {subs}, {the_noun} {is} {plats}.",
		"{It} {is} {plats} over a base of {subs}.",
		"{subs_cap} forms the base, and {the_noun} {is} {plats}.",
	},
	stones: []string{
		"{It} {is} set with {stones}.",
		"Look closely to find {stones}.",
		"The design features {stones}.",
		"Set into the design are {stones}.",
		"Catching the light are {stones}.",
		"Detail comes from {stones}.",
	},
	colours: []string{
		"Shades of {colours} give {it_obj} {its} character.",
		"{It} come{s} in {colours}.",
		"Look out for touches of {colours}.",
	},
	features: []string{
		"Details to note: {features}.",
		"Good to know: {features}.",
		"Key details: {features}.",
	},
	occasions: []string{
		"A thoughtful choice for {occasions}.",
		"{It} make{s} a lovely gift for {occasions}.",
		"Ideal for {occasions}.",
		"Keep {it_obj} in mind for {occasions}.",
	},
	padding: []string{
		"Wear {it_obj} on {its} own for a quiet accent, or pair {it_obj} with pieces you already love.",
		"Store {it_obj} in a soft pouch, away from other jewellery, to protect the surface.",
		"Take {it_obj} off before swimming, bathing or exercise, and put {it_obj} on after perfume and lotion.",
		"A gentle wipe with a soft, dry cloth after wearing keeps the details looking fresh.",
		"{It} work{s} as easily with weekend knitwear as with an evening outfit.",
		"Layer {it_obj} with other pieces or let {it_obj} stand alone, as the day suggests.",
		"Chosen for yourself or as a gift, {it} {is} made to be worn often.",
		"Keep {it_obj} away from damp and household products so the surface stays lovely.",
		"Small and easy to wear, {it} fit{s} into a morning routine without a second thought.",
	},
	closings: []string{
		"Designed by {brand} to be worn and enjoyed.",
		"Made by {brand} to become part of your story.",
		"From {brand}, with care in every detail.",
		"{brand} designs jewellery to be worn, not kept in a drawer.",
		"Part of the {brand} story, ready for yours.",
	},
}

var french = language{
	and: "et",
	grammar: func(n noun) map[string]string {
		fem, pl := n.gender == feminine, n.isPlural
		t := map[string]string{
			"noun": n.word,
			"ce":   pick4(fem, pl, "ce", "cette", "ces", "ces"),
			"il":   pick4(fem, pl, "il", "elle", "ils", "elles"),
			"le":   pick4(fem, pl, "le", "la", "les", "les"),
			"un":   pick4(fem, pl, "un", "une", "une paire de", "une paire de"),
			"est":  pick4(fem, pl, "est", "est", "sont", "sont"),
			"nt":   pick4(fem, pl, "", "", "nt", "nt"),
			"son":  pick4(fem, pl, "son", "son", "leur", "leur"),
			"e":    pick4(fem, pl, "", "e", "", "e"),
			"s":    pick4(fem, pl, "", "", "s", "s"),
		}
		if !pl && !fem && startsWithVowelSound(n.word) {
			t["ce"] = "cet"
		}
		t["Ce"], t["Il"] = capitalise(t["ce"]), capitalise(t["il"])
		t["un_noun"] = t["un"] + " " + n.word
		return t
	},
	collection: func(c string) string { return " de la collection " + c },
	stone: func(s stoneFacts) string {
		return romanceStone("fr", s, map[bool]string{false: "un", true: "une"})
	},
	openings: []string{
		"Découvrez {name}, {un_noun}{coll} signé{e}{s} {brand}.",
		"{name}\u00a0: {un_noun}{coll} imaginé{e}{s} par {brand}.",
		"{brand} présente {name}, {un_noun}{coll}.",
		"Voici {name}, {un_noun}{coll} dessiné{e}{s} par {brand}.",
		"Avec {name}, {brand} signe {un_noun}{coll}.",
		"Signé{e}{s} {brand}, {name} est {un_noun}{coll}.",
		"{name} est {un_noun}{coll} signé{e}{s} {brand}.",
		"Faites connaissance avec {name}, {un_noun}{coll}.",
	},
	substances: []string{
		"{Ce} {noun} {est} façonné{e}{s} en {subs}.",
		"{Il} {est} réalisé{e}{s} en {subs}.",
		"La matière choisie\u00a0: {subs}.",
		"Le dessin prend forme en {subs}.",
		"Matière\u00a0: {subs}.",
	},
	platingsOnly: []string{
		"{Ce} {noun} {est} {plats}.",
		"{Il} {est} {plats}.",
		"Côté finition, {il} {est} {plats}.",
	},
	both: []string{
		"Façonné{e}{s} en {subs}, {il} {est} {plats}.",
		"{Ce} {noun} en {subs} {est} {plats}.",
		"Réalisé{e}{s} en {subs}, {ce} {noun} {est} {plats}.",
		"La base est en {subs}, et {ce} {noun} {est} {plats}.",
		"Sur une base en {subs}, {ce} {noun} {est} {plats}.",
		"Travaillé{e}{s} en {subs}, {il} {est} {plats}.",
	},
	stones: []string{
		"{Il} {est} serti{e}{s} {de_stones}.",
		"{Il} s'orne{nt} {de_stones}.",
		"Le dessin se pare {de_stones}.",
		"Un regard attentif y découvre {des_stones}.",
		"L'éclat vient {de_stones}.",
		"{Il} accueille{nt} {des_stones}.",
	},
	colours: []string{
		"{Il} se décline{nt} en {colours}.",
		"Les teintes\u00a0: {colours}.",
		"Des touches de {colours} apportent du caractère.",
	},
	features: []string{
		"Détails\u00a0: {features}.",
		"À noter\u00a0: {features}.",
		"Les petits plus\u00a0: {features}.",
	},
	occasions: []string{
		"Une belle idée pour {occasions}.",
		"Un cadeau tout trouvé pour {occasions}.",
		"Pensez-y pour {occasions}.",
		"À offrir ou à s'offrir pour {occasions}.",
	},
	padding: []string{
		"Portez-{le} seul{e}{s} pour une touche discrète, ou associez-{le} à vos bijoux préférés.",
		"Rangez-{le} dans une pochette douce, à l'écart de vos autres bijoux, pour en préserver l'éclat.",
		"Retirez-{le} avant la baignade, la douche ou le sport, et mettez-{le} après le parfum et les crèmes.",
		"Un passage délicat avec un chiffon doux et sec après chaque port en entretient la beauté.",
		"{Il} accompagne{nt} aussi bien une tenue de week-end qu'une tenue de soirée.",
		"À porter seul{e}{s} ou avec d'autres pièces, selon vos envies du jour.",
		"Pour vous-même ou à offrir, {il} se porte{nt} au quotidien comme les jours de fête.",
		"Conservez-{le} à l'abri de l'humidité pour qu'{il} garde{nt} tout {son} éclat.",
		"Facile à porter, {ce} {noun} trouve sa place dans toutes vos tenues.",
	},
	closings: []string{
		"Une création {brand}, pensée pour être portée et aimée.",
		"{brand} imagine des bijoux faits pour être portés, pas rangés.",
		"Signé {brand}, avec le souci du détail.",
		"Une pièce {brand} qui trouvera vite sa place dans votre quotidien.",
		"Un bijou {brand}, à porter souvent.",
	},
}

// romanceStone phrases a stone in French, Italian or Spanish: count,
// noun, colour adjective (agreeing), qualifier (agreeing).
func romanceStone(lang string, s stoneFacts, indefinite map[bool]string) string {
	plural := s.count != 1
	fem := s.noun.gender == feminine
	var words []string
	if s.count == 1 {
		article := indefinite[fem]
		if lang == "it" && !fem && needsUno(s.noun.word) {
			article = "uno"
		}
		words = append(words, article)
	} else if s.count > 1 {
		words = append(words, strconv.Itoa(s.count))
	}
	if plural && s.noun.plural != "" {
		words = append(words, s.noun.plural)
	} else {
		words = append(words, s.noun.word)
	}
	if s.colour != "" {
		if c, ok := lookupColour(s.colour); ok && c.adj != nil {
			words = append(words, adjForm(c.adj[lang], s.noun.gender, plural))
		} else {
			colourOf := map[string]string{"fr": "de couleur", "it": "di colore", "es": "de color"}[lang]
			words = append(words, colourOf, strings.TrimSpace(s.colour))
		}
	}
	if s.qualifier != "" {
		words = append(words, agree(lang, s.qualifier, s.noun.gender, plural))
	}
	return strings.Join(words, " ")
}

var german = language{
	and: "und",
	grammar: func(n noun) map[string]string {
		g := n.gender
		if n.isPlural {
			g = 'p'
		}
		byGender := func(m, f, nt, p string) string {
			switch g {
			case masculine:
				return m
			case feminine:
				return f
			case neuter:
				return nt
			}
			return p
		}
		t := map[string]string{
			"noun":   n.word,
			"der":    byGender("der", "die", "das", "die"),
			"den":    byGender("den", "die", "das", "die"),
			"dem":    byGender("dem", "der", "dem", "den"),
			"dieser": byGender("dieser", "diese", "dieses", "diese"),
			"diesen": byGender("diesen", "diese", "dieses", "diese"),
			"er":     byGender("er", "sie", "es", "sie"),
			"ihn":    byGender("ihn", "sie", "es", "sie"),
			"ist":    byGender("ist", "ist", "ist", "sind"),
			"wirkt":  byGender("wirkt", "wirkt", "wirkt", "wirken"),
			"passt":  byGender("passt", "passt", "passt", "passen"),
			"laesst": byGender("lässt", "lässt", "lässt", "lassen"),
			"findet": byGender("findet", "findet", "findet", "finden"),
			"seinen": byGender("seinen", "ihren", "seinen", "ihren"),
			"ein":    byGender("ein", "eine", "ein", "ein Paar"),
			"einen":  byGender("einen", "eine", "ein", "ein Paar"),
		}
		t["Der"], t["Dieser"], t["Er"] = capitalise(t["der"]), capitalise(t["dieser"]), capitalise(t["er"])
		t["ein_noun"] = t["ein"] + " " + n.word
		t["dem_noun"] = t["dem"] + " " + n.word
		if n.isPlural && !strings.HasSuffix(n.word, "n") && !strings.HasSuffix(n.word, "s") {
			// Dative plural adds -n: den Ohrringen.
			t["dem_noun"] += "n"
		}
		t["einen_noun"] = t["einen"] + " " + n.word
		return t
	},
	collection: func(c string) string { return " aus der Kollektion " + c },
	stone: func(s stoneFacts) string {
		var words []string
		switch {
		case s.count == 1 && s.noun.gender == feminine:
			words = append(words, "einer")
		case s.count == 1:
			words = append(words, "einem")
		case s.count > 1:
			words = append(words, strconv.Itoa(s.count))
		}
		if s.colour != "" {
			if c, ok := lookupColour(s.colour); ok && c.deAdj != "" {
				words = append(words, c.deAdj)
			}
		}
		if s.qualifier != "" {
			words = append(words, s.qualifier)
		}
		switch {
		case s.count == 1 && s.noun.dative != "":
			words = append(words, s.noun.dative)
		case s.count == 1 || s.noun.plural == "":
			words = append(words, s.noun.word)
		default:
			words = append(words, s.noun.plural)
		}
		if s.colour != "" {
			if c, ok := lookupColour(s.colour); !ok || c.deAdj == "" {
				words = append(words, "in der Farbe "+strings.TrimSpace(s.colour))
			}
		}
		return strings.Join(words, " ")
	},
	openings: []string{
		"Entdecken Sie {name}: {ein_noun}{coll} von {brand}.",
		"{name} ist {ein_noun}{coll}, entworfen von {brand}.",
		"{brand} präsentiert {name}, {einen_noun}{coll}.",
		"Mit {name} stellt {brand} {einen_noun}{coll} vor.",
		"Darf es {ein_noun}{coll} sein? {name} von {brand} macht es möglich.",
		"Lernen Sie {name} kennen: {ein_noun}{coll}.",
		"{name} von {brand} ist {ein_noun}{coll}.",
		"Hier ist {name}, {ein_noun}{coll} von {brand}.",
	},
	substances: []string{
		"{Der} {noun} {ist} aus {subs} gefertigt.",
		"Das Material der Wahl: {subs}.",
		"Gefertigt {ist} {dieser} {noun} aus {subs}.",
		"Für {den} {noun} fiel die Wahl auf {subs}.",
		"Material: {subs}.",
	},
	platingsOnly: []string{
		"{Der} {noun} {ist} {plats}.",
		"Die Oberfläche ist {plats}.",
		"{Dieser} {noun} {ist} {plats}.",
	},
	both: []string{
		"{Der} {noun} {ist} aus {subs} gefertigt und {plats}.",
		"Aus {subs} gefertigt, {ist} {dieser} {noun} {plats}.",
		"Die Basis bildet {subs}, die Oberfläche ist {plats}.",
		"Gefertigt aus {subs}, {ist} {der} {noun} {plats}.",
		"Auf einer Basis aus {subs} {ist} {der} {noun} {plats}.",
		"{Dieser} {noun} aus {subs} {ist} {plats}.",
	},
	stones: []string{
		"{Der} {noun} {ist} mit {stones} besetzt.",
		"Besetzt mit {stones}, {wirkt} {der} {noun} lebendig.",
		"Verziert {ist} {dieser} {noun} mit {stones}.",
		"Im Design funkeln Akzente mit {stones}.",
		"Das Design spielt mit {stones}.",
		"Zum Design gehört ein Besatz mit {stones}.",
	},
	colours: []string{
		"{Der} {noun} {ist} in {colours} gehalten.",
		"Die Farbwelt: {colours}.",
		"Akzente in {colours} geben {dem_noun} Charakter.",
	},
	features: []string{
		"Details: {features}.",
		"Gut zu wissen: {features}.",
		"Besonderheiten: {features}.",
	},
	occasions: []string{
		"Eine schöne Geschenkidee {occasions}.",
		"Ein liebevolles Geschenk {occasions}.",
		"Passend {occasions}.",
		"Eine gute Wahl {occasions}.",
	},
	padding: []string{
		"Kombiniert mit Ihren Lieblingsstücken {wirkt} {dieser} {noun} ebenso schön wie allein getragen.",
		"Bewahren Sie {den} {noun} in einem weichen Beutel auf, getrennt von anderem Schmuck.",
		"Legen Sie {den} {noun} vor dem Schwimmen, Duschen oder Sport ab und erst nach Parfum und Lotion wieder an.",
		"Ein weiches, trockenes Tuch nach dem Tragen hält die Oberfläche schön gepflegt.",
		"{Der} {noun} {passt} zum Wochenend-Look ebenso wie zum Abendoutfit.",
		"Ob allein oder im Zusammenspiel mit anderen Stücken, {der} {noun} {laesst} sich vielseitig kombinieren.",
		"Für Sie selbst oder als Geschenk: ein Stück für viele Gelegenheiten.",
		"Schützen Sie {den} {noun} vor Feuchtigkeit, damit die Oberfläche lange schön bleibt.",
		"Leicht zu tragen, {findet} {der} {noun} im Alltag ganz selbstverständlich {seinen} Platz.",
	},
	closings: []string{
		"Ein Stück von {brand}, gemacht, um getragen zu werden.",
		"{brand} entwirft Schmuck, der getragen werden will.",
		"Von {brand}, mit Liebe zum Detail.",
		"Ein Design von {brand}, das schnell zum Begleiter wird.",
		"Schmuck von {brand}, gemacht für jeden Tag.",
	},
}

var italian = language{
	and: "e",
	grammar: func(n noun) map[string]string {
		fem, pl := n.gender == feminine, n.isPlural
		art := n.article
		if art == "" {
			art = pick4(fem, pl, "il", "la", "i", "le")
		}
		sep := " "
		if strings.HasSuffix(art, "'") {
			sep = ""
		}
		t := map[string]string{
			"noun":    n.word,
			"questo":  pick4(fem, pl, "questo", "questa", "questi", "queste"),
			"lo":      pick4(fem, pl, "lo", "la", "li", "le"),
			"o":       pick4(fem, pl, "o", "a", "i", "e"),
			"è":       pick4(fem, pl, "è", "è", "sono", "sono"),
			"no":      pick4(fem, pl, "", "", "no", "no"),
			"il_noun": art + sep + n.word,
		}
		un := pick4(fem, pl, "un", "una", "un paio di", "un paio di")
		if fem && !pl && startsWithVowelSound(n.word) {
			un = "un'"
			t["un_noun"] = un + n.word
		} else {
			t["un_noun"] = un + " " + n.word
		}
		t["Questo"], t["Lo"], t["È"], t["Il_noun"] = capitalise(t["questo"]), capitalise(t["lo"]), capitalise(t["è"]), capitalise(t["il_noun"])
		return t
	},
	collection: func(c string) string { return " della collezione " + c },
	stone: func(s stoneFacts) string {
		return romanceStone("it", s, map[bool]string{false: "un", true: "una"})
	},
	openings: []string{
		"Scopra {name}, {un_noun}{coll} firmat{o} {brand}.",
		"{name} è {un_noun}{coll} ideat{o} da {brand}.",
		"{brand} presenta {name}, {un_noun}{coll}.",
		"Con {name}, {brand} firma {un_noun}{coll}.",
		"Ecco {name}, {un_noun}{coll} disegnat{o} da {brand}.",
		"Le presentiamo {name}, {un_noun}{coll}.",
		"Firmat{o} {brand}, {name} è {un_noun}{coll}.",
		"Conosca {name}: {un_noun}{coll} di {brand}.",
	},
	substances: []string{
		"{Il_noun} {è} realizzat{o} in {subs}.",
		"{Questo} {noun} prende forma in {subs}.",
		"Materiale: {subs}.",
		"{Questo} {noun} {è} fatt{o} di {subs}.",
		"{Il_noun} {è} in {subs}.",
	},
	platingsOnly: []string{
		"{Il_noun} {è} {plats}.",
		"{Questo} {noun} {è} {plats}.",
		"Quanto alla finitura, {questo} {noun} {è} {plats}.",
	},
	both: []string{
		"Realizzat{o} in {subs}, {il_noun} {è} {plats}.",
		"{Il_noun} in {subs} {è} {plats}.",
		"La base è in {subs}, e {questo} {noun} {è} {plats}.",
		"In {subs}, {il_noun} {è} {plats}.",
		"Su una base in {subs}, {questo} {noun} {è} {plats}.",
		"Lavorat{o} in {subs}, {è} {plats}.",
	},
	stones: []string{
		"{È} impreziosit{o} da {stones}.",
		"Il design presenta {stones}.",
		"Il design si arricchisce di {stones}.",
		"A uno sguardo attento si notano {stones}.",
		"La luce gioca su {stones}.",
		"Da notare: {stones}.",
	},
	colours: []string{
		"{Il_noun} {è} declinat{o} in {colours}.",
		"I colori: {colours}.",
		"Tocchi di {colours} danno carattere al design.",
	},
	features: []string{
		"Dettagli: {features}.",
		"Da sapere: {features}.",
		"Caratteristiche: {features}.",
	},
	occasions: []string{
		"Un'idea regalo per {occasions}.",
		"Da regalare per {occasions}.",
		"Una scelta felice per {occasions}.",
		"Pensat{o} per {occasions}.",
	},
	padding: []string{
		"{Lo} indossi da sol{o} per un tocco discreto, oppure {lo} abbini ai gioielli che già possiede.",
		"{Lo} conservi in un sacchetto morbido, lontano da altri gioielli, per proteggerne la superficie.",
		"{Lo} tolga prima di nuotare, fare la doccia o fare sport, e {lo} indossi dopo profumi e creme.",
		"Un panno morbido e asciutto dopo ogni utilizzo aiuta a mantenerne la lucentezza.",
		"{Il_noun} si abbina{no} con naturalezza sia a un look da weekend sia a un outfit da sera.",
		"Da sol{o} o insieme ad altri pezzi, {il_noun} si adatta{no} a stili diversi.",
		"Per sé o da regalare, {è} pensat{o} per essere indossat{o} spesso.",
		"{Lo} protegga dall'umidità perché la superficie resti bella a lungo.",
		"Facile da indossare, {questo} {noun} entra con naturalezza nella routine di ogni giorno.",
	},
	closings: []string{
		"Una creazione {brand}, pensata per essere indossata e amata.",
		"{brand} disegna gioielli da indossare, non da tenere in un cassetto.",
		"Firmato {brand}, con cura in ogni dettaglio.",
		"Un pezzo {brand} che diventerà parte della sua storia.",
		"Un gioiello {brand}, da indossare spesso.",
	},
}

var spanish = language{
	and: "y",
	grammar: func(n noun) map[string]string {
		fem, pl := n.gender == feminine, n.isPlural
		t := map[string]string{
			"noun": n.word,
			"el":   pick4(fem, pl, "el", "la", "los", "las"),
			"este": pick4(fem, pl, "este", "esta", "estos", "estas"),
			"lo":   pick4(fem, pl, "lo", "la", "los", "las"),
			"o":    pick4(fem, pl, "o", "a", "os", "as"),
			"es":   pick4(fem, pl, "es", "es", "son", "son"),
			"está": pick4(fem, pl, "está", "está", "están", "están"),
			"n":    pick4(fem, pl, "", "", "n", "n"),
			"un":   pick4(fem, pl, "un", "una", "unos", "unas"),
		}
		t["el_noun"] = t["el"] + " " + n.word
		t["un_noun"] = t["un"] + " " + n.word
		t["El_noun"], t["Este"], t["Está"] = capitalise(t["el_noun"]), capitalise(t["este"]), capitalise(t["está"])
		return t
	},
	collection: func(c string) string { return " de la colección " + c },
	stone: func(s stoneFacts) string {
		return romanceStone("es", s, map[bool]string{false: "un", true: "una"})
	},
	openings: []string{
		"Descubra {name}, {un_noun}{coll} firmad{o} por {brand}.",
		"{name} es {un_noun}{coll} diseñad{o} por {brand}.",
		"{brand} presenta {name}, {un_noun}{coll}.",
		"Con {name}, {brand} firma {un_noun}{coll}.",
		"Le presentamos {name}, {un_noun}{coll} cread{o} por {brand}.",
		"Conozca {name}: {un_noun}{coll} de {brand}.",
		"Firmad{o} por {brand}, {name} es {un_noun}{coll}.",
		"Así es {name}, {un_noun}{coll}.",
	},
	substances: []string{
		"{El_noun} {está} elaborad{o} en {subs}.",
		"{Este} {noun} {está} hech{o} de {subs}.",
		"Material: {subs}.",
		"{Este} {noun} toma{n} forma en {subs}.",
		"{El_noun} {es} de {subs}.",
	},
	platingsOnly: []string{
		"{El_noun} {está} {plats}.",
		"{Este} {noun} {está} {plats}.",
		"En cuanto al acabado, {este} {noun} {está} {plats}.",
	},
	both: []string{
		"Elaborad{o} en {subs}, {el_noun} {está} {plats}.",
		"{El_noun} de {subs} {está} {plats}.",
		"La base es de {subs}, y {este} {noun} {está} {plats}.",
		"Hech{o} de {subs}, {este} {noun} {está} {plats}.",
		"Sobre una base de {subs}, {este} {noun} {está} {plats}.",
		"Trabajad{o} en {subs}, {está} {plats}.",
	},
	stones: []string{
		"{Está} engastad{o} con {stones}.",
		"El diseño presenta {stones}.",
		"Su diseño incorpora {stones}.",
		"Una mirada atenta descubre {stones}.",
		"La luz juega sobre {stones}.",
		"A destacar: {stones}.",
	},
	colours: []string{
		"{El_noun} se presenta{n} en {colours}.",
		"Los colores: {colours}.",
		"Toques de {colours} dan carácter al diseño.",
	},
	features: []string{
		"Detalles: {features}.",
		"Conviene saber: {features}.",
		"Características: {features}.",
	},
	occasions: []string{
		"Una idea de regalo para {occasions}.",
		"Para regalar en {occasions}.",
		"Una elección acertada para {occasions}.",
		"Pensad{o} para {occasions}.",
	},
	padding: []string{
		"Lléve{lo} sol{o} para un toque discreto o combíne{lo} con sus joyas favoritas.",
		"Guárde{lo} en una bolsa suave, lejos de otras joyas, para proteger su superficie.",
		"Quíte{lo} antes de nadar, ducharse o hacer deporte, y pónga{lo} después del perfume y las cremas.",
		"Un paño suave y seco después de cada uso ayuda a mantener su brillo.",
		"{El_noun} combina{n} igual de bien con un look de fin de semana que con uno de noche.",
		"Sol{o} o junto a otras piezas, se adapta{n} a estilos muy distintos.",
		"Para usted o para regalar, {está} pensad{o} para llevarse a menudo.",
		"Protéja{lo} de la humedad para que su superficie se mantenga bonita.",
		"Fácil de llevar, {este} {noun} encaja con naturalidad en el día a día.",
	},
	closings: []string{
		"Una creación de {brand}, pensada para llevarse y disfrutarse.",
		"{brand} diseña joyas para llevar, no para guardar en un cajón.",
		"Firmado por {brand}, con cuidado en cada detalle.",
		"Una pieza de {brand} que pronto formará parte de su historia.",
		"Una joya de {brand}, para llevar a menudo.",
	},
}

var languages = map[string]*language{
	"en": &english, "fr": &french, "de": &german, "it": &italian, "es": &spanish,
}

// needsUno reports whether an Italian masculine noun takes "uno": before
// s + consonant, z, gn, ps and x (uno smeraldo, uno zaffiro).
func needsUno(word string) bool {
	w := strings.ToLower(word)
	if strings.HasPrefix(w, "z") || strings.HasPrefix(w, "gn") || strings.HasPrefix(w, "ps") || strings.HasPrefix(w, "x") {
		return true
	}
	return len(w) > 1 && w[0] == 's' && !strings.ContainsRune("aeiou", rune(w[1]))
}

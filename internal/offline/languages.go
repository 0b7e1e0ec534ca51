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
	padding      []string // fact-free sentences on wearing and styling
	// A care sentence and a styling sentence are each a lead and a tail,
	// chosen apart.
	care, careTails   []string
	style, styleTails []string
	// A closing names the brand: a lead and a tail, chosen apart, so that
	// the products of a launch rarely end on the same words.
	closingLeads []string
	closingTails []string
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
		return fill(s, "{e}", e, "{s}", pl)
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
		"Crafted by {brand}, the {name} is {a_noun}{coll}.",
		"Discover the {name}, {a_noun}{coll} with a story to tell.",
		"Take a closer look at the {name}, {a_noun}{coll}.",
		"The {name} joins the {brand} range as {a_noun}{coll}.",
	},
	substances: []string{
		"{It} {is} crafted in {subs}.",
		"The design is made from {subs}.",
		"{Its} material of choice is {subs}.",
		"{It} {is} shaped from {subs}.",
		"{The_noun} {is} made of {subs}.",
		"{subs_cap} gives {the_noun} {its} form.",
		"{It} {is} worked in {subs}.",
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
		"{It} pair{s} a base of {subs} with a finish that is {plats}.",
		"Built on {subs}, {the_noun} {is} {plats}.",
		"Beneath a finish that is {plats} lies {subs}.",
	},
	stones: []string{
		"{It} {is} set with {stones}.",
		"Look closely to find {stones}.",
		"The design features {stones}.",
		"Set into the design: {stones}.",
		"Catching the light: {stones}.",
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
		"Worth knowing: {features}.",
		"Finishing touches: {features}.",
		"A closer look: {features}.",
	},
	occasions: []string{
		"A thoughtful choice for {occasions}.",
		"{It} make{s} a lovely gift for {occasions}.",
		"Ideal for {occasions}.",
		"Keep {it_obj} in mind for {occasions}.",
	},
	padding: []string{
		"{It} work{s} as easily with weekend knitwear as with an evening outfit.",
		"Chosen for yourself or as a gift, {it} {is} made to be worn often.",
		"Small and easy to wear, {it} fit{s} into a morning routine without a second thought.",
		"{The_noun} {is} as easy to dress up as {it} {is} to dress down.",
		"Slip {it_obj} on with a crisp shirt, or let {it_obj} finish a dressier look.",
		"{The_noun} suit{s} a desk day as well as a dinner out.",
		"Let {the_noun} set the tone, and keep the rest of your look simple.",
	},
	style: []string{
		"Wear {it_obj} on {its} own",
		"Pair {it_obj} with pieces you already love",
		"Layer {it_obj} with other favourites",
		"Team {it_obj} with a simple knit",
		"Add {it_obj} to a crisp office shirt",
		"Style {it_obj} with a favourite jacket",
	},
	styleTails: []string{
		" for a quiet accent.",
		" for an easy daytime look.",
		" when the day calls for a little shine.",
		" to give any outfit a lift.",
		" for evenings out.",
		" on the days you want to stand out.",
	},
	care: []string{
		"Store {it_obj} in a soft pouch",
		"Keep {it_obj} in a dry jewellery box between wears",
		"Take {it_obj} off before swimming, bathing or exercise",
		"Put {it_obj} on after perfume and lotion",
		"Wipe {it_obj} gently with a soft, dry cloth after wearing",
		"Keep {it_obj} away from damp and household products",
		"Put {the_noun} on last and take {it_obj} off first",
	},
	careTails: []string{
		" to protect the surface.",
		" so the surface stays lovely.",
		" to keep the details looking fresh.",
		": a simple habit that keeps {it_obj} looking new.",
		", and {it} will keep {its} shine for longer.",
		" to keep the finish at its best.",
	},
	closingLeads: []string{
		"Designed by {brand}",
		"Made by {brand}",
		"Created by {brand}",
		"A piece by {brand}",
		"A design by {brand}",
		"From the {brand} studio",
	},
	closingTails: []string{
		", to be worn and enjoyed.",
		", with care in every detail.",
		", to become part of your story.",
		", ready for the years ahead.",
		", to be worn again and again.",
		", for wearing, not for keeping in a drawer.",
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
		"Imaginé{e}{s} par {brand}, {name} est {un_noun}{coll}.",
		"Regardez de plus près {name}, {un_noun}{coll}.",
		"{name} rejoint l'univers {brand}\u00a0: {un_noun}{coll}.",
		"Place à {name}, {un_noun}{coll} signé{e}{s} {brand}.",
	},
	substances: []string{
		"{Ce} {noun} {est} façonné{e}{s} en {subs}.",
		"{Il} {est} réalisé{e}{s} en {subs}.",
		"La matière choisie\u00a0: {subs}.",
		"Le dessin prend forme en {subs}.",
		"Matière\u00a0: {subs}.",
		"{Il} {est} travaillé{e}{s} en {subs}.",
		"{Ce} {noun} prend forme en {subs}.",
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
		"En {subs}, {ce} {noun} {est} {plats}.",
		"{Il} {est} {plats}, sur une base en {subs}.",
		"Pensé{e}{s} en {subs}, {il} {est} {plats}.",
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
		"En bref\u00a0: {features}.",
		"Côté détails\u00a0: {features}.",
		"Bon à savoir\u00a0: {features}.",
	},
	occasions: []string{
		"Une belle idée pour {occasions}.",
		"Un cadeau tout trouvé pour {occasions}.",
		"Pensez-y pour {occasions}.",
		"À offrir ou à s'offrir pour {occasions}.",
	},
	padding: []string{
		"{Il} accompagne{nt} aussi bien une tenue décontractée qu'une tenue de soirée.",
		"Pour vous-même ou à offrir, {il} se porte{nt} au quotidien comme les jours de fête.",
		"Facile à porter, {ce} {noun} se glisse{nt} dans toutes vos tenues.",
		"{Ce} {noun} se porte{nt} aussi bien au bureau qu'en soirée.",
		"Avec un jean ou une robe du soir, {ce} {noun} s'accorde{nt} avec tout.",
		"{Ce} {noun} donne{nt} le ton\u00a0; le reste de la tenue peut rester simple.",
	},
	style: []string{
		"Portez-{le} seul{e}{s}",
		"Associez-{le} à vos bijoux préférés",
		"Superposez-{le} avec d'autres pièces",
		"Adoptez-{le} avec un pull tout simple",
		"Glissez-{le} dans une tenue de bureau",
		"Mariez-{le} à votre veste préférée",
	},
	styleTails: []string{
		" pour une touche discrète.",
		" pour un look facile en journée.",
		" quand la journée appelle un peu d'éclat.",
		" pour donner du relief à votre tenue.",
		" pour vos sorties du soir.",
		" les jours où vous voulez briller.",
	},
	care: []string{
		"Rangez-{le} dans une pochette douce",
		"Gardez-{le} dans un écrin bien sec entre deux sorties",
		"Retirez-{le} avant la baignade, la douche ou le sport",
		"Mettez-{le} après le parfum et les crèmes",
		"Essuyez-{le} délicatement avec un chiffon doux et sec après chaque port",
		"Tenez-{le} à l'écart de l'humidité et des produits ménagers",
		"Mettez-{le} en dernier et retirez-{le} en premier",
	},
	careTails: []string{
		" pour en préserver l'éclat.",
		" pour que la surface reste belle.",
		"\u00a0: un geste simple pour en préserver la beauté.",
		" afin qu'{il} garde{nt} tout {son} éclat.",
		" pour en prolonger la brillance.",
		" pour en entretenir la beauté.",
	},
	closingLeads: []string{
		"Une création {brand}",
		"Un bijou {brand}",
		"Une pièce {brand}",
		"Signé {brand}",
		"Imaginé par {brand}",
		"Un dessin {brand}",
	},
	closingTails: []string{
		", à porter souvent.",
		", avec le souci du détail.",
		", à porter encore et encore.",
		", pour accompagner vos journées.",
		", à porter au fil des saisons.",
		", pour tous vos moments.",
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
		"Aus dem Hause {brand} kommt {name}, {ein_noun}{coll}.",
		"Werfen Sie einen Blick auf {name}: {ein_noun}{coll}.",
		"Das ist {name}, {ein_noun}{coll} von {brand}.",
		"Von {brand} entworfen: {name}, {ein_noun}{coll}.",
	},
	substances: []string{
		"{Der} {noun} {ist} aus {subs} gefertigt.",
		"Das Material der Wahl: {subs}.",
		"Gefertigt {ist} {dieser} {noun} aus {subs}.",
		"Für {den} {noun} fiel die Wahl auf {subs}.",
		"Material: {subs}.",
		"Gearbeitet {ist} {der} {noun} aus {subs}.",
		"Als Material dient {subs}.",
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
		"{Der} {noun} {ist} {plats}, die Basis bildet {subs}.",
		"Aus {subs} gearbeitet, {ist} {der} {noun} {plats}.",
		"Die Basis aus {subs} ist {plats}.",
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
		"Im Detail: {features}.",
		"Wissenswert: {features}.",
		"Auf einen Blick: {features}.",
	},
	occasions: []string{
		"Eine schöne Geschenkidee {occasions}.",
		"Ein liebevolles Geschenk {occasions}.",
		"Passend {occasions}.",
		"Eine gute Wahl {occasions}.",
	},
	padding: []string{
		"{Der} {noun} {passt} zum Wochenend-Look ebenso wie zum Abendoutfit.",
		"Für Sie selbst oder als Geschenk: ein Stück für viele Gelegenheiten.",
		"Leicht zu tragen, {findet} {der} {noun} im Alltag ganz selbstverständlich {seinen} Platz.",
		"{Der} {noun} {passt} ins Büro ebenso wie zum Abendessen.",
		"Mit {dem_noun} ist der Akzent gesetzt, der Rest des Outfits darf schlicht bleiben.",
	},
	style: []string{
		"Tragen Sie {den} {noun} allein",
		"Kombinieren Sie {den} {noun} mit Ihren Lieblingsstücken",
		"Tragen Sie {den} {noun} zusammen mit anderem Schmuck",
		"Kombinieren Sie {den} {noun} mit einem schlichten Strickpullover",
		"Tragen Sie {den} {noun} zur Bluse im Büro",
		"Stylen Sie {den} {noun} zu Ihrer Lieblingsjacke",
	},
	styleTails: []string{
		" für einen dezenten Akzent.",
		" für einen unkomplizierten Look am Tag.",
		", wenn der Tag etwas Glanz verlangt.",
		", um jedem Outfit Frische zu geben.",
		" für den Abend.",
		" an Tagen, an denen Sie glänzen möchten.",
	},
	care: []string{
		"Bewahren Sie {den} {noun} in einem weichen Beutel auf",
		"Legen Sie {den} {noun} zwischen zwei Anlässen in ein trockenes Schmuckkästchen",
		"Legen Sie {den} {noun} vor dem Schwimmen, Duschen oder Sport ab",
		"Legen Sie {den} {noun} erst nach Parfum und Lotion an",
		"Wischen Sie {den} {noun} nach dem Tragen mit einem weichen, trockenen Tuch ab",
		"Schützen Sie {den} {noun} vor Feuchtigkeit und Haushaltsmitteln",
		"Legen Sie {den} {noun} zuletzt an und zuerst ab",
	},
	careTails: []string{
		", damit die Oberfläche lange schön bleibt.",
		": So bleibt der Glanz erhalten.",
		", um die Oberfläche zu schützen.",
		", so bleiben die Details lange frisch.",
		": ein einfacher Handgriff für lange Freude.",
		", damit der Glanz lange hält.",
	},
	closingLeads: []string{
		"Ein Stück von {brand}",
		"Ein Design von {brand}",
		"Schmuck von {brand}",
		"Von {brand} entworfen",
		"Gestaltet von {brand}",
		"Eine Kreation von {brand}",
	},
	closingTails: []string{
		", gemacht, um getragen zu werden.",
		", mit Liebe zum Detail.",
		", gemacht für viele Gelegenheiten.",
		", bereit für Ihre Geschichte.",
		", zum Tragen statt zum Aufbewahren.",
		", für lange Freude.",
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
		"Ideat{o} da {brand}, {name} è {un_noun}{coll}.",
		"Guardi da vicino {name}, {un_noun}{coll}.",
		"Dal mondo {brand} arriva {name}, {un_noun}{coll}.",
		"Ecco a Lei {name}: {un_noun}{coll}.",
	},
	substances: []string{
		"{Il_noun} {è} realizzat{o} in {subs}.",
		"{Questo} {noun} prende forma in {subs}.",
		"Materiale: {subs}.",
		"{Questo} {noun} {è} fatt{o} di {subs}.",
		"{Il_noun} {è} in {subs}.",
		"{Il_noun} {è} lavorat{o} in {subs}.",
		"Il materiale scelto: {subs}.",
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
		"{Il_noun} {è} {plats}, su una base in {subs}.",
		"In {subs}, {questo} {noun} {è} {plats}.",
		"{Questo} {noun} {è} {plats}; la base è in {subs}.",
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
		"In breve: {features}.",
		"Nel dettaglio: {features}.",
		"Punti di forza: {features}.",
	},
	occasions: []string{
		"Un'idea regalo per {occasions}.",
		"Da regalare per {occasions}.",
		"Una scelta felice per {occasions}.",
		"Pensat{o} per {occasions}.",
	},
	padding: []string{
		"{Il_noun} si abbina{no} con naturalezza sia a un look da weekend sia a un outfit da sera.",
		"Per sé o da regalare, {è} pensat{o} per essere indossat{o} spesso.",
		"Facile da indossare, {questo} {noun} entra con naturalezza nella routine di ogni giorno.",
		"{Il_noun} si porta{no} in ufficio come a cena.",
		"{Questo} {noun} completa{no} il look, che per il resto può restare semplice.",
	},
	style: []string{
		"{Lo} indossi da sol{o}",
		"{Lo} abbini ai gioielli che già possiede",
		"{Lo} sovrapponga ad altri pezzi",
		"{Lo} porti con un maglione semplice",
		"{Lo} aggiunga a una camicia da ufficio",
		"{Lo} abbini alla sua giacca preferita",
	},
	styleTails: []string{
		" per un tocco discreto.",
		" per un look facile di giorno.",
		" quando la giornata chiede un po' di luce.",
		" per dare carattere a ogni outfit.",
		" per le serate fuori.",
		" nei giorni in cui vuole brillare.",
	},
	care: []string{
		"{Lo} conservi in un sacchetto morbido",
		"{Lo} riponga in un portagioie asciutto tra un utilizzo e l'altro",
		"{Lo} tolga prima di nuotare, fare la doccia o fare sport",
		"{Lo} indossi dopo profumi e creme",
		"{Lo} pulisca delicatamente con un panno morbido e asciutto dopo l'uso",
		"{Lo} tenga lontan{o} da umidità e detersivi",
		"{Lo} indossi per ultim{o} e {lo} tolga per prim{o}",
	},
	careTails: []string{
		" per proteggerne la superficie.",
		" perché la superficie resti bella a lungo.",
		": un gesto semplice per conservarne la bellezza.",
		" per mantenerne la lucentezza.",
		" e la superficie resterà bella più a lungo.",
		" per preservarne i dettagli.",
	},
	closingLeads: []string{
		"Una creazione {brand}",
		"Un gioiello {brand}",
		"Un pezzo {brand}",
		"Firmato {brand}",
		"Ideato da {brand}",
		"Un design {brand}",
	},
	closingTails: []string{
		", da indossare spesso.",
		", con cura in ogni dettaglio.",
		", da indossare ancora e ancora.",
		", per accompagnare le sue giornate.",
		", da indossare in ogni stagione.",
		", per tutti i suoi momenti.",
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
		"Diseñad{o} por {brand}, {name} es {un_noun}{coll}.",
		"Mire de cerca {name}: {un_noun}{coll}.",
		"Del universo {brand} llega {name}, {un_noun}{coll}.",
		"Presentamos {name}, {un_noun}{coll} de {brand}.",
	},
	substances: []string{
		"{El_noun} {está} elaborad{o} en {subs}.",
		"{Este} {noun} {está} hech{o} de {subs}.",
		"Material: {subs}.",
		"{Este} {noun} toma{n} forma en {subs}.",
		"{El_noun} {es} de {subs}.",
		"{El_noun} {está} trabajad{o} en {subs}.",
		"El material elegido: {subs}.",
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
		"{El_noun} {está} {plats}, sobre una base de {subs}.",
		"De {subs}, {este} {noun} {está} {plats}.",
		"{Este} {noun} {está} {plats}; la base es de {subs}.",
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
		"En resumen: {features}.",
		"En detalle: {features}.",
		"Puntos fuertes: {features}.",
	},
	occasions: []string{
		"Una idea de regalo para {occasions}.",
		"Para regalar en {occasions}.",
		"Una elección acertada para {occasions}.",
		"Pensad{o} para {occasions}.",
	},
	padding: []string{
		"{El_noun} combina{n} igual de bien con un look de fin de semana que con uno de noche.",
		"Para usted o para regalar, {está} pensad{o} para llevarse a menudo.",
		"Fácil de llevar, {este} {noun} encaja con naturalidad en el día a día.",
		"{El_noun} queda{n} bien tanto en la oficina como en una cena.",
		"{Este} {noun} pone{n} el acento: el resto del look puede ser sencillo.",
	},
	style: []string{
		"Lléve{lo} sol{o}",
		"Combíne{lo} con sus joyas favoritas",
		"Lléve{lo} junto a otras piezas",
		"Lléve{lo} con un jersey sencillo",
		"Añáda{lo} a una camisa de oficina",
		"Combíne{lo} con su chaqueta preferida",
	},
	styleTails: []string{
		" para un toque discreto.",
		" para un look fácil de día.",
		" cuando el día pide un poco de brillo.",
		" para dar carácter a cualquier conjunto.",
		" para las salidas de noche.",
		" los días en que quiera brillar.",
	},
	care: []string{
		"Guárde{lo} en una bolsa suave",
		"Guárde{lo} en un joyero seco entre uso y uso",
		"Quíte{lo} antes de nadar, ducharse o hacer deporte",
		"Pónga{lo} después del perfume y las cremas",
		"Límpie{lo} con suavidad con un paño suave y seco después de cada uso",
		"Manténga{lo} lejos de la humedad y de los productos de limpieza",
		"Pónga{lo} lo último y quíte{lo} lo primero",
	},
	careTails: []string{
		" para proteger su superficie.",
		" para que su superficie se mantenga bonita.",
		": un gesto sencillo para conservar su belleza.",
		" para mantener su brillo.",
		" y su superficie lucirá bonita más tiempo.",
		" para cuidar cada detalle.",
	},
	closingLeads: []string{
		"Una creación de {brand}",
		"Una joya de {brand}",
		"Una pieza de {brand}",
		"Firmado por {brand}",
		"Diseñado por {brand}",
		"Un diseño de {brand}",
	},
	closingTails: []string{
		", para llevar a menudo.",
		", con cuidado en cada detalle.",
		", para llevar una y otra vez.",
		", para acompañar sus días.",
		", para llevar en cada estación.",
		", para todos sus momentos.",
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

package checks

import "strings"

// The second member of a negated coordination is negated too (#13, the
// fourteenth session's nem14): pt "Não mergulhe em água nem use no banho"
// (do not immerse it nor wear it in the bath) is care advice, not a water
// claim, as are "Do not immerse it or wear it in the bath", "Nicht ins
// Wasser tauchen oder beim Baden tragen", "Ne la plongez pas dans l'eau ni
// ne la portez au bain". Two shapes:
//
//   - a correlative that negates by itself the member it opens (norWords:
//     pt nem, it né, nl noch, pl/cs ani, fi eikä, el ούτε; en nor, fr/es ni
//     and ar ولا are negation words already); Turkish "ne ... ne (de)"
//     negates its members with a positive verb;
//   - a plain "or" (orWords) after a negation earlier in the same clause, at
//     most orReach words before the "or" ("not ... or", "nicht ... oder",
//     "inte ... eller", "weder ... noch", "varken ... eller").
//
// A subordinating word between the negation and the "or" ends its reach
// ("It won't tarnish whether you swim or shower in it" claims).
var (
	norWords = map[string]wordSet{
		"pt": newWordSet([]string{"nem"}),
		"it": newWordSet([]string{"né", "nè"}),
		"nl": newWordSet([]string{"noch"}),
		"pl": newWordSet([]string{"ani"}),
		"cs": newWordSet([]string{"ani"}),
		"fi": newWordSet([]string{"eikä", "eivätkä", "älkääkä", "äläkä"}),
		"el": newWordSet([]string{"ούτε", "ουδέ"}),
		"es": newWordSet([]string{"tampoco"}),
	}
	orWords = map[string]wordSet{
		"en": newWordSet([]string{"or"}),
		"fr": newWordSet([]string{"ou"}),
		"es": newWordSet([]string{"o", "u"}),
		"it": newWordSet([]string{"o", "oppure"}),
		"pt": newWordSet([]string{"ou"}),
		"de": newWordSet([]string{"oder", "noch"}),
		"nl": newWordSet([]string{"of"}),
		"sv": newWordSet([]string{"eller"}),
		"da": newWordSet([]string{"eller"}),
		"nb": newWordSet([]string{"eller"}),
		"fi": newWordSet([]string{"tai", "eikä"}),
		"pl": newWordSet([]string{"lub", "albo", "czy"}),
		"cs": newWordSet([]string{"nebo", "či"}),
		"el": newWordSet([]string{"ή"}),
		"tr": newWordSet([]string{"veya", "ya", "yahut"}),
		"ar": newWordSet([]string{"أو"}),
	}
	// coordNegators are the words of each language that open a negated
	// coordination besides its negation words (negationWords): de weder,
	// sv varken, da/nb hverken, pt nem, it né, nl noch, and the plain "not"
	// of the languages whose negation words leave it out. French "ne"
	// negates, Turkish "ne" is "what"; Czech "ne" is "no", Polish "nie" "not".
	coordNegators = map[string]wordSet{
		"de": newWordSet([]string{"weder", "noch", "nicht"}),
		"nl": newWordSet([]string{"noch", "niet"}),
		"sv": newWordSet([]string{"varken", "inte"}),
		"da": newWordSet([]string{"hverken", "ikke"}),
		"nb": newWordSet([]string{"hverken", "verken", "ikke"}),
		"pt": newWordSet([]string{"nem"}),
		"it": newWordSet([]string{"né", "nè", "non"}),
		"pl": newWordSet([]string{"ani", "nie"}),
		"cs": newWordSet([]string{"ani", "ne"}),
		"el": newWordSet([]string{"ούτε"}),
		"fi": newWordSet([]string{"eikä", "älä", "älkää", "ei"}),
		"fr": newWordSet([]string{"ne", "non"}),
	}
	// coordBreaks end the reach of a negation to an "or" after it: a
	// subordinate clause ("whether you swim or shower").
	coordBreaks = newWordSet([]string{"whether", "if", "when", "while", "even", "ob", "wenn", "si", "quand", "quando", "cuando", "als", "om", "når", "när", "jos", "kun", "jeśli", "gdy", "pokud", "když", "αν", "όταν", "إذا", "sei", "seja", "sea", "soit", "sia", "egal", "peu", "importe", "matter"})
)

// orReach is how many words before an "or" a negation still reaches it.
const orReach = 6

// coordNegated reports whether token k (a word up to three before a
// match, in its clause) opens the negated second member of a
// coordination: a correlative (norWords) or an "or" after a negation.
func (r *run) coordNegated(k int) bool {
	d := r.d
	if v, ok := r.coordNeg.get(d, k); ok {
		return v
	}
	v := r.coordNegatedAt(k)
	return r.coordNeg.put(d, k, v)
}

// coordNegatedAt is coordNegated worked out: it reads the document alone,
// so its answer is kept by token.
func (r *run) coordNegatedAt(k int) bool {
	d := r.d
	w := d.word(k)
	if norWords[r.lang].has(w) {
		return true
	}
	if r.lang == "tr" && (w == "ne" || w == "de" && k > 0 && d.word(k-1) == "ne") {
		// "ne suya sokun ne de duşta takın": a second ne after a first
		for j := k - 1; j >= 0 && j >= k-orReach-1; j-- {
			if d.toks[j].sent != d.toks[k].sent || strings.ContainsAny(d.gap(j), clauseMarks) {
				break
			}
			if d.word(j) == "ne" && j != k-1 {
				return true
			}
		}
		return false
	}
	if !orWords[r.lang].has(w) {
		return false
	}
	sent := d.toks[k].sent
	for j := k - 1; j >= 0 && j >= k-orReach; j-- {
		if d.toks[j].sent != sent || strings.ContainsAny(d.gap(j), clauseMarks) {
			return false
		}
		v := d.word(j)
		if coordBreaks.has(v) {
			return false
		}
		if r.lang == "en" && englishNot(d, j) {
			return true
		}
		if isNegation(r.lang, v) && !privativeNegators.has(v) || coordNegators[r.lang].has(v) && !notNegation[r.lang].has(v) {
			return true
		}
	}
	return false
}

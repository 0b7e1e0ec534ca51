package checks

import "strings"

// Care spared by a clause of "without" (#13, spared56; held-out 55 nl-NL
// 55A01-2: "Het zilver wordt nooit dof en blijft altijd glanzen, zonder
// dat je het ooit hoeft te poetsen"). A claim's unless words excuse it as
// care advice ("polish it to keep its shine"), and a negation up to four
// words before a care word cancels that ("without polishing"). A care
// word in a clause that a without word opens as a subordinate or a need
// ("zonder dat je het ooit hoeft te poetsen", "ohne dass du es jemals
// polieren musst", "sans que vous ayez besoin de le polir", "sem que você
// precise polir", "utan att du någonsin behöver putsa det", "without the
// need to polish it") stands further back than four words, but it is the
// care the claim spares all the same: it excuses nothing. A without word
// heading a noun phrase ("bewaar het zonder andere sieraden in een
// zakje", store it without other jewellery in a pouch) is no such clause,
// and its care word still excuses.
//
// The clause a without word opens (CGEL ch. 14 on non-finite
// complements of "without"; ANS 10.3.3 on "zonder dat"; Duden Grammatik
// on "ohne dass" and "ohne zu"; Grevisse on "sans que"): the word after
// it is a complementizer (dat, dass, que, che, att, at, että, να, أن), a
// subject pronoun or an adverb of time opening the clause ("without you
// ever having to"), a verb of need or of having to (having, tener, ter,
// dover, avoir, hoeven) or a noun of need ("the need", besoin,
// necesidad, necessidade, bisogno, Notwendigkeit, noodzaak, behov,
// tarvetta, konieczności, potrzeby, nutnosti, ανάγκη, الحاجة).

// withoutWords are the without words of negationWords that open such a
// clause: en without, fr sans, de ohne, it senza, es sin (not in sv, da,
// nb: notNegation), pt sem, nl zonder, da uden, nb uten, sv utan, fi
// ilman, pl and cs bez, el χωρίς, ar بدون, دون.
var withoutWords = newWordSet([]string{"without", "sans", "ohne", "senza", "sin", "sem", "zonder", "uden", "uten", "utan", "ilman", "bez", "χωρίς", "بدون", "دون", "وبدون", "ودون"})

// withoutHeads are the words that, right after a without word (an
// article between for a noun of need: "without the need"), make it open
// a clause of care spared.
var withoutHeads = newWordSet([]string{
	// complementizers
	"that", "dat", "dass", "que", "che", "att", "at", "että", "να", "أن",
	// a subject or an adverb of time opening the clause
	"you", "ever", "having", "je", "jij", "du", "sie", "vous", "jamais", "mai", "nunca", "nooit", "jemals",
	// verbs of having to
	"tener", "ter", "dover", "doverla", "doverlo", "avoir", "hoeven", "behöva", "behøve", "trenge", "müssen", "precisar", "necessitar",
	// nouns of need
	"need", "besoin", "necesidad", "necessidade", "necessità", "bisogno", "notwendigkeit", "noodzaak", "behov", "tarvetta",
	"konieczności", "potrzeby", "nutnosti", "potřeby", "ανάγκη", "حاجة", "الحاجة",
})

// withoutReach is how many words before a care word the without word may
// stand, in its clause and sentence.
const withoutReach = 10

// sparedByWithout reports whether the care word k stands in a clause of
// care spared: a without word (withoutWords, not another word in lang:
// notNegation) up to withoutReach words before it, no clause punctuation
// between, followed by a word of withoutHeads (an article between
// allowed: "without the need to polish").
func (d *document) sparedByWithout(lang string, k int) bool {
	sent := d.toks[k].sent
	for j := k - 1; j >= 0 && j >= k-withoutReach; j-- {
		if d.toks[j].sent != sent || strings.ContainsAny(d.gap(j), ",;:()—–") {
			return false
		}
		w := d.word(j)
		if !withoutWords.has(w) || notNegation[lang].has(w) {
			continue
		}
		for h := j + 1; h < k && h <= j+2; h++ {
			if withoutHeads.has(d.word(h)) {
				return true
			}
		}
		return false
	}
	return false
}

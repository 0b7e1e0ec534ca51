package checks

import (
	"strconv"
	"strings"
)

// The karat scale explained on a plated piece (#13, pools49). Copy that
// explains a vermeil or gold-filled piece defines the karat of its gold
// layer by the scale: "18 carat gold is 750 parts per thousand gold",
// "L'or 18 carats contient 18 parties d'or sur 24", "Ouro 18k significa 18
// partes de ouro em 24", "14 Karat Gold enthält 585 Promille Gold", "El oro
// de 18 kilates tiene 75 % de oro puro". Once the plating is disclosed, a
// karat gold that opens its clause (a determiner, the karat and "which
// means" words at most before it) in a sentence that states a share of gold
// is the definition of the karat, not the piece's material; "The bangle is
// 18 carat gold, 750 parts per thousand", "Our hoops are 14k gold: 58.5%
// gold" still block. A share before a pure word ("75 % de oro puro",
// "58.5% pure gold") says what part of the metal is gold, below 99 per
// cent, and calls nothing solid; "100% pure gold" still does.

// scaleShareWords are the words of a share of gold in the languages whose
// gold words the plating rule reads (en de fr it es pt nl): percent,
// thousandths, and the twentieth of gold-filled.
var scaleShareWords = newWordSet([]string{"percent", "cent", "thousand", "thousandths", "twentieth", "prozent", "promille", "tausendstel", "zwanzigstel",
	"millièmes", "millième", "millesimi", "cento", "ciento", "milésimas", "milésimos", "procent", "duizendste", "duizendsten", "twintigste", "vingtième", "ventesimo", "vigésima", "vigésimo"})

// scalePartsWords are the parts of "N parts (of gold) in 24".
var scalePartsWords = newWordSet([]string{"parts", "teile", "teilen", "parties", "parts", "parti", "partes", "delen"})

// scaleThousand are the thousand of "N parts of gold in a thousand" ("585
// parti d'oro su mille", "750 partes por mil").
var scaleThousand = newWordSet([]string{"thousand", "tausend", "mille", "mil", "duizend"})

// scaleOpeners may stand before the karat gold that opens its clause:
// determiners and the words of a definition ("which means", "das heißt").
var scaleOpeners = newWordSet([]string{"the", "l", "le", "la", "el", "lo", "il", "o", "a", "het", "de", "das", "which", "means", "meaning", "that", "is",
	"bedeutet", "heißt", "dass", "signifie", "que", "significa", "vuol", "dire", "betekent", "dat", "wil", "zeggen"})

// scalePointers are the words that point at the piece in a sentence: a
// sentence with one is about the piece, not the scale.
var scalePointers = newWordSet([]string{"this", "these", "our", "its", "ce", "cet", "cette", "ces", "notre", "nos", "son", "sa", "ses", "dieser", "diese", "dieses", "diesen", "unser", "unsere", "unseren",
	"questo", "questa", "nostro", "nostra", "nostri", "este", "esta", "estos", "nuestro", "nuestra", "nuestros", "nosso", "nossa", "nossos", "deze", "dit", "onze"})

// karatScaleDefinition reports whether the gold word at i, with a karat
// beside it, opens a clause of a sentence that defines the karat by a share
// of gold and points at no piece.
func (r *run) karatScaleDefinition(i int) bool {
	d := r.d
	sent := d.toks[i].sent
	s, e := d.sents[sent].ts, d.sents[sent].te
	// the clause's start: the sentence's, or right after a comma or colon
	cs := s
	for k := i - 1; k >= s; k-- {
		if strings.ContainsAny(d.gap(k), ",:;") {
			cs = k + 1
			break
		}
	}
	if i-cs > 5 {
		return false
	}
	for k := cs; k < i; k++ {
		w := d.word(k)
		if !scaleOpeners.has(w) && !karatWords.has(w) && !isNumber(w) {
			return false
		}
	}
	share, parts, n24, thousand := false, false, false, false
	for k := s; k < e; k++ {
		w := d.word(k)
		if scalePointers.has(w) {
			return false
		}
		share = share || scaleShareWords.has(w) || strings.ContainsAny(d.gap(k), "%％") || k+1 < e && w == "1" && strings.TrimSpace(d.gap(k)) == "/" && d.word(k+1) == "20"
		parts = parts || scalePartsWords.has(w)
		n24 = n24 || w == "24" && k > cs+1
		thousand = thousand || scaleThousand.has(w)
	}
	return share || parts && (n24 || thousand)
}

// shareOfPure reports whether a number below 99 with a percent sign stands
// at most three words before the gold word at i in its sentence: "75 % de
// oro puro", "58.5% pure gold", "58,5 % d'or pur".
func (r *run) shareOfPure(i int) bool {
	d := r.d
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if d.toks[k].sent != d.toks[i].sent {
			return false
		}
		if !isNumber(d.word(k)) || !strings.ContainsAny(d.gap(k), "%％") {
			continue
		}
		n := d.word(k)
		if k > 0 && d.toks[k-1].sent == d.toks[k].sent && isNumber(d.word(k-1)) && (d.gap(k-1) == "." || d.gap(k-1) == ",") {
			n = d.word(k - 1)
		}
		v, err := strconv.Atoi(n)
		return err == nil && v < 99 && !(goldIsPlated(&r.in.Product) && r.pieceBeforeShare(k))
	}
	return false
}

// pieceBeforeShare reports whether the sentence names the piece before the
// share at k: the product's name, its category or a word pointing at it
// ("The Gold-Filled Hoops are 14/20 gold-filled and 58.5% pure gold", "Our
// hoops are 58.5% pure gold"). On a plated piece that gives the share to
// the piece, which holds no such share of gold (#13, adv49a); the layer's
// or the karat's share ("The 14k layer is 58.5% pure gold") names none.
func (r *run) pieceBeforeShare(k int) bool {
	d := r.d
	s := d.sents[d.toks[k].sent].ts
	before := strings.ToLower(d.orig(s, k))
	p := &r.in.Product
	for _, n := range []string{p.Name, p.Category} {
		if n = strings.ToLower(strings.TrimSpace(n)); n != "" && strings.Contains(before, n) {
			return true
		}
	}
	for i := s; i < k; i++ {
		if scalePointers.has(d.word(i)) {
			return true
		}
	}
	return false
}

package grounding

import (
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"
)

// The arm of a comparison or a contrast (#13, contrast24). Copy that
// explains its material sets it against other materials: "That thickness
// is what separates vermeil from ordinary gold plating, which is usually a
// much thinner film over brass or copper", "Opal er ikke en krystal som
// kvarts eller diamant", "el almandino, en cambio, es un granate rojo
// oscuro", "Enquanto o almandino, o granate mais comum, é vermelho-escuro",
// "Diversamente dall'avventurina, il cui luccichio viene da scagliette di
// fucsite", "alors que la dorure ordinaire recouvre souvent du laiton ou
// du cuivre", "它与普通的黄铜或铜镀金不同". The materials, stones and
// colours inside the arm are the compared thing's, not the piece's.
//
// What a marker governs (Huddleston and Pullum, The Cambridge Grammar of
// the English Language, ch. 7 on prepositions and their complements, ch.
// 12 on relative clauses and supplements, ch. 8 on subordinate clauses of
// contrast; Duden Grammatik on the Vergleichs- and Adversativsätze; the
// Real Academia's Nueva gramática, §31 on the concessive and adversative
// connectives):
//
//   - a word of contrast before a noun phrase (contrast_before: unlike, in
//     contrast to, a diferencia de, contrairement à, diversamente da, im
//     Gegensatz zu, til forskel fra, toisin kuin, w przeciwieństwie do,
//     على عكس, 有別於), or the preposition of origin after a verb of
//     distinction (distinction_verbs, distinction_from: "separates vermeil
//     from", "distingue le vermeil du", "onderscheidt vermeil van",
//     "erottaa vermeilin tavallisesta"): the arm is the noun phrase to the
//     clause break, with a relative or appositive clause attached to it
//     after the break (a relative pronoun or arm_relatives: "which",
//     "waar", "jossa", "il cui", 後者; or an indefinite noun phrase,
//     "souvent une pellicule", "di solito una pellicola"), to the next
//     break;
//   - a word of likeness or comparison before a stone or material
//     (like_before, than_before: "som", "que", "than"): only the
//     coordinated members joined to the word right after it ("som kvarts
//     eller diamant", "than quartz or topaz"); the bare words ("que",
//     "som") are also relative pronouns, so they govern no clause;
//   - a clause connective of contrast (contrast_clause: whereas, while,
//     alors que, tandis que, mentre, mientras que, enquanto, während, kun
//     taas, medan, mens, podczas gdy, zatímco, oysa, ενώ, بينما, 而, 반면,
//     一方) or one inside its clause (contrast_inner: by contrast, en
//     cambio, en revanche, invece, dagegen, derimod, däremot, natomiast,
//     ise): the clause it marks, to the next break (a subject set off by
//     an apposition, "o almandino, o granate mais comum, é", bridged),
//     when the clause's subject is another material (its first fact other
//     than a colour is a stone or material the product does not have);
//     and where the clause it marks is about the piece's own material,
//     the clause after it, when that one's subject is another material
//     ("Whereas freshwater pearls grow in mussels, Akoya pearls grow in
//     oysters"); a connective that ends the first clause
//     (contrast_clause_end: Turkish -ken, "oluşurken"; Japanese のに対し)
//     the same (#13, compare32);
//   - a frame around the compared thing (contrast_frame_open ...
//     contrast_frame_close: 与 … 不同, 和 … 不一样).
//
// A word of the piece ends an arm: a demonstrative or possessive of the
// piece, the product's name, a verb of the piece or a word of setting
// ("Unlike quartz this ring is set with a diamond" still blocks on an opal
// ring), and in a clause arm a category or piece noun too. The compared
// thing's own nouns ("ordinary gold plating", "gewone vergulde sieraden")
// are no word of the piece.
type contrastFile struct {
	ContrastBefore   []string `yaml:"contrast_before"`
	DistinctionVerbs []string `yaml:"distinction_verbs"`
	DistinctionFrom  []string `yaml:"distinction_from"`
	ContrastClause   []string `yaml:"contrast_clause"`
	// ContrastClauseEnd are the connectives that end the first clause of
	// a contrast (Turkish -ken, "oluşurken"; Japanese のに対し): the
	// clause after it is the other arm when the first is about the
	// piece's own material (secondArmHolds; #13, compare32).
	ContrastClauseEnd  []string `yaml:"contrast_clause_end"`
	ContrastInner      []string `yaml:"contrast_inner"`
	ArmRelatives       []string `yaml:"arm_relatives"`
	ContrastFrameOpen  []string `yaml:"contrast_frame_open"`
	ContrastFrameClose []string `yaml:"contrast_frame_close"`
	AlloyWords         []string `yaml:"alloy_words"`
	// AlloyRestWords name the rest of an alloy after its precious metal's
	// share ("the rest", "the remaining 25%", "der Rest", "le reste",
	// "resten", "loput", "reszta", "zbytek", "το υπόλοιπο", "geri kalan",
	// الباقي, 残り, 나머지, 其余): alloyRest (#13, alloy39).
	AlloyRestWords []string `yaml:"alloy_rest_words"`
	// AlloyReplaceWords are the verbs and phrases of one metal replacing
	// another in an alloy ("replaced", "ersetzt", "remplacée",
	// "sustituye", "troca", "vervangen", "korvattu", "zastąpiono",
	// "yerine", "αντικατασταθεί", استبدل, 替えた, 대체한, 替代);
	// AlloyPartBefore and AlloyPartAfter the partitive before or after a
	// metal ("part of the", "some of the", "ein Teil des", "une partie
	// du", "parte del", "osa", "część", "جزء", 部分; tr "bir kısmı", ja
	// の一部, ko 의 일부): alloyReplaced (#13, constituents47).
	AlloyReplaceWords []string `yaml:"alloy_replace_words"`
	AlloyPartBefore   []string `yaml:"alloy_part_before"`
	AlloyPartAfter    []string `yaml:"alloy_part_after"`
	// AlloyCauseWords are the nouns of what a member metal gives its
	// alloy: its colour ("colour", "tone", "hue", "tint", "blush",
	// "warmth", "Farbe", "teinte", "tono", "sfumatura", "kleur", "färg",
	// "sävy", "odcień", "odstín", "απόχρωση", "renk", لون, 色, 색, 色调)
	// and its strength or hardness ("strength", "Härte", "solidité",
	// "resistencia", 強度, 강도, 硬度): alloyCause (#13, alloy47).
	AlloyCauseWords []string `yaml:"alloy_cause_words"`
	// ColourSourceWords are the words of a colour's coming from or being
	// caused by something ("comes from", "due to", "owes", "thanks to",
	// "verdankt", "stammt", "vient", "se debe", "deriva", "vem", "komt
	// van", "kommer från", "skyldes", "tulee", "johtuu", "pochodzi",
	// "pochází", "kaynaklanır", "οφείλεται", يأتي, 由来, 나오, 来自):
	// stoneChromophore reads a base metal after one, in a sentence with a
	// colour and no word of the piece, as what colours the product's stone
	// (#13, chromo57).
	ColourSourceWords []string `yaml:"colour_source_words"`
	// AlloyMadeWords are the words of a thing made of a material ("made",
	// "hergestellt", "fait", "hecho", "gemaakt", "valmistettu",
	// "wykonany", "φτιαγμένο", "yapılmış", مصنوع, 製, 만든, 制成) and of
	// the piece's core ("core", "Kern", "noyau", "núcleo", 芯; #13,
	// adv47c: "its warm colour comes from a copper core"): a sentence
	// that holds one says what the piece is made of, and alloyCause
	// leaves it (#13, alloy47).
	AlloyMadeWords []string `yaml:"alloy_made_words"`
	// AlloyMixWords are the words of mixing a metal into an alloy (ar
	// مخلوط, ja 混ぜた, ko 섞은, zh 加入): alloy words only in a clause with
	// no word of the piece ("这款手镯加入铜" still blocks; #13, alloy47).
	AlloyMixWords []string `yaml:"alloy_mix_words"`
	// AlloyAmountBefore and AlloyAmountAfter are the words of a smaller or
	// larger share said before or after a member metal ("less copper",
	// "weniger Kupfer", "moins de cuivre", "menos cobre", "daha az
	// bakır", "أقل من النحاس"; ja 銅が少ない, ko 구리가 적어, zh 铜较少):
	// alloyAmount (#13, material48).
	AlloyAmountBefore []string `yaml:"alloy_amount_before"`
	AlloyAmountAfter  []string `yaml:"alloy_amount_after"`
	ArmComplements    []string `yaml:"arm_complements"`
}

type contrastData struct {
	before, distinction, from, clause, clauseEnd, inner, armRel, frameOpen, frameClose, alloy, rest, complements wordList
	replace, partBefore, partAfter, cause, made, mix, amountBefore, amountAfter, source                          wordList
}

func compileContrast(f contrastFile) contrastData {
	return contrastData{before: compileWordList(f.ContrastBefore), distinction: compileWordList(f.DistinctionVerbs),
		from: compileWordList(f.DistinctionFrom), clause: compileWordList(f.ContrastClause), clauseEnd: compileWordList(f.ContrastClauseEnd), inner: compileWordList(f.ContrastInner),
		armRel: compileWordList(f.ArmRelatives), frameOpen: compileWordList(f.ContrastFrameOpen), frameClose: compileWordList(f.ContrastFrameClose),
		alloy: compileWordList(f.AlloyWords), rest: compileWordList(f.AlloyRestWords), complements: compileWordList(f.ArmComplements),
		replace: compileWordList(f.AlloyReplaceWords), partBefore: compileWordList(f.AlloyPartBefore), partAfter: compileWordList(f.AlloyPartAfter),
		cause: compileWordList(f.AlloyCauseWords), made: compileWordList(f.AlloyMadeWords), source: compileWordList(f.ColourSourceWords),
		mix: compileWordList(f.AlloyMixWords), amountBefore: compileWordList(f.AlloyAmountBefore), amountAfter: compileWordList(f.AlloyAmountAfter)}
}

// distinctionGap is how many words may stand between a verb of distinction
// and the preposition of what it is distinguished from ("separates
// vermeil from", "adskiller sig dermed fra").
const distinctionGap = 5

// inContrastArm reports whether the stone, material or colour m stands in
// the arm of a comparison or a contrast, by the rules above.
func (c *checker) inContrastArm(i int, m match) bool {
	if m.negated || m.f.kind != kindStone && m.f.kind != kindMaterial && m.f.kind != kindColour {
		return false
	}
	d := &c.lx.contrastData
	s, _ := c.sentenceOf(m.ti)
	for k := s; k < m.ti; k++ {
		if !d.before.empty() && d.before.at(c.toks, k) && c.npArmHolds(k+1, m) {
			return true
		}
		if !d.distinction.empty() && d.distinction.at(c.toks, k) {
			for f := k + 1; f <= m.ti && f <= k+1+distinctionGap; f++ {
				if c.toks[f].brk || c.toks[f].sbrk {
					break
				}
				if d.from.at(c.toks, f) {
					if c.npArmHolds(f+1, m) || d.from.affixAt(c.toks, f) && c.npArmHolds(f, m) {
						return true
					}
					break
				}
			}
		}
		if (c.phraseEndsAt(c.lx.likeBefore, nil, k) > 0 || c.phraseEndsAt(c.lx.thanBefore, nil, k) > 0 || !d.before.empty() && d.before.at(c.toks, k)) && c.coordinatedArm(k+1, i, m) {
			return true
		}
		// The standard of a comparison that is itself a material, with a
		// relative clause attached ("thicker than ordinary gold plating,
		// which is often only a thin film over brass"): the clause is the
		// standard's, as an arm's after "unlike" is (#13, explain49).
		if c.thanWordEndsAt(k) && c.materialStandardAt(k+1, m) && !c.armStopIn(k+1, m.ti-1, true) && !c.madeOfIn(k+1, m.ti-1) && c.standardClauseHolds(k+1, m) {
			return true
		}
		if !d.clause.empty() && d.clause.at(c.toks, k) {
			a, b := c.clauseArm(k + 1)
			if m.ti >= a && m.tj <= b && c.otherSubject(a, b) {
				return true
			}
			if m.ti > b && c.ownSubject(a, b) && c.secondArmHolds(b, m) {
				return true
			}
		}
		if !d.clauseEnd.empty() && d.clauseEnd.at(c.toks, k) && c.ownSubject(c.alloyClauseStart(k), k) && c.secondArmHolds(k, m) {
			return true
		}
	}
	if !d.inner.empty() {
		_, e := c.sentenceOf(m.ti)
		for k := s; k <= e; k++ {
			st := d.inner.span(c.toks, k)
			// "invece dell'oro" is the preposition of substitution, no
			// clause's connective: it governs its noun phrase alone
			// (scan.go governed; #13, open44c).
			if st < 0 || c.lx.govBefore.startsAt(c.toks, st) {
				continue
			}
			a, b := c.innerArm(st, k)
			if m.ti >= a && m.tj <= b && c.otherSubject(a, b) {
				return true
			}
		}
	}
	if m.f.kind == kindMaterial && c.comparedPlatingBase(m) {
		return true
	}
	if m.f.kind != kindColour && c.frontedDistinction(m) {
		return true
	}
	if !d.frameOpen.empty() && !d.frameClose.empty() {
		// m may itself be the apposition ("Korund" in "mit Rubin, einem
		// Korund, hat er … nichts zu tun"): one break right after a stone
		// is bridged backward, and the break that closes the apposition
		// forward.
		inApposition := false
		for k := m.ti - 1; k >= s && k >= m.ti-12; k-- {
			if c.toks[k+1].brk {
				if inApposition || m.ti-(k+1) > 3 || !c.kindTokenAt(k, kindStone) {
					break
				}
				inApposition = true
			}
			if d.frameOpen.at(c.toks, k) {
				// The window is eight tokens of the compared thing's
				// words; a stone listed beside m does not use it up
				// ("与祖母绿或橄榄石单一的绿色不同", unlike the single
				// green of emerald or peridot; #13, explain48).
				limit := m.tj + 8
				bridged := false
				for j := m.tj + 1; j < len(c.toks) && j <= limit; j++ {
					if c.toks[j].sbrk {
						break
					}
					// An apposition to the compared stone, set off by
					// two commas ("mit Rubin, einem Korund, hat er …
					// nichts zu tun"), is bridged once (#13, scope55).
					if c.toks[j].brk {
						if bridged {
							break
						}
						bridged = true
						if !inApposition {
							b, ok := c.stoneApposition(j)
							if !ok {
								break
							}
							limit += b - j + 4
							j = b
						} else {
							limit += 4
						}
					}
					if st := d.frameClose.span(c.toks, j); st > m.tj && !c.armStopIn(k+1, st-1, false) {
						return true
					}
					if i := c.factAt(j); i >= 0 && c.ms[i].ti == j && c.ms[i].f.kind == kindStone && !c.ms[i].negated && !contains(c.facts.stones, c.ms[i].f.value) {
						limit += c.ms[i].tj - c.ms[i].ti + 1
					}
				}
				break
			}
		}
	}
	return false
}

// stoneApposition reports whether the tokens from the break at j to the
// next break b hold at most four words and a stone: an apposition set off
// by commas ("Rubin, einem Korund, hat"). It returns b, where the clause
// goes on.
func (c *checker) stoneApposition(j int) (int, bool) {
	b := j + 1
	for b < len(c.toks) && !c.toks[b].brk && !c.toks[b].sbrk {
		b++
	}
	if b >= len(c.toks) || c.toks[b].sbrk || b-j > 4 {
		return 0, false
	}
	for k := j; k < b; k++ {
		if i := c.factAt(k); i >= 0 && c.ms[i].f.kind == kindStone {
			return b, true
		}
	}
	return 0, false
}

// npArmHolds reports whether m lies in the noun-phrase arm that starts at
// token a: the noun phrase itself (nounPhraseEnd: "Quarz oder Diamant" in
// "Im Gegensatz zu Quarz oder Diamant hat Opal keine Kristallstruktur",
// not "versteinertes Holz" in "Anders als Jaspis ist es echtes
// versteinertes Holz"), or a relative or appositive clause attached to it
// after the next break, to the break after that; no word of the piece
// before m.
func (c *checker) npArmHolds(a int, m match) bool {
	if a >= len(c.toks) || a > m.ti || c.toks[a].sbrk || c.numberToken(a) {
		return false
	}
	_, e := c.sentenceOf(a)
	if c.armStopIn(a, m.ti-1, false) {
		return false
	}
	end := c.nounPhraseEnd(c.prenominalStart(a, m), e)
	if end >= m.tj {
		return true
	}
	// A complement of place after the compared noun: what the compared
	// plating lies on ("a thin gold plating over brass", "un mince placage
	// d'or sur laiton", "um fino banho de ouro sobre latão"; arm_complements;
	// Huddleston and Pullum, ch. 7 on prepositional phrases as complements
	// and modifiers in the noun phrase) is the compared thing's (#13, arm25).
	if end >= a && c.complementHolds(end, m, e) {
		return true
	}
	if end >= a && c.genitiveOfHead(end, m) {
		return true
	}
	return c.standardClauseHolds(a, m)
}

// genitiveOfHead reports whether m is the genitive complement of the arm's
// head noun phrase ending at token end: at most one word that is no fact
// (an adjective after its noun), then a genitive link, then m, with no
// break ("al posto del bianco freddo del rodio", "instead of the cold
// white of rhodium"): the compared thing's material, as the head is (#13,
// scope55: probe 55C it-IT 55C02). Two words or more between are a clause
// of the piece ("Anders als Silber ist er aus Platin", "Au lieu d'argent
// c'est du platine"), and so is a head that is a category word ("Em vez de
// ouro o anel é de platina").
func (c *checker) genitiveOfHead(end int, m match) bool {
	if m.ti-end < 2 || m.ti-end > 3 || c.brkBetween(end, m.ti) || !genitiveLinks[c.toks[m.ti-1].s] || c.kindTokenAt(end, kindCategory) {
		return false
	}
	for k := end + 1; k < m.ti-1; k++ {
		if c.isFactToken(k) || genitiveLinks[c.toks[k].s] {
			return false
		}
	}
	return true
}

// materialStandardAt reports whether the first fact from token a, before
// m, is a stone or material within three tokens of a with no break
// between: the standard compared is a material ("than ordinary gold
// plating"), not a piece or a pronoun ("than most, which are gold").
func (c *checker) materialStandardAt(a int, m match) bool {
	for _, o := range c.ms {
		if o.ti < a || o.f.kind == kindColour || o.f.kind == kindIgnore {
			continue
		}
		return o.ti < m.ti && o.ti <= a+3 && !c.brkBetween(a, o.ti) && (o.f.kind == kindMaterial || o.f.kind == kindStone)
	}
	return false
}

// standardClauseHolds reports whether m lies in the relative clause
// attached after the first break past token a (attachedClauseAt), with no
// other break before m: "than ordinary gold plating, which is often only a
// thin film over brass". A member joined without a break ("dicker als
// eine Vergoldung und besteht aus Messing") is no clause of the standard.
func (c *checker) standardClauseHolds(a int, m match) bool {
	b := a + 1
	for b <= m.ti && !c.toks[b].brk && !c.toks[b].sbrk {
		b++
	}
	if b > m.ti || c.toks[b].sbrk || !c.attachedClauseAt(b) {
		return false
	}
	for k := b + 1; k <= m.tj; k++ {
		if c.toks[k].brk || c.toks[k].sbrk {
			return false
		}
	}
	return true
}

// madeOfIn reports whether a word of being made of (made_of_words) ends
// in tokens a..b: "which is why it is made of brass" says the piece's
// metal, not the standard's.
func (c *checker) madeOfIn(a, b int) bool {
	for k := a; k <= b; k++ {
		if c.phraseEndsAt(c.lx.madeOf, nil, k) > 0 {
			return true
		}
	}
	return false
}

// complementHolds reports whether m lies in the noun phrase of a
// complement of place (arm_complements: over, on, sur, på, na, σε) right
// after the noun that ends at token end, in sentence end e: "plating
// over brass or copper".
func (c *checker) complementHolds(end int, m match, e int) bool {
	d := &c.lx.contrastData
	if d.complements.empty() || end+1 >= m.ti || c.toks[end+1].brk || !d.complements.at(c.toks, end+1) {
		return false
	}
	return c.nounPhraseEnd(end+2, e) >= m.tj
}

// prenominalStart is where the noun phrase of an arm that starts at token
// a begins to be read: in the languages read a character at a time (zh,
// ja) a relative or adjective clause stands before its noun, marked by 的
// or の ("而非時尚飾品常用的黃銅", rather than the brass fashion jewellery
// commonly uses; Li and Thompson, Mandarin Chinese: A Functional Reference
// Grammar, ch. 20 on relative clauses), so the phrase starts at the first
// fact after a, within platingCharReach characters of its clause, where
// that modifier ends in such a particle (an ignored match) right before
// it; elsewhere, and where none is found, a. m is the fact asked about.
func (c *checker) prenominalStart(a int, m match) int {
	if !c.charTokens() {
		return a
	}
	for _, o := range c.ms {
		if o.ti < a || o.f.kind == kindIgnore {
			continue
		}
		if o.ti > m.ti || o.ti > a+platingCharReach || o.ti == a || c.brkBetween(a, o.ti) {
			return a
		}
		if c.factAt(o.ti-1) < 0 && c.isFactToken(o.ti-1) {
			return o.ti
		}
		return a
	}
	return a
}

// nounPhraseEnd is the last token of the noun phrase that starts at token
// a (at most e): up to three words before its first fact (articles,
// adjectives: "ordinary", "almindeligt forgyldt messing"), then the
// members joined to it by a conjunction or a list comma ("quartz, topaz or
// diamond"), articles, link words and colours between; -1 when no fact
// heads it.
func (c *checker) nounPhraseEnd(a, e int) int {
	k := a
	pre := 0
	for ; k <= e && !c.isFactToken(k); k++ {
		if k > a && (c.toks[k].brk || c.toks[k].sbrk) {
			return -1
		}
		if !c.articleLike(k) && !linkWords[c.toks[k].s] {
			if pre++; pre > 3 {
				return -1
			}
		}
	}
	if k > e {
		return -1
	}
	end := k
	for end+1 <= e && c.isFactToken(end+1) && !c.toks[end+1].brk {
		end++
	}
	joined, comma := false, false
	for j := end + 1; j <= e; j++ {
		if c.toks[j].sbrk {
			return end
		}
		if c.toks[j].brk {
			if joined || comma || !c.factWithin(j, 2) {
				return end
			}
			comma = true
		}
		switch {
		case c.conjAt(j):
			joined = true
		case c.isFactToken(j):
			if !joined && !comma {
				return end
			}
			last := j
			for last+1 <= e && c.isFactToken(last+1) && !c.toks[last+1].brk {
				last++
			}
			// A member after a list comma alone is an inner one: the
			// list goes on ("quartz, topaz or diamond"), else the comma
			// ends the phrase ("del jaspe, es madera petrificada").
			if !joined && !c.listGoesOn(match{ti: j, tj: last}) {
				return end
			}
			end, j = last, last
			joined, comma = false, false
		case c.articleLike(j) || linkWords[c.toks[j].s] || c.colourToken(j):
		default:
			// A short complement of the member before and a conjunction,
			// or a conjunction and premodifiers of the next member ("white
			// diamonds of high clarity or treated black diamonds", "dos
			// diamantes brancos de alta pureza ou dos diamantes negros
			// tratados"; looseMember).
			if comma {
				return end
			}
			next := c.looseMember(j, e, joined)
			if next < 0 {
				return end
			}
			j = next - 1
			joined = true
		}
	}
	return end
}

// looseMemberWords is how many words other than articles and link words
// looseMember lets stand between two members of a list: the complement of
// the member before ("of high clarity", "de alta pureza") and the
// premodifiers of the one after ("treated", "behandelte").
const looseMemberWords = 3

// looseMember returns the first token of the next member of a list in a
// noun phrase, read from token j (not a fact, inside sentence end e): at
// most looseMemberWords words, no break, one conjunction (or none where
// joined says one was read already), then a fact; -1 otherwise (#13,
// counts47: "Diferentes dos diamantes brancos de alta pureza ou dos
// diamantes negros tratados" on salt-and-pepper diamonds, probe 47D pt-BR
// 47D104-2).
func (c *checker) looseMember(j, e int, joined bool) int {
	words := 0
	for k := j; k <= e; k++ {
		if k > j && (c.toks[k].brk || c.toks[k].sbrk) || c.toks[k].sbrk {
			return -1
		}
		switch {
		case c.conjAt(k):
			if joined {
				return -1
			}
			joined = true
		case c.isFactToken(k):
			if !joined {
				return -1
			}
			return k
		case c.articleLike(k) || linkWords[c.toks[k].s]:
		default:
			if words++; words > looseMemberWords {
				return -1
			}
		}
	}
	return -1
}

// factWithin reports whether a fact starts within n tokens from token k,
// no break after k between (a list comma before the next member).
func (c *checker) factWithin(k, n int) bool {
	for j := k; j < len(c.toks) && j <= k+n; j++ {
		if j > k && (c.toks[j].brk || c.toks[j].sbrk) {
			return false
		}
		if c.isFactToken(j) {
			return true
		}
	}
	return false
}

// attachedClauseAt reports whether the clause after the break before token
// k is attached to the noun phrase before it: a relative pronoun or an
// arm_relatives word (an article before it: "il cui"), or an indefinite
// noun phrase after at most two words ("souvent une pellicule").
func (c *checker) attachedClauseAt(k int) bool {
	d := &c.lx.contrastData
	for j := k; j < len(c.toks) && j <= k+2; j++ {
		if j > k && (c.toks[j].brk || c.toks[j].sbrk) {
			return false
		}
		if j <= k+1 && (c.lx.relPronouns.endsAt(c.toks, j) || d.armRel.at(c.toks, j)) {
			return true
		}
		if c.lx.indefinites.endsAt(c.toks, j) {
			// An adverb before it ("souvent une", "di solito una",
			// "usually a"), not a pronoun and a copula: "c'est un", "es
			// un", "it is a" open a main clause.
			if j == k {
				return true
			}
			for x := k; x < j; x++ {
				if utf8.RuneCountInString(c.toks[x].s) > 4 {
					return true
				}
			}
			return false
		}
		if c.isFactToken(j) {
			return false
		}
		// A reduced relative: a participle and a complement of place
		// ("ordinary plating, made over brass", "o folheado comum, feito
		// sobre latão", "le plaqué courant, fait sur laiton"): the
		// participle's complement is the compared thing's, as after the
		// noun itself (arm_complements; Huddleston and Pullum, ch. 12 on
		// reduced relatives as post-head modifiers; #13, armparticiple40:
		// probe 40D pt-BR 40D102). Only after a compared plating (a
		// plating word among the four words before the break): "Unlike
		// solid gold, plated over brass, it costs far less" says the
		// piece is plated over brass.
		if j == k+1 && !c.lx.contrastData.complements.empty() && c.lx.contrastData.complements.at(c.toks, j) && !c.armStopAt(k, true) && c.platingWordBefore(k) {
			return true
		}
	}
	return false
}

// numberToken reports whether token k starts with a digit or is a number
// match ("more than 20 diamonds" is a count, no compared thing).
func (c *checker) numberToken(k int) bool {
	t := c.toks[k].s
	if t != "" && t[0] >= '0' && t[0] <= '9' {
		return true
	}
	return c.kindTokenAt(k, kindNumber)
}

// armStopAt reports whether token k is a word of the piece that ends an
// arm; in a clause arm a category word or a piece noun too.
func (c *checker) armStopAt(k int, clause bool) bool {
	lx := c.lx
	if c.toks[k].masked && !c.stoneNameAt(k) {
		return true
	}
	// A demonstrative inside a stone's or material's own words is none:
	// Turkish "tatlı su incisi" (freshwater pearl) folds "su" (water) to
	// the demonstrative "şu" (#13, compare32: "oysa birçok siyah tatlı su
	// incisi boyanır").
	if lx.ours.endsAt(c.toks, k) || lx.demonstr.endsAt(c.toks, k) && c.demonstrativeOfFact(k) && !c.stoneToken(k, k) && !c.kindTokenAt(k, kindMaterial) ||
		c.pieceVerbAt(k) || lx.settingWords.at(c.toks, k) || c.hangAt(k) {
		return true
	}
	if clause && (c.categoryToken(k) || lx.pieceNouns.at(c.toks, k)) {
		return true
	}
	return !c.isFactToken(k) && c.ownNameAt(k)
}

// armStopIn reports whether a word of the piece stands in tokens a..b.
func (c *checker) armStopIn(a, b int, clause bool) bool {
	for k := a; k <= b; k++ {
		if c.armStopAt(k, clause) {
			return true
		}
	}
	return false
}

// coordinatedArm reports whether m (match i) is a member, after the
// first, of the coordinated list that starts right after a word of
// likeness or comparison at token a: only articles, link words, colours,
// other members, list commas and conjunctions between ("som kvarts eller
// diamant", "than quartz, topaz or diamond").
func (c *checker) coordinatedArm(a, i int, m match) bool {
	if a >= m.ti || c.toks[a].brk || c.toks[a].sbrk {
		return false
	}
	first := -1
	for j, o := range c.ms {
		if o.ti >= a && o.f.kind != kindColour {
			first = j
			break
		}
	}
	if first < 0 || first >= i || c.ms[first].f.kind != kindStone && c.ms[first].f.kind != kindMaterial {
		return false
	}
	// The first member right after the word, at most a determiner between.
	f := c.ms[first]
	for k := a; k < f.ti; k++ {
		if !c.articleLike(k) && !linkWords[c.toks[k].s] && !c.colourToken(k) {
			return false
		}
	}
	// A word of the piece between ends the list: "Em vez de ouro o anel é
	// de platina" (instead of gold the ring is platinum) sets the ring's
	// platinum against gold (#13, open44c).
	if c.armStopIn(f.tj+1, m.ti-1, true) {
		return false
	}
	return c.joinedBack(f.tj+1, m.ti, m, true)
}

// joinedBack reports whether the tokens from..to-1 between an earlier
// member and the match m join m to it as a list member: a conjunction, or
// list commas before any conjunction where the list goes on after m
// (listGoesOn), with only link words, articles and colours between (with
// facts, fact tokens too); a sentence break or a comma after the
// conjunction ends the list.
func (c *checker) joinedBack(from, to int, m match, facts bool) bool {
	conj := false
	for k := from; k < to; k++ {
		switch {
		case c.toks[k].sbrk:
			return false
		case c.conjAt(k):
			conj = true
		case c.toks[k].brk && !conj:
		case c.toks[k].brk:
			return false
		case facts && c.isFactToken(k) || linkWords[c.toks[k].s] || c.articleLike(k) || c.colourToken(k):
		default:
			return false
		}
	}
	return conj || c.listGoesOn(m)
}

// clauseArm is the first and last token of the clause a fronted connective
// opens at token a: to the next break, or, where the clause's first part
// is its subject alone and an apposition follows ("Enquanto o almandino,
// o granate mais comum, é vermelho-escuro"), to the break after the
// predicate. A word of the piece ends it.
func (c *checker) clauseArm(a int) (int, int) {
	_, e := c.sentenceOf(a)
	b := a
	breaks := 0
	subjectOnly := true
	facts := 0
	for k := a; k <= e; k++ {
		if k > a && c.toks[k].brk {
			breaks++
			if breaks == 1 && subjectOnly && facts == 1 {
				continue
			}
			if breaks == 2 && subjectOnly && facts == 1 {
				continue
			}
			break
		}
		if c.armStopAt(k, true) {
			break
		}
		if breaks == 0 {
			if c.isFactToken(k) {
				if k == a || !c.isFactToken(k-1) {
					facts++
				}
			} else if !c.articleLike(k) {
				subjectOnly = false
			}
		}
		b = k
	}
	return a, b
}

// secondArmHolds reports whether m lies in the clause right after the
// first arm of a contrast that ends at token b (a clause break after it):
// "While freshwater pearls grow in mussels, Akoya pearls grow in
// oysters", "Tatlı su incileri midyelerde oluşurken, Akoya incileri
// istiridyelerinde yetişir" (#13, compare32). The first arm's subject is
// the piece's own material (ownSubject), the second's another
// (otherSubject); a word of the piece ends it (clauseArm).
func (c *checker) secondArmHolds(b int, m match) bool {
	if b+1 >= len(c.toks) || !c.toks[b+1].brk || c.toks[b+1].sbrk || m.ti <= b {
		return false
	}
	a2, b2 := c.clauseArm(b + 1)
	return m.ti >= a2 && m.tj <= b2 && c.otherSubject(a2, b2)
}

// ownSubject reports whether the first fact of tokens a..b other than a
// colour is a stone or a material of the product, not denied: the clause
// is about the piece's own material.
func (c *checker) ownSubject(a, b int) bool {
	o := c.subjectFact(a, b, false)
	if o == nil || o.negated {
		return false
	}
	return c.hasFact(o)
}

// subjectFact returns the first match of tokens a..b other than a colour
// that is a stone or a material, nil when the first such fact is of
// another kind or there is none. With skipOwnPlated, a plating of the
// product's own kind named in general ("alors que la dorure ordinaire
// recouvre du laiton") is passed over: it is the compared thing, not the
// subject that decides.
func (c *checker) subjectFact(a, b int, skipOwnPlated bool) *match {
	for i := range c.ms {
		o := &c.ms[i]
		if o.ti > b {
			break
		}
		if o.ti < a || o.f.kind == kindColour {
			continue
		}
		switch o.f.kind {
		case kindStone:
			return o
		case kindMaterial:
			if skipOwnPlated && contains(c.facts.materials, o.f.value) && strings.HasSuffix(o.f.value, "-plated") {
				continue
			}
			return o
		default:
			return nil
		}
	}
	return nil
}

// hasFact reports whether the stone or material of o is the product's.
func (c *checker) hasFact(o *match) bool {
	if o.f.kind == kindStone {
		return contains(c.facts.stones, o.f.value)
	}
	return contains(c.facts.materials, o.f.value)
}

// innerArm is the clause of a connective inside it (tokens st..k): the
// clause it stands in, or, set off by breaks ("el almandino, en cambio,
// es"), the part before it and the part after it; none where a word of
// the piece stands before the connective in it and no other material
// opens the clause (otherMaterialIn: then the arm starts at that material,
// the class of other pieces it names).
func (c *checker) innerArm(st, k int) (int, int) {
	s, e := c.sentenceOf(st)
	a := st
	for a > s && !c.toks[a].brk {
		a--
	}
	if c.toks[st].brk && a == st && st > s {
		a--
		for a > s && !c.toks[a].brk {
			a--
		}
	}
	b := k
	if b+1 <= e && c.toks[b+1].brk {
		b++
	}
	for b+1 <= e && !c.toks[b+1].brk {
		b++
	}
	for j := a; j <= b; j++ {
		if j < st || j > k {
			// A part of the piece as the topic before the connective
			// ("kancaları ise platindir", its hooks, for their part, are
			// platinum) is a word of the piece too: the clause states
			// the part's own metal (#13, contrast68: released 67B tr-TR
			// 67B04-2).
			if c.armStopAt(j, true) || j < st && c.partWordAt(j) {
				if j < st {
					// A word of the piece before the connective in
					// its clause is the clause's subject: "Prsten je
					// naproti tomu z bílého zlata", "The ring, by
					// contrast, is white gold" are about the piece
					// (#13, contrast46), unless the clause before the
					// connective names another material first: "White
					// gold rings, by contrast, need rhodium", "Los
					// anillos de oro blanco, en cambio, …" are a class
					// of other pieces (#13, adv46b).
					o := c.otherMaterialIn(a, st-1)
					if o < 0 {
						return st, st - 1
					}
					a = o
					continue
				} else {
					return a, j - 1
				}
			}
		}
	}
	return a, b
}

// otherMaterialIn is the token of the first stone or material of tokens
// a..b, past the piece's own words (a category, "los anillos de oro
// blanco"), where it is one the product does not have; -1 where it is
// the product's or there is none.
func (c *checker) otherMaterialIn(a, b int) int {
	for i := range c.ms {
		o := &c.ms[i]
		if o.ti > b {
			break
		}
		if o.ti < a || o.f.kind != kindStone && o.f.kind != kindMaterial {
			continue
		}
		if c.hasFact(o) {
			return -1
		}
		return o.ti
	}
	return -1
}

// otherSubject reports whether the first fact of tokens a..b other than a
// colour (and a plating of the product's own kind named in general) is a
// stone or a material the product does not have: the clause is about
// another material.
func (c *checker) otherSubject(a, b int) bool {
	o := c.subjectFact(a, b, true)
	return o != nil && !c.hasFact(o)
}

// alloyMetal reports whether the material m is a metal that makes up the
// product's own gold or silver alloy (canon alloy_metals: silver and copper
// in yellow gold of every karat, copper and silver in rose gold, palladium,
// nickel, silver or copper in white gold, copper in sterling silver; World
// Gold Council, "Gold alloys" and "Coloured gold"; ISO 9202:2019 on the
// fineness of precious metal alloys; 16 CFR 23.4 and 23.6 on karat gold
// and sterling silver as alloys), named with a word of the alloy
// (alloy_words: alloy, alloyed, Legierung, alliage, lega, aleación, liga,
// legering, seos, stop, slitina, alaşım, κράμα, سبيكة, 合金, 합금) in its
// clause: what the alloy contains or gets its colour from ("El tono del
// oro rosa procede del cobre que se añade a la aleación", "Nine-carat gold
// is 37.5 per cent gold alloyed with silver and copper"), not another
// material of the piece. A colour word that names the metal ("ασήμι",
// silver, in "σε κράμα με ασήμι και χαλκό") is read as the metal.
//
// A precious metal (canon solid_metals: silver in a gold alloy) is the
// alloy's only in the product's own body metal, not a plating, in a
// clause with no word of the piece (alloyPieceWord), and not joined to the
// alloy word by a conjunction: "This pendant is 9k gold alloy and
// silver", "a 9k gold alloy pendant on a silver chain", "a pendant of 9k
// gold and silver" (no alloy word) and "925 silver" on a 9k gold piece
// still block (#13, alloy25).
func (c *checker) alloyMetal(m match) bool {
	return c.alloyMetalAt(m, true)
}

// alloyMetalAt is alloyMetal; with recall, a base metal named again
// after an earlier sentence named it as the alloy's is the alloy's too
// (alloyRecalled).
func (c *checker) alloyMetalAt(m match, recall bool) bool {
	d := &c.lx.contrastData
	if m.negated || m.f.kind != kindMaterial && m.f.kind != kindColour || d.alloy.empty() || len(c.cn.AlloyMetals) == 0 {
		return false
	}
	if c.featureDenies(m.f.value) {
		// "nickel-free" in the features: the piece's alloy holds no
		// nickel, so nickel named as its alloy's is a wrong fact about
		// the piece (#13, alloy47), unless named as what the piece's
		// own member metal replaces (deniedReplaced), or as what such
		// alloys usually hold where this one holds that member
		// (deniedGeneric, alloy50.go).
		return c.deniedReplaced(m) || c.deniedGeneric(m)
	}
	// A precious member of a base-metal alloy (shibuichi's silver) is
	// read as a base member: the piece holds it only in its alloy (#13,
	// probe60: fi-FI 60C01-1 "yksi osa hopeaa ja kolme osaa kuparia").
	precious := c.cn.SolidMetals[m.f.value] != "" && !c.baseAlloyMember(m.f.value)
	own := false
	for alloy, metals := range c.cn.AlloyMetals {
		if !contains(metals, m.f.value) || !contains(c.facts.materials, alloy) {
			continue
		}
		if !precious || contains(c.facts.body, alloy) && !contains(c.facts.plated, alloy) && !contains(c.facts.platings, alloy) {
			own = true
			break
		}
	}
	if !own {
		return false
	}
	if precious && c.sameMetalHolder(m) && !c.alloyHolderNamed(m) {
		// A member that is another colour of the alloy's own metal
		// (white gold's yellow gold) explains the alloy only where the
		// sentence names the alloy before it: "White gold is yellow gold
		// alloyed with …"; "They are yellow gold alloyed with palladium"
		// says the piece is yellow gold (#13, adv46a).
		return false
	}
	if !precious && c.solidBeside(m) {
		// "Darunter ist es massives Kupfer", "and solid copper inside"
		// on brass: a base metal called solid is the piece's body, not
		// the alloy's share, however the alloy was explained (#13,
		// brass41: adv41's open rows after metals41 made brass hold
		// copper).
		return false
	}
	if c.alloyRest(m) || c.alloyAnchored(m) {
		return true
	}
	// The clause, a decimal comma or point ("37,5 %") no break in it.
	a := c.alloyClauseStart(m.ti)
	// A member after a list comma: the clause of the list's first member
	// ("un alliage de 37,5 % d'or, d'argent et de cuivre").
	for a > 0 && !c.toks[a].sbrk && c.isFactToken(a-1) && c.joinedBack(a, m.ti, m, true) {
		a = c.alloyClauseStart(a - 1)
	}
	_, e := c.sentenceOf(m.ti)
	b := m.tj
	for b+1 <= e && (!c.toks[b+1].brk || c.decimalBreak(b+1)) {
		b++
	}
	for k := a; k <= b; k++ {
		if k >= m.ti && k <= m.tj {
			continue
		}
		if !d.alloy.at(c.toks, k) && (d.mix.empty() || !d.mix.at(c.toks, k) || c.alloyPieceWord(a, b)) {
			continue
		}
		if !precious {
			return true
		}
		// "9k gold alloy and silver" joins silver to the alloy, not into it.
		if k < m.ti && k+1 < len(c.toks) && c.conjAt(k+1) {
			continue
		}
		if !c.alloyPieceWord(a, b) {
			return true
		}
	}
	if precious {
		return c.alloyParticipleAfter(a, b) || c.preciousMemberCause(m)
	}
	return c.alloySentence(m, a, b) || c.alloyShare(m, a, b) || c.alloyReplaced(m) || c.alloyCause(m) || c.alloyAmount(m) || recall && c.alloyRecalled(m, a, b)
}

// alloyCause reports whether the base metal m of the product's own alloy
// (alloyMetal's canon alloy_metals: copper in rose gold and sterling
// silver, palladium or nickel in white gold) is named as what gives that
// alloy its colour or strength: its sentence names the alloy itself (a
// material of the product whose canon alloy_metals hold m, not negated,
// not joined to m by a conjunction), a word of what a member gives
// (alloy_cause_words: colour, tone, blush, strength; Farbe, teinte, tono,
// kleur, sävy, odcień, renk, لون, 色, 색, 色调) and no word of the piece:
// "Rose gold takes its blush from copper", "L'or rose doit sa teinte au
// cuivre", "White gold owes its colour to palladium", 玫瑰金的粉调来自铜
// (World Gold Council, "Coloured gold": rose gold's colour is its copper,
// white gold's its palladium or nickel; #13, alloy47: colour47's open
// rows). "This ring takes its blush from copper", "Rose gold and copper
// give it its tone" and the same sentence on titanium or on a piece whose
// metal holds no copper still block.
func (c *checker) alloyCause(m match) bool {
	d := &c.lx.contrastData
	if d.cause.empty() || c.cn.SolidMetals[m.f.value] != "" {
		return false
	}
	s, e := c.sentenceOf(m.ti)
	for k := s; k <= e; k++ {
		// a cause word that is also a verb of the piece (fr "teinte",
		// dyed) is the cause word here; a word of making ("made of
		// copper", 銅製) says what the piece is made of
		if !d.cause.at(c.toks, k) && c.alloyPieceWord(k, k) || (k < m.ti || k > m.tj) && d.made.at(c.toks, k) {
			return false
		}
	}
	if c.platingWordBeside(m) {
		// "from copper plating", "from a nickel plating", 镀铜: the
		// piece's plating, not its alloy's member (#13, adv47c)
		return false
	}
	a, _ := c.clauseOfMatch(m)
	causeBefore := false
	for k := a; k < m.ti && !causeBefore; k++ {
		causeBefore = d.cause.at(c.toks, k)
	}
	if !causeBefore && c.predicatedOfPiece(m) || m.ti > 0 && baseMajority(c.text[c.byteAt(c.toks[max(0, m.ti-2)].start):c.byteAt(c.toks[m.ti].start)]) {
		// "It is copper, with a rose gold tone", "It is 92.5% copper"
		return false
	}
	holder := false
	for _, o := range c.ms {
		if o.ti < s || o.tj > e || o.negated || o.ti == m.ti || o.f.kind != kindMaterial && o.f.kind != kindColour {
			continue
		}
		if !contains(c.facts.materials, o.f.value) || !contains(c.cn.AlloyMetals[o.f.value], m.f.value) {
			continue
		}
		if c.joinedPair(o, m) || c.joinedPair(m, o) {
			return false
		}
		holder = true
	}
	if !holder {
		return false
	}
	for k := s; k <= e; k++ {
		if (k < m.ti || k > m.tj) && d.cause.at(c.toks, k) {
			return true
		}
	}
	return false
}

// platingWordBeside reports whether a plating word (plating_words:
// plating, plated, placage, めっき, 도금, 镀) stands in the clause of the
// match m: "from copper plating", "from a nickel plating", 銅めっきによる,
// 구리 도금에서, "表面镀上一层铜" name the metal as the piece's plating,
// not its alloy's member (#13, adv47c).
func (c *checker) platingWordBeside(m match) bool {
	a, b := c.clauseOfMatch(m)
	for k := a; k <= b && k < len(c.toks); k++ {
		if (k < m.ti || k > m.tj) && c.lx.platingWords.endsAt(c.toks, k) {
			return true
		}
	}
	return false
}

// joinedPair reports whether the match x is joined to the match y after
// it by a conjunction, with only articles beside it ("Rose gold and
// copper", "L'or rose et le cuivre", "El oro rosa y el cobre"), or by a
// conjunctive particle glued to x's last word (ko "로즈 골드와 구리").
func (c *checker) joinedPair(x, y match) bool {
	if x.tj >= y.ti {
		return false
	}
	if x.tj+1 == y.ti {
		w := c.toks[x.tj].s
		return !c.toks[y.ti].brk && (strings.HasSuffix(w, "와") || strings.HasSuffix(w, "과"))
	}
	conj := false
	for k := x.tj + 1; k < y.ti; k++ {
		if c.toks[k].brk {
			return false
		}
		switch {
		case c.conjAt(k):
			conj = true
		case c.articleLike(k):
		default:
			return false
		}
	}
	return conj
}

// featureDenialsAfter and featureDenialsBefore are the English words of a
// product feature that deny the metal they follow ("nickel-free", "nickel
// free") or precede ("free of nickel", "free from nickel", "made without
// nickel", "no nickel", "zero nickel", "0% nickel"); the features are
// written in English (#13, alloy47; adv47c: "free from nickel" and
// "without nickel" let "White gold owes its colour to nickel" pass on a
// nickel-free white gold in 25 locales).
var (
	featureDenialsAfter  = []string{"-free", " free"}
	featureDenialsBefore = []string{"free of ", "free from ", "without ", "no ", "zero ", "0% ", "0 % "}
)

// featureDenies reports whether a feature of the product denies the metal
// v (featureDenialsAfter, featureDenialsBefore).
func (c *checker) featureDenies(v string) bool {
	if c.p == nil {
		return false
	}
	for _, f := range c.p.Features {
		f = strings.ToLower(f)
		for _, d := range featureDenialsAfter {
			if strings.Contains(f, v+d) {
				return true
			}
		}
		for _, d := range featureDenialsBefore {
			if strings.Contains(f, d+v) {
				return true
			}
		}
	}
	return false
}

// partGap is how many words (an article, a preposition, a case particle)
// may stand between a partitive and its metal: "some of the copper",
// "une partie du cuivre", "銅の一部", "bakırın bir kısmı".
const partGap = 2

// alloyReplaced reports whether the base metal m of the product's own
// alloy (alloyMetal's canon alloy_metals: copper in sterling and
// Argentium silver) is named as the part of the alloy that another metal
// replaces: a partitive of it (alloy_part_before: "some of the copper",
// "une partie du cuivre", "parte del cobre", "ein Teil des Kupfers",
// "osa kuparista", "część miedzi", "جزء من النحاس", 部分铜;
// alloy_part_after: "bakırın bir kısmı", 銅の一部, 구리의 일부) within
// partGap words, and a word of replacement (alloy_replace_words) in its
// sentence, which names no word of the piece: "Argentium is a 935 silver
// in which some of the copper is replaced with germanium" states what
// Argentium holds (Argentium Silver Company: Argentium is sterling with
// part of the copper replaced by germanium; #13, constituents47: released
// 47B en-AU, es-ES, fr-FR, pt-BR, ar-AE 47B104). "The ring replaces some
// of the silver with copper", "Part of the pendant is copper" and "This
// ring is copper" still block.
func (c *checker) alloyReplaced(m match) bool {
	d := &c.lx.contrastData
	if d.replace.empty() || c.cn.SolidMetals[m.f.value] != "" {
		return false
	}
	s, e := c.sentenceOf(m.ti)
	if c.alloyPieceWord(s, e) {
		return false
	}
	part := false
	for k := m.ti - 1; k >= s && k >= m.ti-1-partGap && !part; k-- {
		part = d.partBefore.at(c.toks, k)
	}
	for k := m.tj + 1; k <= e && k <= m.tj+1+partGap && !part; k++ {
		part = d.partAfter.at(c.toks, k)
	}
	if !part {
		return false
	}
	for k := s; k <= e; k++ {
		if (k < m.ti || k > m.tj) && d.replace.at(c.toks, k) {
			return true
		}
	}
	return false
}

// deniedReplaced reports whether the metal m, which a feature of the
// product denies ("nickel-free"), stands in a sentence with no word of the
// piece that names a word of replacement (alloy_replace_words) and another
// metal of the product's own alloy that can take m's place (canon
// alloy_metals: palladium beside nickel in white gold): "Palladium replaces
// the nickel found in many white golds", "Le palladium remplace le nickel
// présent dans de nombreux ors gris", "El paladio sustituye al níquel"
// describe a nickel-free palladium white gold (EN 1811 and REACH Annex
// XVII entry 27 restrict nickel release; World Gold Council, "White
// gold"; #13, nickel49). "Palladium and nickel give the metal its white
// tone" (no replacement), "Nickel replaces palladium here" (the replaced
// metal before the word of replacement: languages whose object comes
// first, ja ニッケルの代わりに, stay blocked) and "The ring's nickel
// replaces palladium" (a word of the piece) still block.
func (c *checker) deniedReplaced(m match) bool {
	d := &c.lx.contrastData
	if d.replace.empty() {
		return false
	}
	s, e := c.sentenceOf(m.ti)
	if c.alloyPieceWord(s, e) {
		return false
	}
	replace, member := false, false
	for k := s; k <= e; k++ {
		// the replaced metal after the word of replacement: "Nickel
		// replaces palladium here" is no replacement of nickel
		if k < m.ti && d.replace.at(c.toks, k) {
			replace = true
		}
	}
	for _, o := range c.ms {
		if o.ti < s || o.ti > e || o.negated || o.f.kind != kindMaterial || o.f.value == m.f.value || !contains(c.facts.materials, o.f.value) {
			continue
		}
		for _, alloy := range c.facts.materials {
			if contains(c.cn.AlloyMetals[alloy], o.f.value) && contains(c.cn.AlloyMetals[alloy], m.f.value) {
				member = true
			}
		}
	}
	return replace && member
}

// alloyAmount reports whether the base metal m of the product's own alloy
// (alloyMetal's canon alloy_metals: copper in Britannia and sterling
// silver and in gold) is named as a smaller or larger share: a word of
// amount (alloy_amount_before: "less", "more", "weniger", "moins de",
// "menos", "meno", "minder", "mindre", "vähemmän", "mniej", "méně",
// "λιγότερο", "daha az", أقل; alloy_amount_after: ja 少な*, ko 적*, zh
// 较少) within partGap words of it, no break between, in a clause with
// no word of the piece, not said of the piece by its clause's grammar and
// not its plating: "Weil weniger Kupfer enthalten ist, wirkt das Metall
// weißer", "Mit mehr Feinsilber und weniger Kupfer als üblich" on
// Britannia silver (958 parts silver, so less copper than sterling's 925;
// Goldsmiths' Company, "Britannia silver"; #13, material48: released 48A
// de-DE 48A104). "This bangle is copper", "a copper bangle", "less
// copper" on titanium (no alloy of the piece holds it) still block.
func (c *checker) alloyAmount(m match) bool {
	d := &c.lx.contrastData
	if d.amountBefore.empty() && d.amountAfter.empty() || c.cn.SolidMetals[m.f.value] != "" {
		return false
	}
	s, e := c.clauseOfMatch(m)
	if c.alloyPieceWord(s, e) || c.platingWordBeside(m) || c.predicatedOfPiece(m) && !c.alloyHolderBefore(m) {
		return false
	}
	for k := m.ti - 1; k >= s && k >= m.ti-1-partGap; k-- {
		if c.brkBetween(k, m.ti) {
			break
		}
		if d.amountBefore.at(c.toks, k) {
			return true
		}
	}
	// a word after the metal may end one token further: zh 銅含量較少
	// (the copper content is lower), cut into single characters
	for k := m.tj + 1; k <= e && k <= m.tj+2+partGap; k++ {
		if c.brkBetween(m.tj, k) {
			break
		}
		if d.amountAfter.at(c.toks, k) {
			return true
		}
	}
	return false
}

// sameMetalHolder reports whether an alloy of the product's materials
// holds m in canon alloy_metals and is of m's own precious metal (white
// gold holding yellow gold; not rose gold holding silver).
func (c *checker) sameMetalHolder(m match) bool {
	sm := c.cn.SolidMetals[m.f.value]
	for _, alloy := range c.facts.materials {
		if contains(c.cn.AlloyMetals[alloy], m.f.value) && alloy != m.f.value && sm != "" && c.cn.SolidMetals[alloy] == sm {
			return true
		}
	}
	return false
}

// alloyHolderNamed reports whether the sentence of m names, before m and
// not negated, an alloy of the product's materials that holds m in canon
// alloy_metals (white gold before its yellow gold).
func (c *checker) alloyHolderNamed(m match) bool {
	s, _ := c.sentenceOf(m.ti)
	for _, o := range c.ms {
		if o.ti < s || o.negated || o.f.kind != kindMaterial || o.f.value == m.f.value {
			continue
		}
		if o.ti >= m.ti {
			break
		}
		if contains(c.facts.materials, o.f.value) && contains(c.cn.AlloyMetals[o.f.value], m.f.value) {
			return true
		}
	}
	return false
}

// alloyShare reports whether a base metal of the product's own alloy
// (copper in sterling silver), in clause a..b with no alloy word, stands
// beside a share of the product's own precious metal: a percent or a word
// of share (shareIn) and the product's own body metal or its fineness in
// the clause (ownShareIn), no word of the piece (alloyPieceWord,
// scalePieceWord): "Sterling silver is 92.5% pure silver with copper added
// for strength" states what the alloy holds (16 CFR 23.6: sterling is
// 925/1000 silver; #13, alloy46: probe 46D en-AU 46D102). "The band is
// 92.5% silver with copper inside" and "Sterling silver is 92.5% silver,
// the clasp copper" still block.
func (c *checker) alloyShare(m match, a, b int) bool {
	if m.ti > 0 && baseMajority(c.text[c.byteAt(c.toks[max(0, m.ti-2)].start):c.byteAt(c.toks[m.ti].start)]) {
		// the base metal given most of the piece: "It is 92.5% copper"
		// (#13, adv46a); "92.5% silver and 7.5% copper" is the alloy
		return false
	}
	return c.shareIn(a, b) && c.ownShareIn(a, b, m) && !c.alloyPieceWord(a, b) && !c.scalePieceWord(a, b)
}

// majorityShare is a percent of more than half right before a word.
var majorityShare = regexp.MustCompile(`(\d+(?:[.,]\d+)?)[\s\p{Zs}]?[%％٪][\s\p{Zs}]*$`)

// baseMajority reports whether gap (the text from the token before a base
// metal to it) ends in a percent above 50: the base metal's own share,
// most of the piece.
func baseMajority(gap string) bool {
	m := majorityShare.FindStringSubmatch(gap)
	if m == nil {
		return false
	}
	v, err := strconv.ParseFloat(strings.Replace(m[1], ",", ".", 1), 64)
	return err == nil && v > 50
}

// alloyParticipleAfter reports whether the clause a..b of a precious metal
// of the product's own alloy is followed, past its comma, by a participle
// of the alloy that opens the next clause, at most a relative pronoun and
// one word before it: "Weißgold ist Gelbgold, legiert mit helleren
// Metallen", "Valkokulta on keltakultaa, joka on seostettu …" (white gold
// is yellow gold alloyed with paler metals; canon alloy_metals gives white
// gold its yellow gold; #13, alloy46: probe 46C de-DE 46C104). No word of
// the piece from a through the participle: "Die Creolen sind Gelbgold,
// legiert mit Palladium" still blocks.
func (c *checker) alloyParticipleAfter(a, b int) bool {
	d := &c.lx.contrastData
	k := b + 1
	if k >= len(c.toks) || !c.toks[k].brk || c.toks[k].sbrk {
		return false
	}
	if c.lx.relPronouns.endsAt(c.toks, k) && k+1 < len(c.toks) && !c.toks[k+1].brk {
		k++
		if k+1 < len(c.toks) && !c.toks[k+1].brk && !d.alloy.at(c.toks, k) {
			k++
		}
	}
	return (k == b+1 || !c.toks[k].brk) && d.alloy.at(c.toks, k) && !c.alloyPieceWord(a, k)
}

// alloyRecalled reports whether the base metal m of the product's own
// alloy, in clause a..b with no word of the piece, was named in an
// earlier sentence or the next one as what the alloy holds (alloyMetal):
// the same metal
// of the alloy, named again ("…the rest mainly copper. … قد يميل لون
// النحاس إلى الغمقان قليلًا مع الوقت", the copper's colour may darken a
// little over time; released 38's ar-AE 38B104). "The copper clasp" and a
// precious metal ("the silver in it") still block (#13, alloy39).
func (c *checker) alloyRecalled(m match, a, b int) bool {
	if c.alloyPieceWord(a, b) {
		return false
	}
	s, e := c.sentenceOf(m.ti)
	// The next sentence too: "やさしいピンク色の理由は銅にあります。9金は…
	// 残りの多くを銅、少量を銀が占める" (the pink comes from copper; the
	// rest of 9k is mostly copper; #13, alloy46: released 46B ja-JP 46B104).
	ne := e
	if e+1 < len(c.toks) {
		_, ne = c.sentenceOf(e + 1)
	}
	for _, o := range c.ms {
		if o.tj >= s && o.ti <= e {
			continue
		}
		if o.ti > ne {
			break
		}
		if o.ti > e && !c.colourIn(s, e) {
			// The next sentence explains only the colour's metal: "The
			// pink comes from copper." "It is made of copper. 9k gold
			// is … the rest mostly copper" says the piece is copper
			// (#13, adv46a).
			break
		}
		if o.f.kind == m.f.kind && o.f.value == m.f.value && !o.negated && c.alloyMetalAt(o, false) {
			return true
		}
	}
	return false
}

// colourIn reports whether a colour (a colour match) is named in tokens
// s..e.
func (c *checker) colourIn(s, e int) bool {
	for _, o := range c.ms {
		if o.ti >= s && o.tj <= e && o.f.kind == kindColour {
			return true
		}
	}
	return false
}

// alloyRest reports whether the metal m, one of the product's own alloy
// (alloyMetal's canon alloy_metals), is named as the rest of that alloy:
// a word of the rest (alloy_rest_words: "the rest", "the remaining 25%",
// "der Rest", "le reste", "el resto", "resten", "loput", "reszta",
// "zbytek", "το υπόλοιπο", "geri kalanı", الباقي, 残り, 나머지, 其余) stands
// in its sentence, and before both the share of the product's own
// precious metal or its fineness (a fineness, or the product's own metal
// named: "In 9 carat, 375 of 1000 parts are pure gold, and the rest is
// mainly copper with a little silver", "Platina 950 tarkoittaa, että
// metallista 95 prosenttia on puhdasta platinaa ja loput 5 prosenttia
// ruteniumia"), in the sentence or the one before its semicolon ("37.5
// percent pure gold; the rest is mostly copper"). The sentence names no
// word of the piece up to the rest and its metal: "the rest of the ring is
// silver" and "the ring itself is silver" still block, and so does a metal the product's alloy cannot
// hold ("the rest is gold" on sterling silver or platinum): canon
// alloy_metals gives each base metal its alloying metals (World Gold
// Council, "Gold alloys"; ISO 9202:2019; 16 CFR 23.4, 23.6, 23.7;
// #13, alloy39: released 38's sv-SE and ar-AE 38B104).
func (c *checker) alloyRest(m match) bool {
	d := &c.lx.contrastData
	if d.rest.empty() {
		return false
	}
	s, e := c.sentenceOf(m.ti)
	r, hi := -1, m.tj
	for k := s; k <= e; k++ {
		if k >= m.ti && k <= m.tj || !d.rest.at(c.toks, k) {
			continue
		}
		r = d.rest.span(c.toks, k)
		hi = max(hi, k)
		break
	}
	// A word of the piece after the rest and its metal is what the metal
	// does to the piece ("the rest is mostly copper, which gives the
	// bangle its pink", "kalan kısım çoğunlukla bakırdır ve bileziğe
	// sıcak pembe tonunu veren de budur", "나머지는 주로 구리로 팔찌에
	// 따뜻한 분홍빛을"; #13, ho57: held-out 56 tr-TR 56B03).
	if r < 0 || c.restPieceWord(s, hi) {
		return false
	}
	lo := r
	if m.ti < lo {
		lo = m.ti
	}
	from := s
	if s > 0 && c.semicolonBefore(s) {
		from, _ = c.sentenceOf(s - 1)
		if c.restPieceWord(from, s-1) {
			return false
		}
	}
	if c.ownShareIn(from, lo-1, m) {
		return true
	}
	// A sentence that opens on the rest after one that opens on the
	// product's own metal or its fineness: "18 Karat Gelbgold enthält 75
	// Prozent reines Gold … . Die übrigen 25 Prozent sind Silber und
	// Kupfer", "Loput 25 prosenttia on hopeaa ja kuparia", "나머지 25%는
	// 은과 구리로" (probe 39C).
	return r == lo && r-s <= 2 && s > 0 && c.opensOnOwnMetal(c.sentenceOfStart(s-1), s-1)
}

// sentenceOfStart is the first token of the sentence of token k.
func (c *checker) sentenceOfStart(k int) int {
	s, _ := c.sentenceOf(k)
	return s
}

// opensOnOwnMetal reports whether the first fact of tokens a..b other
// than a colour is a fineness or the product's own body metal: the
// sentence is about the product's metal ("18k yellow gold is 75 per cent
// pure gold"), not a piece ("This ring is 18k gold").
func (c *checker) opensOnOwnMetal(a, b int) bool {
	for _, o := range c.ms {
		if o.ti < a || o.f.kind == kindColour {
			continue
		}
		if o.ti > b {
			return false
		}
		return o.f.kind == kindKarat || o.f.kind == kindMaterial && !o.negated && contains(c.facts.body, o.f.value) && !contains(c.facts.plated, o.f.value) && !contains(c.facts.platings, o.f.value)
	}
	return false
}

// restPieceWord is alloyPieceWord with a demonstrative a word of the
// piece only before a noun of the piece: Polish and Czech "to" is also
// the copula ("reszta to miedź", the rest is copper).
func (c *checker) restPieceWord(a, b int) bool {
	for k := a; k <= b && k < len(c.toks); k++ {
		if c.lx.demonstr.endsAt(c.toks, k) && !c.demonstrativeOfPiece(k) || c.inShareWord(k) {
			continue
		}
		if c.alloyPieceWord(k, k) {
			return true
		}
	}
	return false
}

// inShareWord reports whether token k stands in a word of a share of the
// alloy (share_words: "parts of 24", "24 parçasından"): Turkish "parça" is
// also a noun of the piece, but "metalin 24 parçasından 22'si" counts the
// metal's parts (#13, ho57: held-out 56 tr-TR 56B03).
func (c *checker) inShareWord(k int) bool {
	w := c.lx.karatScaleData.shareWords
	if w.empty() {
		return false
	}
	for j := k; j < len(c.toks) && j <= k+3; j++ {
		if j > k && (c.toks[j].brk || c.toks[j].sbrk) {
			break
		}
		if w.at(c.toks, j) && w.span(c.toks, j) <= k {
			return true
		}
	}
	return false
}

// demonstrativeOfPiece reports whether a category word, a piece noun or a
// part follows the demonstrative ending at token k within two words.
func (c *checker) demonstrativeOfPiece(k int) bool {
	for j := k + 1; j <= k+2 && j < len(c.toks) && !c.toks[j].brk; j++ {
		if c.comparedHeadAt(j) || c.piecePartAt(j) {
			return true
		}
	}
	return false
}

// ownShareIn reports whether a fineness or a material of the product (its
// own metal: "pure gold", "rent guld", 純金) other than m is named in tokens
// a..b.
func (c *checker) ownShareIn(a, b int, m match) bool {
	for _, o := range c.ms {
		if o.ti < a || o.tj > b || o.ti == m.ti || o.negated {
			continue
		}
		if o.f.kind == kindKarat || o.f.kind == kindMaterial && contains(c.facts.body, o.f.value) && !contains(c.facts.plated, o.f.value) && !contains(c.facts.platings, o.f.value) {
			return true
		}
	}
	return false
}

// alloySentence reports whether a base metal of the product's own alloy
// (copper in sterling silver or in rose or 9k gold, palladium or nickel in
// white gold), in clause a..b with no alloy word, is named in a sentence
// whose other clause names the alloy, with no word of the piece from the
// alloy word through the metal's clause: the clause goes on explaining
// the alloy ("925银是含银92.5%的合金，加入少量铜让它更坚硬耐戴", "Sterling
// silver is an alloy of 92.5% silver, with a little copper added to make
// it harder", "Sterlingsilber ist eine Legierung aus 92,5 % Silber, ein
// wenig Kupfer macht sie härter"). "925银是合金，这款手镯加入铜" and "…合金，
// 手镯内圈是铜" still block: the piece is named between (#13, alloy38;
// probe 38D zh-CN 38D102-2).
func (c *checker) alloySentence(m match, a, b int) bool {
	d := &c.lx.contrastData
	s, e := c.sentenceOf(m.ti)
	for k := s; k <= e; k++ {
		if k >= a && k <= b || !d.alloy.at(c.toks, k) {
			continue
		}
		lo, hi := k, b
		if k > b {
			lo, hi = a, k
		}
		if !c.alloyPieceWord(lo, hi) {
			return true
		}
	}
	return false
}

// alloyPieceWord reports whether a word of the piece (armStopAt in a
// clause: a category word, a piece noun, a demonstrative or possessive of
// the piece, a verb or word of setting, the product's name) or a part of
// it (clasp, chain, ear wires) stands in tokens a..b: the clause speaks of
// the piece, not of its alloy.
func (c *checker) alloyPieceWord(a, b int) bool {
	for k := a; k <= b && k < len(c.toks); k++ {
		if c.armStopAt(k, true) || c.piecePartAt(k) || c.lx.components.endsAt(c.toks, k) {
			return true
		}
	}
	return false
}

// decimalBreak reports whether the break before token k is the decimal
// comma or point of a number ("37,5 %", "92.5%"): digits either side and
// that one character between.
func (c *checker) decimalBreak(k int) bool {
	if k < 1 || c.toks[k].sbrk {
		return false
	}
	p, t := c.toks[k-1].s, c.toks[k].s
	if p == "" || t == "" || p[len(p)-1] < '0' || p[len(p)-1] > '9' || t[0] < '0' || t[0] > '9' {
		return false
	}
	gap := c.text[c.byteAt(c.toks[k-1].end):c.byteAt(c.toks[k].start)]
	return gap == "," || gap == "."
}

// alloyClauseStart is the first token of the clause of token k, a decimal
// comma or point no break.
func (c *checker) alloyClauseStart(k int) int {
	for k > 0 && (!c.toks[k].brk || c.decimalBreak(k)) && !c.toks[k].sbrk {
		k--
	}
	return k
}

// frontedDistinction reports whether the stone or material m is what a
// verb of distinction after it distinguishes the subject from, its
// preposition of origin fronted before it: "a od diamentu różni się
// mniejszą dyspersją" (and from diamond it differs by a lower
// dispersion), "od diamantu se liší", "vom Diamanten unterscheidet er
// sich" (#13, stones39; released 38B pl-PL 38B104-2 on a white topaz).
// The object of a preposition may stand before the verb in the free word
// order of Polish and Czech and in the German Vorfeld (Swan, A Grammar of
// Contemporary Polish, on word order; Duden Grammatik, Vorfeld). Between
// the preposition and m at most a determiner or a colour; between m and
// the verb at most two words (a reflexive "się", "sich", "se"); no word of
// the piece from the clause's start through the verb ("Pierścionek z
// diamentem różni się…" is the piece's).
func (c *checker) frontedDistinction(m match) bool {
	d := &c.lx.contrastData
	if d.distinction.empty() || d.from.empty() || m.negated {
		return false
	}
	f := m.ti - 1
	if f >= 0 && !c.toks[m.ti].brk && (c.articleLike(f) || c.colourToken(f)) && !d.from.at(c.toks, f) {
		f--
	}
	if f < 0 || c.toks[f+1].brk || !d.from.ends.endsAt(c.toks, f) {
		return false
	}
	for v := m.tj + 1; v < len(c.toks) && v <= m.tj+3; v++ {
		if c.toks[v].brk {
			return false
		}
		if !d.distinction.at(c.toks, v) {
			continue
		}
		a := f
		for a > 0 && !c.toks[a].brk {
			a--
		}
		return !c.armStopIn(a, v, true)
	}
	return false
}

// alloyAnchored reports whether the metal m of the product's own alloy
// (alloyMetalAt's canon alloy_metals, a precious one only in the body
// metal) stands in a clause with no word of the piece (alloyPieceWord), in
// a sentence that explains the product's alloy, or right after one that
// does (alloyAnchorIn: a share of its own precious metal or fineness, a
// word of the alloy or of its rest): "Die Zahl 750 bedeutet, dass 750 von
// 1000 Teilen reines Gold sind. Den Rest bilden Kupfer und etwas Silber",
// "Le métal contient 75 % d'or pur. C'est le cuivre qui donne cette teinte
// rosée", "ten parts of pure gold in every twenty-four … while the silver
// and copper balance gives a soft, honeyed yellow". The copy names the
// alloy's metals in whatever construction it likes once it has said what
// the alloy is; the sentence that explains it, not a relation word beside
// each metal, is the anchor (#13, anchor40: probe 40C de-DE and fr-CA on
// 18k rose gold, released 40B en-AU on 10k yellow gold). "The clasp is
// silver", "die Kette ist aus Silber" and a metal with no explanation
// before it still block; so does a metal the product's alloy cannot hold
// (gold on sterling silver; World Gold Council, "Gold alloys"; ISO
// 9202:2019).
func (c *checker) alloyAnchored(m match) bool {
	s, e := c.sentenceOf(m.ti)
	a, b := c.clauseOfMatch(m)
	if c.anchorPieceWord(a, b) || c.predicatedOfPiece(m) {
		return false
	}
	// A sentence opening after a semicolon is joined to the one before it
	// ("Ambos tonos contienen la misma proporción de oro puro; la
	// diferencia está en la aleación": #13, alloy44).
	js := c.joinedStart(s)
	if c.alloyAnchorIn(js, e, m) {
		return true
	}
	if js == 0 {
		return false
	}
	// A precious metal after the sentence that explains the alloy only
	// where its own sentence goes on with the alloy (a word of the alloy,
	// its rest or a share: "Den Rest bilden Kupfer und etwas Silber") or
	// names it beside a base metal of the alloy ("Copper and a little
	// silver give it its warm pink tone"): "Rose gold is an alloy of gold
	// and copper. The silver may darken" still blocks (alloy39).
	if c.cn.SolidMetals[m.f.value] != "" && !c.alloyWordIn(s, e) && !c.baseAlloyMetalIn(a, b, m) {
		return false
	}
	_, pe := c.sentenceOf(js - 1)
	return c.alloyAnchorIn(c.joinedStart(js-1), pe, m)
}

// joinedStart is the first token of the sentence of token k joined over
// the semicolons before it (joinedSentenceOf's start).
func (c *checker) joinedStart(k int) int {
	s, _ := c.joinedSentenceOf(k)
	return s
}

// alloyWordIn reports whether a word of the alloy, of its rest or a share
// stands in the sentence s..e.
func (c *checker) alloyWordIn(s, e int) bool {
	if c.shareIn(s, e) {
		return true
	}
	d := &c.lx.contrastData
	for k := s; k <= e; k++ {
		if d.alloy.at(c.toks, k) || !d.rest.empty() && d.rest.at(c.toks, k) {
			return true
		}
	}
	return false
}

// alloyAnchorIn reports whether the sentence s..e explains the product's
// own alloy: a share (a percentage, thousandths, parts: shareIn) with a
// fineness or the product's own body metal, or a word of the alloy or of
// its rest (alloy_words, alloy_rest_words) with one, or a word of purity
// (pure_words: "reines Gold", "or pur") with one or with a share ("le
// métal contient 75 % d'or pur", where "or" is read as no metal).
func (c *checker) alloyAnchorIn(s, e int, m match) bool {
	own := false
	for _, o := range c.ms {
		if o.tj < s || o.negated || o.ti == m.ti {
			continue
		}
		if o.ti > e {
			break
		}
		if o.f.kind == kindKarat || o.f.kind == kindMaterial && contains(c.facts.body, o.f.value) && !contains(c.facts.plated, o.f.value) && !contains(c.facts.platings, o.f.value) || c.pureOwnMetal(o) {
			own = true
			break
		}
	}
	share := c.shareIn(s, e)
	if own && share {
		return true
	}
	d := &c.lx.contrastData
	pure := c.lx.karatScaleData.pureWords
	for k := s; k <= e; k++ {
		if !pure.empty() && pure.at(c.toks, k) && (own || share) || own && (d.alloy.at(c.toks, k) || !d.rest.empty() && d.rest.at(c.toks, k)) {
			return true
		}
	}
	return false
}

// anchorPieceWord reports whether a word of the piece stands in tokens
// a..b for alloyAnchored: its category or a piece noun, a part or
// component, a demonstrative or possessive of the piece, a verb of what
// is done to the piece (piece_verbs: made, crafted, 制成) or a word of
// setting or hanging, or the product's own name. A verb that folds to a
// noun of colour is none ("teinte", the hue, folds to "teinté", tinted;
// colour_nouns).
func (c *checker) anchorPieceWord(a, b int) bool {
	lx := c.lx
	for k := a; k <= b && k < len(c.toks); k++ {
		if lx.pieceVerbs.endsAt(c.toks, k) && !lx.colourNouns.endsAt(c.toks, k) {
			return true
		}
		if c.toks[k].masked && !c.stoneNameAt(k) || lx.ours.endsAt(c.toks, k) || lx.demonstr.endsAt(c.toks, k) && c.demonstrativeOfPiece(k) ||
			lx.settingWords.at(c.toks, k) || c.hangAt(k) || c.categoryToken(k) || lx.pieceNouns.at(c.toks, k) ||
			c.partWordAt(k) || !c.isFactToken(k) && c.ownNameAt(k) {
			return true
		}
	}
	return false
}

// baseAlloyMetalIn reports whether a base metal of the product's own alloy
// (canon alloy_metals, no precious metal) other than m is named in tokens
// a..b.
func (c *checker) baseAlloyMetalIn(a, b int, m match) bool {
	for _, o := range c.ms {
		if o.ti < a || o.ti == m.ti || o.negated || o.f.kind != kindMaterial {
			continue
		}
		if o.ti > b {
			break
		}
		if c.cn.SolidMetals[o.f.value] == "" && c.cn.PreciousMetals[o.f.value] == "" && c.ownAlloyMetal(o.f.value) {
			return true
		}
	}
	return false
}

// platingWordBefore reports whether a plating word (plating_words:
// plating, folheado, placage) ends among the four tokens before token k.
func (c *checker) platingWordBefore(k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if c.lx.platingWords.endsAt(c.toks, j) {
			return true
		}
	}
	return false
}

// clauseOfMatch is the clause of the match m within its sentence: from the
// break before it to the break after it, a decimal comma or point ("37,5
// %") no break.
func (c *checker) clauseOfMatch(m match) (int, int) {
	s, e := c.sentenceOf(m.ti)
	a := c.alloyClauseStart(m.ti)
	if a < s {
		a = s
	}
	b := m.tj
	for b+1 <= e && (!c.toks[b+1].brk || c.decimalBreak(b+1)) {
		b++
	}
	return a, b
}

// pureOwnMetal reports whether the material o is the product's own body
// metal named pure, a pure word right beside it ("la misma proporción de
// oro puro", "yhtä paljon puhdasta kultaa", "the same share of pure
// gold"): the precious share of the product's alloy, whatever form the
// vocabulary reads it as (solid gold). Not a metal the piece has only as
// a plating (#13, alloy44: released 44A es-MX, fi-FI 44A104).
func (c *checker) pureOwnMetal(o match) bool {
	pure := c.lx.karatScaleData.pureWords
	if o.f.kind != kindMaterial || o.negated || pure.empty() {
		return false
	}
	metal := c.cn.SolidMetals[o.f.value]
	if metal == "" {
		return false
	}
	own := false
	for _, b := range c.facts.body {
		if c.cn.SolidMetals[b] == metal && !contains(c.facts.plated, b) && !contains(c.facts.platings, b) {
			own = true
			break
		}
	}
	if !own {
		return false
	}
	for k := o.ti - 1; k <= o.tj+1; k++ {
		if k >= 0 && k < len(c.toks) && (k < o.ti || k > o.tj || o.ti == o.tj) && pure.at(c.toks, k) {
			return true
		}
	}
	return false
}

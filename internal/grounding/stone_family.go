package grounding

import "strings"

// stoneFamilyFile is the vocabulary of sentences that say what a stone is
// or how it formed (#13, stonefamily25): stone_nature_words are the words
// of its nature and formation (a variety of, a member of the family, is
// formed when, se forme, bildas, σχηματίζεται, يتكوّن, 形成) and
// crystal_growth_words the words of a crystal's growth (growth, croissance,
// crecer, wzrost, büyürken, 生长). A word ending in "*" is a prefix.
//
// piece_nouns (piece, design, creation, Schmuckstück, pièce, 作品) and
// setting_words (set with, features, holds, adorned with, besetzt, sertie,
// engastad*, 镶, あしらっ, 세팅, مرصع) say a sentence is about the piece,
// not the stone's nature (#13, groups26): one whose first noun is the
// piece ("This type of ring is set with an emerald") or that puts a
// stone on it names the piece's stones, whatever nature word it holds.
//
// material_relation_words (found in, occurs in, enclosed in, trapped in,
// confused with, eingeschlossen, finnes i, racchius*, karıştırıl*, 混淆)
// say where a material occurs, what encloses it in nature or what it is
// taken for (#13, relation26): in a sentence about the material they are
// no word of the piece, though a piece verb or a word of other items
// shares their form ("racchiusi", "finnes i"), and a stone that opens such
// a sentence is the material's relative, not a new subject ("Sıklıkla
// krizokolla ile karıştırılır").
//
// replacement_words (replaced, fossilised, petrified, mineralised,
// ersetzt, remplacé, zastąpił, yerini aldı, 置き換, 取代) tell how a fossil
// or a petrified material became stone: the minerals named with them
// (canon stone_families: calcite, pyrite, opal of an ammonite; quartz,
// chalcedony of petrified wood) are what it is made of (#13, variety29).
// species_words (typical of, characteristic of, özgü, سمة, 典型) say that
// a colour or a property marks one species or variety of a group: "The
// deep red of these stones is typical of almandine" on a garnet names the
// garnet's own species (#13, variety29). They are read only by the family
// rule, for the product's stone's relatives; no material sentence reads
// them.
//
// beside_piece are the words that place a thing beside the piece or its
// stone, a word of position with a pronoun of the piece ("beside it",
// "à ses côtés", "accanto a lei", "ernaast", "daneben", その隣, 그 옆에;
// #13, lookalike29): a stone there is set on the piece ("Beside it sits a
// small round peridot"), not cross-sold beside it, and its sentence is
// the piece's whatever comparison follows ("…, the gem it is most often
// confused with").
type stoneFamilyFile struct {
	StoneNatureWords      []string `yaml:"stone_nature_words"`
	ReplacementWords      []string `yaml:"replacement_words"`
	SpeciesWords          []string `yaml:"species_words"`
	CrystalGrowthWords    []string `yaml:"crystal_growth_words"`
	PieceNouns            []string `yaml:"piece_nouns"`
	SettingWords          []string `yaml:"setting_words"`
	MaterialRelationWords []string `yaml:"material_relation_words"`
	BesidePiece           []string `yaml:"beside_piece"`
	ImitationWords        []string `yaml:"imitation_words"`
	BothMarks             []string `yaml:"both_marks"`
	// GradeWords are the words a jade grade letter follows ("Type A",
	// "Typ B", "tipo A", "tyyppi A"; jadeGrade).
	GradeWords []string `yaml:"grade_words"`
	// MaterialStoryWords are the words of a material's natural state, its history or
	// what gives it its colour ("in nature", "i naturen", في الطبيعة,
	// "irradiation", "bestråling"): a colour in a sentence about the
	// material with one is the material's in general (variety_colour.go;
	// #13, variety25).
	MaterialStoryWords []string `yaml:"material_story_words"`
	// GenericWords are the words of what a material usually or mostly is
	// ("usually", "most", "généralement", "meist*", 通常): a colour said
	// of the stone across a copula in their sentence is the species' in
	// general, not the piece's stone's (colour_predicate.go; #13,
	// colourmiss47).
	GenericWords []string `yaml:"generic_words"`
	// NameGlossWords are the words that gloss a stone's name or tell what
	// the material was once used for ("its name comes from", "der Name",
	// "son nom", "once used", "autrefois"): a precious metal after one in
	// its sentence is the meaning of the name or the history of the
	// material, not the piece's (explainedFact; #13, etymology33).
	NameGlossWords []string `yaml:"name_gloss_words"`
	// ConstituentNouns are the nouns of the small parts a stone is made
	// of ("flakes", "platelets", "grains", "fibres", Plättchen, lamelles,
	// korn, 鳞片, 粒): a constituent of the product's stone after one says
	// what the stone holds (constituent.go; #13, constituent35).
	ConstituentNouns []string `yaml:"constituent_nouns"`
	// RoughWords are the words of a stone's raw state, before it is cut
	// ("rough", "raw", "uncut", "surowe", "ακατέργαστοι", brut, خام, 原石):
	// crystals said to be rough are the mineral's as it is mined, not
	// stones of the piece (roughCrystal; #13, stones39).
	RoughWords []string `yaml:"rough_words"`
	// TreatmentCauseWords are the words of a treatment that changes a
	// stone's colour and of the state before it ("heating", "heated",
	// "irradiated", "before treatment", "untreated", "when mined",
	// varmebehandles, 加热, 原本): a colour in a sentence about the
	// material, with one in it or in the next sentence about the
	// material, is the colour of the untreated material, on a product
	// whose stone is treated (variety_colour.go; #13, facts40).
	TreatmentCauseWords []string `yaml:"treatment_cause_words"`
	// FillingWords are the words of filling a stone's fractures or
	// cavities ("filled", "filling", "gefüllt", "rempli*", 充填, 填充,
	// "doldurul*"): the filler a treatment puts into the product's stone
	// (canon treatment_fillings), named in a sentence with one, is the
	// treatment's material, not the piece's (treatment_filling.go; #13,
	// explain45).
	FillingWords []string `yaml:"filling_words"`
	// DiffusionWords are the words of heating a stone with a diffusion
	// agent or of the diffusion itself ("heated", "diffusion",
	// "opvarmes", "calienta", 加熱, 扩散): the agent a diffusion
	// treatment puts into the product's stone (canon treatment_agents),
	// named near one, is the treatment's (treatment_filling.go; #13,
	// contrast46).
	DiffusionWords []string `yaml:"diffusion_words"`
	// CoatingWords are the words of coating a stone's surface with a thin
	// film, or of the film itself ("coated", "coating", "layer",
	// "bedampft", "rivestimento", "laagje", "vrstvou", 鍍, 蒸着): the
	// material a stone's treatment names ("titanium-coated": titanium),
	// named near one, is the treatment's (treatment_filling.go; #13,
	// treat54).
	CoatingWords []string `yaml:"coating_words"`
	// AssemblyParts are the nouns and participles of an assembled stone's
	// layers ("cap", "dome", "layer", "backing", "capped", "calotte",
	// "cúpula", "Kappe", "kupoli", "قبة", キャップ, 顶盖): the component an
	// assembly treatment puts into the product's stone (canon
	// treatment_components), named beside one, is the assembly's
	// (assembled.go; #13, constituents47).
	AssemblyParts []string `yaml:"assembly_parts"`
	// OreWords are the words of winning a metal from its ore ("refined
	// from", "extracted from", "gewonnen aus", "extrait de", "utvinnes
	// fra", 提煉, 精錬, 추출, "ore"): a stone they name after a metal is
	// the metal's ore, not a stone of the piece (explained_stone.go
	// oreStone; #13, stones41).
	OreWords []string `yaml:"ore_words"`
	// NicknameWords are the words that give a stone a trade nickname
	// ("nicknamed", "sometimes called", "so-called", "surnommée",
	// "soprannominat*", 俗称) and NicknameDenials the words that say the
	// nickname's gem is another mineral ("a different mineral", "not
	// related", "un autre minéral"): a gem word inside a disowned nickname
	// is no stone of the piece (explained_stone.go nicknameStone; #13,
	// stones41).
	NicknameWords   []string `yaml:"nickname_words"`
	NicknameDenials []string `yaml:"nickname_denials"`
}

type stoneFamilyData struct {
	natureWords   wordList
	speciesWords  wordList
	replacement   wordList
	growthWords   wordList
	pieceNouns    wordList
	settingWords  wordList
	relation      wordList
	besidePiece   phrases
	imitation     wordList        // imitation_words (imitation.go)
	bothMarks     phrases         // both_marks (likeness.go)
	gradeWords    wordList        // grade_words (jadeGrade)
	story         wordList        // material_story_words (variety_colour.go)
	generic       wordList        // generic_words (colour_predicate.go)
	nameGloss     wordList        // name_gloss_words (explained.go)
	parts         wordList        // constituent_nouns (constituent.go)
	rough         wordList        // rough_words (roughCrystal)
	treatCause    wordList        // treatment_cause_words (variety_colour.go)
	filling       wordList        // filling_words (treatment_filling.go)
	diffusion     wordList        // diffusion_words (treatment_filling.go)
	coating       wordList        // coating_words (treatment_filling.go)
	assemblyParts wordList        // assembly_parts (assembled.go)
	oreWords      wordList        // ore_words (explained_stone.go)
	nickWords     wordList        // nickname_words (explained_stone.go)
	nickDenials   wordList        // nickname_denials (explained_stone.go)
	marks         map[string]bool // the prepositions the words of relation govern (lookalike.go)
}

// wordList is a list of phrases, of one-word prefixes ("word*") and of
// one-word suffixes ("*ending": a token longer than the ending that ends
// with it, as Turkish "-abilir" glued to a verb).
type wordList struct {
	ends     phrases
	prefixes []string
	suffixes []string
	// lasts is a 1 Kbit filter of the last words of ends (bit
	// utext.WordPos>>6 of each), made with the list: the contrast and
	// family rules ask a list at every token before a fact, and most
	// tokens end none of its phrases (#17, perf40). nil: ask ends.
	lasts *[16]uint64
}

func compileWordList(list []string) wordList {
	var w wordList
	var exact []string
	folded := func(s string) []string {
		var out []string
		for _, e := range expand(s) {
			if f := foldString(e); f != "" {
				out = append(out, f)
			}
		}
		return out
	}
	for _, s := range list {
		if p, ok := strings.CutSuffix(s, "*"); ok {
			w.prefixes = append(w.prefixes, folded(p)...)
			continue
		}
		if x, ok := strings.CutPrefix(s, "*"); ok {
			w.suffixes = append(w.suffixes, folded(x)...)
			continue
		}
		exact = append(exact, s)
	}
	w.ends = phraseSet(exact)
	w.lasts = new([16]uint64)
	for last := range w.ends.each() {
		q := wordPosOf(last) >> 6
		w.lasts[q>>6] |= 1 << (q & 63)
	}
	return w
}

// mayEnd reports whether a phrase of ends may end at token t: false only
// where ends.endsAt and ends.startOf find none.
func (w wordList) mayEnd(t *token) bool {
	if w.lasts == nil {
		return true
	}
	q := t.wordPos() >> 6
	return w.lasts[q>>6]&(1<<(q&63)) != 0
}

func (w wordList) empty() bool {
	return w.ends.size() == 0 && len(w.prefixes) == 0 && len(w.suffixes) == 0
}

// affixAt reports whether token k starts with a prefix or ends with a
// suffix of the list.
func (w wordList) affixAt(toks []token, k int) bool {
	t := toks[k].s
	for _, p := range w.prefixes {
		if strings.HasPrefix(t, p) {
			return true
		}
	}
	for _, x := range w.suffixes {
		if len(t) > len(x) && strings.HasSuffix(t, x) {
			return true
		}
	}
	return false
}

// at reports whether a word of the list ends at token k.
func (w wordList) at(toks []token, k int) bool {
	return w.affixAt(toks, k) || w.mayEnd(&toks[k]) && w.ends.endsAt(toks, k)
}

// span is the first token of the word of the list that ends at token k,
// or -1 when none does.
func (w wordList) span(toks []token, k int) int {
	if w.affixAt(toks, k) {
		return k
	}
	if !w.mayEnd(&toks[k]) {
		return -1
	}
	return w.ends.startOf(toks, k)
}

func compileStoneFamily(f stoneFamilyFile) stoneFamilyData {
	return stoneFamilyData{natureWords: compileWordList(f.StoneNatureWords), speciesWords: compileWordList(f.SpeciesWords), replacement: compileWordList(f.ReplacementWords), growthWords: compileWordList(f.CrystalGrowthWords),
		pieceNouns: compileWordList(f.PieceNouns), settingWords: compileWordList(f.SettingWords),
		relation: compileWordList(f.MaterialRelationWords), besidePiece: phraseSet(f.BesidePiece),
		imitation: compileWordList(f.ImitationWords), bothMarks: phraseSet(f.BothMarks), gradeWords: compileWordList(f.GradeWords),
		story: compileWordList(f.MaterialStoryWords), generic: compileWordList(f.GenericWords), nameGloss: compileWordList(f.NameGlossWords),
		rough: compileWordList(f.RoughWords), treatCause: compileWordList(f.TreatmentCauseWords), filling: compileWordList(f.FillingWords), diffusion: compileWordList(f.DiffusionWords), coating: compileWordList(f.CoatingWords), assemblyParts: compileWordList(f.AssemblyParts),
		parts: compileWordList(f.ConstituentNouns), oreWords: compileWordList(f.OreWords),
		nickWords: compileWordList(f.NicknameWords), nickDenials: compileWordList(f.NicknameDenials)}
}

// sentenceOf is the first and last token of the sentence of token i.
func (c *checker) sentenceOf(i int) (int, int) {
	s, e := i, i
	for s > 0 && !c.toks[s].sbrk {
		s--
	}
	for e+1 < len(c.toks) && !c.toks[e+1].sbrk {
		e++
	}
	return s, e
}

// sentenceHas reports whether a word of w stands in the sentence of token i.
func (c *checker) sentenceHas(w wordList, i int) bool {
	return c.sentenceWord(w, i, true)
}

// sentenceHolds reports whether a word of w stands in the sentence of
// token i, whatever follows it: unlike sentenceHas it reads no jade grade
// after the word, so the article after a verb ("a pirita substituiu a
// concha", "è tipico di", "typique de la") does not hide it.
func (c *checker) sentenceHolds(w wordList, i int) bool {
	return c.sentenceWord(w, i, false)
}

// sentenceWord is sentenceHas (skipGrade) and sentenceHolds.
func (c *checker) sentenceWord(w wordList, i int, skipGrade bool) bool {
	if w.empty() {
		return false
	}
	s, e := c.sentenceOf(i)
	for k := s; k <= e; k++ {
		if w.at(c.toks, k) && !(skipGrade && k < e && c.jadeGrade(k)) {
			return true
		}
	}
	return false
}

// jadeGrade reports whether token k is a word of grade_words followed, in
// its clause, by a capital letter of jade's treatment grades: Type A
// (untreated), B (bleached and polymer-impregnated), C (dyed) (GIA Gem
// Encyclopedia, "Jade"; CIBJO Gemstone Book): "Type A jadeite", "Typ A"
// name a grade, not what the stone is, so "A bangle of untreated Type A
// jadeite" on nephrite still blocks (#13, gemfamily25). Only that form is
// a grade: the lowercase article or conjunction after a nature word
// ("forms a crystal", "pertenece a", "se forma a", "vzniká a") is not
// (#13, jadegrade25).
func (c *checker) jadeGrade(k int) bool {
	if k+1 >= len(c.toks) || c.toks[k+1].brk || !c.lx.gradeWords.at(c.toks, k) {
		return false
	}
	t := c.toks[k+1]
	s := c.surface(t.start, t.end)
	return s == "A" || s == "B" || s == "C"
}

// familyStone reports whether the stone m is one the product's stone is
// made of or forms with (canon stone_families: the hawk's eye and tiger's
// eye of pietersite, the amethyst and citrine of ametrine, the quartz
// dumortierite grows in), named in a sentence that says what the stone is
// or how it formed (a word of stone_nature_words or crystal_growth_words:
// "It forms when fibrous hawk's eye and tiger's eye are broken and
// cemented", "Stenen bildas när fibrigt falköga och tigeröga bryts
// sönder", 常与石英一同形成). Such a stone is the stone's nature, not a
// stone set in the piece, so "set with a tiger's eye" on a pietersite
// pendant still blocks (#13, stonefamily25; the rare-material probe
// dev-probe25b). The stone's relatives include its mineral group and the
// group's other members (canon stone_groups: "Aquamarine is the sea-blue
// member of the beryl family, the same family as emerald"; #13,
// gemfamily25).
func (c *checker) familyStone(m match) bool {
	if m.negated || c.otherNamedInclusion(m) {
		return false
	}
	related := false
	for _, st := range c.facts.stoneInfo {
		for _, t := range st.types {
			for _, w := range c.cn.relatives(t) {
				related = related || contains(c.cn.closure(nil, w), m.f.value)
			}
		}
	}
	return related && !c.pieceSentence(m) && (c.joinedHas(c.lx.natureWords, m.ti) || c.sentenceHolds(c.lx.speciesWords, m.ti) || c.sentenceHolds(c.lx.replacement, m.ti) || c.sentenceHas(c.lx.growthWords, m.ti) || c.predicateOfOwnStone(m) || c.mineralClassing(m) || c.coMemberOfNamedGroup(m))
}

// joinedSentenceOf is the sentence of token i joined with the sentences a
// semicolon ties to it: "La nefrita es uno de los dos minerales que
// llamamos jade; el otro es la jadeíta", "Akvamarin er den blå varietet af
// beryl ...; smaragd er den grønne" say one thing in two halves (#13,
// probe26k).
func (c *checker) joinedSentenceOf(i int) (int, int) {
	s, e := c.sentenceOf(i)
	for s > 0 && c.semicolonBefore(s) {
		s, _ = c.sentenceOf(s - 1)
	}
	for e+1 < len(c.toks) && c.semicolonBefore(e+1) {
		_, e = c.sentenceOf(e + 1)
	}
	return s, e
}

// semicolonBefore reports whether a semicolon stands between token k and
// the token before it.
func (c *checker) semicolonBefore(k int) bool {
	if k == 0 || !c.toks[k].sbrk {
		return false
	}
	// The Greek semicolon is the ano teleia "·" (U+0387 or U+00B7).
	return strings.ContainsAny(c.surface(c.toks[k-1].end, c.toks[k].start), ";；··")
}

// joinedHas reports whether a word of w stands in the joined sentence of
// token i (joinedSentenceOf).
func (c *checker) joinedHas(w wordList, i int) bool {
	if w.empty() {
		return false
	}
	s, e := c.joinedSentenceOf(i)
	for k := s; k <= e; k++ {
		if w.at(c.toks, k) && !(k < e && c.jadeGrade(k)) {
			return true
		}
	}
	return false
}

// mineralClassing reports whether the relative stone m stands after one of
// the product's own stones in a sentence (joined over semicolons) that
// names a mineral noun and not the piece's category: the stone classed
// among minerals beside its relative ("La néphrite est l'un des deux
// minéraux appelés jade, l'autre étant la jadéite", "Nefryt to jeden z
// dwóch minerałów nazywanych żadem; drugim jest jadeit"; #13, probe26k).
// "The nephrite pendant is set with jadeite, a rare mineral" names the
// piece and still blocks.
func (c *checker) mineralClassing(m match) bool {
	if c.lx.mineralNouns.size() == 0 {
		return false
	}
	s, e := c.joinedSentenceOf(m.ti)
	own, noun := false, false
	for _, n := range c.ms {
		if n.ti < s || n.tj > e {
			continue
		}
		switch {
		case n.f.kind == kindCategory:
			return false
		case n.tj < m.ti && n.f.kind == kindStone && !n.negated && contains(c.facts.stones, n.f.value):
			own = true
		}
	}
	for k := s; k <= e && !noun; k++ {
		noun = c.wordEndsAt(c.lx.mineralNouns, k) >= 0
	}
	return own && noun
}

// predicateOfOwnStone reports whether the stone m stands after a copula
// whose subject, before it in the sentence, is one of the product's own
// stones or the stone noun: "Crazy lace agate is a banded chalcedony, a very
// fine-grained quartz", "L'agata crazy lace è un calcedonio a bande, un
// quarzo a grana finissima" (X is a Y). "The pendant is set with a
// pietersite and a tiger's eye" names the product's stone after the
// copula, not before it, and still blocks.
func (c *checker) predicateOfOwnStone(m match) bool {
	s, _ := c.sentenceOf(m.ti)
	cop := -1
	for k := m.ti - 1; k > s; k-- {
		if c.isCopula(k) {
			cop = k
			break
		}
	}
	if cop < 0 {
		return false
	}
	nounOnly := false
	for _, n := range c.ms {
		if n.ti >= s && n.tj < cop && !n.negated {
			if n.f.kind == kindStone && contains(c.facts.stones, n.f.value) {
				return true
			}
			nounOnly = nounOnly || n.f.kind == kindStoneNoun
		}
	}
	// The stone noun said to be a sibling of the piece's stone, the
	// copula and an article between ("La pierre de la bague est un
	// rubis", "the stone is a ruby" on a sapphire): the stone's identity,
	// not its nature; its species ("est un corindon") is implied and
	// passes before this (#13, open44b).
	if nounOnly && (c.identityPredicate(cop, m) || c.colonIdentity(m)) && c.siblingOfOwn(m.f.value) {
		return false
	}
	return nounOnly
}

// colonIdentity reports whether the stone m opens the clause after a
// colon, at most an article or a partitive before it, and ends it or is
// followed by a word of its treatment: the colon says what the predicate
// before it is made of ("Le pietre sono un'imitazione del lapislazzuli:
// agata tinta di blu", "an imitation of lapis lazuli: agate dyed blue"),
// the stone's identity (#13, treat57: probe 57C it-IT 57C02-2).
func (c *checker) colonIdentity(m match) bool {
	// k: the clause's first token, at most two articles or partitives
	// before the stone ("de l'agate")
	k := m.ti
	for k > 0 && !c.toks[k].brk && m.ti-k < 2 {
		k--
	}
	if !c.toks[k].brk || c.toks[k].sbrk || !c.colonBefore(k) {
		return false
	}
	for j := k; j < m.ti; j++ {
		s := c.toks[j].s
		if !(c.lx.determiners[s] || c.lx.indefinites.endsAt(c.toks, j) || c.lx.definites.endsAt(c.toks, j) || linkWords[s]) {
			return false
		}
	}
	return c.identityEnds(m)
}

// identityEnds reports whether the stone m ends its clause or is followed
// by a word of its treatment ("agata tinta di blu") or a relative pronoun
// ("agaat die blauw is geverfd").
func (c *checker) identityEnds(m match) bool {
	k := m.tj + 1
	return k >= len(c.toks) || c.toks[k].brk || c.treatmentWordStarts(k) || c.lx.relPronouns.spans(c.toks, k, k)
}

// colonBefore reports whether a colon stands between token k and the token
// before it.
func (c *checker) colonBefore(k int) bool {
	return k > 0 && strings.ContainsAny(c.surface(c.toks[k-1].end, c.toks[k].start), ":：")
}

// identityPredicate reports whether nothing but an article or
// determiner stands between the copula at cop and the stone m, and the
// stone ends its clause ("est un rubis.", "is a ruby.", "ist ein Rubin.",
// "to rubin.").
//
// Or the material the stone noun is made of: a link word of the head
// (head_links: "sono di", "zijn van", "sind aus", "jsou z") or a partitive
// ("de l'agate") with an article before the stone, and the stone ending its
// clause or followed by a word of its treatment or a relative pronoun
// (identityEnds: "agata tinta di blu", "agaat die blauw is geverfd"; "Le pietre
// sono agata tinta di blu" on a jasper: the stones are agate dyed, their
// identity; #13, treat57: probe 57C it-IT 57C02-2).
func (c *checker) identityPredicate(cop int, m match) bool {
	// The stone ends its clause: "is ruby's sibling", "est un rubis
	// proche" say something else of it.
	if m.ti > cop+3 || c.toks[m.ti].brk || !c.identityEnds(m) {
		return false
	}
	for k := cop + 1; k < m.ti; k++ {
		s := c.toks[k].s
		if c.toks[k].brk || !(c.lx.determiners[s] || c.lx.indefinites.endsAt(c.toks, k) || c.lx.definites.endsAt(c.toks, k) || c.lx.headLinks.hasWord(s) || linkWords[s]) {
			return false
		}
	}
	return true
}

// treatmentWordStarts reports whether a word of treatment_words (a
// treatment done: "tinta", "teinte", "gefärbt", "dyed") begins at token k
// in its clause.
func (c *checker) treatmentWordStarts(k int) bool {
	if k >= len(c.toks) || c.toks[k].brk {
		return false
	}
	for _, l := range c.lx.treatmentData.treatWords {
		for e := k; e < len(c.toks) && e <= k+2; e++ {
			if e > k && c.toks[e].brk {
				break
			}
			if l.words.span(c.toks, e) == k {
				return true
			}
		}
	}
	return false
}

// siblingOfOwn reports whether the stone v is a fellow member of a
// stone_groups entry with one of the product's stones (ruby beside
// sapphire in corundum), not its group nor a family member.
func (c *checker) siblingOfOwn(v string) bool {
	for _, st := range c.facts.stoneInfo {
		if len(st.types) == 0 {
			continue
		}
		t := st.types[0]
		for _, members := range c.cn.Groups {
			if t != v && contains(members, t) && contains(members, v) {
				return true
			}
		}
	}
	return false
}

// relativesColour reports whether the colour m is a relative's: its clause
// names a stone of the product's stone's family that the family rule reads
// as the stone's nature (familyStone) and none of the product's own stones
// ("L'aigue-marine est la variété bleue du béryl, dont l'émeraude est la
// variété verte", "la esmeralda es su variedad verde", "zieloną odmianą
// jest szmaragd", "smaragd er den grønne" on an aquamarine; #13, probe26k).
// "L'aigue-marine est la variété verte du béryl" names the piece's stone
// in the clause and still blocks.
func (c *checker) relativesColour(m match) bool {
	if m.f.kind != kindColour || m.negated {
		return false
	}
	s, e := m.ti, m.tj
	for s > 0 && !c.toks[s].brk {
		s--
	}
	for e+1 < len(c.toks) && !c.toks[e+1].brk {
		e++
	}
	rel, ok := c.familyStonesIn(s, e)
	if !ok {
		return false
	}
	if !rel && c.siblingSetApartBefore(s, m) {
		return true // "der onyks er svart og hvit" on sardonyx (family_count.go)
	}
	if !rel && c.clauseHasNoStone(s, e) {
		// A participle clause of the colour before its subject
		// ("Teinté de bleu par le fer, le même minéral devient
		// l'aigue-marine"; #13, imitate24): the sentence's stones tell,
		// if none is the product's own.
		rel, ok = c.familyStonesIn(c.sentenceOf(m.ti))
		return ok && rel
	}
	return rel
}

// familyStonesIn reports whether a stone of tokens s..e is of the
// product's stone's family (familyStone), and ok false where a stone noun
// or one of the product's own stones stands there.
func (c *checker) familyStonesIn(s, e int) (rel, ok bool) {
	for _, n := range c.ms {
		if n.ti < s || n.tj > e || n.f.kind != kindStone && n.f.kind != kindStoneNoun {
			continue
		}
		if n.f.kind == kindStoneNoun || contains(c.facts.stones, n.f.value) {
			return false, false
		}
		rel = rel || c.familyStone(n)
	}
	return rel, true
}

// clauseHasNoStone reports whether tokens s..e hold no stone or stone noun.
func (c *checker) clauseHasNoStone(s, e int) bool {
	for _, n := range c.ms {
		if n.ti >= s && n.tj <= e && (n.f.kind == kindStone || n.f.kind == kindStoneNoun) {
			return false
		}
	}
	return true
}

// colourInStoneName reports whether the colour m is a word of the name of
// one of the product's stones, right before or after a stone word naming
// that stone: "rainbow moonstone" (a trade name of colourless labradorite;
// GIA), "arc-en-ciel" after "pierre de lune", and any "<colour> <stone>"
// the product data give as the stone's type, whatever colour the stone is
// given (#13, probe26k: "rainbow" on a white rainbow moonstone blocked
// grounding.colour). A colour beside the stone that is no word of its
// type ("a green moonstone") is still compared.
func (c *checker) colourInStoneName(m match) bool {
	if m.f.kind != kindColour || m.negated {
		return false
	}
	for i, st := range c.p.Stones {
		words := strings.FieldsFunc(strings.ToLower(st.Type), func(r rune) bool { return r == ' ' || r == '-' || r == ',' })
		if len(words) < 2 || i >= len(c.facts.stoneInfo) || !contains(words, m.f.value) && !contains(words, strings.ToLower(c.surface(m.start, m.end))) {
			continue
		}
		for _, n := range c.ms {
			if n.f.kind != kindStone || !contains(c.facts.stoneInfo[i].types, n.f.value) {
				continue
			}
			if n.ti == m.tj+1 && !c.toks[n.ti].brk || m.ti == n.tj+1 && !c.toks[m.ti].brk {
				return true
			}
		}
	}
	return false
}

// pieceSentence reports whether the sentence of the stone m is about the
// piece rather than the stone's nature (#13, groups26): it holds a word
// that puts a stone on a piece (setting_words: "set with", "features",
// "adorned with", "besetzt", "sertie de", "engastada", "镶嵌", "あしらった",
// "세팅", "مرصع"), or its first noun is the piece (a category word, any
// piece's, or a word of piece_nouns: "This type of ring is set with an
// emerald", "Cette pièce, une variété de bague, porte une émeraude")
// before any stone or stone noun. English "form" and "type" and their
// kin are also words of a piece's shape and kind, so a nature word alone
// does not make such a sentence one of the stone's nature. "Aquamarine is
// the blue variety of beryl, the same family as emerald" opens with the
// stone and puts nothing on the piece.
func (c *checker) pieceSentence(m match) bool {
	if c.sentenceHas(c.lx.settingWords, m.ti) {
		return true
	}
	s, e := c.sentenceOf(m.ti)
	first := e + 1
	for _, n := range c.ms {
		if n.ti < s || n.ti > e || n.negated {
			continue
		}
		if n.f.kind == kindStone || n.f.kind == kindStoneNoun || n.f.kind == kindCategory {
			if n.ti < first {
				first = n.ti
			}
		}
	}
	if first > e {
		return false
	}
	for k := s; k < first; k++ {
		if !c.lx.pieceNouns.empty() && c.lx.pieceNouns.at(c.toks, k) {
			return true
		}
	}
	for _, n := range c.ms {
		if n.ti == first && n.f.kind == kindCategory {
			return true
		}
	}
	return false
}

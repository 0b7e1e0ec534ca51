package checks

import (
	"embed"
	"encoding/binary"
	"fmt"
	"io/fs"
	"math/bits"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/snowballstem"
	"github.com/blevesearch/snowballstem/arabic"
	"github.com/blevesearch/snowballstem/danish"
	"github.com/blevesearch/snowballstem/dutch"
	"github.com/blevesearch/snowballstem/english"
	"github.com/blevesearch/snowballstem/finnish"
	"github.com/blevesearch/snowballstem/french"
	"github.com/blevesearch/snowballstem/german"
	"github.com/blevesearch/snowballstem/italian"
	"github.com/blevesearch/snowballstem/norwegian"
	"github.com/blevesearch/snowballstem/portuguese"
	"github.com/blevesearch/snowballstem/spanish"
	"github.com/blevesearch/snowballstem/swedish"
	"github.com/blevesearch/snowballstem/turkish"
	"golang.org/x/text/unicode/norm"
	"gopkg.in/yaml.v3"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/embedpages"
	"github.com/copydesk/copydesk/internal/grounding"
	"github.com/copydesk/copydesk/internal/locales"
	utext "github.com/copydesk/copydesk/internal/text"
	"github.com/copydesk/copydesk/internal/text/segment"
)

// Concepts are claims and other meanings the checker recognises in any
// wording: each has forms per language, a category, a level and the
// evidence (product fields) that licenses it. They are data, one folder
// per language: data/<lang>/concepts.yaml (see data/README.md).
//
//go:embed data
var dataFS embed.FS

// readData is dataFS.ReadFile(name): a copy of the embedded file, whose
// pages in the binary are released once copied (embedpages), as nothing
// reads them again (#17, perf51: a 25-locale worker reads ~7 MB of this
// YAML once, to hash and decode it).
func readData(name string) ([]byte, error) {
	b, err := dataFS.ReadFile(name)
	if err == nil {
		embedpages.ReleaseFile(&dataFS, name)
	}
	return b, err
}

// conceptFile is the shape of data/<lang>/concepts.yaml.
type conceptFile struct {
	Concepts []conceptDef `yaml:"concepts"`
}

type conceptDef struct {
	ID       string `yaml:"id"`
	Category string `yaml:"category"`
	// Also lists further categories the same words are reported under,
	// where the rules make them both: a generic environmental claim is a
	// claim the product's data must support and a regulated one (EU
	// 2024/825), so it is reported as regulatory and as claim.
	Also     []string            `yaml:"also"`
	Level    string              `yaml:"level"`
	Message  string              `yaml:"message"`
	Evidence map[string][]string `yaml:"evidence"`
	// WeakEvidence licenses the concept's forms except an absolute one:
	// a "tarnish-resistant" feature supports "resists tarnish", not "will
	// never tarnish" (resistance is no guarantee; UK CAP Code 3.7 and EU
	// Directive 2005/29/EC art. 6: a claim must not exaggerate what the
	// evidence shows), and so does a steel, titanium or platinum surface
	// (tarnish_proof's weak surface evidence).
	WeakEvidence map[string][]string `yaml:"weak_evidence"`
	// HedgeEvidence licenses a hedged match only (one with a Hedge word):
	// the product's own rhodium, platinum or ruthenium plating or its
	// lacquer ("plating": a metal's plating or the plating part of a
	// material, as hasEvidence reads it) supports "slows the natural
	// darkening of silver", "retarda o escurecimento", "helps the silver
	// resist tarnish", not "will not tarnish" or "never tarnishes": a
	// plating slows tarnish and wears, so a claim of no tarnish at all
	// still needs the product's feature (UK CAP Code 3.7, EU Directive
	// 2005/29/EC art. 6; #13, tarnish54: probe 54D).
	HedgeEvidence map[string][]string `yaml:"hedge_evidence"`
	// Hedge (same syntax as unless, matched as written) are the words of a
	// hedged claim: slowing, delaying, reducing, helping (slows, delays,
	// reduces, helps, ralentit, retarda, verlangsamt, spowalnia,
	// καθυστερεί, yavaşlatır, 減緩, 遅らせ, 늦춰). A match holding one, or
	// with one in the hedgeReach words either side of it in its sentence
	// ("helps the silver resist tarnish", "kararmasını yavaşlatır"), that
	// negates nothing itself and has no absolute word or forever phrase
	// near it, is hedged (see HedgeEvidence).
	Hedge []string `yaml:"hedge"`
	// HedgeDegree (same syntax as hedge) are the adverbs of degree that
	// hedge a negated statement of the concept: "does not lose its lustre
	// easily", "ne perd pas facilement son éclat", "nie traci łatwo
	// blasku", "不会轻易失去光泽". A match (one that negates itself too) with one in
	// the hedgeReach words either side of it, and no absolute word or
	// forever phrase near it, is hedged as a Hedge match is (HedgeEvidence
	// licenses it; #13, left66). "Never loses its lustre" holds none.
	HedgeDegree []string `yaml:"hedge_degree"`
	// Absolute lists the words (same syntax as unless, matched as
	// written) that make a match of the concept absolute: never, forever,
	// completely, a negation of the change ("won't tarnish").
	Absolute []string `yaml:"absolute"`
	// Forever lists the phrases (form syntax) of a duration without end: "forever", "para siempre",
	// "إلى الأبد", 永远. Care advice excuses a claim it gives a purpose
	// ("store it dry to keep its shine") but not one said forever ("to
	// keep its shine forever"): no care makes a finish last for ever
	// (#13, carepurpose34).
	Forever []string `yaml:"forever"`
	// Source cites the rule behind a concept (a regulation, a code).
	Source string   `yaml:"source"`
	Forms  []string `yaml:"forms"`
	// Unless lists words (same syntax as a form's words) that, anywhere in
	// the sentence and not negated, make a match harmless: care advice
	// ("polish it to keep its shine for years") is no tarnish claim. An
	// unless word is matched as written (folded), never by its stem:
	// "polir" excuses "polir" only, not "poli" (polished), which describes
	// the piece; a prefix (word*) and ^ keep their sense, so write the
	// advice forms (imperatives, infinitives, care nouns), not a prefix
	// that also takes participles and adjectives (es "pul*" took
	// "pulida" and "pulsera"). An entry of more than one word is a phrase
	// (form syntax, stemmed unless written =): the separable removal
	// verbs "take ... off", "tag ... af", "ta ... av" excuse a water claim
	// as "remove" does, read as sentenceHasPhrase reads them (#13,
	// claims40).
	Unless []string `yaml:"unless"`
	// Coating lists the words (same syntax as unless, matched as written)
	// of a plating or coating: a sentence naming one beside a match
	// explains a colour as the alloy's own, not a layer ("the colour runs
	// through the metal and is not a plating, so it does not fade", "non è
	// un rivestimento: per questo non sbiadisce", "도금이 아니라 ...
	// 벗겨지지 않습니다"). On a product whose every metal is unplated karat
	// gold of 14k or finer (solidKaratGoldOnly), or unplated platinum or
	// palladium (whitePlatinumGroupOnly: "naturally white, so it needs no
	// rhodium plating to keep its colour"; #13, care43), that is true of the
	// metal and no claim the features must license; on a plated piece,
	// silver or low-karat gold it stays the claim (#13, claims40).
	Coating []string `yaml:"coating"`
	// Base (same syntax as unless, matched as written) names a body metal
	// and the passive film it grows of itself (steel, chromium, titanium,
	// oxide): a match whose subject, read back from it as otherSubject
	// reads (a Base word deciding before a subject word), is one of them
	// speaks of the metal under any plating ("underneath, the chromium in
	// the steel forms its own protective layer against corrosion", "Sama
	// stal zawiera chrom, który chroni ją przed korozją"). On a product
	// one of whose metals has a BaseEvidence material as its base
	// (stainless steel, titanium: their chromium or titanium oxide film is
	// what keeps them from corroding), plated or not, that is true said
	// plainly, as weak evidence is: an absolute word or a forever phrase
	// keeps the claim, and a plating read back as the subject stays it
	// (#13, claims41).
	Base         []string            `yaml:"base"`
	BaseEvidence map[string][]string `yaml:"base_evidence"`
	// Compare (same syntax as unless) are the comparative words (longer,
	// better, thicker, καλύτερα, أطول): a match with one in it, in the two
	// words before it or the four after it, in a sentence naming a Coating
	// word, sets the finish against a plating ("many times thicker than a
	// plain gold plating, so it withstands wear better", "يدوم لونه ...
	// أطول بكثير من القطع المطلية"). On a gold-filled or rolled gold piece,
	// whose karat gold layer is bonded and thick (FTC 16 CFR 23.5: at least
	// 1/20 of the metal's weight), that is the trade's account of the
	// material, not a promise; said absolutely or forever it stays the
	// claim, and on a plated piece it is the claim (#13, claims41).
	Compare []string `yaml:"compare"`
	// Graded (same syntax as unless, matched as written) are the degree
	// words of a comparative (more, less, slower, better, mehr, weniger,
	// langsamer, plus, moins, mieux, più, meno, πιο, daha, 更, 더) and Than
	// the words that bring in its standard (than, als, que, di, dan, än,
	// kuin, niż, než, από, göre, من, より, 比; Korean 보다 as the end of
	// its word). A match graded by a Graded word (in it, in the two words
	// before it or the compareReach words after it) and set against a
	// standard by a Than word within thanReach words of it, in its
	// sentence, compares the piece's metal or finish with another ("so it
	// tarnishes more slowly than traditional sterling silver",
	// "standart sterling gümüşe göre daha yavaş kararır", 比传统925银更不易
	// 变色): a comparative, no promise that it will not tarnish or wear.
	// An absolute word or a forever phrase keeps the claim ("never
	// tarnishes, unlike sterling"; #13, claims47).
	Graded []string `yaml:"graded"`
	Than   []string `yaml:"than"`
	// Noble (same syntax as unless, matched as written) are the nouns of
	// the metals that do not tarnish or corrode of themselves (platinum,
	// tantalum, niobium, Platin, tantale, 钽, 백금; not gold, read as the
	// piece's alloy in "Das Gold läuft nicht an") and NobleKeep the
	// words of the piece, its finish or its owner (this, our, ring, chain,
	// plating, dieser, unser, Kette, 这, 我们). A match whose subject, read
	// back to its sentence's start, is a noble word before any keep word,
	// with no keep word in the three words before that noun, speaks of the
	// metal in general ("Tantalum is among the most corrosion-resistant
	// metals", "Tantal gehört zu den korrosionsbeständigsten Metallen",
	// "Platinum does not corrode", "known for its resistance to
	// corrosion"): no promise about the piece. An absolute word, a forever
	// phrase, a coating named as the piece's or a plated piece keep the
	// claim (#13, corrosion48).
	Noble     []string `yaml:"noble"`
	NobleKeep []string `yaml:"noble_keep"`
	// CareNouns (same syntax as unless, matched as written) are the nouns
	// and verbs of care (care, cleaning, polishing, maintenance, Pflege,
	// entretien, お手入れ, 保养). A match that holds one denies the piece a
	// need for care ("needs no special care", "ne demande aucun soin");
	// on a piece whose every metal is unplated karat gold of 14k or more
	// or unplated platinum or palladium, metals that do not tarnish, that
	// is true said plainly: no promise the metal will not tarnish. An
	// absolute word or a forever phrase keeps the claim (#13, claims52:
	// probe 52C en-US 52C103, fr-CA 52C102).
	CareNouns []string `yaml:"care_nouns"`
	// CareOthers (same syntax as unless, matched as written) are the nouns
	// of a stone's treatment (treatment, dyeing, Behandlung, traitement,
	// behandling, المعالجة, 処理, 처리, 处理). A match that holds a CareNouns
	// word and whose subject, read back from it as otherSubject reads, is
	// one of them, on a product with a treated stone (treatedStone), says
	// the treatment needs no care ("Farvningen er en gammel og stabil
	// behandling, som ikke kræver særlig pleje", "والمعالجة ثابتة لا تحتاج
	// إلى عناية خاصة"): that is the disclosure of a treatment and its
	// permanence (FTC 16 CFR 23.22), no promise that the metal will not
	// tarnish. An absolute word or a forever phrase keeps the claim, and
	// so does a subject word before the treatment noun (#13, fbrule68:
	// probe 68D ar-AE 68D02-3, da-DK 68D01-1; concepts_care_treated68.go).
	CareOthers []string `yaml:"care_others"`
	// StoneColour (same syntax as unless, matched as written) are the
	// nouns of colour (colour, hue, tone, Farbe, farge, kolor, 顏色): a
	// match holding one or with one in the two words before it, on a
	// product with a stone, in a sentence that names no Subjects word
	// and names an OtherSubjects word or a stone (or whose sentence
	// before does and names no Subjects word), is the stone's colour said
	// to last, its heating or irradiation stable ("Die Farbe bleibt
	// dauerhaft, und mit der Härte von Quarz sind die Steine gut für den
	// Alltag geeignet"): no promise the metal will not tarnish. An
	// absolute word ("dauerhaft", permanent) says the treatment is
	// stable; a forever phrase keeps the claim, and so does a metal, a
	// plating, a finish or the piece named in the sentence (#13,
	// claims53; concepts_stonecolour.go).
	StoneColour []string `yaml:"stone_colour"`
	// DarkFinish (same syntax as unless, matched as written) are the words
	// of a dark or matte finish (dark, black, matte, oxidised, blackened,
	// mørk, mat, sort, 黒, 검은, 黑): a match holding one that keeps or
	// holds the colour (no negation of its own), on a piece whose finish is
	// darkened by design (an oxidised, blackened or patinated finish in its
	// features, materials or metals: darkenedFinish), says the designed
	// patina is there ("mens pladen bevarer sin dybe, matte farve", while
	// the face keeps its deep, matte colour as the edges are polished),
	// which is no promise that the metal will not tarnish: tarnish is the
	// darkening such a finish makes on purpose. An absolute word or a
	// forever phrase keeps the claim, since a patina wears and is no
	// lasting finish (#13, care67).
	DarkFinish []string `yaml:"dark_finish"`
	// GoldOwners (same syntax as unless, matched as written) are gold
	// named as the owner of a colour: its genitive or possessive (tr
	// "altının", fi "kullan", de "Goldes", el "χρυσού", pl "złota", sv
	// "guldets", ko "금의") or, after "of", the noun ("colour of gold",
	// "color del oro", "couleur de l'or"). A match with one in it or within
	// goldOwnerReach words after it (not before: "the gold ring keeps its
	// colour" is the claim said of the piece), on a product whose every metal is
	// unplated karat gold of 14k or finer (solidKaratGoldOnly), keeps the
	// colour of gold, which is the alloy's through and through (FTC 16 CFR
	// 23.4: a karat mark is the fineness of the whole metal), as the
	// Coating words' sentences say of it: no promise about a finish. An
	// absolute word or a forever phrase keeps the claim (#13, miss60: probe
	// 59D tr-TR 59D01-1 "yüzük hem altının sıcak rengini korur").
	GoldOwners []string `yaml:"gold_owners"`
	// GoldGenitives are GoldOwners words that only name an owner (a
	// genitive: tr "altının", fi "kullan", de "Goldes"), read within
	// goldOwnerReach words before the match as well ("altının sıcak rengini
	// korur": the colour noun follows its owner).
	GoldGenitives []string `yaml:"gold_genitives"`
	// Homographs are words written with their diacritics (lower case)
	// that fold onto a word of the concept's forms but are other words:
	// Czech "slévá" (is alloyed, poured) folds to "sleva" (discount),
	// Italian "scontò" (served, paid off) to "sconto". The forms match
	// folded; a match holding one of these words, as the copy writes it,
	// is none (#13, claims52: released 52A cs-CZ 52A104). A word of the
	// sentence written as one of these is no `with` word either: Danish,
	// Norwegian and Swedish "både" (both) folds to "bade", which "bad*"
	// (bath, bathe) takes (#13, with_homograph66; withSaid).
	Homographs []string `yaml:"homographs"`
	// With lists words (same syntax as unless) one of which must stand in
	// the sentence, not negated, for a form of the concept to count: a
	// claim made by context ("you never need to take it off" promises
	// water resistance beside shower, swim or sea, and is a compliment
	// without them). A concept without with words needs no context.
	With []string `yaml:"with"`
	// Subjects and OtherSubjects (same syntax as unless) decide whom a
	// match speaks of by the subject noun phrase before it: reading back
	// from the match to its sentence's start, the nearest word of either
	// list decides, and a match whose nearest is an other subject is no
	// claim of the concept ("the treatment hardens the stone and keeps
	// its colour" speaks of a stone, not of the metal's finish that
	// tarnish_proof concerns; FTC 16 CFR 23.22 requires a stone's
	// treatment disclosed, and its effect said of the stone is that
	// disclosure). A subject word inside the match or right after it (a
	// head-final relative clause: Turkish "rengini koruyan gümüş",
	// Japanese "色あせないシルバー") keeps the match the subject's.
	Subjects      []string `yaml:"subjects"`
	OtherSubjects []string `yaml:"other_subjects"`
	// NearOthers (same syntax as unless) are other subjects that decide
	// only when they govern the match: read back from it over nothing but
	// stop words ("a design that never fades", "ein Design, das nie
	// verblasst", "بتصميم لا يبهت") or, in a head-final language, right
	// after it over stop words ("色あせないデザイン", "永不褪色的设计"). A
	// noun between ("a design whose colour won't fade") leaves the match
	// to the subjects and other subjects (#13, figure39).
	NearOthers []string `yaml:"near_others"`
	// HeadOwners (same syntax as unless) are the nouns of the piece's
	// make other than its finish (core, body, structure, frame: "a durable
	// core", "قلب متين", "un núcleo resistente") whose attribute a pair's
	// head is when it stands right beside one, on the side the language
	// puts an adjective's noun (after it in English, German, ...; before it
	// in Arabic and the Romance languages: nounFirst): "a warm gold colour
	// with a durable core", "بلون الذهب وقلب متين" (gold-coloured, with a
	// sturdy core) praise the core's strength beside the colour, no promise
	// that the finish lasts (#13, left61: probe 60D ar-AE 60D01-2).
	HeadOwners []string `yaml:"head_owners"`
	// WarnMay (same syntax as unless, matched as written) are the words of
	// possibility (can, may, può, kann, peut, μπορεί, قد): a care line
	// whose match ends in the fading or tarnishing verb with one of them
	// right before it ("keep it away from strong sunlight, which can fade
	// its colour", "eviti l'esposizione al sole, che può sbiadirne i
	// colori") warns that the piece can fade and promises nothing (#13,
	// care43; concepts.go careWarning).
	WarnMay []string `yaml:"warn_may"`
	// Lasting (one word each, as written) are the verbs of lasting a
	// pair's head may be, and LastingOthers the gift and memory nouns
	// whose lasting is no finish's: a match that opens on a Lasting word
	// governed by a LastingOthers word (read back as near_others read)
	// and whose other half stands past a comma ("إنها هدية لها تدوم
	// طويلًا، والنتيجة بريق ناعم", a gift that lasts, and the result is a
	// soft shine) joins two clauses, no claim (#13, care43).
	Lasting       []string `yaml:"lasting"`
	LastingOthers []string `yaml:"lasting_others"`
	// LastingToo (form syntax) are the links that carry a gift's lasting
	// over to the piece's look: right after the comma of a lasting gift's
	// match ("A gift that lasts, just like its colour", "and so does the
	// gold plating", "tout comme son placage", "genau wie die
	// Vergoldung") or right after its match ("its gold colour too",
	// "colour and all"); LastingStay (one word each, as written) are the
	// verbs of staying a relative word right after the match ties to the
	// look ("with a colour that stays"). Such a half is the claim, not a
	// second clause (#13, regress43, open44a).
	LastingToo  []string `yaml:"lasting_too"`
	LastingStay []string `yaml:"lasting_stay"`
	// Idioms are phrases (form syntax) that hold a form's words in another
	// sense: a match that lies wholly inside a match of one is no match
	// of the concept. A gift "qui n'a pas de prix", "não tem preço",
	// "unbezahlbar" is priceless, not priced (#13, thirteenth blind set:
	// fr "n'a pas de prix" and pt "não tem preço" blocked as an offer).
	Idioms []string `yaml:"idioms"`
	// IdiomPairs write idioms as two halves, heads and objects, each head
	// with each object in both orders with up to Gap words between inside
	// one clause, as Pairs do for forms: a warning that the piece is not
	// for allergic wearers is a negated or discouraging suitability (heads:
	// "not suitable", "déconseillé", "nicht geeignet", "uygun değil", 不宜)
	// with the allergy it names (objects), and no hypoallergenic claim
	// (#13, probe17d: "no apto para personas alérgicas al níquel").
	IdiomPairs []conceptPair `yaml:"idiom_pairs"`
	// WarnIf and WarnThen (form phrases, merged by id like idioms) make a
	// symptom named in a warning no claim: a match of a form of negative
	// sense ("~ itch*", "~ =rash": a symptom the claim denies) that is not
	// negated, in a sentence that holds a condition (WarnIf: "if",
	// "should", "in case of", "bei", "en cas de", "jos", "如", "場合",
	// "경우") and an instruction not negated (WarnThen: remove, take off,
	// stop wearing, consult a doctor), tells the wearer what to do if a
	// reaction happens ("If your skin gets red or itchy, take them off",
	// "Bei Rötungen oder Juckreiz bitte abnehmen", 如出现皮疹，请停止佩戴):
	// care and safety advice, no claim that the piece suits sensitive
	// skin (EU Directive 2005/29/EC art. 6 and 12, UK CAP Code 3.7 concern
	// claims). A negated symptom ("no itching or redness", "kein Juckreiz")
	// or an instruction negated ("no need to take them off") stays the
	// claim (#13, symptomwarn35; see symptomWarning).
	WarnIf   []string `yaml:"warn_if"`
	WarnThen []string `yaml:"warn_then"`
	// WarnBack (form phrases, merged by id) refer an instruction back to
	// the sentence before it ("if so", "in that case", "dann", "dans ce
	// cas", "i så fall", "bu durumda", "その場合", "이 경우", 这种情况下):
	// a symptom not negated, then in the next sentence one of these and
	// an instruction not negated, is the warning split in two ("Some
	// people may notice redness. If so, remove the earrings"); an
	// instruction that does not refer back ("Remove them before
	// swimming") excuses nothing (#13, symptom36; see symptomWarning).
	WarnBack []string `yaml:"warn_back"`
	// Pairs write a claim as its two halves, a predicate (heads: a
	// prevention or remedy verb, a negation) and what it acts on
	// (objects: the darkening prevented, the ailment relieved), once
	// each instead of every combination: each head with each object is a
	// form, in both orders (verb-final and verb-second clauses put the
	// verb last: "soll gegen Müdigkeit helfen", "verkleurt niet"), with up
	// to Gap words between (gapMax when 0) inside one clause (a gap never
	// crosses ; : ( ) — or a sentence end). A head or object is a form
	// phrase ("protect* against", "=won t"); "~ word" marks a word of
	// negative sense as in forms (#13, claims in other words).
	Pairs []conceptPair `yaml:"pairs"`
}

// conceptPair is one pairs entry of a concept (see conceptDef.Pairs).
type conceptPair struct {
	Heads   []string `yaml:"heads"`
	Objects []string `yaml:"objects"`
	Gap     int      `yaml:"gap"`
}

// maxPairGap bounds a pair's gap: a predicate and its object further apart
// than this are not read as one claim.
const maxPairGap = 8

// A form token is matched by its stem, exactly (=word), by prefix (word*),
// at the start of a sentence (^word), or is a gap (... up to gapMax words).
//
// A token is a uint32: the index of its fields (tokData, read as t.d().s,
// t.d().exact, ...) in the process's one table of distinct tokens
// (tokTable), shared by every form and every set holding the same token:
// a language's 16,000-65,000 tokens are 1,000-1,600 distinct ones, so a
// token in a form is 4 bytes (#17, perf48), and an array of tokens holds
// no pointer, so the collector does not mark through the 820,000 tokens
// of 25 packs' concept sets on every cycle (#17, perf61; perf60's cut
// without unsafe). The fields are never written once the token is made
// (newTok).
type formTok uint32

// tokData is a form token's fields (formTok).
type tokData struct {
	s     string
	exact bool
	pref  bool
	start bool
	gap   bool
	any   bool // "*": any one word
	// clause keeps a pair's gap inside one clause; n is a gap's most
	// words (gapMax for "...", at most maxPairGap).
	clause bool
	n      uint8
}

// tokTable is every distinct token's fields, in chunks of tokChunk that
// never move once made: newTok writes a token's fields, and its chunk's
// pointer when it is the chunk's first, before any form holding the
// token can reach another goroutine (a set is published by its sync.Once
// or mutex), and nothing writes them again, so d reads them without a
// lock. Tokens are never freed: they are the distinct words of the
// concept data, the guides' concept_forms and the market and pearl
// phrases, a few tens of thousands a process.
var tokTable struct {
	mu     sync.Mutex
	ids    map[tokData]formTok
	n      int
	chunks [tokChunks]*[tokChunk]tokData
}

const (
	tokChunkBits = 12
	tokChunk     = 1 << tokChunkBits
	tokChunks    = 1 << 10 // at most 4M distinct tokens a process
)

// newTok returns the token of the fields d, making it the first time.
func newTok(d tokData) formTok {
	tokTable.mu.Lock()
	defer tokTable.mu.Unlock()
	if t, ok := tokTable.ids[d]; ok {
		return t
	}
	if tokTable.ids == nil {
		tokTable.ids = map[tokData]formTok{}
	}
	n := tokTable.n
	c := n >> tokChunkBits
	if c >= tokChunks {
		panic("checks: more than 4M distinct concept tokens")
	}
	if tokTable.chunks[c] == nil {
		tokTable.chunks[c] = new([tokChunk]tokData)
	}
	tokTable.chunks[c][n&(tokChunk-1)] = d
	t := formTok(n)
	tokTable.ids[d] = t
	tokTable.n++
	return t
}

// d is the token's fields.
func (t formTok) d() *tokData {
	return &tokTable.chunks[t>>tokChunkBits][t&(tokChunk-1)]
}

const gapMax = 3

// gapTok is "...", anyTok "*".
var gapTok, anyTok = newTok(tokData{gap: true, n: gapMax}), newTok(tokData{any: true})

type conceptForm struct {
	// off and n are the form's tokens in its set's token array
	// (conceptSet.formToks): a form holds no pointer (#17, perf61).
	off     uint32
	concept int32
	n       uint16
	negates bool // the form holds a negation itself ("won't tarnish")
	// next says how the form's second token (or its third, after a gap:
	// see nextN) matches a word (nextStem: by stem or as written,
	// nextExact: as written, nextPrefix: by prefix; nextAny: anything
	// else or no second token) and nextS is that token's string:
	// eachConcept drops, without matching the form, a candidate whose
	// second (or third) token cannot match.
	next uint8
	// nextN is how many words after the first may hold the token nextS
	// is: 1 when it is the form's second token, and a gap's most words
	// plus one when the second token is a gap and the third a word ("never
	// ... tarnish": "tarnish" within the gap's words after "never"); no
	// word of the sentence there matching nextS drops the candidate as
	// surely as matchForm would.
	nextN uint8
	// nextI is the index in the form's tokens of the token nextS is (0:
	// none): a form is 16 bytes, not 56 (#17, perf48, perf61).
	nextI uint8
}

// nextS is the string of the form f's token that next and nextN are of,
// "" for none.
func (cs *conceptSet) nextS(f *conceptForm) string {
	if f.nextI == 0 {
		return ""
	}
	return cs.toks[f.off+uint32(f.nextI)].d().s
}

// formToks is the tokens of the form f of cs.
func (cs *conceptSet) formToks(f *conceptForm) []formTok {
	return cs.toks[f.off : f.off+uint32(f.n) : f.off+uint32(f.n)]
}

// How a form's second token matches (conceptForm.next).
const (
	nextAny uint8 = iota
	nextStem
	nextExact
	nextPrefix
)

// nextOf is conceptForm.next, nextN and nextI for a form's tokens: its
// second token, or the third after a gap (see nextN).
func nextOf(toks []formTok) (uint8, uint8, uint8) {
	if len(toks) < 2 {
		return nextAny, 0, 0
	}
	i, n := 1, uint8(1)
	if toks[1].d().gap && len(toks) > 2 {
		// a list's members may stand in the gap too (listGapMax)
		i, n = 2, max(toks[1].d().n, listGapMax)+1
	}
	switch t := toks[i]; {
	case t.d().gap || t.d().any:
		return nextAny, 0, 0
	case t.d().pref:
		return nextPrefix, n, uint8(i)
	case t.d().exact:
		return nextExact, n, uint8(i)
	default:
		return nextStem, n, uint8(i)
	}
}

// conceptSet is the compiled concepts of one language.
type conceptSet struct {
	lang     string
	unless   [][]formTok   // by concept
	unlessPh [][][]formTok // by concept: unless entries of more than one word (sentenceHasPhrase)
	coating  [][]formTok   // by concept: coating words (conceptDef.Coating)
	base     [][]formTok   // by concept: body metal words (conceptDef.Base)
	compare  [][]formTok   // by concept: comparative words (conceptDef.Compare)
	graded   [][]formTok   // by concept: degree words of a comparative (conceptDef.Graded)
	than     [][]formTok   // by concept: words bringing in a comparative's standard (conceptDef.Than)
	with     [][]formTok   // by concept: context words, one of which must be in the sentence
	absolute [][]formTok   // by concept: words that make a match absolute (conceptDef.Absolute)
	forever  [][][]formTok // by concept: durations no care advice excuses (conceptDef.Forever)
	subjects [][]formTok   // by concept: the concept's subject nouns (conceptDef.Subjects)
	others   [][]formTok   // by concept: other subjects (conceptDef.OtherSubjects)
	near     [][]formTok   // by concept: other subjects that govern the match (conceptDef.NearOthers)
	headOwn  [][]formTok   // by concept: nouns a pair's head beside one describes (conceptDef.HeadOwners)
	warnMay  [][]formTok   // by concept: words of possibility (conceptDef.WarnMay)
	lasting  [][]formTok   // by concept: verbs of lasting (conceptDef.Lasting)
	lastOth  [][]formTok   // by concept: gifts and memories that last (conceptDef.LastingOthers)
	lastToo  [][][]formTok // by concept: links carrying the lasting to the look (conceptDef.LastingToo)
	lastStay [][]formTok   // by concept: verbs of staying (conceptDef.LastingStay)
	noble    [][]formTok   // by concept: metals that do not tarnish of themselves (conceptDef.Noble)
	nobKeep  [][]formTok   // by concept: words of the piece, its finish or its owner (conceptDef.NobleKeep)
	care     [][]formTok   // by concept: nouns and verbs of care (conceptDef.CareNouns)
	careOth  [][]formTok   // by concept: nouns of a stone's treatment (conceptDef.CareOthers)
	stoneCol [][]formTok   // by concept: nouns of colour (conceptDef.StoneColour)
	dark     [][]formTok   // by concept: words of a dark or matte finish (conceptDef.DarkFinish)
	hedge    [][]formTok   // by concept: words of a hedged claim (conceptDef.Hedge)
	hedgeDeg [][]formTok   // by concept: adverbs of degree of a hedged negated claim (conceptDef.HedgeDegree)
	owners   [][]formTok   // by concept: gold named as a colour's owner (conceptDef.GoldOwners)
	genitive [][]formTok   // by concept: gold's genitives (conceptDef.GoldGenitives)
	idioms   [][][]formTok // by concept: phrases that hold its words in another sense (conceptDef.Idioms)
	warnIf   [][][]formTok // by concept: a warning's conditions (conceptDef.WarnIf)
	warnThen [][][]formTok // by concept: a warning's instructions (conceptDef.WarnThen)
	warnBack [][][]formTok // by concept: an instruction's reference to the sentence before (conceptDef.WarnBack)
	defs     []conceptDef
	// byFirst is the forms (ids: int32, as wordEntry keeps them) by their
	// first token's stem (or exact word).
	byFirst map[string][]int32
	// prefixByByte indexes the forms whose first token is a prefix by its
	// first byte (a prefix form is tried only on words that start like
	// it); prefixes of "" are under 0.
	prefixByByte [256][]int32
	forms        []conceptForm
	// toks holds every form's tokens (conceptForm.off, n); in a decoded
	// set also those of the word lists above, which are slices of it.
	toks []formTok

	// vocab is every stem or exact word of the set's forms, unless and
	// with words, and prefixes its prefix words: the words a clitic-bare
	// Arabic word (bareArabic) may be read as.
	vocab    map[string]bool
	vocabPre []string

	// words caches, per folded word of copy, its stem and the forms that
	// can start at it (see lookupWords): one map lookup a token instead of
	// a stem cache, two first-token maps and a scan of the prefix forms.
	wordsMu sync.RWMutex
	words   map[string]wordEntry

	// compiled holds, while the set is built, every form already added
	// (formKey: concept, negation and tokens): forms that stem alike
	// ("stone of", "stones of") or that two pairs both write are kept
	// once, so a word of copy tries each form once (#13, health7).
	compiled map[string]bool
	// gate is, by form id, each form's next, nextN and the wordSig of its
	// nextS, built once on first use (gates): eachConcept asks it before
	// cs.forms, so the many candidates whose next word cannot match are
	// dropped from one dense 8-byte array, without reading the form or
	// its string (#17).
	gateOnce sync.Once
	gate     []formGate
	// phrases and rawWords memoise, while the set is built, compileForm
	// by phrase and the tokens of one form word: the pairs' heads and
	// objects and the forms' words repeat across concepts (compiling a
	// language's data was a tenth of a 1,000-text check process).
	phrases  map[string]compiledPhrase
	rawWords map[string]rawWordToks
	keyBuf   []byte
}

// compiledPhrase is compileForm's result for one phrase.
type compiledPhrase struct {
	toks []formTok
	neg  bool
	err  error
}

// rawWordToks is what one whitespace-separated form word compiles to:
// its tokens and whether one of its words negates by itself.
type rawWordToks struct {
	toks []formTok
	neg  bool
}

// formKey appends the key identifying a compiled form while its set is
// built (concept, negation, then formToksKey of its tokens) to b.
func formKey(b []byte, concept int, negates bool, toks []formTok) []byte {
	b = binary.AppendUvarint(b, uint64(concept))
	if negates {
		b = append(b, 1)
	} else {
		b = append(b, 0)
	}
	return appendFormToksKey(b, toks)
}

// formToksKey encodes a compiled form's tokens, every field, as a map key:
// equal only for equal tokens (fmt.Sprint did the same at a fifth of the
// concept data's compilation, once a language and process). The key of
// two token lists one after the other is their keys one after the other.
func formToksKey(toks []formTok) string {
	return string(appendFormToksKey(make([]byte, 0, 16*len(toks)), toks))
}

// appendFormToksKey appends formToksKey(toks) to b.
func appendFormToksKey(b []byte, toks []formTok) []byte {
	for _, t := range toks {
		b = binary.AppendUvarint(b, uint64(len(t.d().s)))
		b = append(b, t.d().s...)
		var f byte
		for i, on := range [...]bool{t.d().exact, t.d().pref, t.d().start, t.d().gap, t.d().any, t.d().clause} {
			if on {
				f |= 1 << i
			}
		}
		b = append(b, f)
		b = binary.AppendVarint(b, int64(t.d().n))
	}
	return b
}

// wordEntry is what the concept matcher knows of one folded word: its
// Snowball stem in the set's language (the word itself where there is no
// stemmer) and the ids of the forms whose first token it matches (by
// stem, as the word itself, by prefix), in the order eachConcept tries
// them.
type wordEntry struct {
	stem  string
	forms []int32
	// gate is forms' gateIndex, nil for fewer than minGateIndex.
	gate *gateIndex
	// bare is, in Arabic, the word without its diacritics and clitic
	// prefixes (و ف ب ل ك ال and their combinations) when that is a word
	// of the set's forms and the word itself is not ("ويجلب" is read as
	// "يجلب", "والطاقة" as "الطاقة"); "" otherwise.
	bare string
}

// maxWordCache bounds the words cached over all concept sets of a process
// (about 100 bytes each: 5 MB at most; a word that starts 8 forms or more
// holds ~7 bytes a form more for its gateIndex, ~280 bytes on the bench's
// corpus, where 666 of the words do), since words come from requests;
// past it words are looked up without being kept, so a worker's memory
// stays flat over a long launch.
const maxWordCache = 50000

var wordCacheSize atomic.Int64

var (
	conceptMu    sync.Mutex
	conceptCache = map[string]*conceptSet{}
)

// conceptsFor returns the compiled concepts of a language, or an empty set.
// Embedded data that does not parse panics: a build defect that
// TestConceptDataCompiles reports.
func conceptsFor(lang string) *conceptSet {
	conceptMu.Lock()
	defer conceptMu.Unlock()
	if cs, ok := conceptCache[lang]; ok {
		return cs
	}
	files := conceptFileData(lang)
	cs := compiledConcepts(lang, files)
	if cs == nil {
		var err error
		if cs, err = compileConcepts(lang, files, nil); err != nil {
			panic(err)
		}
	}
	conceptCache[lang] = cs
	return cs
}

// loadConcepts compiles data/<lang>/concepts.yaml plus extra forms by
// concept id (the guide's concept_forms).
func loadConcepts(lang string, extra map[string][]string) (*conceptSet, error) {
	return compileConcepts(lang, conceptFileData(lang), extra)
}

// compileConcepts is loadConcepts of lang's files (conceptFileData).
func compileConcepts(lang string, files []conceptDataFile, extra map[string][]string) (*conceptSet, error) {
	cs := &conceptSet{lang: lang, byFirst: map[string][]int32{}}
	f, err := decodeConceptFiles(lang, files)
	if err != nil {
		return nil, err
	}
	if len(f.Concepts) == 0 {
		return cs, nil // no data for this language: nothing to find
	}
	cs.defs = f.Concepts
	// At most this many forms: sizing the set's maps once spares their
	// growth (a fifth of compiling a language's data).
	n := 0
	for _, d := range f.Concepts {
		n += len(d.Forms) + len(extra[d.ID])
		for _, pr := range d.Pairs {
			n += 2 * len(pr.Heads) * len(pr.Objects)
		}
	}
	cs.compiled = make(map[string]bool, n)
	cs.forms = make([]conceptForm, 0, n)
	cs.unless = make([][]formTok, len(f.Concepts))
	cs.unlessPh = make([][][]formTok, len(f.Concepts))
	cs.coating = make([][]formTok, len(f.Concepts))
	cs.base = make([][]formTok, len(f.Concepts))
	cs.compare = make([][]formTok, len(f.Concepts))
	cs.graded = make([][]formTok, len(f.Concepts))
	cs.than = make([][]formTok, len(f.Concepts))
	cs.with = make([][]formTok, len(f.Concepts))
	cs.absolute = make([][]formTok, len(f.Concepts))
	cs.forever = make([][][]formTok, len(f.Concepts))
	cs.subjects = make([][]formTok, len(f.Concepts))
	cs.others = make([][]formTok, len(f.Concepts))
	cs.near = make([][]formTok, len(f.Concepts))
	cs.headOwn = make([][]formTok, len(f.Concepts))
	cs.warnMay = make([][]formTok, len(f.Concepts))
	cs.lasting = make([][]formTok, len(f.Concepts))
	cs.lastOth = make([][]formTok, len(f.Concepts))
	cs.lastToo = make([][][]formTok, len(f.Concepts))
	cs.lastStay = make([][]formTok, len(f.Concepts))
	cs.noble = make([][]formTok, len(f.Concepts))
	cs.nobKeep = make([][]formTok, len(f.Concepts))
	cs.care = make([][]formTok, len(f.Concepts))
	cs.careOth = make([][]formTok, len(f.Concepts))
	cs.stoneCol = make([][]formTok, len(f.Concepts))
	cs.dark = make([][]formTok, len(f.Concepts))
	cs.hedge = make([][]formTok, len(f.Concepts))
	cs.hedgeDeg = make([][]formTok, len(f.Concepts))
	cs.owners = make([][]formTok, len(f.Concepts))
	cs.genitive = make([][]formTok, len(f.Concepts))
	cs.idioms = make([][][]formTok, len(f.Concepts))
	cs.warnIf = make([][][]formTok, len(f.Concepts))
	cs.warnThen = make([][][]formTok, len(f.Concepts))
	cs.warnBack = make([][][]formTok, len(f.Concepts))
	for i, d := range f.Concepts {
		for _, id := range d.Idioms {
			toks, _, err := cs.compileForm(id)
			if err != nil {
				return nil, fmt.Errorf("checks: data/%s/concepts.yaml: %s: idiom %q: %w", lang, d.ID, id, err)
			}
			if len(toks) > 0 {
				cs.idioms[i] = append(cs.idioms[i], toks)
			}
		}
		for _, pr := range d.IdiomPairs {
			ids, err := cs.idiomPair(pr)
			if err != nil {
				return nil, fmt.Errorf("checks: data/%s/concepts.yaml: %s: idiom pair: %w", lang, d.ID, err)
			}
			cs.idioms[i] = append(cs.idioms[i], ids...)
		}
		for _, w := range [...]struct {
			name    string
			phrases []string
			into    [][][]formTok
		}{{"warn_if", d.WarnIf, cs.warnIf}, {"warn_then", d.WarnThen, cs.warnThen}, {"warn_back", d.WarnBack, cs.warnBack}, {"lasting_too", d.LastingToo, cs.lastToo}} {
			for _, ph := range w.phrases {
				toks, _, err := cs.compileForm(ph)
				if err != nil {
					return nil, fmt.Errorf("checks: data/%s/concepts.yaml: %s: %s %q: %w", lang, d.ID, w.name, ph, err)
				}
				if len(toks) > 0 { // a phrase of ignored words only matches nothing
					w.into[i] = append(w.into[i], toks)
				}
			}
		}
		var err error
		if cs.absolute[i], err = cs.oneWordToks(d.ID, "absolute", asWritten(d.Absolute)); err != nil {
			return nil, err
		}
		for _, fw := range d.Forever {
			toks, _, err := cs.compileForm(fw)
			if err != nil || len(toks) == 0 {
				return nil, fmt.Errorf("checks: data/%s/concepts.yaml: %s: forever %q: %v", lang, d.ID, fw, err)
			}
			cs.forever[i] = append(cs.forever[i], toks)
		}
		var unlessWords []string
		for _, u := range d.Unless {
			if !strings.Contains(strings.TrimSpace(u), " ") {
				unlessWords = append(unlessWords, u)
				continue
			}
			toks, _, err := cs.compileForm(u)
			if err != nil || len(toks) == 0 {
				return nil, fmt.Errorf("checks: data/%s/concepts.yaml: %s: unless %q: %v", lang, d.ID, u, err)
			}
			cs.unlessPh[i] = append(cs.unlessPh[i], toks)
		}
		if cs.unless[i], err = cs.oneWordToks(d.ID, "unless", asWritten(unlessWords)); err != nil {
			return nil, err
		}
		// One word each (with as given, the rest as written).
		for _, w := range [...]struct {
			name  string
			words []string
			into  [][]formTok
		}{
			{"coating", asWritten(d.Coating), cs.coating}, {"base", asWritten(d.Base), cs.base},
			{"compare", asWritten(d.Compare), cs.compare}, {"with", d.With, cs.with},
			{"graded", asWritten(d.Graded), cs.graded}, {"than", asWritten(d.Than), cs.than},
			{"subjects", asWritten(d.Subjects), cs.subjects}, {"other_subjects", asWritten(d.OtherSubjects), cs.others},
			{"near_others", asWritten(d.NearOthers), cs.near}, {"warn_may", asWritten(d.WarnMay), cs.warnMay},
			{"head_owners", asWritten(d.HeadOwners), cs.headOwn},
			{"lasting", asWritten(d.Lasting), cs.lasting}, {"lasting_others", asWritten(d.LastingOthers), cs.lastOth},
			{"lasting_stay", asWritten(d.LastingStay), cs.lastStay},
			{"noble", asWritten(d.Noble), cs.noble}, {"noble_keep", asWritten(d.NobleKeep), cs.nobKeep},
			{"care_nouns", asWritten(d.CareNouns), cs.care}, {"care_others", asWritten(d.CareOthers), cs.careOth}, {"stone_colour", asWritten(d.StoneColour), cs.stoneCol},
			{"dark_finish", asWritten(d.DarkFinish), cs.dark},
			{"hedge", asWritten(d.Hedge), cs.hedge}, {"gold_owners", asWritten(d.GoldOwners), cs.owners},
			{"gold_genitives", asWritten(d.GoldGenitives), cs.genitive}, {"hedge_degree", asWritten(d.HedgeDegree), cs.hedgeDeg},
		} {
			if w.into[i], err = cs.oneWordToks(d.ID, w.name, w.words); err != nil {
				return nil, err
			}
		}
		if d.ID == "" || d.Category == "" {
			return nil, fmt.Errorf("checks: data/%s/concepts.yaml: concept %d needs id and category", lang, i)
		}
		forms := append(append([]string(nil), d.Forms...), extra[d.ID]...)
		for _, form := range forms {
			if err := cs.addForm(i, form); err != nil {
				return nil, fmt.Errorf("checks: data/%s/concepts.yaml: %s: %w", lang, d.ID, err)
			}
		}
		for _, pr := range d.Pairs {
			if err := cs.addPair(i, pr); err != nil {
				return nil, fmt.Errorf("checks: data/%s/concepts.yaml: %s: %w", lang, d.ID, err)
			}
		}
	}
	cs.compiled, cs.phrases, cs.rawWords, cs.keyBuf = nil, nil, nil, nil
	cs.defs = matchDefs(cs.defs)
	if lang == "ar" {
		cs.buildVocab()
	}
	return cs, nil
}

// matchDefs is defs with the fields a match reads (the concept's id,
// category, level, message, source, evidence and homographs, read as
// written, not compiled) and none of the word
// lists its forms were compiled from: kept beside every set of a
// process, those are garbage once compiled (#17, perf48).
func matchDefs(defs []conceptDef) []conceptDef {
	out := make([]conceptDef, len(defs))
	for i, d := range defs {
		out[i] = conceptDef{ID: d.ID, Category: d.Category, Also: d.Also, Level: d.Level, Message: d.Message,
			Evidence: d.Evidence, WeakEvidence: d.WeakEvidence, HedgeEvidence: d.HedgeEvidence, BaseEvidence: d.BaseEvidence, Source: d.Source, Homographs: d.Homographs}
	}
	return out
}

// buildVocab fills cs.vocab and cs.vocabPre from every token of the set.
func (cs *conceptSet) buildVocab() {
	cs.vocab = map[string]bool{}
	add := func(t formTok) {
		switch {
		case t.d().gap || t.d().any || t.d().s == "":
		case t.d().pref:
			cs.vocabPre = append(cs.vocabPre, t.d().s)
		default:
			cs.vocab[t.d().s] = true
		}
	}
	for i := range cs.forms {
		for _, t := range cs.formToks(&cs.forms[i]) {
			add(t)
		}
	}
	for _, ts := range [][][]formTok{cs.unless, cs.with, cs.subjects, cs.others, cs.near, cs.headOwn, cs.coating, cs.warnMay, cs.lasting, cs.lastOth, cs.stoneCol, cs.dark, cs.careOth} {
		for _, toks := range ts {
			for _, t := range toks {
				add(t)
			}
		}
	}
	for _, phs := range cs.unlessPh {
		for _, toks := range phs {
			for _, t := range toks {
				add(t)
			}
		}
	}
}

// arabicClitics are the prefixes Arabic writes joined to the next word:
// the conjunctions و and ف, the prepositions ب, ل and ك, the article ال and
// their combinations, longest first (bareArabic tries each).
var arabicClitics = []string{"وبال", "وكال", "فبال", "وال", "فال", "بال", "كال", "ولل", "فلل", "لل", "ال", "وب", "ول", "وك", "فب", "فل", "و", "ف", "ب", "ل", "ك"}

// arabicMarks reports the Arabic diacritics (harakat, shadda, sukun, the
// dagger alif) and the tatweel, which copy may or may not write.
func arabicMarks(r rune) bool { return (r >= 0x064B && r <= 0x0652) || r == 0x0670 || r == 0x0640 }

// bareArabic is the general Arabic tokenisation step of the concept
// matcher: w without diacritics and, failing that, without its clitic
// prefixes, as the first reading that is a word of the set's forms (by
// stem, exactly or by a prefix form), keeping two letters at least. A word
// whose own reading is a form word, or that has no such reading, keeps ""
// (it is matched as it stands), so no word of copy loses a letter that
// belongs to it ("بريق" is never "ريق").
func (cs *conceptSet) bareArabic(w, stem string) string {
	if cs.vocab == nil || cs.known(w, stem) {
		return ""
	}
	n := strings.Map(func(r rune) rune {
		if arabicMarks(r) {
			return -1
		}
		return r
	}, w)
	if n != w && cs.known(n, stemWord(cs.lang, n)) {
		return n
	}
	for _, p := range arabicClitics {
		rest, ok := strings.CutPrefix(n, p)
		if !ok || utf8.RuneCountInString(rest) < 2 {
			continue
		}
		if cs.known(rest, stemWord(cs.lang, rest)) {
			return rest
		}
	}
	return ""
}

// known reports whether a word (or its stem) is a word of the set.
func (cs *conceptSet) known(w, stem string) bool {
	if cs.vocab[w] || cs.vocab[stem] {
		return true
	}
	for _, p := range cs.vocabPre {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// asWritten makes unless words match as written: a word neither exact
// (=word) nor a prefix (word*) is made exact, so its stem does not match
// a description ("polished", "poli") of the piece.
func asWritten(words []string) []string {
	out := make([]string, len(words))
	for i, u := range words {
		start := strings.HasPrefix(u, "^")
		w := strings.TrimPrefix(u, "^")
		if !strings.HasPrefix(w, "=") && !strings.HasSuffix(w, "*") {
			w = "=" + w
		}
		if start {
			w = "^" + w
		}
		out[i] = w
	}
	return out
}

// oneWordToks compiles a concept's unless or with words, each one word of
// form syntax; a word that compiles to more or fewer tokens is an error
// naming the concept and the field.
func (cs *conceptSet) oneWordToks(id, field string, words []string) ([]formTok, error) {
	var out []formTok
	for _, u := range words {
		toks, _, err := cs.compileForm(u)
		if err != nil || len(toks) != 1 {
			return nil, fmt.Errorf("checks: data/%s/concepts.yaml: %s: %s %q must be one word", cs.lang, id, field, u)
		}
		out = append(out, toks[0])
	}
	return out, nil
}

func (cs *conceptSet) addForm(concept int, form string) error {
	toks, negSense, err := cs.compileForm(form)
	if err != nil {
		return err
	}
	cs.addToks(concept, toks, negSense)
	return nil
}

// compileForm compiles one form phrase into its tokens and whether it is
// marked of negative sense ("~ word"), once per phrase while the set is
// built (the tokens returned are shared: never written to).
func (cs *conceptSet) compileForm(form string) ([]formTok, bool, error) {
	if c, ok := cs.phrases[form]; ok {
		return c.toks, c.neg, c.err
	}
	toks, neg, err := cs.compileFormOnce(form)
	toks = slices.Clip(toks)
	if cs.phrases == nil {
		cs.phrases = map[string]compiledPhrase{}
	}
	cs.phrases[form] = compiledPhrase{toks: toks, neg: neg, err: err}
	return toks, neg, err
}

// compileFormOnce is compileForm without the memo.
func (cs *conceptSet) compileFormOnce(form string) ([]formTok, bool, error) {
	var toks []formTok
	// "~ word": a word of negative sense (irritation, allergy) whose
	// negation is the claim itself ("no irritation"), so it is not skipped
	// when negated.
	negSense := false
	if rest, ok := strings.CutPrefix(form, "~"); ok {
		negSense, form = true, strings.TrimSpace(rest)
	}
	for _, raw := range strings.Fields(foldForm(form)) {
		if raw == "..." {
			toks = append(toks, gapTok)
			continue
		}
		rw := cs.rawWord(raw)
		toks = append(toks, rw.toks...)
		negSense = negSense || rw.neg
	}
	if len(toks) == 0 || toks[0].d().gap || toks[len(toks)-1].d().gap {
		return nil, false, fmt.Errorf("form %q: empty, or starts or ends with a gap", form)
	}
	return toks, negSense, nil
}

// rawWord compiles one whitespace-separated word of a form (folded
// already), once per word while the set is built: its tokens
// (appendFormToks) and whether one of its words negates by itself.
func (cs *conceptSet) rawWord(raw string) rawWordToks {
	if rw, ok := cs.rawWords[raw]; ok {
		return rw
	}
	toks, words := formWordToks(nil, cs.lang, raw, segment.For(cs.lang))
	rw := rawWordToks{toks: slices.Clip(toks)}
	for _, w := range words {
		if negativeWord(cs.lang, w) || isNegation(cs.lang, w) || concordNever.has(w) {
			// "solmaz", "nebarví", "않습니다": the form negates itself;
			// so does a negation or never word read as written, not by
			// its stem ("aldrig" stems to "aldr"), and the never of a
			// negative-concord language ("non ti farà mai diventare
			// verde": "mai" is no negation of its own)
			rw.neg = true
		}
	}
	if cs.rawWords == nil {
		cs.rawWords = map[string]rawWordToks{}
	}
	cs.rawWords[raw] = rw
	return rw
}

// addPair adds a pair's forms: each head with each object, in both
// orders, a clause-bound gap of up to pr.Gap words between.
func (cs *conceptSet) addPair(concept int, pr conceptPair) error {
	n := pr.Gap
	if n <= 0 {
		n = gapMax
	}
	if n > maxPairGap || len(pr.Heads) == 0 || len(pr.Objects) == 0 {
		return fmt.Errorf("pair %v / %v: needs heads and objects and a gap of at most %d", pr.Heads, pr.Objects, maxPairGap)
	}
	// Each half's key and negation are computed once; a combination's
	// key is its halves' keys around the gap's (formToksKey), so a
	// combination already added costs no tokens.
	type half struct {
		toks []formTok
		neg  bool // marked of negative sense ("~ word")
		tneg bool // holds a negation token (addToks)
		key  []byte
	}
	compile := func(phrases []string) ([]half, error) {
		out := make([]half, 0, len(phrases))
		for _, ph := range phrases {
			toks, neg, err := cs.compileForm(ph)
			if err != nil {
				return nil, err
			}
			out = append(out, half{toks: toks, neg: neg, tneg: cs.negTokens(toks), key: appendFormToksKey(nil, toks)})
		}
		return out, nil
	}
	heads, err := compile(pr.Heads)
	if err != nil {
		return err
	}
	objects, err := compile(pr.Objects)
	if err != nil {
		return err
	}
	gap := newTok(tokData{gap: true, n: uint8(n), clause: true})
	gapToks := []formTok{gap}
	gapNeg := cs.negTokens(gapToks)
	gapKey := appendFormToksKey(nil, gapToks)
	for _, h := range heads {
		for _, o := range objects {
			for _, ab := range [2][2]half{{h, o}, {o, h}} {
				neg := h.neg || o.neg || ab[0].tneg || gapNeg || ab[1].tneg
				b := binary.AppendUvarint(cs.keyBuf[:0], uint64(concept))
				if neg {
					b = append(b, 1)
				} else {
					b = append(b, 0)
				}
				b = append(append(append(b, ab[0].key...), gapKey...), ab[1].key...)
				cs.keyBuf = b
				if cs.compiled[string(b)] {
					continue
				}
				toks := make([]formTok, 0, len(ab[0].toks)+1+len(ab[1].toks))
				toks = append(append(append(toks, ab[0].toks...), gap), ab[1].toks...)
				cs.addKeyed(concept, toks, neg, string(b))
			}
		}
	}
	return nil
}

// idiomPair compiles an idiom pair (conceptDef.IdiomPairs): each head
// with each object, in both orders, a clause-bound gap of up to pr.Gap
// words between.
func (cs *conceptSet) idiomPair(pr conceptPair) ([][]formTok, error) {
	n := pr.Gap
	if n <= 0 {
		n = gapMax
	}
	if n > maxPairGap || len(pr.Heads) == 0 || len(pr.Objects) == 0 {
		return nil, fmt.Errorf("%v / %v: needs heads and objects and a gap of at most %d", pr.Heads, pr.Objects, maxPairGap)
	}
	compile := func(phrases []string) ([][]formTok, error) {
		out := make([][]formTok, 0, len(phrases))
		for _, ph := range phrases {
			toks, _, err := cs.compileForm(ph)
			if err != nil {
				return nil, err
			}
			out = append(out, toks)
		}
		return out, nil
	}
	heads, err := compile(pr.Heads)
	if err != nil {
		return nil, err
	}
	objects, err := compile(pr.Objects)
	if err != nil {
		return nil, err
	}
	gap := newTok(tokData{gap: true, n: uint8(n), clause: true})
	out := make([][]formTok, 0, 2*len(heads)*len(objects))
	for _, h := range heads {
		for _, o := range objects {
			for _, ab := range [2][2][]formTok{{h, o}, {o, h}} {
				toks := make([]formTok, 0, len(ab[0])+1+len(ab[1]))
				out = append(out, append(append(append(toks, ab[0]...), gap), ab[1]...))
			}
		}
	}
	return out, nil
}

// negTokens reports whether a token of toks is a negation (addToks).
func (cs *conceptSet) negTokens(toks []formTok) bool {
	for _, t := range toks {
		if isNegation(cs.lang, t.d().s) || t.d().s == "won" || t.d().s == "don" || t.d().s == "doesn" {
			return true
		}
	}
	return false
}

// addToks adds one compiled form; a form holding a negation word is the
// claim itself ("won't tarnish") and is not skipped when negated.
func (cs *conceptSet) addToks(concept int, toks []formTok, negSense bool) {
	neg := negSense || cs.negTokens(toks)
	cs.keyBuf = formKey(cs.keyBuf[:0], concept, neg, toks)
	if cs.compiled[string(cs.keyBuf)] {
		return
	}
	cs.addKeyed(concept, toks, neg, string(cs.keyBuf))
}

// addKeyed adds a form not yet in the set, whose formKey is key.
func (cs *conceptSet) addKeyed(concept int, toks []formTok, neg bool, key string) {
	if cs.compiled == nil {
		cs.compiled = map[string]bool{}
	}
	cs.compiled[key] = true
	id := int32(len(cs.forms))
	next, nextN, nextI := nextOf(toks)
	cs.forms = append(cs.forms, conceptForm{off: uint32(len(cs.toks)), n: uint16(len(toks)), concept: int32(concept), negates: neg, next: next, nextN: nextN, nextI: nextI})
	cs.toks = append(cs.toks, toks...)
	if t := toks[0].d(); t.pref {
		var b byte
		if s := t.s; s != "" {
			b = s[0]
		}
		cs.prefixByByte[b] = append(cs.prefixByByte[b], id)
	} else {
		cs.byFirst[t.s] = append(cs.byFirst[t.s], id)
	}
}

// foldForm folds a whole form or qualifier phrase as the checked text is
// folded (text.Fold), before it is split into words: folded one word at a
// time, a short word of another script made only of letters that look
// Latin lost its script (Greek "να", "αν" became "va", "av", so "ελπίζω να
// ... αρέσει" never matched Greek copy, which keeps its script).
func foldForm(form string) string { return utext.Fold(form).Text }

// appendFormToks compiles one whitespace-separated word of a form, folded
// already (foldForm):
// "^word" only at a sentence start, "=word" exactly, "word*" by prefix,
// "*" any one word, anything else by its Snowball stem in lang. A word the
// tokeniser splits ("lab-grown") becomes several tokens; seg, when not
// zero, splits words of scripts written without spaces.
func appendFormToks(toks []formTok, lang, raw string, seg utext.Words) []formTok {
	toks, _ = formWordToks(toks, lang, raw, seg)
	return toks
}

// formWordToks is appendFormToks that also returns the words of raw as
// the copy's tokeniser splits them ("lab-grown" is two), before stemming:
// one a token appended, none for "*".
func formWordToks(toks []formTok, lang, raw string, seg utext.Words) ([]formTok, []string) {
	if raw == "*" {
		return append(toks, anyTok), nil
	}
	var t tokData
	if strings.HasPrefix(raw, "^") {
		t.start, raw = true, raw[1:]
	}
	if strings.HasPrefix(raw, "=") {
		t.exact, raw = true, raw[1:]
	}
	if strings.HasSuffix(raw, "*") {
		t.pref, raw = true, strings.TrimSuffix(raw, "*")
	}
	d := newWordDocument(raw, seg) // folded with its phrase by the caller
	words := make([]string, len(d.toks))
	for i := range d.toks {
		words[i] = d.word(i)
	}
	for k, w := range words {
		tk := tokData{s: w, exact: t.exact, start: t.start && k == 0, pref: t.pref && k == len(words)-1}
		if !tk.exact && !tk.pref {
			tk.s = stemWord(lang, w)
		}
		toks = append(toks, newTok(tk))
	}
	return toks, words
}

// negativeWord reports a word that negates inside itself, by the
// language's negative morphology (negativeAffixes): the Turkish negative
// suffix ("solmaz", "kararmıyor"), the Czech prefix ne- ("nebarví", not
// the superlative nej-), the Korean negative auxiliaries ("않습니다",
// "없이"), Japanese ない and ず, Chinese 不, 没 and 无 words ("永不",
// "绝不"). A negation before such a form strengthens it ("asla solmaz",
// never fades) instead of cancelling it.
func negativeWord(lang, w string) bool {
	a, ok := negativeAffixes[lang]
	if !ok {
		return false
	}
	for _, o := range a.others {
		// "nem" (in it) is a word, "nemá" (has not) a negation: whole
		// words unless written as a prefix ("nerv*")
		if p, ok := strings.CutSuffix(o, "*"); ok && strings.HasPrefix(w, p) || w == o {
			return false
		}
	}
	for _, suf := range a.suffixes {
		if strings.HasSuffix(w, suf) && len(w) > len(suf) {
			return true
		}
	}
	for _, pre := range a.prefixes {
		if strings.HasPrefix(w, pre) && len(w) > len(pre) && !(lang == "cs" && strings.HasPrefix(w, "nej")) {
			return true
		}
	}
	return slices.Contains(a.words, w)
}

// ---- stemming ----

// stemmers are the Snowball stemmers of the languages with data.
var stemmers = map[string]func(*snowballstem.Env) bool{
	"en": english.Stem, "fr": french.Stem, "de": german.Stem, "it": italian.Stem, "es": spanish.Stem, "pt": portuguese.Stem,
	"nl": dutch.Stem, "da": danish.Stem, "sv": swedish.Stem, "nb": norwegian.Stem, "fi": finnish.Stem, "tr": turkish.Stem, "ar": arabic.Stem,
}

// stemCaches remember stems per language (word -> stem); bounded, since
// words come from requests.
var stemCaches = func() map[string]*sync.Map {
	m := map[string]*sync.Map{}
	for lang := range stemmers {
		m[lang] = &sync.Map{}
	}
	return m
}()

// maxStemCache bounds the cached stems (a few hundred bytes each in a
// sync.Map): a language's copy vocabulary fits; past it words are stemmed
// without being kept, so a worker's memory stays flat over a long launch.
const maxStemCache = 50000

var (
	stemMu   sync.Mutex
	stemSize int
)

// lightEndings are, per language without a Snowball stemmer, the
// inflectional endings its locale pack's light stemmer strips (vocab.yaml
// "stemmer: endings" and "stem_endings": Polish, Czech, Greek), folded as
// copy is and longest first; read once from the packs, the one source of
// truth the grounding vocabulary uses too (#13: "nie ciemnieją" is the
// form "nie ciemnieje", "δεν μαυρίζουν" is "δεν μαυρίζει").
var lightEndings = sync.OnceValue(func() map[string][]string {
	out := map[string][]string{}
	set, err := locales.Load()
	if err != nil {
		return out
	}
	for _, loc := range set.Supported() {
		p, ok := set.Get(loc)
		if !ok || out[p.Language] != nil {
			continue
		}
		if _, snowball := stemmers[p.Language]; snowball {
			continue
		}
		data, _ := p.Vocab()
		var v struct {
			Stemmer     string   `yaml:"stemmer"`
			StemEndings []string `yaml:"stem_endings"`
		}
		if yaml.Unmarshal(data, &v) != nil || v.Stemmer != "endings" {
			continue
		}
		var ends []string
		for _, e := range v.StemEndings {
			if d := newWordDocument(foldForm(e), utext.Words{}); len(d.toks) == 1 {
				ends = append(ends, strings.Clone(d.word(0)))
			}
		}
		slices.SortStableFunc(ends, func(a, b string) int { return len(b) - len(a) })
		out[p.Language] = ends
	}
	return out
})

// minLightStem is the fewest runes the light stemmer leaves, as the
// grounding vocabulary's (Czech "bílými" is "bíl", not "b").
const minLightStem = 3

// lightStem strips the longest of a language's endings that leaves
// minLightStem runes.
func lightStem(ends []string, w string) string {
	for _, e := range ends {
		if len(w) > len(e) && strings.HasSuffix(w, e) && utf8.RuneCountInString(w)-utf8.RuneCountInString(e) >= minLightStem {
			return w[:len(w)-len(e)]
		}
	}
	return w
}

// stemWord returns the Snowball stem of a lower-case word, its light stem
// in a language whose pack has stem endings, or the word itself.
func stemWord(lang, w string) string {
	fn, ok := stemmers[lang]
	if !ok {
		if ends := lightEndings()[lang]; ends != nil {
			return lightStem(ends, w)
		}
		return w
	}
	if len(w) < 3 {
		return w
	}
	cache := stemCaches[lang]
	if s, ok := cache.Load(w); ok {
		return s.(string)
	}
	env := snowballstem.NewEnv(w)
	fn(env)
	s := env.Current()
	if strings.ContainsAny(w, "0123456789") {
		// Numbers, sizes and product numbers ("1234", "18ct") are stemmed
		// every time rather than cached: a launch has tens of thousands of
		// them, each seen once or twice.
		return s
	}
	stemMu.Lock()
	if stemSize < maxStemCache {
		stemSize++
		cache.Store(strings.Clone(w), s)
	}
	stemMu.Unlock()
	return s
}

// stems returns the stems of d's tokens, computed once per check.
// anyTokAt reports whether word k matches one of toks (tokMatches, with
// the document's stems st).
func (r *run) anyTokAt(toks []formTok, k int, st []string) bool {
	for _, t := range toks {
		if r.tokMatches(t, k, st) {
			return true
		}
	}
	return false
}

func (r *run) stems() []string {
	if r.stemmed == nil {
		r.lookupWords(r.cg.conceptSet(r.lang))
	}
	return r.stemmed
}

// lookupWords fills r.stemmed and r.cands (the forms of cs that can start
// at each token) from cs's word cache, computing and caching the words it
// lacks: one read lock and one map lookup a token.
func (r *run) lookupWords(cs *conceptSet) {
	d := r.d
	n := len(d.toks)
	if r.stemmed == nil {
		r.stemmed = growStrings(&d.stemBuf, n)
	}
	r.cands = growCands(&d.candBuf, n)
	r.gates = growGates(&d.gateBuf, n)
	r.candSet = cs
	r.bare = nil
	if cs.vocab != nil {
		r.bare = growStrings(&d.bareBuf, n)
	}
	var miss []int
	cs.wordsMu.RLock()
	for i := range n {
		if e, ok := cs.words[d.words[i]]; ok {
			r.stemmed[i], r.cands[i], r.gates[i] = e.stem, e.forms, e.gate
			if r.bare != nil {
				r.bare[i] = e.bare
			}
		} else {
			miss = append(miss, i)
		}
	}
	cs.wordsMu.RUnlock()
	if len(miss) == 0 {
		return
	}
	var keep []int
	for _, i := range miss {
		e := cs.entryOf(d.words[i])
		r.stemmed[i], r.cands[i], r.gates[i] = e.stem, e.forms, nil
		if r.bare != nil {
			r.bare[i] = e.bare
		}
		// Numbers, sizes and product numbers ("1234", "18ct") are looked
		// up every time rather than kept: a launch has tens of thousands
		// of them, each seen once or twice.
		if !strings.ContainsAny(d.words[i], "0123456789") {
			keep = append(keep, i)
		}
	}
	if len(keep) == 0 || wordCacheSize.Load() >= maxWordCache {
		return
	}
	cs.wordsMu.Lock()
	if cs.words == nil {
		cs.words = map[string]wordEntry{}
	}
	for _, i := range keep {
		w := d.words[i]
		if _, ok := cs.words[w]; ok || wordCacheSize.Add(1) > maxWordCache {
			continue
		}
		// The key is cloned: d.words are slices of the whole folded text.
		e := wordEntry{stem: strings.Clone(r.stemmed[i]), forms: r.cands[i], gate: newGateIndex(r.cands[i], cs.gates())}
		r.gates[i] = e.gate
		if r.bare != nil {
			e.bare = strings.Clone(r.bare[i])
		}
		cs.words[strings.Clone(w)] = e
	}
	cs.wordsMu.Unlock()
}

// entryOf computes a word's entry: its stem, then the forms whose first
// token is that stem, the word itself (when it differs from its stem),
// and the prefix forms the word starts with.
func (cs *conceptSet) entryOf(w string) wordEntry {
	e := wordEntry{stem: stemWord(cs.lang, w)}
	e.forms = cs.formsAt(e.forms, w, e.stem)
	if e.bare = cs.bareArabic(w, e.stem); e.bare != "" {
		for _, id := range cs.formsAt(nil, e.bare, stemWord(cs.lang, e.bare)) {
			if !slices.Contains(e.forms, id) {
				e.forms = append(e.forms, id)
			}
		}
	}
	return e
}

// formsAt appends the forms whose first token is the word's stem, the
// word itself (when it differs from its stem) or a prefix of it.
func (cs *conceptSet) formsAt(forms []int32, w, stem string) []int32 {
	forms = append(forms, cs.byFirst[stem]...)
	if w != stem {
		forms = append(forms, cs.byFirst[w]...)
	}
	if w != "" {
		for _, ids := range [2][]int32{cs.prefixByByte[w[0]], cs.prefixByByte[0]} {
			for _, id := range ids {
				if strings.HasPrefix(w, cs.toks[cs.forms[id].off].d().s) {
					forms = append(forms, id)
				}
			}
		}
	}
	return forms
}

// growStrings returns (*buf)[:n], reallocating when it is too short.
func growStrings(buf *[]string, n int) []string {
	if cap(*buf) < n {
		*buf = make([]string, n)
	}
	return (*buf)[:n]
}

// growCands is growStrings for the per-token form lists.
func growCands(buf *[][]int32, n int) [][]int32 {
	if cap(*buf) < n {
		*buf = make([][]int32, n)
	}
	return (*buf)[:n]
}

// growGates is growStrings for the per-token gate indexes.
func growGates(buf *[]*gateIndex, n int) []*gateIndex {
	if cap(*buf) < n {
		*buf = make([]*gateIndex, n)
	}
	return (*buf)[:n]
}

// ---- matching ----

// formGate is a form's conceptForm.next and nextN and the wordSig of its
// nextS.
type formGate struct {
	sig         uint32
	next, nextN uint8
}

// gates returns cs.gate, building it from cs.forms on first use (a set
// is complete before it is first matched).
func (cs *conceptSet) gates() []formGate {
	cs.gateOnce.Do(func() {
		g := make([]formGate, len(cs.forms))
		for i := range cs.forms {
			f := &cs.forms[i]
			g[i] = formGate{sig: wordSig(cs.nextS(f)), next: f.next, nextN: f.nextN}
		}
		cs.gate = g
	})
	return cs.gate
}

// wordSig packs a word's length and its first, second and last bytes:
// two equal words have equal signatures, and two words that differ
// mostly differ there too. It reads no more than those bytes.
func wordSig(w string) uint32 {
	n := len(w)
	if n == 0 {
		return 0
	}
	return uint32(n)<<24 | uint32(w[0])<<16 | uint32(w[min(1, n-1)])<<8 | uint32(w[n-1])
}

// eachConcept calls fn for every match of a concept form in the document,
// tokens [s, e) within one sentence.
func (r *run) eachConcept(cs *conceptSet, fn func(s, e int, f *conceptForm)) {
	if cs == nil || len(cs.forms) == 0 {
		return
	}
	if r.stemmed == nil || r.candSet != cs {
		r.lookupWords(cs)
	}
	st := r.stemmed
	d := r.d
	gate := cs.gates()
	// The signatures of each token's word and stem, for the gate: of
	// 840,000 candidates on the bench's 1,000 texts 2.5% pass it.
	var wbuf, sbuf [256]uint32
	ws, ss := wbuf[:0], sbuf[:0]
	for j := range d.toks {
		ws = append(ws, wordSig(d.words[j]))
		ss = append(ss, wordSig(st[j]))
	}
	// marks are a gateIndex's answer at one token (mark): 128 words
	// hold 8,192 forms, an entry of more takes the walk below.
	var marks [128]uint64
	for i, ids := range r.cands {
		if len(ids) == 0 {
			continue
		}
		if gx := r.gates[i]; gx != nil && r.bare == nil && !r.noGateIndex && len(gx.open) <= len(marks) {
			m := marks[:len(gx.open)]
			gx.mark(m, d, i, d.toks[i].sent, ws, ss)
			for w, bw := range m {
				for bw != 0 {
					r.tryForm(cs, ids[w*64+bits.TrailingZeros64(bw)], i, st, fn)
					bw &= bw - 1
				}
			}
			continue
		}
		// A form's first token takes one word, so its second token
		// stands at i+1 in the same sentence, or after a gap of up to
		// nextN-1 words its third; what tokMatchesWord asks of those
		// words decides most candidates without matchForm (an Arabic
		// word with a bare reading is left to matchForm). The words'
		// signatures decide first (sigMayMatch), the strings after.
		sent := d.toks[i].sent
		for _, id := range ids {
			g := gate[id]
			if g.next != nextAny && g.next != nextPrefix && !r.sigMayMatch(g, i+1, sent, ws, ss) {
				continue
			}
			r.tryForm(cs, id, i, st, fn)
		}
	}
}

// tryForm matches form id from token i once the gate has let it through:
// nextMayMatch, then matchForm; fn is called on a match.
func (r *run) tryForm(cs *conceptSet, id int32, i int, st []string, fn func(s, e int, f *conceptForm)) {
	f := &cs.forms[id]
	if f.next != nextAny && !r.nextMayMatch(cs, f, i+1, r.d.toks[i].sent, st) {
		return
	}
	if e, ok := r.matchForm(cs.formToks(f), i, st); ok {
		fn(i, e, f)
	}
}

// sigMayMatch is nextMayMatch for a form whose next is nextStem or
// nextExact, by the words' signatures (ws, ss: of d.words and the stems):
// false only where nextMayMatch is false.
func (r *run) sigMayMatch(g formGate, j, sent int, ws, ss []uint32) bool {
	d := r.d
	for end := min(j+int(g.nextN), len(d.toks)); j < end && d.toks[j].sent == sent; j++ {
		if ws[j] == g.sig || g.next == nextStem && ss[j] == g.sig || r.bare != nil && r.bare[j] != "" {
			return true
		}
	}
	return false
}

// nextMayMatch reports whether one of the f.nextN words from token j on,
// within sentence sent, matches f.nextS as f.next says, or is an Arabic
// word with a bare reading: false only where matchForm must fail.
func (r *run) nextMayMatch(cs *conceptSet, f *conceptForm, j, sent int, st []string) bool {
	d := r.d
	ns := cs.nextS(f)
	for end := min(j+int(f.nextN), len(d.toks)); j < end && d.toks[j].sent == sent; j++ {
		if r.bare != nil && r.bare[j] != "" {
			return true
		}
		w := d.words[j]
		switch f.next {
		case nextStem:
			if st[j] == ns || w == ns {
				return true
			}
		case nextExact:
			if w == ns {
				return true
			}
		case nextPrefix:
			if strings.HasPrefix(w, ns) {
				return true
			}
		}
	}
	return false
}

func (r *run) tokMatches(t formTok, i int, st []string) bool {
	if r.tokMatchesWord(t, i, r.d.word(i), st[i]) {
		return true
	}
	// An Arabic word is also read without its clitics (bareArabic).
	if r.bare != nil && r.bare[i] != "" && !t.d().any {
		b := r.bare[i]
		return r.tokMatchesWord(t, i, b, stemWord(r.lang, b))
	}
	return false
}

// tokMatchesWord matches one form token against token i read as w, whose
// stem is stem.
func (r *run) tokMatchesWord(t formTok, i int, w, stem string) bool {
	td := t.d()
	switch {
	case td.any:
		// "* created" is "[maker]-created": the maker is a word of
		// content, not an article ("a created diamond" is unqualified).
		// A maker's name is capitalised or joined to the next word by a
		// hyphen ("Chatham-created"), or by the katakana middle dot that
		// joins words as a hyphen does ("チャザム・クリエイテッド"; #13,
		// scope56); "a round created diamond" names none.
		if r.stopMasks()[i]&stopBit(r.lang) != 0 {
			return false
		}
		o := r.d.orig(i, min(i+2, len(r.d.toks)))
		c, _ := utf8.DecodeRuneInString(o)
		return unicode.IsUpper(c) || strings.ContainsAny(o, "-‐‑・")
	case td.pref:
		if !strings.HasPrefix(w, td.s) {
			return false
		}
	case td.exact:
		if w != td.s {
			return false
		}
	default:
		if stem != td.s && w != td.s {
			return false
		}
	}
	if td.start && i > 0 && r.d.toks[i-1].sent == r.d.toks[i].sent {
		return false
	}
	return true
}

// matchForm matches toks from token i; gaps take 0..gapMax tokens of the
// same sentence. It returns the end token.
func (r *run) matchForm(toks []formTok, i int, st []string) (int, bool) {
	return r.matchFrom(toks, 0, i, r.d.toks[i].sent, st)
}

func (r *run) matchFrom(toks []formTok, k, j, sent int, st []string) (int, bool) {
	d := r.d
	for ; k < len(toks); k++ {
		if td := toks[k].d(); td.gap {
			// counted is the gap's words since the last list's end
			// (listStep): the members of a coordinated list of
			// short objects before the form's word do not count ("brings
			// calm, balance and a little good luck").
			n, counted, member, pending := int(td.n), 0, 0, false
			for skip := 0; skip <= listGapMax && (counted <= n || pending); skip++ {
				if j+skip >= len(d.toks) || d.toks[j+skip].sent != sent {
					break
				}
				if td.clause && j+skip > 0 && strings.ContainsAny(d.gap(j+skip-1), clauseMarks) {
					break // a pair's halves stand in one clause
				}
				if td.clause && skip == 0 && r.clauseClosedAt(j) {
					break // "ruttnade veden aldrig, och garvsyran mörknade": a new clause (#13, explain68)
				}
				if td.clause && skip > 0 && r.causalAt(j+skip-1) {
					break // "protect it from perfume, as the colour can fade": a reason's clause
				}
				if td.clause && skip > 0 && r.consequenceAt(j+skip-1) {
					break // "known to fade in strong sunlight, so protect the earrings": a consequence's clause (#13, claims47)
				}
				if counted <= n {
					if e, ok := r.matchFrom(toks, k+1, j+skip, sent, st); ok {
						return e, true
					}
				}
				counted, member, pending = r.listStep(j+skip, counted, member, pending)
			}
			return 0, false
		}
		if j >= len(d.toks) || d.toks[j].sent != sent || !r.tokMatches(toks[k], j, st) || r.cliticNe(toks, k, j) {
			return 0, false
		}
		j++
	}
	return j, true
}

// cliticNe reports whether the form token toks[k], a word of its own
// between gaps (a pair's head: "né" of "non, mai, senza, né"), is the
// Italian correlative né matched on the copy's unaccented "ne" at token j.
// Folding reads both as "ne", but Italian writes the conjunction with its
// accent and the clitic without (Treccani, Vocabolario: "né" cong., "ne"
// pron. e avv.): "un trattamento che ne scurisce il corpo" (that darkens
// its body) is no denial of darkening (#13, explain57; probe 57C it-IT
// 57C01). A clitic inside a phrase ("non se ne andrà mai") still matches.
func (r *run) cliticNe(toks []formTok, k, j int) bool {
	if r.lang != "it" || toks[k].d().s != "ne" || k > 0 && !toks[k-1].d().gap || k+1 < len(toks) && !toks[k+1].d().gap {
		return false
	}
	return strings.ToLower(r.d.orig(j, j+1)) == "ne"
}

// causalWords open a clause of reason (because, since, as) in each
// language; a pair's gap does not cross one (#13, left17a; probe17b
// fi-FI): "suojaa sitä hajusteilta, sillä väri voi haalistua" (keep it from
// perfume, as the colour can fade) is care advice and its reason, a
// warning that the colour CAN fade, the opposite of a claim that it will
// not; the protection and the fading belong to two clauses. A denial in
// the reason ("because it never tarnishes") is a pair of its own.
// Two-word conjunctions are listed by their first word with the second
// (causalSecond): "ya que", "parce que", "visto que".
var causalWords = map[string]wordSet{
	"en": newWordSet([]string{"because"}),
	"fi": newWordSet([]string{"sillä", "koska"}),
	"de": newWordSet([]string{"da", "weil", "denn"}),
	"fr": newWordSet([]string{"car", "puisque", "parce"}),
	"es": newWordSet([]string{"porque", "pues", "ya", "puesto"}),
	"it": newWordSet([]string{"perché", "poiché", "giacché", "siccome"}),
	"pt": newWordSet([]string{"porque", "pois", "visto"}),
	"nl": newWordSet([]string{"omdat", "want", "aangezien"}),
	"sv": newWordSet([]string{"eftersom", "ty"}),
	"da": newWordSet([]string{"fordi", "eftersom"}),
	"nb": newWordSet([]string{"fordi", "ettersom"}),
	"pl": newWordSet([]string{"ponieważ", "bo", "gdyż"}),
	"cs": newWordSet([]string{"protože", "neboť", "jelikož"}),
	"el": newWordSet([]string{"γιατί", "επειδή", "διότι"}),
	"tr": newWordSet([]string{"çünkü"}),
	"ar": newWordSet([]string{"لأن", "لان", "لأنه", "لأنها"}),
}

// causalSecond is the second word a causal first word needs ("ya" only in
// "ya que", "parce" in "parce que", "puesto" and "visto" before "que").
var causalSecond = map[string]string{"ya": "qu", "puesto": "qu", "visto": "qu", "parce": "qu"}

// consequenceAt reports whether token i opens a clause of consequence
// after a comma (consequenceWords: ", so", ", donc", "，所以", ", bu
// yüzden").
func (r *run) consequenceAt(i int) bool {
	if i == 0 || !consequenceWords[r.lang].has(r.d.word(i)) {
		return false
	}
	// Turkish "…, bu yüzden": the demonstrative before the word.
	return strings.ContainsAny(r.d.gap(i-1), ",，、") || r.lang == "tr" && i > 1 && r.d.word(i-1) == "bu" && strings.Contains(r.d.gap(i-2), ",")
}

// causalAt reports whether token i opens a clause of reason (causalWords).
func (r *run) causalAt(i int) bool {
	set := causalWords[r.lang]
	if set == nil {
		return false
	}
	w := r.d.word(i)
	if !set.has(w) {
		return false
	}
	if second, ok := causalSecond[w]; ok {
		return i+1 < len(r.d.toks) && strings.HasPrefix(r.d.word(i+1), second)
	}
	return true
}

// A gap's words may hold a coordinated list (#13, left17b's list_gap17):
// "Many believe jade brings calm, balance and a little good luck" claims
// luck brought though five words stand between "brings" and "luck".
// Members of at most listMemberMax words joined by commas and closed by a
// coordinating conjunction (listStep) restart the gap's count; the whole
// gap stays within listGapMax words, and a longer member ("brings out the
// green, and many find") counts as before.
const (
	listMemberMax = 2
	listGapMax    = 9
)

// listAnd are, per language, the conjunctions that join a list's members
// (the last member follows one: "calm, balance and luck"); Arabic و is a
// clitic, the Han and kana languages write their lists with 、 and particles.
var listAnd = map[string]wordSet{
	"en": newWordSet([]string{"and", "or"}),
	"fr": newWordSet([]string{"et", "ou"}),
	"de": newWordSet([]string{"und", "oder", "sowie"}),
	"it": newWordSet([]string{"e", "ed", "o"}),
	"es": newWordSet([]string{"y", "e", "o", "u"}),
	"pt": newWordSet([]string{"e", "ou"}),
	"nl": newWordSet([]string{"en", "of"}),
	"sv": newWordSet([]string{"och", "eller"}),
	"da": newWordSet([]string{"og", "eller"}),
	"nb": newWordSet([]string{"og", "eller"}),
	"fi": newWordSet([]string{"ja", "tai", "sekä"}),
	"pl": newWordSet([]string{"i", "oraz", "lub"}),
	"cs": newWordSet([]string{"a", "i", "nebo"}),
	"el": newWordSet([]string{"και", "ή"}),
	"tr": newWordSet([]string{"ve", "veya"}),
	"zh": newWordSet([]string{"和", "与", "與", "及"}),
}

// listStep counts token k into a gap (matchFrom): counted, its words since
// the last list's end, member, the words of the list member k stands in,
// and pending, whether commas after short members have opened a list that
// no conjunction has closed yet. A comma (or the ideographic 、，) after a
// member of 1 to listMemberMax words opens or continues a list, counted on
// (a comma alone ends a clause as often: "odolný proti poškrábání, takže
// povrch" is no list); a conjunction of listAnd after such a list and one
// more short member closes it and restarts the count ("calm, balance and").
// A conjunction with no comma list before it restarts nothing: it joins
// clauses as often ("zou stress verminderen en je energie weer in balans",
// "equilibrio e dona serenità"), and so does ", and" after one member; a
// longer member ends the list.
func (r *run) listStep(k, counted, member int, pending bool) (int, int, bool) {
	if listAnd[r.lang].has(r.d.word(k)) {
		if pending && member >= 1 && member <= listMemberMax {
			return 0, 0, false
		}
		return counted + 1, 0, false
	}
	counted, member = counted+1, member+1
	if member > listMemberMax {
		return counted, member, false
	}
	if strings.ContainsAny(r.d.gap(k), ",、，") {
		return counted, 0, true
	}
	return counted, member, pending
}

// clauseClosedAt reports whether a pair's gap that starts at token j
// crosses the end of its first half's clause: a comma right before j and
// a conjunction of listAnd at j, with no word between the half and the
// comma ("Utan syre ruttnade veden aldrig, och garvsyran mörknade den",
// the wood never rotted, and the tannin darkened it: "never" closes its
// clause, and the darkening is the next clause's, said of bog oak's
// colour; #13, explain68: released 67B sv-SE 67B04-1). A list after the
// half ("never rusts, tarnishes or fades") has words before its comma
// and reads as before.
func (r *run) clauseClosedAt(j int) bool {
	// the word as written: folding reads Portuguese "é" (is) as "e"
	// (and), and ", é só avisar" opens no clause of its own
	return j > 0 && j < len(r.d.toks) && strings.ContainsAny(r.d.gap(j-1), ",，") && listAnd[r.lang].has(r.d.word(j)) && strings.ToLower(r.d.orig(j, j+1)) == r.d.word(j)
}

// clauseMarks end a clause for a pair's gap (conceptPair).
const clauseMarks = ";:()—–"

// sentenceHas reports whether a word of the sentence of token s, outside
// the match [s, e), matches one of toks and is not negated ("without
// polishing", "without ever taking it off" do not count; a negation up to
// four words before it cancels it) nor dismissed (dismissWords up to four
// words before it or three after: "Forget the polishing cloth: it stays
// bright", "ein Beutel zum Aufbewahren ist unnötig" are claims, #13). Inside the match only the words of its
// gap count: the form's own words belong to the claim itself ("never needs
// polishing", "no need to take it off"), while "take it off before
// swimming" is care advice although "take ... swimming" is a form.
func (r *run) sentenceHas(s, e int, toks, own []formTok, dismiss bool) bool {
	if len(toks) == 0 {
		return false
	}
	st := r.stems()
	sn := r.d.sents[r.d.toks[s].sent]
	ts, te := sn.ts, sn.te
	if dismiss {
		// An excusing word stands in the match's own clause of the
		// sentence's semicolons: "guárdelo por separado; el cierre nunca
		// se oscurece" is advice and then a claim (#13, probe17a's
		// semicolon17).
		ts, te = r.semicolonClause(s, e, ts, te)
	}
	for k := ts; k < te; k++ {
		if k >= s && k < e && r.formWord(own, k, st) {
			// The form's own words never excuse it; a word in its gap
			// does ("take it off before swimming" is care advice).
			continue
		}
		for _, t := range toks {
			if r.tokMatches(t, k, st) && !((r.d.negatedInClause(r.lang, k, 4) || r.d.sparedByWithout(r.lang, k)) && !(dismiss && r.negatedByMatch(s, e, k))) && !(dismiss && (r.d.anyNear(k, k+1, 4, 3, dismissWords) || r.d.finishSense(k) || r.d.keepSense(k) || r.sparedByClaim(e, k))) {
				return true
			}
		}
	}
	return false
}

// sparedByClaim reports whether the care word k stands after the match
// ending at e, past a conjunction of consequence (consequenceWords) that
// is followed, before k, by a word that waves care away (dismissWords):
// "Silvret behåller sin lyster i många år utan att mörkna, så du behöver
// knappt putsa armbandet och förvara det i en tät påse" names the care
// the claim spares, so neither the polishing nor the pouch excuses it
// (#13, claims40; released 40B sv-SE 40B102). Care before the claim
// ("store it in a pouch so it keeps its shine") is untouched.
func (r *run) sparedByClaim(e, k int) bool {
	cw := consequenceWords[r.lang]
	if cw == nil || k < e {
		return false
	}
	sent := r.d.toks[k].sent
	for c := e; c < k; c++ {
		if r.d.toks[c].sent != sent || !cw.has(r.d.word(c)) {
			continue
		}
		for j := c + 1; j < k; j++ {
			if dismissWords.has(r.d.word(j)) {
				return true
			}
		}
		return false
	}
	return false
}

// sentenceHasPhrase is sentenceHas for unless entries of more than one
// word (conceptDef.Unless): a phrase starting in the match's semicolon
// clause whose words are none of the form's own words in the match, not
// negated up to four words before its first word (unless the negation is
// the match's own head) and not dismissed. "Take it off when you shower"
// and "Tag det af i badet" are care advice; "you never need to take it
// off" and "no need to take it off for the shower" deny it (#13, claims40).
func (r *run) sentenceHasPhrase(s, e int, phrases [][]formTok, own []formTok) bool {
	if len(phrases) == 0 {
		return false
	}
	st := r.stems()
	sn := r.d.sents[r.d.toks[s].sent]
	ts, te := r.semicolonClause(s, e, sn.ts, sn.te)
	for k := ts; k < te; k++ {
		for _, toks := range phrases {
			j, ok := r.matchForm(toks, k, st)
			if !ok || j > te {
				continue
			}
			// The phrase is the match's own when its first and last
			// words are the form's: "no need to take it off" denies the
			// removal it names. A removal whose last word stands in the
			// match's gap is care advice around the form's words ("take
			// it off for swimming" holds "take ... swimming"; #13,
			// regclaim55: probe 55C en-US 55C04).
			own := k >= s && k < e && r.formWord(own, k, st) && j-1 >= s && j-1 < e && r.formWord(own, j-1, st)
			if own {
				continue
			}
			if (r.d.negatedInClause(r.lang, k, 4) || r.d.sparedByWithout(r.lang, k)) && !r.negatedByMatch(s, e, k) {
				continue
			}
			if r.d.anyNear(k, j, 4, 3, dismissWords) {
				continue
			}
			return true
		}
	}
	return false
}

// sentenceNames reports whether a word of the sentence of token s, in a
// match or outside it, matches one of toks, negated or not: a
// coating named to be denied ("not a plating", "keine Beschichtung,
// deshalb verblasst", "وليس طلاءً، لذلك لا يبهت") is named
// (conceptDef.Coating).
func (r *run) sentenceNames(s int, toks []formTok) bool {
	if len(toks) == 0 {
		return false
	}
	st := r.stems()
	sn := r.d.sents[r.d.toks[s].sent]
	for k := sn.ts; k < sn.te; k++ {
		for _, t := range toks {
			if r.tokMatches(t, k, st) {
				return true
			}
		}
	}
	return false
}

// negatedByMatch reports whether the negation of the care word k, in the
// gap of the match s..e, is the match's own head: the nearest negation
// before k stands in the match, so it denies the advice, not the finish
// ("Ikke puss den oksiderte rammen", don't polish the oxidised frame, is
// no "ikke ... oksiderer"; #13, careadvice38). A care word negated before
// the match ("without ever polishing it, it never tarnishes") still
// excuses nothing.
func (r *run) negatedByMatch(s, e, k int) bool {
	if k <= s || k >= e {
		return false
	}
	for j := k - 1; j >= s && j >= k-4; j-- {
		if isNegation(r.lang, r.d.word(j)) {
			return true
		}
	}
	return false
}

// semicolonClause narrows the sentence's tokens [ts, te) to those of the
// tokens [s, e) between the semicolons around them (Greek ano teleia and
// the Arabic and full-width semicolons too).
func (r *run) semicolonClause(s, e, ts, te int) (int, int) {
	d := r.d
	semi := func(k int) bool { // a semicolon between tokens k-1 and k
		gap := d.text[d.toks[k-1].be:d.toks[k].bs]
		return strings.ContainsAny(gap, ";；؛\u0387\u00b7") // Greek ano teleia, Arabic semicolon
	}
	a := s
	for a > ts && !semi(a) {
		a--
	}
	b := max(e, s+1)
	for b < te && !semi(b) {
		b++
	}
	return a, b
}

// subjectAfter is how many words after a match a subject word may stand
// and still be the noun the match describes (a head-final relative
// clause: "rengini koruyan gümüş", "色あせないシルバー").
const subjectAfter = 2

// otherSubject reports whether the match s..e speaks of another thing
// than its concept's subject (conceptDef.OtherSubjects): no subject word
// in the match or the subjectAfter words after it, and, reading back to
// the sentence's start, a word of others before any word of subjects.
func (r *run) otherSubject(s, e int, subjects, others []formTok) bool {
	if len(others) == 0 {
		return false
	}
	st := r.stems()
	sn := r.d.sents[r.d.toks[s].sent]
	has := func(toks []formTok, k int) bool { return r.anyTokAt(toks, k, st) }
	for k := s; k < min(e+subjectAfter, sn.te); k++ {
		if has(subjects, k) {
			return false
		}
	}
	attr := -1 // the first other subject read back that is an attribute
	for k := s - 1; k >= sn.ts; k-- {
		if r.contrastAt(k) {
			// "dureza 4 …, pero sus ganchos conservan el brillo": a
			// contrast opens a clause with a subject of its own; a noun
			// before it says nothing of whom the match speaks (#13,
			// figure39; released 33 es-MX 33A120-2).
			break
		}
		subject, other := has(subjects, k), has(others, k)
		if (subject || other) && r.placeOf(k, sn.ts, sn.te) {
			// "setzen Akzente zwischen den Steinen und behalten ihren
			// Glanz", "die Steine zwischen den Silberperlen behalten
			// ihren Glanz": a noun said as a place is where, not who.
			continue
		}
		if subject {
			return false
		}
		if other && r.attributeOf(k, sn.ts, sn.te) {
			// "ein Silberanhänger mit Emaille, der nie anläuft": an
			// other subject after a preposition of material or
			// accompaniment is an attribute of the noun before it; a
			// subject before it is the claim's ("Silber mit Emaille
			// läuft nie an"), and with none the attribute's reading
			// stands ("Mit Emaille behält es seine Farbe"; #13,
			// govern41: held-out 21 fr-FR claim_tarnish passed once
			// enamel joined tarnish_proof's other subjects).
			if attr < 0 {
				attr = k
			}
			continue
		}
		if other && r.subjectOfOther(k, sn.ts, subjects, has) {
			// "يجعل هذا المزيج الخاتم أكثر صلابة …، ولن يفقد بريقه": a
			// hardness said of the piece or its metal right before it
			// is theirs, and the match after it still speaks of them
			// (#13, miss46: released 46B ar-AE 46B104-3).
			return false
		}
		if other {
			return !r.coordinatedSubject(k, sn.ts, subjects, has)
		}
	}
	if attr >= 0 {
		return !r.coordinatedSubject(attr, sn.ts, subjects, has)
	}
	// "… has been heated, a long-established treatment … to improve its
	// colour and clarity. The result is stable under normal wear, so the
	// colour will not fade": a sentence of no subject and no other
	// subject that opens on a noun of result speaks of what the sentence
	// before did, and a match in it is that sentence's subject's (an
	// other subject read back from its end: the stone and its heating,
	// FTC 16 CFR 23.22's disclosure of a treatment and its permanence;
	// #13, claims45: released 45B en-AU 45B104-2). With no sentence
	// before, or one whose subject is the metal or its plating, the claim
	// stands.
	if sn.ts > 0 && r.resultOpens(sn.ts, sn.te) {
		// A sentence before that names a stone of the locale's
		// vocabulary and no subject is the stone's too ("Safiren har
		// värmebehandlats för att jämna ut färgen. Förändringen är
		// permanent och kräver ingen särskild skötsel"; #13, care67).
		prev := sn.ts - 1
		ps := r.d.sents[r.d.toks[prev].sent]
		return r.otherSubject(prev, prev+1, subjects, others) || !r.sentenceNames(ps.ts, subjects) && r.stoneTopic(ps.ts, ps.te, others)
	}
	return false
}

// resultNouns are the nouns of result and of change by language ("the
// result", "das Ergebnis", "le résultat"; "the change", "die Veränderung",
// "ce changement", この変化, 이 변화는, 这种变化): one of them among the
// first two words of a sentence refers back to the sentence before
// (otherSubject), as a treatment's change said to be permanent does ("Like
// most sapphires, this one has been heated … The change is permanent and
// needs no special care": the heating's, FTC 16 CFR 23.22; #13, care67).
var resultNouns = map[string]wordSet{
	"en": newWordSet([]string{"result", "outcome", "effect", "change"}),
	"de": newWordSet([]string{"ergebnis", "resultat", "veränderung", "änderung"}),
	"fr": newWordSet([]string{"résultat", "changement"}),
	"es": newWordSet([]string{"resultado", "cambio"}),
	"it": newWordSet([]string{"risultato", "cambiamento"}),
	"pt": newWordSet([]string{"resultado", "mudança", "alteração"}),
	"nl": newWordSet([]string{"resultaat", "verandering"}),
	"sv": newWordSet([]string{"resultatet", "förändringen"}),
	"da": newWordSet([]string{"resultatet", "ændringen", "forandringen"}),
	"nb": newWordSet([]string{"resultatet", "endringen", "forandringen"}),
	"fi": newWordSet([]string{"tulos", "lopputulos", "muutos"}),
	"pl": newWordSet([]string{"efekt", "rezultat", "zmiana"}),
	"cs": newWordSet([]string{"výsledek", "změna"}),
	"el": newWordSet([]string{"αποτέλεσμα", "αλλαγή"}),
	"tr": newWordSet([]string{"sonuç", "sonuc", "değişim", "değişiklik"}),
	"ar": newWordSet([]string{"النتيجة", "التغيير", "التغير"}),
	"ja": newWordSet([]string{"結果", "変化"}),
	"ko": newWordSet([]string{"결과는", "결과가", "변화는", "변화가"}),
	"zh": newWordSet([]string{"结果", "变化", "效果"}),
}

// resultOpens reports whether one of the language's resultNouns stands
// among the first two words of the sentence ts..te.
func (r *run) resultOpens(ts, te int) bool {
	set, ok := resultNouns[r.lang]
	if !ok {
		return false
	}
	for k := ts; k < min(ts+2, te); k++ {
		if set.has(r.d.word(k)) {
			return true
		}
	}
	return false
}

// attributeReach is how many words a preposition of material or
// accompaniment may stand before the noun it governs ("with enamel",
// "avec de l'émail": the partitive article between).
const attributeReach = 3

// attributeWords are the prepositions of material and accompaniment by
// language, as the copy's words are folded (newWordSet): a noun they
// govern describes the noun before it ("a pendant with enamel", "un
// pendentif en émail", "ein Anhänger mit Emaille", "přívěsek se
// smaltem"). Genitive prepositions (of, de, di, van) are not here: "the
// colour of the enamel" is the enamel's. Languages that mark the relation
// with a case ending or a particle (Finnish, Turkish, Arabic, Japanese,
// Korean, Chinese) have none.
var attributeWords = func() map[string]wordSet {
	by := map[string][]string{
		"en": {"with", "in"}, "de": {"mit", "aus"}, "fr": {"en", "avec"}, "it": {"con", "in"},
		"es": {"con", "en"}, "pt": {"com", "em"}, "nl": {"met"}, "sv": {"med"}, "da": {"med"},
		"nb": {"med"}, "pl": {"z", "ze"}, "cs": {"s", "se"}, "el": {"με"},
	}
	m := make(map[string]wordSet, len(by))
	for lang, ws := range by {
		m[lang] = newWordSet(ws)
	}
	return m
}()

// attributeOf reports whether the other subject at word k, in the
// sentence's tokens [ts, te), is governed by a preposition of material or
// accompaniment (attributeWords) within attributeReach words (an article
// or adjective between: "with black enamel"), no comma or conjunction
// between, and is not
// itself the head of a relative clause that follows it ("…, avec un émail
// qui garde sa couleur": the enamel keeps its colour; in German, Dutch and
// Danish, whose relative pronouns are articles, only after a comma). Such a
// noun is an attribute of the noun before it, not the subject of the
// sentence's claim (#13, govern41).
func (r *run) attributeOf(k, ts, te int) bool {
	aw, ok := attributeWords[r.lang]
	if !ok {
		return false
	}
	if k+1 < te {
		if rel := relativeWords[r.lang]; rel.has(r.d.word(k + 1)) {
			switch r.lang {
			case "de", "nl", "da":
				if strings.ContainsAny(r.d.gap(k), listSeparators) {
					return false
				}
			default:
				return false
			}
		}
	}
	ands := andWords[r.lang]
	for j := k - 1; j >= max(ts, k-attributeReach); j-- {
		if strings.ContainsAny(r.d.gap(j), clauseMarks+listSeparators+".!?") {
			return false
		}
		w := r.d.word(j)
		if aw.has(w) {
			return true
		}
		if slices.Contains(ands, w) {
			return false // "silver and enamel": coordinated, not governed
		}
	}
	return false
}

// baseSubject reports whether the match s..e speaks of the body metal
// (conceptDef.Base): no subject word that is no base word in the match or
// the subjectAfter words after it (a coating word there is the film the
// match names: "forms a protective layer against corrosion"), and,
// reading back to the sentence's start (to a contrast, as otherSubject
// stops), a base word before any other subject word; a word said as a
// place is passed over.
func (r *run) baseSubject(s, e int, subjects, base, coating []formTok) bool {
	st := r.stems()
	sn := r.d.sents[r.d.toks[s].sent]
	has := func(toks []formTok, k int) bool { return r.anyTokAt(toks, k, st) }
	for k := s; k < min(e+subjectAfter, sn.te); k++ {
		if has(base, k) {
			return true
		}
		if has(subjects, k) && !has(coating, k) {
			return false
		}
		if has(coating, k) && r.appliedCoating(k) {
			// "schützt die Vergoldung vor dem Anlaufen", "beschermt
			// de verguldsel tegen verkleuring": a plating the match says
			// is kept from tarnish is the claim, not the metal's own film
			// (#13, adv41).
			return false
		}
	}
	for k := s - 1; k >= sn.ts; k-- {
		if r.contrastAt(k) {
			return false
		}
		b, subject := has(base, k), has(subjects, k)
		if (b || subject) && (r.placeOf(k, sn.ts, sn.te) || locativeCase(r.lang, r.d.word(k))) {
			continue
		}
		if b && r.baseGoverned(k, sn.ts, func(j int) bool { return has(subjects, j) && !has(base, j) }) {
			// "The gold plating on steel resists tarnish", "the gold
			// plating with steel beneath": a base word governed by a
			// preposition describes the noun before it, which is the
			// claim's subject (#13, adv41).
			return false
		}
		if b {
			return true
		}
		if subject {
			return false
		}
	}
	return false
}

// filmWords are the coating words (conceptDef.Coating) that name a layer
// or film in general, which a metal may grow of itself ("forms its own
// protective layer", "vormt een beschermende laag"), as against a plating
// applied to it; folded (#13, adv41).
var filmWords = func() map[string]wordSet {
	by := map[string][]string{
		"en": {"layer", "layers", "coating", "coatings", "film", "films"}, "nl": {"laag", "laagje", "coating"},
		"de": {"schicht", "schutzschicht", "überzug"}, "fr": {"couche", "revêtement", "film"}, "es": {"capa", "película", "revestimiento"},
		"pt": {"camada", "película", "revestimento"}, "it": {"strato", "pellicola", "rivestimento"}, "sv": {"skikt", "lager", "hinna"},
		"da": {"lag", "hinde"}, "nb": {"lag", "hinne"}, "pl": {"warstwa", "warstwę", "warstwą", "warstwy"}, "cs": {"vrstva", "vrstvu", "vrstvou", "vrstvy"},
	}
	m := make(map[string]wordSet, len(by))
	for lang, ws := range by {
		m[lang] = newWordSet(ws)
	}
	return m
}()

// appliedCoating reports whether the coating word at k names a plating
// applied to the metal (grounding.PlatingWord: "plating", "Vergoldung",
// "verguldsel", "placage") rather than a layer or film in general
// (filmWords).
func (r *run) appliedCoating(k int) bool {
	if fw, ok := filmWords[r.lang]; ok && fw.has(r.d.word(k)) {
		return false
	}
	return grounding.PlatingWord(r.in.Locale, r.d.orig(k, k+1))
}

// governedBaseReach is how many words before a base word a preposition
// governing it may stand ("on steel", "with steel beneath", "on the
// steel").
const governedBaseReach = 3

// onWords are the prepositions of a layer's support ("plating on steel",
// "Vergoldung auf Stahl"), folded; baseGoverned reads them with
// attributeWords.
var onWords = func() map[string]wordSet {
	by := map[string][]string{
		"en": {"on", "over", "upon", "onto", "atop"}, "de": {"auf", "über"}, "fr": {"sur"}, "it": {"su", "sul", "sullo", "sulla"},
		"es": {"sobre"}, "pt": {"sobre"}, "nl": {"op", "over"}, "sv": {"på", "över"}, "da": {"på", "over"}, "nb": {"på", "over"},
		"pl": {"na"}, "cs": {"na"}, "el": {"πάνω", "σε"},
	}
	m := make(map[string]wordSet, len(by))
	for lang, ws := range by {
		m[lang] = newWordSet(ws)
	}
	return m
}()

// baseGoverned reports whether the base word at k is governed by a
// preposition of material, accompaniment or support (attributeWords,
// onWords) within governedBaseReach words before it, with head, a
// subject word that is no base word, right before the preposition: "the
// gold plating on steel", "die Vergoldung auf Edelstahl" name the plating
// as the subject, the steel as what it lies on. "The chromium in the
// steel" has a base word before "in" and stays the steel's (#13, adv41).
func (r *run) baseGoverned(k, ts int, head func(int) bool) bool {
	aw, ow := attributeWords[r.lang], onWords[r.lang]
	for j := k - 1; j >= max(ts, k-governedBaseReach); j-- {
		if strings.ContainsAny(r.d.gap(j), clauseMarks+listSeparators+".!?") {
			return false
		}
		w := r.d.word(j)
		if aw.has(w) || ow.has(w) {
			for h := j - 1; h >= max(ts, j-2); h-- {
				if head(h) {
					return true
				}
			}
			return false
		}
	}
	return false
}

// locativeCase reports whether w is a noun in a locative case ending of
// a language that marks place on the noun (Turkish -DA, Finnish -ssA and
// -llA, Korean 에, 에서): "krom yüzeyde koruyucu bir tabaka oluşturarak",
// the chromium forms a layer on the surface, where the surface is where.
func locativeCase(lang, w string) bool {
	var ends []string
	switch lang {
	case "tr":
		ends = []string{"de", "da", "te", "ta"}
	case "fi":
		ends = []string{"ssa", "ssä", "lla", "llä"}
	case "ko":
		ends = []string{"에", "에서"}
	default:
		return false
	}
	for _, e := range ends {
		if len(w) > len(e)+2 && strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// compareReach is how many words after a match a comparative word may
// stand and still grade it ("withstands wear better", "يدوم لونه الدافئ
// أطول").
const compareReach = 4

// comparedAt reports whether a word of compare stands in the match s..e,
// in the two words before it or in the compareReach words after it, in
// its sentence (conceptDef.Compare).
func (r *run) comparedAt(s, e int, compare []formTok) bool {
	st := r.stems()
	sn := r.d.sents[r.d.toks[s].sent]
	for k := max(s-2, sn.ts); k < min(e+compareReach, sn.te); k++ {
		for _, t := range compare {
			if r.tokMatches(t, k, st) {
				return true
			}
		}
	}
	return false
}

// nobleKeepBefore is how many words before a noble subject nobleSubject
// reads for a word of the piece or its owner ("our platinum", "this
// tantalum").
const nobleKeepBefore = 3

// nobleSubject reports whether the subject of the match starting at s,
// read back to its sentence's start, is a metal of noble: a noble word
// before any keep word, with no keep word in the nobleKeepBefore words
// before it (conceptDef.Noble; #13, corrosion48).
func (r *run) nobleSubject(s int, noble, keep []formTok) bool {
	st := r.stems()
	sn := r.d.sents[r.d.toks[s].sent]
	for k := s - 1; k >= sn.ts; k-- {
		if r.anyTokAt(keep, k, st) {
			return false
		}
		if !r.anyTokAt(noble, k, st) {
			continue
		}
		for j := k - 1; j >= max(k-nobleKeepBefore, sn.ts); j-- {
			if r.anyTokAt(keep, j, st) {
				return false
			}
		}
		return true
	}
	return false
}

// nobleGeneral reports whether the guide's claim phrase at [s, e) ("will
// not tarnish", "läuft nicht an", "ne ternit pas", "no se oxida", "non si
// ossida"), whose claim is the concept id, speaks of a metal that does not
// tarnish of itself in general, as checkConcepts spares the concept's own
// forms: its subject is a noble word of the concept (platinum, titanium,
// Platin, titane), no absolute or forever word, no coating named as the
// piece's, no plated piece ("Platinum will not tarnish", "Titan läuft
// nicht an", "Le platine ne ternit pas"; #13, held51). The guide's phrase
// list is matched as written and blocked those sentences that the
// concept's forms, in the same words, let pass; "this ring will not
// tarnish" and "Platinum will never tarnish" still block.
func (r *run) nobleGeneral(id string, s, e int) bool {
	cs := r.cg.conceptSet(r.lang)
	for k := range cs.defs {
		if cs.defs[k].ID != id || len(cs.noble[k]) == 0 {
			continue
		}
		return r.nobleSubject(s, cs.noble[k], cs.nobKeep[k]) && !r.spanHas(s, e, cs.absolute[k]) &&
			!r.saidForever(s, e, cs.forever[k]) && !r.ownCoatingNamed(s, cs.coating[k]) && !layeredFinish(&r.in.Product)
	}
	return false
}

// gradedBefore reports whether a degree word of graded stands in the two
// words right before s in its sentence: a negating form graded from
// before ("更不易氧化", less apt to oxidise) is a comparative, one graded
// after ("ne ternit plus", "non si ossida più": no longer) is none.
func (r *run) gradedBefore(s int, graded []formTok) bool {
	st := r.stems()
	sn := r.d.sents[r.d.toks[s].sent]
	for k := max(s-2, sn.ts); k < s; k++ {
		for _, t := range graded {
			if r.tokMatches(t, k, st) {
				return true
			}
		}
	}
	return false
}

// unlikeWords are, by language, the words that set a noun apart as the
// term of a contrast ("unlike silver-plated brass", "anders als",
// "contrairement à", "a diferencia de", "a differenza di", "ao contrário
// de", "in tegenstelling tot", "till skillnad från", "i modsætning til",
// "toisin kuin", "w przeciwieństwie do", "na rozdíl od", "σε αντίθεση με",
// "aksine", "على عكس", と違って, 와 달리, 与…不同): before the noun, or
// after it where the language puts it there (tr, ja, ko, zh).
var unlikeWords = map[string]wordSet{
	"en": newWordSet([]string{"unlike", "instead", "rather"}),
	"de": newWordSet([]string{"anders", "gegensatz", "statt", "anstatt"}),
	"fr": newWordSet([]string{"contrairement", "contraire", "différence", "lieu"}),
	"es": newWordSet([]string{"diferencia", "contrario", "vez"}),
	"it": newWordSet([]string{"differenza", "contrario", "invece"}),
	"pt": newWordSet([]string{"contrário", "diferença", "vez"}),
	"nl": newWordSet([]string{"tegenstelling", "anders", "plaats"}),
	"sv": newWordSet([]string{"skillnad", "stället"}),
	"da": newWordSet([]string{"modsætning", "stedet"}),
	"nb": newWordSet([]string{"motsetning", "stedet"}),
	"fi": newWordSet([]string{"toisin", "sijaan"}),
	"pl": newWordSet([]string{"przeciwieństwie", "zamiast"}),
	"cs": newWordSet([]string{"rozdíl", "rozdílu", "místo"}),
	"el": newWordSet([]string{"αντίθεση", "αντιθεση", "αντί", "αντι"}),
	"tr": newWordSet([]string{"aksine", "farklı", "yerine"}),
	"ar": newWordSet([]string{"عكس", "خلاف", "بخلاف", "بدلا", "بدلاً"}),
	"ja": newWordSet([]string{"違っ", "違い", "異なり", "代わり"}),
	"ko": newWordSet([]string{"달리", "대신"}),
	"zh": newWordSet([]string{"不同", "不像", "不同于", "不同於", "而非"}),
}

// ownCoatingNamed reports whether a coating word of coating stands in the
// sentence of s as the piece's: not negated ("silver all the way
// through, not plated") and not the term of a contrast (unlikeWords in
// the three words before it or, in tr, ja, ko, zh, the three after it:
// "unlike silver-plated brass, it … tarnishes more slowly than
// traditional sterling", released 47B en-AU 47B104-3). "Thanks to its
// coating, it tarnishes far more slowly than ordinary silver" names the
// piece's own (#13, claims47).
func (r *run) ownCoatingNamed(s int, coating []formTok) bool {
	if len(coating) == 0 {
		return false
	}
	st := r.stems()
	sn := r.d.sents[r.d.toks[s].sent]
	unlike := unlikeWords[r.lang]
	after := r.lang == "tr" || r.lang == "ja" || r.lang == "ko" || r.lang == "zh"
	for k := sn.ts; k < sn.te; k++ {
		named := false
		for _, t := range coating {
			if r.tokMatches(t, k, st) {
				named = true
				break
			}
		}
		if !named {
			continue
		}
		apart := r.negated(k)
		for j := max(k-3, sn.ts); j < k && !apart; j++ {
			apart = unlike.has(r.d.word(j))
		}
		for j := k + 1; after && j < min(k+4, sn.te) && !apart; j++ {
			apart = unlike.has(r.d.word(j))
		}
		if !apart {
			return true
		}
	}
	return false
}

// thanReach is how many words before or after a match a word bringing in
// a comparative's standard may stand: after it in "tarnishes more slowly
// than traditional sterling silver", before it where the standard comes
// first (比传统的925银氧化变色更慢, "sterling gümüşe göre daha yavaş
// kararır", スターリングシルバーより変色しにくい).
const thanReach = 8

// thanNear reports whether a word of than stands in the match s..e or
// within thanReach words of it, in its sentence (conceptDef.Than). Korean
// glues its 보다 to the standard ("스털링 실버보다"): there a word that ends
// in a than word counts too.
func (r *run) thanNear(s, e int, than []formTok) bool {
	sn := r.d.sents[r.d.toks[s].sent]
	return r.windowHas(s, e, thanReach, than, func(t formTok, k int, matched bool) bool {
		return (matched || r.lang == "ko" && strings.HasSuffix(r.d.word(k), t.d().s)) && !r.thanVoidAt(k, sn.ts, sn.te)
	})
}

// thanVoid are, by language, the words that make a comparative's
// standard no real one: every other thing or every earlier time ("more
// tarnish-resistant than any other silver", "than ever", "als jedes
// andere", "que tout autre", "que cualquier otro", "di qualsiasi altro",
// "dan ooit", "än någonsin", "kuin mikään muu", "niż jakiekolwiek",
// "než jakýkoli", "από οποιοδήποτε", "من أي", 比任何, 比以往): a superlative
// or an absolute said as a comparative, which keeps the claim (FTC 16 CFR
// 23.1; UK CAP Code 3.7; #13, adv47b). They follow the than word, or
// precede it where the standard comes first (tr göre, ja より, ko 보다:
// thanVoidBefore).
var thanVoid = map[string]wordSet{
	"en": newWordSet([]string{"any", "ever", "anything", "all", "every", "everything", "before"}),
	"de": newWordSet([]string{"jedes", "jede", "jeder", "jedem", "jeden", "alle", "allen", "alles", "je", "jemals", "zuvor", "sonst", "irgendein", "irgendeine", "irgendeines", "irgendwann"}),
	"fr": newWordSet([]string{"tout", "toute", "tous", "toutes", "jamais", "aucun", "aucune", "importe", "auparavant"}),
	"es": newWordSet([]string{"cualquier", "cualquiera", "todos", "todas", "todo", "nunca", "ningún", "ninguna", "ninguno", "antes"}),
	"it": newWordSet([]string{"qualsiasi", "qualunque", "tutti", "tutte", "tutto", "mai", "ogni"}),
	"pt": newWordSet([]string{"qualquer", "quaisquer", "todos", "todas", "tudo", "nunca", "nenhum", "nenhuma", "antes"}),
	"nl": newWordSet([]string{"elk", "elke", "ieder", "iedere", "alle", "alles", "ooit", "tevoren", "welk", "welke"}),
	"sv": newWordSet([]string{"något", "någon", "några", "alla", "allt", "någonsin"}),
	"da": newWordSet([]string{"noget", "nogen", "alle", "alt", "nogensinde", "hidtil"}),
	"nb": newWordSet([]string{"noe", "noen", "alle", "alt", "noensinne", "hittil"}),
	"fi": newWordSet([]string{"mikään", "mitkään", "kaikki", "koskaan", "ennen"}),
	"pl": newWordSet([]string{"jakiekolwiek", "jakikolwiek", "jakakolwiek", "każde", "każdy", "każda", "wszystkie", "wszystko", "kiedykolwiek", "dotąd"}),
	"cs": newWordSet([]string{"jakýkoli", "jakékoli", "jakákoli", "jakýkoliv", "jakékoliv", "jakákoliv", "všechny", "všechno", "kdykoli", "kdykoliv", "dříve"}),
	"el": newWordSet([]string{"οποιοδήποτε", "οποιοδηποτε", "οποιονδήποτε", "οποιονδηποτε", "οποιαδήποτε", "οποιαδηποτε", "όλα", "ολα", "όλους", "ολους", "ποτέ", "ποτε"}),
	"ar": newWordSet([]string{"أي", "كل", "مضى"}),
	"zh": newWordSet([]string{"任何", "以往", "以前", "从前", "從前", "过去", "過去", "所有"}),
}

// thanVoidBefore are thanVoid's words for the languages whose standard
// comes before the than word: "tüm metallere göre", "her zamankinden",
// どの金属より, 今までより, 어떤 금속보다, 그 어느 때보다.
var thanVoidBefore = map[string]wordSet{
	"tr": newWordSet([]string{"tüm", "bütün", "herhangi", "hiçbir", "her"}),
	"ja": newWordSet([]string{"どの", "いかなる", "これまで", "今まで", "以前", "どんな"}),
	"ko": newWordSet([]string{"어떤", "어느", "모든", "이전보다", "예전보다", "전보다"}),
}

// thanVoidAt reports whether the than word at k brings in a void
// standard (thanVoid in the three words after it, thanVoidBefore in the
// three before it and k itself), within ts..te.
func (r *run) thanVoidAt(k, ts, te int) bool {
	if v, ok := thanVoid[r.lang]; ok {
		for j := k + 1; j < min(k+4, te); j++ {
			if v.has(r.d.word(j)) {
				return true
			}
		}
	}
	if v, ok := thanVoidBefore[r.lang]; ok {
		for j := max(k-3, ts); j <= k; j++ {
			if v.has(r.d.word(j)) {
				return true
			}
		}
	}
	return false
}

// contrastDoc is contrastWords folded as document words are (foldWord:
// Greek "αλλά" is the copy's "αλλα").
var contrastDoc = func() map[string]wordSet {
	m := make(map[string]wordSet, len(contrastWords))
	for lang, ws := range contrastWords {
		m[lang] = newWordSet(ws)
	}
	return m
}()

// contrastAt reports whether word k is a conjunction of contrast
// (contrastWords, folded as the copy's words are), a Korean word ending
// in the contrastive -지만 ("8이지만", but it is 8), or the Japanese
// conjunctive が after a polite or plain copula or verb ending ("ですが",
// "ますが", "だが"; not the subject marker: "石が").
func (r *run) contrastAt(k int) bool {
	w := r.d.word(k)
	if contrastDoc[r.lang].has(w) || r.spansContrast(k, k+1) {
		return true
	}
	switch r.lang {
	case "ko":
		return strings.HasSuffix(w, "지만")
	case "ja":
		if w != "が" || k == 0 {
			return false
		}
		switch r.d.word(k - 1) {
		case "です", "ます", "だ", "でした", "ました", "だった":
			return true
		}
	}
	return false
}

// nearReach is how many stop words may stand between a near other subject
// and the match it governs ("a design that will never fade").
const nearReach = 3

// nearOther reports whether the match s..e is governed by a near other
// subject (conceptDef.NearOthers): no subject word in the match, and the
// first word before it that is no stop word, within nearReach words and
// with no clause mark between, is one; or, in a head-final language
// (headFinalRelative), the first such word after it.
func (r *run) nearOther(s, e int, subjects, near []formTok) bool {
	if len(near) == 0 {
		return false
	}
	st := r.stems()
	d := r.d
	sn := d.sents[d.toks[s].sent]
	has := func(toks []formTok, k int) bool { return r.anyTokAt(toks, k, st) }
	for k := s; k < e; k++ {
		if has(subjects, k) {
			return false
		}
	}
	masks, bit := r.stopMasks(), stopBit(r.lang)
	rel := relativeWords[r.lang]
	stop := func(k int) bool { return masks[k]&bit != 0 || isNegation(r.lang, d.word(k)) || rel.has(d.word(k)) }
	for k, n := s-1, 0; k >= sn.ts && n <= nearReach; k, n = k-1, n+1 {
		if strings.ContainsAny(d.gap(k), clauseMarks+".!?。") {
			break
		}
		if strings.ContainsAny(d.gap(k), listSeparators) && !rel.has(d.word(k+1)) {
			// a comma only before a relative clause ("ein Design, das nie
			// verblasst"), not before a clause of its own ("a classic
			// design, and it never fades")
			break
		}
		if slices.Contains(andWords[r.lang], d.word(k)) {
			break // "klasik bir tasarım ve asla kararmaz": a clause of its own
		}
		if has(near, k) {
			// "シルバーとエナメルは…輝きを保ちます", "银和珐琅多年保持光泽":
			// a near word coordinated with a subject leaves the claim
			// the metal's too (#13, claims40).
			return !r.coordinatedSubject(k, sn.ts, subjects, has)
		}
		if !stop(k) {
			// one adjective right after the near word ("un estilo
			// atemporal que no se desvanece", "un style intemporel qui
			// ne se ternit jamais"); a noun after a stop word ("a design
			// whose colour won't fade") governs the match itself
			if k-1 >= sn.ts && has(near, k-1) && !strings.ContainsAny(d.gap(k-1), listSeparators+clauseMarks) {
				return true
			}
			break
		}
	}
	if !headFinalRelative[r.lang] {
		return false
	}
	for k, n := e, 0; k < sn.te && n <= nearReach; k, n = k+1, n+1 {
		if strings.ContainsAny(d.gap(k-1), listSeparators+clauseMarks+".!?。") {
			break
		}
		if has(subjects, k) {
			return false
		}
		if has(near, k) {
			// "シルバーとエナメルは…輝きを保ちます", "银和珐琅多年保持光泽":
			// a near word coordinated with a subject leaves the claim
			// the metal's too (#13, claims40).
			return !r.coordinatedSubject(k, sn.ts, subjects, has)
		}
		if !stop(k) {
			break
		}
	}
	return false
}

// nounFirst are the languages whose adjective follows its noun ("un
// núcleo resistente", "قلب متين"; ownedHead).
var nounFirst = map[string]bool{"ar": true, "es": true, "fr": true, "it": true, "pt": true}

// ownedHead reports whether an end word of the match s..e is the
// attribute of a head owner (conceptDef.HeadOwners) right beside it, on the
// side the language puts an adjective's noun (nounFirst: before it; else
// after it), with no list or clause mark between: inside the match, the
// owner stands between the end word and the match's other half; outside
// it, beyond the match ("a gold colour with a durable core"), or one word
// further over a material word ("na trwałej srebrnej bazie", on a durable
// silver base). A match of two adjacent words has no owner inside it
// ("durable colour").
func (r *run) ownedHead(s, e int, owners []formTok) bool {
	if len(owners) == 0 || e-s < 2 {
		return false
	}
	st := r.stems()
	d := r.d
	sn := d.sents[d.toks[s].sent]
	owned := func(word, owner int) bool {
		if owner < sn.ts || owner >= sn.te {
			return false
		}
		lo := min(word, owner)
		return !strings.ContainsAny(d.gap(lo), listSeparators+clauseMarks) && r.anyTokAt(owners, owner, st)
	}
	// overMaterial: the owner one word further, over a word naming a
	// material (the pack's vocabulary: grounding.MaterialsNamed), "na
	// trwałej srebrnej bazie", "a durable silver base" (#13, late62c).
	overMaterial := func(word, mid, owner int) bool {
		if mid < sn.ts || mid >= sn.te || strings.ContainsAny(d.gap(min(word, mid)), listSeparators+clauseMarks) {
			return false
		}
		return len(grounding.MaterialsNamed(r.in.Locale, d.word(mid))) > 0 && owned(mid, owner)
	}
	if nounFirst[r.lang] {
		return e-2 > s && owned(e-1, e-2) || owned(s, s-1) || overMaterial(s, s-1, s-2)
	}
	return owned(e-1, e) || s+1 < e-1 && owned(s, s+1) || overMaterial(e-1, e, e+1)
}

// relativeWords are the relative pronouns that open a clause after the
// noun it describes, by language, as the copy's words are folded (the
// German and Danish relative clause stands after a comma: "ein Design, das
// nie verblasst", "et design, der aldrig falmer").
var relativeWords = func() map[string]wordSet {
	by := map[string][]string{
		"en": {"that", "which"}, "de": {"das", "der", "die"}, "fr": {"qui", "que"}, "it": {"che"},
		"es": {"que"}, "pt": {"que"}, "nl": {"dat", "die"}, "sv": {"som"}, "da": {"der", "som"},
		"nb": {"som"}, "fi": {"joka", "jonka"}, "pl": {"który", "która", "które"},
		"cs": {"který", "která", "které"}, "el": {"που"}, "ar": {"الذي", "التي"},
	}
	m := make(map[string]wordSet, len(by))
	for lang, ws := range by {
		m[lang] = newWordSet(ws)
	}
	return m
}()

// headFinalRelative are the languages whose relative clause stands
// before the noun it describes (Turkish, Japanese, Korean, Chinese).
var headFinalRelative = map[string]bool{"tr": true, "ja": true, "ko": true, "zh": true}

// listSeparators separate the items of a list: the comma, the Japanese and
// Chinese enumeration comma, the full-width and Arabic commas.
const listSeparators = ",、，،"

// listItemsApart reports whether a pair's match s..e of form f (a form
// with a clause-bound gap: conceptDef.Pairs) has its halves in two items
// of a list, one of them alone in its item and the other sharing its item
// with another word: each half then belongs to its own item ("Piccoli,
// luminosi, sempre giusti", "Small, bright, always right": always right,
// not always bright; "صغيرة، لامعة، مناسبة دائماً"). The half alone is a
// middle item, between two list commas. The half before the
// list comma shares its item when a word stands between it and the comma
// ("Sempre giusti, luminosi"); the half after it, when a word stands
// between the comma and it or after it before the item's end. A half
// alone after the comma of a longer clause ("It stays bright, always")
// keeps the claim (#13, figure39).
func (r *run) listItemsApart(s, e int, toks []formTok) bool {
	g := -1
	for k, t := range toks {
		if t.d().gap && t.d().clause {
			g = k
			break
		}
	}
	if g <= 0 || g == len(toks)-1 {
		return false
	}
	d := r.d
	sep := func(i int) bool { return strings.ContainsAny(d.gap(i), listSeparators) }
	crossed := false
	for k := s; k < e-1; k++ {
		if sep(k) {
			crossed = true
			break
		}
	}
	if !crossed {
		return false
	}
	st := r.stems()
	sent := d.toks[s].sent
	a, ok := r.matchFrom(toks[:g], 0, s, sent, st)
	if !ok || a >= e {
		return false
	}
	b := -1 // the second half's start: its match from b ends at e
	for k := a; k < e; k++ {
		if end, ok := r.matchFrom(toks[g+1:], 0, k, sent, st); ok && end == e {
			b = k
		}
	}
	if b < 0 {
		return false
	}
	sn := d.sents[sent]
	punct := func(i int) bool { return strings.ContainsAny(d.gap(i), listSeparators+clauseMarks+".!?。！？") }
	// first comma after the first half, last comma before the second
	first, last := -1, -1
	for k := a - 1; k < b; k++ {
		if sep(k) {
			if first < 0 {
				first = k
			}
			last = k
		}
	}
	if first < 0 {
		return false
	}
	// an item of a list stands between list commas: "Sig til, hvis du
	// ønsker en kortere version" opens a sentence with no list
	firstAlone := s > sn.ts && sep(s-1) && first == a-1
	secondAlone := last == b-1 && e < sn.te && sep(e-1)
	firstShares := first > a-1
	secondShares := last < b-1 || e < sn.te && !punct(e-1)
	return firstAlone && secondShares || secondAlone && firstShares
}

// placeReach is how many words a preposition of place may stand before
// the noun it governs ("between the two stones"), or a postposition after
// it ("kivien väliin", "石 の 間", "石头 之间").
const placeReach = 2

// placeWords are the adpositions of place by language, as the copy's
// words are folded (newWordSet): before, the prepositions; after, the postpositions
// (Finnish, Turkish, Japanese, Korean, Chinese).
var placeWords = map[string]placeAdpositions{
	"en": {before: newWordSet([]string{"between", "among", "amongst", "amid", "around", "beside", "alongside", "next"})},
	"de": {before: newWordSet([]string{"zwischen", "neben", "inmitten", "um", "unter"})},
	"fr": {before: newWordSet([]string{"entre", "parmi", "autour", "côté"})},
	"it": {before: newWordSet([]string{"tra", "fra", "accanto", "attorno", "intorno"})},
	"es": {before: newWordSet([]string{"entre", "junto", "alrededor"})},
	"pt": {before: newWordSet([]string{"entre", "junto", "redor", "volta"})},
	"nl": {before: newWordSet([]string{"tussen", "naast", "rond", "rondom"})},
	"da": {before: newWordSet([]string{"mellem", "omkring", "rundt", "blandt"})},
	"nb": {before: newWordSet([]string{"mellom", "omkring", "rundt", "blant"})},
	"sv": {before: newWordSet([]string{"mellan", "bredvid", "runt", "kring", "bland"})},
	"fi": {after: newWordSet([]string{"väliin", "välissä", "välistä", "väleissä", "ympärille", "ympärillä", "vieressä", "vierellä", "keskellä", "keskelle", "lomassa", "lomaan"})},
	"pl": {before: newWordSet([]string{"między", "pomiędzy", "wśród", "obok", "wokół"})},
	"cs": {before: newWordSet([]string{"mezi", "vedle", "kolem", "okolo"})},
	"tr": {after: newWordSet([]string{"arasında", "arasındaki", "arasına", "aralarında", "etrafında", "etrafındaki", "yanında", "yanındaki"})},
	"el": {before: newWordSet([]string{"ανάμεσα", "μεταξύ", "δίπλα", "γύρω"})},
	"ar": {before: newWordSet([]string{"بين", "وبين", "حول", "وسط", "بجانب"})},
	"ja": {after: newWordSet([]string{"間", "あいだ", "周り", "まわり", "隣"})},
	"ko": {after: newWordSet([]string{"사이", "사이의", "사이에", "사이로", "주변", "주변의", "옆"})},
	"zh": {after: newWordSet([]string{"之间", "之間", "中间", "中間", "周围", "周圍", "旁边", "旁邊"})},
}

// placeAdpositions are a language's prepositions and postpositions of
// place (placeWords), folded.
type placeAdpositions struct{ before, after wordSet }

// placeOf reports whether the word k, in the sentence's tokens [ts, te),
// is governed by an adposition of place (placeWords): a noun said as where
// something stands is not the subject of the sentence's claim (#13,
// tarnish_paraphrase19: "Zwei Rondelle ... setzen Akzente zwischen den
// Steinen und behalten ihren Glanz", "valopilkkuja kivien väliin, eivätkä
// ne koskaan tummu" speak of the silver rondelles).
func (r *run) placeOf(k, ts, te int) bool {
	pw, ok := placeWords[r.lang]
	if !ok {
		return false
	}
	for j := k - 1; j >= max(ts, k-placeReach); j-- {
		if pw.before.has(r.d.word(j)) {
			return true
		}
	}
	for j := k + 1; j < min(te, k+1+placeReach); j++ {
		if pw.after.has(r.d.word(j)) {
			return true
		}
	}
	return false
}

// coordinatedReach is how many words before another subject a conjunction
// joining it to a subject may stand ("gold and the stone": the article).
const coordinatedReach = 2

// coordinatedSubject reports whether the other subject at word k is the
// second of a coordinated subject whose first is a subject word ("Zlato i
// kámen si navždy uchovají svůj lesk", "the gold and the stone keep their
// shine": the claim is the metal's too; #13, the seventeenth blind set's
// released half, cs-CZ claim_tarnish): a word of andWords (or, in Arabic,
// the other subject written with its clitic و) within coordinatedReach
// words before k, and a subject word within coordinatedReach words before
// the conjunction.
// subjectOfOther reports whether the other subject at token k is said of
// a subject word at most subjectOfOtherReach words before it in its
// clause: "الخاتم أكثر صلابة" is the ring's hardness, not a stone's.
func (r *run) subjectOfOther(k, ts int, subjects []formTok, has func([]formTok, int) bool) bool {
	for j := k - 1; j >= max(ts, k-subjectOfOtherReach); j-- {
		if strings.ContainsAny(r.d.gap(j), clauseMarks+listSeparators) || attributeWords[r.lang].has(r.d.word(j)) {
			// "Silber mit Emaille, die ihre Farbe behält": the
			// noun before a preposition of material is described
			// by the other subject, not said to have it
			return false
		}
		if has(subjects, j) {
			return true
		}
	}
	return false
}

// subjectOfOtherReach is how many words before an other subject
// subjectOfOther reads for the subject it is said of: the noun and one
// word of degree ("الخاتم أكثر صلابة", the ring harder).
const subjectOfOtherReach = 2

func (r *run) coordinatedSubject(k, ts int, subjects []formTok, has func([]formTok, int) bool) bool {
	ands := andWords[r.lang]
	if r.lang == "ko" && k-1 >= ts && has(subjects, k-1) {
		// Korean fuses its "and" to the first noun: "실버와 에나멜은"
		// (silver and enamel; #13, claims40, probe 31C ko-KR P31C105).
		if w := r.d.word(k - 1); strings.HasSuffix(w, "와") || strings.HasSuffix(w, "과") {
			return true
		}
	}
	conj := -1
	if r.lang == "ar" && strings.HasPrefix(r.d.word(k), "و") {
		conj = k
	}
	for j := k - 1; conj < 0 && j >= max(ts, k-coordinatedReach); j-- {
		if slices.Contains(ands, r.d.word(j)) {
			conj = j
		}
	}
	if conj < 0 {
		return false
	}
	for j := conj - 1; j >= max(ts, conj-coordinatedReach); j-- {
		if has(subjects, j) {
			return true
		}
	}
	return false
}

// andWords are the coordinating conjunctions ("and", "as well as" read by
// its last word) by language, as the copy's words are folded.
var andWords = map[string][]string{
	"en": {"and", "&"}, "fr": {"et"}, "de": {"und", "sowie"}, "it": {"e", "ed"}, "es": {"y", "e"},
	"pt": {"e"}, "nl": {"en"}, "sv": {"och"}, "da": {"og"}, "nb": {"og"}, "fi": {"ja", "sekä"},
	"pl": {"i", "oraz"}, "cs": {"i", "a"}, "el": {"και"}, "tr": {"ve", "ile"},
	"ja": {"と", "も"}, "ko": {"과", "와", "및"}, "zh": {"和", "与", "與", "及", "跟"}, "ar": {"و"},
}

// idiomReach is how many words before a match an idiom holding it may
// start ("un cadeau qui n'a pas de prix": "n a pas de" before "prix").
const idiomReach = 8

// inIdiom reports whether the match s..e lies wholly inside a match of
// one of the idioms (conceptDef.Idioms) in its sentence.
func (r *run) inIdiom(s, e int, idioms [][]formTok, cs *conceptSet) bool {
	if len(idioms) == 0 {
		return false
	}
	st := r.stems()
	sn := r.d.sents[r.d.toks[s].sent]
	for i := max(s-idiomReach, sn.ts); i < min(s+1, sn.te); i++ {
		for _, toks := range idioms {
			if j, ok := r.matchForm(toks, i, st); ok && j >= e && !r.spansContrast(i, j) && !r.idiomDenied(i, toks, cs) {
				return true
			}
		}
	}
	return false
}

// idiomDenied reports whether the idiom toks matched at token i is itself
// denied (#13, adv49a): an idiom with no negation of its own ("sconsiglia*",
// "desaconsejamos", "odradzamy", "déconseill*", "desaconselhamos") that a
// negation up to two words before it in its clause denies ("Non
// sconsigliamo questo anello alle persone allergiche", "No desaconsejamos
// este anillo a personas alérgicas", "Nie odradzamy tej obrączki osobom
// uczulonym", "Nous ne déconseillons pas cette alliance aux personnes
// allergiques") says the opposite of the warning it would be: the claim
// stands. An idiom that holds its own negation ("ne recommandons pas",
// "no apt*", "nie polecamy") keeps the negation before it as its own.
func (r *run) idiomDenied(i int, toks []formTok, cs *conceptSet) bool {
	if cs == nil || cs.negTokens(toks) {
		return false
	}
	d := r.d
	ts := d.sents[d.toks[i].sent].ts
	for k := i - 1; k >= ts && k >= i-2; k-- {
		if strings.ContainsAny(d.gap(k), listSeparators+clauseMarks) {
			return false
		}
		if isNegation(r.lang, d.word(k)) {
			return true
		}
	}
	return false
}

// symptomAfter is how many words after a symptom a negation of it may
// stand in its clause and deny it ("Juckreiz tritt nicht auf").
const symptomAfter = 3

// symptomWarning reports whether the match s..e of form f is a symptom
// named in a warning, no claim (conceptDef.WarnIf, WarnThen and WarnBack;
// #13, symptomwarn35, symptom36): f is a form of negative sense ("~
// itch*") whose matched words hold no negation, the symptom is negated
// neither before it (a negation up to three words before in its clause,
// as r.negated reads it: "no itching or redness", "kein Juckreiz") nor in
// the symptomAfter words after it in its clause outside the instruction
// ("Juckreiz tritt nicht auf"; "bei Juckreiz nicht mehr tragen" keeps the
// instruction's own negation; a conditional verb is the condition, not a
// denial: Turkish "kaşıntı geçmezse", if the itching does not pass), and
// either its sentence holds, outside the match, a phrase of acts not
// negated in its clause (the instruction: "take them off", not "no need
// to take them off") and a condition (a phrase of conds: if, bei, en cas
// de, 如, 場合; or a verb with its conditional suffix, fusedConditional:
// 심해지면, kızarırsa), or the next sentence holds a phrase of backs that
// refers to it and an instruction not negated in its clause ("Some people
// may notice redness. If so, remove them"; "Sollte es jucken? Dann bitte
// abnehmen"). Only the next sentence, and only by a back reference: an
// instruction that follows on its own ("Remove them before swimming")
// is no part of a warning. No conds or no acts: never.
func (r *run) symptomWarning(s, e int, f *conceptForm, conds, acts, backs [][]formTok) bool {
	if !f.negates || len(conds) == 0 || len(acts) == 0 {
		return false
	}
	d := r.d
	negWord := func(k int) bool {
		w := d.word(k)
		// a word negative by its affix only that is an "or" ("nebo") is none
		return isNegation(r.lang, w) || symptomDenials[r.lang].has(w) || negativeWord(r.lang, w) && !orWords[r.lang].has(w) || r.lang == "en" && englishNot(d, k)
	}
	for k := s; k < e; k++ {
		if negWord(k) {
			return false
		}
	}
	for k := d.clauseFloor(s, 3); k < s; k++ {
		if negWord(k) {
			return false // "Ingen klåda", "Żadnego swędzenia", "Nezpůsobují svědění"
		}
	}
	if r.negated(s) || r.negatedAfter(s, e, true) && !r.fusedConditionAfter(e) || r.frenchNeBracket(s, e) {
		return false
	}
	si := d.toks[s].sent
	sn := d.sents[si]
	outside := func(i, j int) bool { return j <= s || i >= e }
	// act finds an instruction not negated in its clause in sentence t
	// (outside the match), and where it stands.
	act := func(t sentence, from int) (int, int) {
		ai, aj := -1, -1
		r.phraseStartsIn(t.ts, t.te, from, acts, func(i, j int) bool {
			if !outside(i, j) || d.negatedInClause(r.lang, i, 4) {
				return false
			}
			ai, aj = i, j
			return true
		})
		return ai, aj
	}
	ai, aj := act(sn, s)
	for k := e; k < min(e+symptomAfter, sn.te); k++ {
		if strings.ContainsAny(d.gap(k-1), ",;:()—–、，。；：") {
			break
		}
		if (k < ai || k >= aj) && negWord(k) && !fusedConditional(r.lang, d.word(k)) {
			return false
		}
	}
	if ai >= 0 && (r.phraseStartsIn(sn.ts, sn.te, s, conds, outside) || r.fusedConditionIn(sn.ts, sn.te, s, e)) {
		return true
	}
	if len(backs) == 0 || si+1 >= len(d.sents) {
		return false
	}
	next := d.sents[si+1]
	if next.te <= next.ts {
		return false
	}
	if bi, _ := act(next, next.ts); bi < 0 {
		return false
	}
	return r.phraseStartsIn(next.ts, next.te, next.ts, backs, nil)
}

// symptomDenials are, by language, the negative determiners and pronouns
// that deny a symptom named after them and that negationWords lacks
// (Swedish, Danish, Norwegian ingen/inget/inga, SAOL, Den Danske Ordbog;
// Polish żaden, SJP; Czech žádný, SSJČ; Spanish ninguno, Portuguese
// nenhum, nada; Italian niente, nulla; Turkish hiç, hiçbir; Greek κανένας;
// folded as the copy's words are): "Ingen klåda, även efter en hel dag"
// is the claim, whatever instruction follows (#13, symptom36).
var symptomDenials = func() map[string]wordSet {
	by := map[string][]string{
		"sv": {"ingen", "inget", "inga", "intet"}, "da": {"ingen", "intet"}, "nb": {"ingen", "intet", "inga"},
		"pl": {"żaden", "żadna", "żadne", "żadnego", "żadnej", "żadnych", "żadnym", "żadnymi", "żadną", "zero"},
		"cs": {"žádný", "žádná", "žádné", "žádného", "žádnou", "žádných", "žádným", "žádnými", "žádnému", "nic"},
		"es": {"ninguno", "nada"}, "pt": {"nenhum", "nenhuma", "nada"}, "it": {"niente", "nulla", "alcun", "alcuna"},
		"tr": {"hiç", "hiçbir"}, "el": {"κανένας", "καμία", "κανένα", "καθόλου"}, "en": {"zero", "none"},
		"fr": {"zéro", "nul", "nulle"}, "de": {"null"}, "nl": {"nul"}, "fi": {"mitään", "mitaan"},
	}
	m := make(map[string]wordSet, len(by))
	for lang, ws := range by {
		m[lang] = newWordSet(ws)
	}
	return m
}()

// fusedConditionIn reports whether a word of tokens [from, to) outside the
// match s..e is a verb with its conditional suffix (fusedConditional).
func (r *run) fusedConditionIn(from, to, s, e int) bool {
	for k := from; k < to; k++ {
		if (k < s || k >= e) && fusedConditional(r.lang, r.d.word(k)) {
			return true
		}
	}
	return false
}

// fusedConditionAfter reports whether the word right after a match ending
// at e, in its sentence, is a verb with its conditional suffix: its
// negation ("geçmezse", if it does not pass) is the condition's.
func (r *run) fusedConditionAfter(e int) bool {
	d := r.d
	return e < len(d.toks) && d.toks[e].sent == d.toks[e-1].sent && fusedConditional(r.lang, d.word(e))
}

// phraseStartsIn reports whether one of phrases matches from a token in
// [from, to) of token s's sentence (the window clipped to it), ending at j
// with accept(i, j) true where accept is given: the one walk of inIdiom
// and saidForever.
func (r *run) phraseStartsIn(from, to, s int, phrases [][]formTok, accept func(i, j int) bool) bool {
	st := r.stems()
	sn := r.d.sents[r.d.toks[s].sent]
	for i := max(from, sn.ts); i < min(to, sn.te); i++ {
		for _, toks := range phrases {
			if j, ok := r.matchForm(toks, i, st); ok && (accept == nil || accept(i, j)) {
				return true
			}
		}
	}
	return false
}

// contrastWords are the conjunctions of contrast by language: an idiom
// never holds a match across one ("not suitable for children, but ideal
// for allergy sufferers" is a claim after its "but"; #13, probe17d).
var contrastWords = map[string][]string{
	"en": {"but", "yet", "however", "whereas", "while"}, "fr": {"mais", "cependant", "tandis"},
	"de": {"aber", "doch", "jedoch", "sondern", "während"}, "it": {"ma", "però", "tuttavia", "mentre"},
	"es": {"pero", "sino", "aunque", "mientras"}, "pt": {"mas", "porém", "contudo", "enquanto"},
	"nl": {"maar", "echter", "terwijl"}, "sv": {"men", "dock", "medan"}, "da": {"men", "dog", "mens"},
	"nb": {"men", "dog", "mens"}, "fi": {"mutta", "vaan", "kuitenkin"}, "pl": {"ale", "lecz", "jednak", "natomiast"},
	"cs": {"ale", "avšak", "však", "zatímco"}, "el": {"αλλά", "όμως", "ενώ"}, "tr": {"ama", "fakat", "ancak", "oysa"},
	"ja": {"しかし", "けれど", "けど"}, "ko": {"하지만", "그러나", "지만"}, "zh": {"但", "但是", "却", "而"},
	"ar": {"لكن", "ولكن", "بينما"},
}

// contrastFolded is contrastWords folded as the copy's words are.
var contrastFolded = func() map[string]map[string]bool {
	m := make(map[string]map[string]bool, len(contrastWords))
	for lang, ws := range contrastWords {
		m[lang] = map[string]bool{}
		for _, w := range ws {
			m[lang][foldForm(w)] = true
		}
	}
	return m
}()

// spansContrast reports whether a word of tokens i..j-1 is a conjunction
// of contrast of the check's language (contrastWords).
func (r *run) spansContrast(i, j int) bool {
	cw := contrastFolded[r.lang]
	for k := i; k < j && k < len(r.d.words); k++ {
		if cw[r.d.words[k]] {
			return true
		}
	}
	return false
}

// absoluteWindow is how many words before and after a match an absolute
// word may stand in its sentence ("決して変色しません", "tarnish-free
// forever").
const absoluteWindow = 4

// spanHas reports whether a token of s..e, or of the absoluteWindow words
// either side of it in its sentence, matches one of toks.
func (r *run) spanHas(s, e int, toks []formTok) bool {
	return r.windowHas(s, e, absoluteWindow, toks, nil)
}

// windowHas reports whether a token of s..e, or of the w words either
// side of it in its sentence, is one of toks: where accept is nil, a token
// that matches; else where accept says so, given the form, the token and
// whether it matched (thanNear's Korean suffixes and void standards).
func (r *run) windowHas(s, e, w int, toks []formTok, accept func(t formTok, k int, matched bool) bool) bool {
	if len(toks) == 0 {
		return false
	}
	st := r.stems()
	sn := r.d.sents[r.d.toks[s].sent]
	for k := max(s-w, sn.ts); k < min(e+w, sn.te); k++ {
		for _, t := range toks {
			m := r.tokMatches(t, k, st)
			if accept == nil && m || accept != nil && accept(t, k, m) {
				return true
			}
		}
	}
	return false
}

// darkFinishReach is how many words either side of a match a DarkFinish
// word may stand: the adjective before its noun in a head-final clause
// (黒い色を保つ) or after it ("keeps its colour, dark and matte").
const darkFinishReach = 1

// hedgeReach is how many words before and after a match a Hedge word may
// stand in its sentence: "helps the silver resist tarnish", Turkish
// "kararmasını yavaşlatır" (its darkening, it slows).
const hedgeReach = 2

// goldOwnerReach is how many words after a match a GoldOwners word may
// stand ("conserva el color cálido del oro": cálido, del, oro).
const goldOwnerReach = 3

// foreverBefore is how many words before a match saidForever reads.
const foreverBefore = 2

// saidForever reports whether a phrase of the concept's forever list
// starts in the match s..e or in the absoluteWindow words after it, in its
// sentence ("to keep its shine forever", "لتحافظ على لمعانها إلى الأبد"), or
// in the foreverBefore words before it, where the adverb stands before its
// verb (以永远保持光泽). Words further before are left out.
func (r *run) saidForever(s, e int, phrases [][]formTok) bool {
	if len(phrases) == 0 {
		return false
	}
	return r.phraseStartsIn(s-foreverBefore, e+absoluteWindow, s, phrases, nil)
}

// formWord reports whether token k matches one of the form's literal
// (non-gap) tokens: a word the form itself is made of.
func (r *run) formWord(own []formTok, k int, st []string) bool {
	for _, t := range own {
		if !t.d().gap && !t.d().any && r.tokMatches(t, k, st) {
			return true
		}
	}
	return false
}

// checkConcepts reports every concept the copy asserts without the
// product's evidence.
func (r *run) checkConcepts() {
	cs := r.cg.conceptSet(r.lang)
	if len(cs.forms) == 0 {
		return
	}
	// Japanese and Chinese have no spaces: their concepts match words of a
	// dictionary segmentation (see withWords).
	if segment.Uses(r.lang) {
		defer r.useWords()()
	}
	p := &r.in.Product
	seen := map[int]bool{}
	report := func(cs *conceptSet) func(s, e int, f *conceptForm) {
		return func(s, e int, f *conceptForm) {
			def := &cs.defs[f.concept]
			if r.isMasked(s) || r.inLink(s) {
				return
			}
			if len(def.Homographs) > 0 && r.homographIn(s, e, def.Homographs) {
				return
			}
			if def.Category != CatInjection && def.Category != CatBannedTerm {
				if !f.negates && (r.negated(s) && !r.focusNegated(s) && !r.neededNoneFor(s) || r.negatedAfter(s, e, true) || r.frenchNeBracket(s, e) || r.frontedDenied(s, e)) {
					return
				}
				// A word that negates inside itself, negated right after
				// it, is negated twice: Turkish "su geçirmez değil" (not
				// waterproof).
				if f.negates && r.lang == "tr" && r.negatedAfter(s, e, false) {
					return
				}
			}
			if len(def.Evidence) > 0 && hasEvidence(p, def.Evidence) {
				return
			}
			if len(def.WeakEvidence) > 0 && r.weakEvidence(p, def.WeakEvidence, s, e) && !r.spanHas(s, e, cs.absolute[f.concept]) && !r.saidForever(s, e, cs.forever[f.concept]) {
				// A weak feature supports the claim said without an
				// absolute word or a forever phrase near it ("何年たっても",
				// however many years: #13, rel60).
				return
			}
			if len(def.HedgeEvidence) > 0 && (!f.negates && r.windowHas(s, e, hedgeReach, cs.hedge[f.concept], nil) || r.windowHas(s, e, hedgeReach, cs.hedgeDeg[f.concept], nil)) && hasEvidence(p, def.HedgeEvidence) &&
				!r.spanHas(s, e, cs.absolute[f.concept]) && !r.saidForever(s, e, cs.forever[f.concept]) {
				// Darkening slowed by the piece's own rhodium plating
				// (conceptDef.HedgeEvidence; #13, tarnish54).
				return
			}
			if def.ID == "tarnish_proof" && r.bareMetalPart(s, e) && !r.spanHas(s, e, cs.absolute[f.concept]) && !r.saidForever(s, e, cs.forever[f.concept]) {
				// The bare part of a partly plated piece said to stay
				// its own metal: "the inner band stays bright silver"
				// (#13, claims50).
				return
			}
			if len(cs.coating[f.concept]) > 0 && (solidKaratGoldOnly(p) || whitePlatinumGroupOnly(p)) && r.sentenceNames(s, cs.coating[f.concept]) &&
				!r.spanHas(s, e, cs.absolute[f.concept]) && !r.saidForever(s, e, cs.forever[f.concept]) {
				// The colour said to be the alloy's own, not a layer, on
				// solid karat gold, plainly as weak evidence is: "it will
				// never lose its shine" stays the claim (#13, claims40).
				return
			}
			if len(cs.owners[f.concept])+len(cs.genitive[f.concept]) > 0 && solidKaratGoldOnly(p) &&
				(r.windowHas(s, e+goldOwnerReach, 0, cs.owners[f.concept], nil) || r.windowHas(s, e, goldOwnerReach, cs.genitive[f.concept], nil)) &&
				!r.spanHas(s, e, cs.absolute[f.concept]) && !r.saidForever(s, e, cs.forever[f.concept]) {
				// The colour of gold kept, on solid karat gold: the
				// alloy's own colour (conceptDef.GoldOwners; #13, miss60).
				return
			}
			if len(cs.base[f.concept]) > 0 && hasEvidence(p, def.BaseEvidence) && r.baseSubject(s, e, cs.subjects[f.concept], cs.base[f.concept], cs.coating[f.concept]) &&
				!r.spanHas(s, e, cs.absolute[f.concept]) && !r.saidForever(s, e, cs.forever[f.concept]) {
				// The steel's or titanium's own film said to keep it from
				// corroding, under any plating (#13, claims41).
				return
			}
			if len(cs.care[f.concept]) > 0 && (solidKaratGoldOnly(p) || whitePlatinumGroupOnly(p)) && r.windowHas(s, e, 0, cs.care[f.concept], nil) &&
				!r.spanHas(s, e, cs.absolute[f.concept]) && !r.saidForever(s, e, cs.forever[f.concept]) {
				// No care needed, said of a piece of metals that do not
				// tarnish (conceptDef.CareNouns; #13, claims52).
				return
			}
			if len(cs.careOth[f.concept]) > 0 && r.treatmentCareFree(p, s, e, cs.care[f.concept], cs.careOth[f.concept], cs.subjects[f.concept]) &&
				!r.spanHas(s, e, cs.absolute[f.concept]) && !r.saidForever(s, e, cs.forever[f.concept]) {
				// No care needed, said of a stone's treatment
				// (conceptDef.CareOthers; #13, fbrule68).
				return
			}
			if len(cs.compare[f.concept]) > 0 && thickGoldLayer(p) && r.comparedAt(s, e, cs.compare[f.concept]) && r.sentenceNames(s, cs.coating[f.concept]) &&
				!r.spanHas(s, e, cs.absolute[f.concept]) && !r.saidForever(s, e, cs.forever[f.concept]) {
				// A gold-filled layer set against a plating (#13, claims41).
				return
			}
			if len(cs.compare[f.concept]) > 0 && treatedStone(p) && r.comparedAt(s, e, cs.compare[f.concept]) &&
				r.sentenceNames(s, cs.others[f.concept]) && !r.sentenceNames(s, cs.subjects[f.concept]) &&
				!r.spanHas(s, e, cs.absolute[f.concept]) && !r.saidForever(s, e, cs.forever[f.concept]) {
				// A treated stone's colour said to hold better than the
				// untreated stone's, the stone named in the sentence and
				// no metal or piece: the treatment's effect, not a
				// promise about the metal (#13, claims49: probe 49C nb-NO
				// 49C103 "Da holder fargen seg bedre, og steinen trekker
				// mindre til seg fett").
				return
			}
			if len(cs.stoneCol[f.concept]) > 0 && len(p.Stones) > 0 && r.stoneColourSaid(s, e, cs.stoneCol[f.concept], cs.subjects[f.concept], cs.others[f.concept]) &&
				!r.saidForever(s, e, cs.forever[f.concept]) {
				// A stone's colour said to last, the stone or its
				// treatment the sentence's topic: "permanent" and
				// "dauerhaft" say the treatment is stable, a forever
				// phrase keeps the claim (#13, claims53).
				return
			}
			if len(cs.dark[f.concept]) > 0 && !f.negates && darkenedFinish(p) && r.windowHas(s, e, darkFinishReach, cs.dark[f.concept], nil) &&
				!r.spanHas(s, e, cs.absolute[f.concept]) && !r.saidForever(s, e, cs.forever[f.concept]) {
				// The designed patina kept on a darkened piece: "while
				// the face keeps its deep, matte colour" (conceptDef.DarkFinish;
				// #13, care67).
				return
			}
			if len(cs.graded[f.concept]) > 0 && r.comparedAt(s, e, cs.graded[f.concept]) && (!f.negates || r.gradedBefore(s, cs.graded[f.concept])) && r.thanNear(s, e, cs.than[f.concept]) &&
				!r.spanHas(s, e, cs.absolute[f.concept]) && !r.saidForever(s, e, cs.forever[f.concept]) &&
				!r.ownCoatingNamed(s, cs.coating[f.concept]) && !layeredFinish(p) {
				// A comparative with its standard: "tarnishes more slowly
				// than traditional sterling silver" (#13, claims47). A
				// coating named in the sentence ("Thanks to its coating,
				// it tarnishes far more slowly than ordinary silver") or
				// a plated or gold-filled piece keeps the claim
				// (claims41's compare rule decides for a thick layer).
				return
			}
			if len(cs.noble[f.concept]) > 0 && r.nobleSubject(s, cs.noble[f.concept], cs.nobKeep[f.concept]) &&
				!r.spanHas(s, e, cs.absolute[f.concept]) && !r.saidForever(s, e, cs.forever[f.concept]) &&
				!r.ownCoatingNamed(s, cs.coating[f.concept]) && !layeredFinish(p) {
				// The metal in general: "Tantalum is among the most
				// corrosion-resistant metals", "Platinum does not
				// corrode" (#13, corrosion48).
				return
			}
			if (r.sentenceHas(s, e, cs.unless[f.concept], cs.formToks(f), true) || r.sentenceHasPhrase(s, e, cs.unlessPh[f.concept], cs.formToks(f))) && !r.saidForever(s, e, cs.forever[f.concept]) {
				// Care advice excuses the claim it gives a purpose ("store
				// it dry to keep its shine"), not one said forever ("to
				// keep its shine forever"; #13, carepurpose34).
				return
			}
			if w := cs.with[f.concept]; len(w) > 0 && !r.withSaid(s, e, w, cs.formToks(f), def.Homographs) {
				return
			}
			if r.otherSubject(s, e, cs.subjects[f.concept], cs.others[f.concept]) || r.nearOther(s, e, cs.subjects[f.concept], cs.near[f.concept]) || r.ownedHead(s, e, cs.headOwn[f.concept]) {
				return
			}
			if r.listItemsApart(s, e, cs.formToks(f)) || r.careWarning(s, e, f, cs) || r.careWarningBefore(s, e, f, cs) || r.lastingGift(s, e, f, cs) {
				return
			}
			if r.inIdiom(s, e, cs.idioms[f.concept], cs) {
				return
			}
			if r.inTradeName(s, e) {
				return // the product's trade name ("Aqua Aura"; trade_name59.go)
			}
			if r.symptomWarning(s, e, f, cs.warnIf[f.concept], cs.warnThen[f.concept], cs.warnBack[f.concept]) {
				return
			}
			if def.Category == CatInjection && r.otherInstructions(s, e) {
				return // the dress code's instructions (#13, blind set 27)
			}
			key := int(f.concept)<<20 | s
			if seen[key] {
				return
			}
			seen[key] = true
			orig := r.d.orig(s, e)
			msg := message(def.Message, orig, fmt.Sprintf("%q: %s claim the product's data does not support", orig, def.ID))
			if def.Source != "" {
				msg += " (" + def.Source + ")"
			}
			if def.ID == "recycled" {
				// The guide's own recycled claim or the built-in word
				// list may report the same words (dedupeRecycled).
				r.recycledConcept = append(r.recycledConcept, len(r.findings))
			}
			r.addTokens(def.Category+"."+def.ID, def.Category, levelOr(def.Level, core.SeverityBlock), msg, s, e)
			for _, cat := range def.Also {
				r.addTokens(cat+"."+def.ID, cat, levelOr(def.Level, core.SeverityBlock), msg, s, e)
			}
		}
	}
	r.eachConcept(cs, report(cs))
}

// wordView is the dictionary segmentation of a check's copy with the
// per-token state the checks build on it.
type wordView struct {
	d       *document
	stemmed []string
	cands   [][]int32
	gates   []*gateIndex
	candSet *conceptSet
	masked  []bool
	masks   []uint32
}

// useWords makes r.d the dictionary segmentation of the copy (Japanese,
// Chinese: internal/text/segment) and returns the restore. It serves the
// checks that need words there (concepts, guide phrases, stone
// qualifiers) alone, so that the other checks keep reading runs of
// letters; the segmentation is made once per check.
func (r *run) useWords() func() {
	saved := wordView{r.d, r.stemmed, r.cands, r.gates, r.candSet, r.masked, r.masks}
	if r.words == nil {
		r.d, r.stemmed, r.cands, r.gates, r.candSet, r.masked, r.masks = newWordDocument(r.d.text, segment.For(r.lang)), nil, nil, nil, nil, nil, nil
		r.maskProductName()
		r.words = &wordView{d: r.d, masked: r.masked}
	} else {
		w := r.words
		r.d, r.stemmed, r.cands, r.gates, r.candSet, r.masked, r.masks = w.d, w.stemmed, w.cands, w.gates, w.candSet, w.masked, w.masks
	}
	return func() {
		r.words.stemmed, r.words.cands, r.words.gates, r.words.candSet, r.words.masks = r.stemmed, r.cands, r.gates, r.candSet, r.masks
		r.d, r.stemmed, r.cands, r.gates, r.candSet, r.masked, r.masks = saved.d, saved.stemmed, saved.cands, saved.gates, saved.candSet, saved.masked, saved.masks
	}
}

// conceptSet is the language's concepts with the guide's own forms
// (concept_forms) added, compiled once per guide and language.
func (c *compiled) conceptSet(lang string) *conceptSet {
	if c.guide == nil || len(c.guide.ConceptForms) == 0 {
		return conceptsFor(lang)
	}
	c.conceptMu.Lock()
	defer c.conceptMu.Unlock()
	if cs, ok := c.concepts[lang]; ok {
		return cs
	}
	extra := map[string][]string{}
	for id, byLang := range c.guide.ConceptForms {
		extra[id] = append(extra[id], byLang[lang]...)
	}
	cs, err := loadConcepts(lang, extra)
	if err != nil {
		// A guide form that does not compile (a lone "...") is left out
		// rather than failing every check.
		cs = conceptsFor(lang)
	}
	if c.concepts == nil {
		c.concepts = map[string]*conceptSet{}
	}
	c.concepts[lang] = cs
	return cs
}

// conceptDataLangs lists the languages that have concept data.
func conceptDataLangs() []string {
	entries, _ := fs.ReadDir(dataFS, "data")
	var out []string
	for _, e := range entries {
		if e.IsDir() {
			if _, err := dataFS.ReadFile("data/" + e.Name() + "/concepts.yaml"); err == nil {
				out = append(out, e.Name())
			}
		}
	}
	return out
}

// careClitics are the object pronouns that may stand before an imperative
// at its clause's start ("Lo tenga lontano dal sole", "La gardez à l'abri").
var careClitics = map[string]wordSet{
	"it": newWordSet([]string{"lo", "la", "li", "le", "l", "gli"}),
	"fr": newWordSet([]string{"le", "la", "les", "l"}),
}

// clauseInitial reports whether token k opens its clause, where an
// imperative stands: its sentence's first word, or after a clause or list
// mark or a word of andWords, over at most one object pronoun of
// careClitics ("and keep it away from heat", "ed eviti l'esposizione",
// "Lo tenga lontano").
func (r *run) clauseInitial(k int) bool {
	d := r.d
	ts := d.sents[d.toks[k].sent].ts
	opens := func(k int) bool {
		return k == ts || strings.ContainsAny(d.gap(k-1), listSeparators+clauseMarks) || slices.Contains(andWords[r.lang], d.word(k-1))
	}
	if opens(k) {
		return true
	}
	return careClitics[r.lang].has(d.word(k-1)) && !strings.ContainsAny(d.gap(k-1), listSeparators+clauseMarks) && opens(k-1)
}

// careWarning reports whether the match s..e of form f is a care line that
// warns of fading (#13, care43; released 43A en-US and it-IT 43A104): a
// form with no negation of its own, opening on an imperative at its
// clause's start (English: not a third person "keeps"), ending on the
// fading verb with a word of possibility (conceptDef.WarnMay) right
// before it, over at most one word that is no negation, in a clause of
// its own (a list mark or a relative pronoun between the head and it):
// "keep it away from heat and strong sunlight, which can fade its color",
// "eviti l'esposizione prolungata al sole, che può sbiadirne i colori".
// A sentence naming a coating ("the lacquer protects the silver from air,
// which can tarnish it"), a negation before the verb ("which can never
// fade it", "can't"), an absolute word or a forever phrase keep the claim.
func (r *run) careWarning(s, e int, f *conceptForm, cs *conceptSet) bool {
	may := cs.warnMay[f.concept]
	if len(may) == 0 || f.negates || e-s < 3 {
		return false
	}
	d := r.d
	if r.lang == "en" && strings.HasSuffix(d.word(s), "s") || !r.clauseInitial(s) {
		return false
	}
	st := r.stems()
	m := -1
	switch {
	case r.anyTokAt(may, e-2, st):
		m = e - 2
	case e-3 > s && r.anyTokAt(may, e-3, st) && !isNegation(r.lang, d.word(e-2)):
		m = e - 3
	}
	if m <= s || isNegation(r.lang, d.word(m-1)) || isNegation(r.lang, d.word(m+1)) || d.word(m+1) == "t" {
		// "which can never fade it", "which can't fade it" ("can t")
		return false
	}
	apart := false
	for k := s; k < m && !apart; k++ {
		apart = strings.ContainsAny(d.gap(k), listSeparators) || k > s && relativeWords[r.lang].has(d.word(k))
	}
	return apart && !r.sentenceNames(s, cs.coating[f.concept]) &&
		!r.spanHas(s, e, cs.absolute[f.concept]) && !r.saidForever(s, e, cs.forever[f.concept])
}

// careWarningBefore is careWarning where the warning comes first, in a
// subordinate clause whose verb stands last (#13, claims45: probe 45C
// de-DE 45C103-1/-2 "Da starkes Sonnenlicht das Rosa ausbleichen kann,
// bewahren Sie die Stecker im Etui auf", as strong sunlight can fade the
// pink, keep the studs in their case): a form with no negation of its own
// whose match opens on the fading verb with a word of possibility
// (conceptDef.WarnMay) right after it, then a clause mark, and closes on
// the imperative that opens the next clause. A negation right before the
// verb ("damit nichts ausbleichen kann", "nicht ausbleichen kann"), a
// coating named in the sentence, an absolute word or a forever phrase keep
// the claim.
func (r *run) careWarningBefore(s, e int, f *conceptForm, cs *conceptSet) bool {
	may := cs.warnMay[f.concept]
	if len(may) == 0 || f.negates || e-s < 3 {
		return false
	}
	d := r.d
	if !r.anyTokAt(may, s+1, r.stems()) || !strings.ContainsAny(d.gap(s+1), listSeparators+clauseMarks) || !r.clauseInitial(s+2) || e-1 > s+3 {
		return false
	}
	for k := max(0, s-2); k < s; k++ {
		if d.toks[k].sent == d.toks[s].sent && isNegation(r.lang, d.word(k)) {
			return false
		}
	}
	return !r.sentenceNames(s, cs.coating[f.concept]) && !r.spanHas(s, e, cs.absolute[f.concept]) && !r.saidForever(s, e, cs.forever[f.concept])
}

// lastingGift reports whether the match s..e of form f opens on a verb of
// lasting (conceptDef.Lasting) governed, as near_others govern, by a gift
// or a memory (conceptDef.LastingOthers), with its other half past a
// comma: "إنها هدية لها تدوم طويلًا، والنتيجة بريق ناعم" (a gift that lasts,
// and the result is a soft shine), "Ένα δώρο που διαρκεί, με απαλή λάμψη"
// join two clauses, and the gift's lasting is no finish's (#13, care43;
// released 43B ar-AE 43B104). "a gift whose shine lasts", an absolute
// word or a forever phrase keep the claim.
func (r *run) lastingGift(s, e int, f *conceptForm, cs *conceptSet) bool {
	lasting, others := cs.lasting[f.concept], cs.lastOth[f.concept]
	if len(lasting) == 0 || len(others) == 0 || !r.anyTokAt(lasting, s, r.stems()) {
		return false
	}
	apart := false
	for k := s; k < e-1 && !apart; k++ {
		apart = strings.ContainsAny(r.d.gap(k), listSeparators)
	}
	// A plating named in the sentence ("A gift that lasts, its gold
	// plating as well") is what is said to last (#13, adv43).
	return apart && r.nearOther(s, s+1, cs.subjects[f.concept], others) && !r.sentenceNames(s, cs.coating[f.concept]) &&
		!r.spanHas(s, e, cs.absolute[f.concept]) && !r.saidForever(s, e, cs.forever[f.concept]) && !r.lastsToo(s, e, int(f.concept), cs)
}

// needNone holds, by language, the verbs of needing whose object an
// English "no" negates ("needs no plating"), and the purpose marker after
// that object. The languages whose negation reader does not reach a
// purpose clause's verb (fr "n'a besoin d'aucun placage pour garder sa
// couleur", de "braucht keine Beschichtung, um seine Farbe zu behalten")
// need none.
var needNone = map[string]struct {
	need    wordSet
	purpose string
}{
	"en": {newWordSet([]string{"need", "needs", "require", "requires"}), "to"},
}

// neededNoneFor reports whether the negation before the match at s is a
// "no" that negates the object of a verb of needing, the match a purpose
// infinitive after that object: "It needs no plating to keep its colour"
// says the colour keeps without the plating, the claim (#13, open44a;
// TestKindsAdv43Open). "It has no coating to keep its shine" (no verb of
// needing) and "it does not need to keep its colour" stay negated.
func (r *run) neededNoneFor(s int) bool {
	w, ok := needNone[r.lang]
	d := r.d
	if !ok || s < 4 || d.word(s-1) != w.purpose {
		return false
	}
	ts := d.sents[d.toks[s].sent].ts
	for k := s - 3; k >= max(ts+1, s-4); k-- {
		if strings.ContainsAny(d.gap(k), listSeparators+clauseMarks) || strings.ContainsAny(d.gap(k-1), listSeparators+clauseMarks) {
			return false
		}
		if d.word(k) == "no" {
			return w.need.has(d.word(k - 1))
		}
	}
	return false
}

// lastsToo reports whether the lasting gift's match s..e carries its
// lasting over to the look (conceptDef.LastingToo, LastingStay): a link
// right after the match's first comma ("A gift that lasts, just like its
// colour", "and so does the gold plating"), an additive word right after
// the match ("A gift that lasts, its gold colour too", "colour and all")
// or a relative word before a verb of staying there ("with a colour that
// stays"); such a half is the claim, not a second clause (#13, regress43,
// open44a).
func (r *run) lastsToo(s, e, concept int, cs *conceptSet) bool {
	d := r.d
	too, stay := cs.lastToo[concept], cs.lastStay[concept]
	st := r.stems()
	at := func(k int) bool {
		for _, toks := range too {
			if _, ok := r.matchForm(toks, k, st); ok {
				return true
			}
		}
		return false
	}
	for k := s; k < e-1; k++ {
		if strings.ContainsAny(d.gap(k), listSeparators) {
			if at(k + 1) {
				return true
			}
			break
		}
	}
	if e <= 0 || e >= len(d.words) || strings.ContainsAny(d.gap(e-1), listSeparators+".!?;:") {
		return false
	}
	if at(e) {
		return true
	}
	return e+1 < len(d.words) && !strings.ContainsAny(d.gap(e), listSeparators+".!?;:") &&
		relativeWords[r.lang].has(d.word(e)) && r.anyTokAt(stay, e+1, st)
}

// homographIn reports whether a word of tokens [s, e), lower-cased as the
// copy writes it (diacritics kept), is one of words (conceptDef.Homographs).
func (r *run) homographIn(s, e int, words []string) bool {
	for k := s; k < e && k < len(r.d.toks); k++ {
		w := strings.ToLower(norm.NFC.String(r.d.orig(k, k+1)))
		for _, h := range words {
			if w == h {
				return true
			}
		}
	}
	return false
}

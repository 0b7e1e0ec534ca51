// Package locales holds the locale packs: one folder per locale under
// packs/<BCP 47 tag>/, data only. A pack says how copydesk reads and writes
// one market's language:
//
//   - pack.yaml: the language and script, direction, how channel limits
//     count (words or characters), readability, formality and typography
//     for the prompt and the checks, the market's qualifiers, the offline
//     writer's templates and vocabulary;
//   - vocab.yaml (optional): the fact vocabulary grounding reads the copy
//     with (see internal/grounding for its format).
//
// A pack may extend another locale of the same language ("extends: en-GB"):
// every field and file it leaves out comes from that pack. Adding a locale
// is adding one folder; Load validates every pack, and a pack that does not
// validate is an error at start, never a silent pass.
//
// The package is pure: packs are embedded and parsed once.
package locales

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"path"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"golang.org/x/text/language"
	"gopkg.in/yaml.v3"

	"github.com/copydesk/copydesk/internal/embedpages"
	"github.com/copydesk/copydesk/internal/yamlsnap"
)

//go:embed packs
var packFS embed.FS

// Length units for channel limits.
const (
	UnitWords      = "words"
	UnitCharacters = "characters"
)

// Pack is one locale's data after inheritance is resolved.
type Pack struct {
	// Locale is the BCP 47 tag, also the folder name ("ja-JP").
	Locale string `yaml:"locale"`
	// Name is the English name of the locale ("Japanese (Japan)").
	Name string `yaml:"name"`
	// Language is the ISO 639-1 code ("ja").
	Language string `yaml:"language"`
	// Script is the ISO 15924 code of the writing system ("Latn", "Jpan",
	// "Hans", "Hant", "Arab", "Grek", "Hang").
	Script string `yaml:"script"`
	// Direction is "ltr" or "rtl".
	Direction string `yaml:"direction"`
	// Extends names the pack this one inherits from (same language).
	Extends string `yaml:"extends"`
	// Variant is a spelling variant the language check tells apart:
	// british, american, brazilian, european, simplified, traditional.
	Variant string `yaml:"variant"`
	// Length says how channel limits count in this locale.
	Length Length `yaml:"length"`
	// Readability is the readability measure of the language.
	Readability Readability `yaml:"readability"`
	// Formality is the register the copy addresses the reader in.
	Formality Formality `yaml:"formality"`
	// Typography lists the locale's punctuation conventions.
	Typography Typography `yaml:"typography"`
	// Qualifiers are the market's words for lab-grown, simulated and
	// plated, as the regulatory rules of the market expect them.
	Qualifiers Qualifiers `yaml:"qualifiers"`
	// Identity tells the language apart from its neighbours.
	Identity Identity `yaml:"identity"`
	// Writer holds the offline writer's templates and vocabulary; empty
	// for the languages the writer has built-in grammar for (en, fr, de,
	// it, es).
	Writer *Writer `yaml:"writer"`

	vocab      packFile // vocab.yaml, own or inherited
	eval       packFile // eval.yaml, own or inherited
	vocabOwner string   // the locale whose vocab.yaml this is
}

// packFile is a pack's vocab.yaml or eval.yaml, read when asked for: a
// process keeps only the vocabularies of the locales it checks, compiled
// (internal/grounding), not every pack's YAML (1.1 MB of heap in every
// process; #17). The zero value is no file.
type packFile struct {
	fsys fs.FS
	name string
}

// read returns the file's bytes (nil when there is none).
func (f packFile) read() []byte {
	if f.fsys == nil {
		return nil
	}
	b, err := fs.ReadFile(f.fsys, f.name)
	if err != nil {
		return nil
	}
	releaseEmbedded(f.fsys, f.name)
	return b
}

// releaseEmbedded releases the pages in the binary of the file name of
// fsys, when fsys is embedded data, once it has been copied: nothing
// reads them again (embedpages; #17, perf51).
func releaseEmbedded(fsys fs.FS, name string) {
	if e, ok := fsys.(embed.FS); ok {
		embedpages.ReleaseFile(&e, name)
	}
}

// Length says how limits count.
type Length struct {
	// Unit is words or characters.
	Unit string `yaml:"unit"`
	// CharsPerWord converts a channel's word limits into characters for
	// a locale counting characters (Japanese 2.5: a 40-word minimum is
	// 100 characters; Chinese 1.8; Korean 2.5 with its spaces).
	//
	// Korean is spaced, but a spaced word (eojeol) is a noun or verb with
	// its particles and endings glued on, about 0.6 of the English words
	// of the same copy: counted as words, a 40-word minimum asked for some
	// 65 English words' worth (issue #13). It counts characters, as Korean
	// editors and counters do (글자 수, spaces included by default), at 2.5
	// per English word: GoTranscript counts Korean at 0.5 words a
	// character; the repository's parallel en/ko copy measures 2.0-3.0
	// with spaces, median 2.3 (internal/checks/kinds_ko_length_test.go).
	CharsPerWord float64 `yaml:"chars_per_word"`
	// CharsPerWordRange is the spread of CharsPerWord measured on parallel
	// copy, [low, high] (Korean [2.0, 3.0]); empty means CharsPerWord at
	// both ends. The prompt asks for CharsPerWord (Bounds); the check
	// blocks only a text outside the limits at both ends of the range
	// (CheckBounds: a word minimum converted at the low ratio, a maximum
	// at the high one), so a truthful text is not blocked for the
	// uncertainty of the conversion itself.
	CharsPerWordRange []float64 `yaml:"chars_per_word_range"`
	// Spaces: a character-counting locale counts its spaces too (Korean,
	// which spaces its words; a channel's stated character limit, such as
	// a social post's, counts them as the platform does). Japanese and
	// Chinese count the runes that are not white space.
	Spaces bool `yaml:"spaces"`
}

// Readability is how reading ease is judged.
type Readability struct {
	// Formula is "flesch-kincaid" (English grade), "lix" (Scandinavian
	// and used widely in Europe), or "" where no established formula
	// fits (sentence length only).
	Formula string `yaml:"formula"`
	// MaxSentence is the longest sentence the language's copy should
	// have, in the length unit (words, or characters for Japanese,
	// Chinese and Korean).
	MaxSentence int `yaml:"max_sentence"`
}

// Formality is the register of address.
type Formality struct {
	// Register is the short name ("vous", "Sie", "です/ます").
	Register string `yaml:"register"`
	// Prompt is the instruction the prompt carries, in English.
	Prompt string `yaml:"prompt"`
}

// Typography is the locale's punctuation.
type Typography struct {
	// Quotes are the opening and closing quotation marks.
	Quotes []string `yaml:"quotes"`
	// SpaceBefore lists punctuation preceded by a (no-break) space.
	SpaceBefore string `yaml:"space_before"`
	// FullWidth says the script uses full-width punctuation (。、).
	FullWidth bool `yaml:"full_width"`
	// DecimalComma says numbers are written 0,5 rather than 0.5.
	DecimalComma bool `yaml:"decimal_comma"`
	// Prompt is the typography instruction for the prompt, in English.
	Prompt string `yaml:"prompt"`
}

// Qualifiers are the market's disclosure words. For a locale without
// checker market data (internal/checks/data/<locale>/market.yaml) they are
// the market's rules themselves: a lab-grown stone named by one of Diamond
// needs one of LabGrown within four words in its sentence, a simulant one
// of Simulant (or LabGrown), each cited with Source.
type Qualifiers struct {
	// Source cites the rule the qualifiers follow (a law, a standard).
	Source   string   `yaml:"source"`
	LabGrown []string `yaml:"lab_grown"`
	// Predicate are the copulas and passive auxiliaries of the language
	// ("is", "est", "jest", "został", "byl"): a lab-grown qualifier up to
	// three words after one, in the sentence of the stone named before it,
	// is said of that stone ("Diament w tej zawieszce jest syntetyczny",
	// "Le diamant de ce pendentif est synthétique"). Written as in copy,
	// accents kept (Italian "è" is not "e", and).
	Predicate []string `yaml:"predicate"`
	// Distributive are the words that say a qualifier after them of every
	// stone named before them in the sentence ("a 5 mm diamond and twelve
	// smaller diamonds, all lab-grown"; "todos creados en laboratorio",
	// "alle laboratoriedyrkede"): a lab-grown qualifier up to three words
	// after one qualifies the stones listed before it in its sentence, as
	// the copula does (Predicate; 16 CFR 23.23 "immediately accompanied").
	// Written as in copy, lower-case.
	Distributive []string `yaml:"distributive"`
	// StoneNouns are the language's words for a piece's stones in general
	// (stone, stones, gem; Stein, pierre, kivi, 스톤, 宝石), written as
	// concept forms ("stone{,s}", "kiv*"): a lab-grown qualifier said of
	// one (beside it, as its predicate or through a distributive word)
	// before the first diamond, on a piece whose stones are all
	// lab-grown, names the diamonds that follow ("Every stone in this
	// band is lab-grown. Fifteen diamonds circle the finger."; #13,
	// held51).
	StoneNouns []string `yaml:"stone_nouns"`
	// Natural are the words that must never describe a laboratory-created
	// stone, beside a qualifier or not: real, genuine, natural, authentic
	// ("ekte", "echte", "véritable", "prawdziwy", 天然, 本物; 16 CFR 23.27,
	// and every market's rule against misleading names). Written as
	// concept forms ("=echte": exact, so the adverb "echt" stays free).
	Natural  []string `yaml:"natural"`
	Simulant []string `yaml:"simulant"`
	Plated   []string `yaml:"plated"`
	// Diamond lists the words naming a diamond in the language, each
	// inflection written out (pl diament, diamenty, diamentem…).
	//
	// A word written "*diamant" names a diamond as a compound's tail
	// ("ekodiamanter", "laboratoriotimantti"; the compound is qualified
	// when its head is a one-word qualifier), one written "timanttisormu*"
	// as its head ("timanttisormus", a diamond ring), one written "+钻"
	// only glued right after a one-word qualifier in Japanese and Chinese
	// (培育钻, the trade's shorthand; alone 钻 is also 镶钻 or 水钻).
	Diamond []string `yaml:"diamond"`
	// Brilliant names a diamond as a brilliant (French "brillants",
	// Danish "brillanter"): see BrilliantWords. Nil: the language has no
	// such word, or lists it in Diamond.
	Brilliant *BrilliantWords `yaml:"brilliant,omitempty"`
	// ImitationPearl is the market's rule for an imitation pearl (origin
	// simulant, a shell or glass pearl): the language's words for a pearl
	// may name it only beside one of its qualifiers ("imitation",
	// "simulated"; US FTC 16 CFR 23.20(c)-(d)). Nil: no pearl rule.
	ImitationPearl *PearlQualifiers `yaml:"imitation_pearl,omitempty"`
}

// BrilliantWords are the words that name a diamond as a brilliant (a
// brilliant-cut diamond: "sertie de brillants", "tres brillantes") and
// also mean shiny. One is read as a diamond only as a noun: after a
// numeral, after one of Opening (articles) that opens the sentence ("Les
// brillants captent…"), or after one of After (articles, prepositions:
// "de", "con", "los") with the end of its clause, a function word or a
// numeral next ("serti de brillants."), so "des reflets brillants", "de
// brillantes colores", "Con brillanti riflessi" and "son brillantes" stay
// adjectives.
//
// Nouns are the words for a brilliant that are only nouns ("brilliants",
// "briljanter"): always the stone. Cut are the words that make either a
// cut's name rather than the stone, standing up to three words before it
// in its clause ("slebet som runde brillanter", "cut as brilliants",
// "taillés en brillants").
//
// Before are nouns the adjective stands before (light, colour and
// facet nouns: "reflets", "destellos", "riflessi", "reflexos"): after an
// opening article, a word of Words with one of them next is the
// adjective ("Les brillants reflets…", "I brillanti riflessi…"), not the
// stone (#13, f1).
//
// Sizes are adjectives of size that stand between a numeral or an article
// and the noun ("quatro pequenos brilhantes", "de petits brillants", "vier
// kleine Brillanten"): the word before one of them decides as if it stood
// right before the brilliant word (#13, probe17a's brilliant17).
type BrilliantWords struct {
	Words   []string `yaml:"words"`
	After   []string `yaml:"after"`
	Opening []string `yaml:"opening"`
	Nouns   []string `yaml:"nouns"`
	Cut     []string `yaml:"cut"`
	Before  []string `yaml:"before"`
	Sizes   []string `yaml:"sizes,omitempty"`
	// And are the conjunctions of After: after one the word is a noun
	// only when the conjunct before it is a word of the vocabulary (a
	// stone, a metal, a colour: "plata y brillantes") or a number; after
	// another word it is an adjective coordinated with it ("una superficie
	// densa y brillante"; #13, sense44).
	And []string `yaml:"and,omitempty"`
}

// PearlQualifiers are one market's words for a pearl and the qualifiers
// that tell an imitation, in the checker's concept form syntax (words by
// stem, "word*" by prefix), with the rule they follow. A word written
// "*perle" names a pearl inside a compound ("Imitationsperle",
// "tekohelmi"); the compound is qualified when it starts with a qualifier.
type PearlQualifiers struct {
	Source     string   `yaml:"source"`
	Words      []string `yaml:"words"`
	Qualifiers []string `yaml:"qualifiers"`
	// NotPearls are words and phrases that hold a pearl word and name no
	// pearl: mother-of-pearl and the nacre layer ("mother-of-pearl",
	// マザーオブパール, 珍珠母, عرق اللؤلؤ, helmiäinen), the coat of a
	// shell pearl and the material of inlay. A pearl word inside one does
	// not name the product's pearl (#13, pearl11).
	NotPearls []string `yaml:"not_pearls,omitempty"`
}

// Identity tells a language and its variant from close neighbours.
type Identity struct {
	// Stopwords are common function words of the language.
	Stopwords []string `yaml:"stopwords"`
	// Foreign are spellings of a close neighbour that are wrong here,
	// each with the locale it belongs to: pt-BR "fato" is pt-PT "facto",
	// nb-NO "ikke noe" is da-DK "ikke noget", zh-CN 项链 is zh-TW 項鍊.
	Foreign map[string]string `yaml:"foreign"`
	// ForeignStrong are the Foreign words that are strong markers of
	// their variety: its grammar (es-ES vosotros pronouns, possessives and
	// verb forms, pt-PT tu forms, en-US "gotten") and its slang or
	// regional verbs (es-ES "mola", "guay"; es-MX "chido", "platicar";
	// pt-BR "curtir", "bacana"; fr-CA "magasiner"), which no loanword,
	// quotation or name explains. A spelling variant ("color", "ónix") is
	// weak. checks counts a strong marker twice toward a variety's three,
	// so two distinct strong markers block and one only warns (#13,
	// variety28). Forms are lower-case, as written.
	ForeignStrong []string `yaml:"foreign_strong,omitempty"`
	// Close are the close languages copy for this locale slips into, by
	// ISO 639-1 code (ca, gl and pt beside Spanish; da, sv and nn beside
	// Bokmål; sk beside Czech; Hant beside zh-CN), each with the evidence
	// that tells a sentence of it from this language: its distinctive
	// words, letters and word endings. None may be a word of this
	// language (TestCloseMarkersAreNotOwnWords). A child pack inherits its
	// parent's and may add languages or words.
	Close map[string]CloseLanguage `yaml:"close"`
}

// CloseLanguage is the evidence for one close language (Identity.Close).
// Identity.Foreign words owned by the language count as its words too.
type CloseLanguage struct {
	// Name is the language's English name, for messages ("Catalan").
	Name string `yaml:"name"`
	// Words are function words and common words of the close language
	// that this language does not write (Catalan "amb", "els", "però").
	// A form with accents is matched as written, others folded.
	Words []string `yaml:"words"`
	// Letters are letters the close language writes and this language
	// does not (Catalan "à", "è", "ò", "ç" beside Spanish; Swedish "ä",
	// "ö" beside Danish): a lower-case word holding one is its word.
	Letters string `yaml:"letters"`
	// Endings are word endings of the close language this language
	// lacks (Catalan "-ció", Danish "-hed"), matched as written on words
	// of five letters or more.
	Endings []string `yaml:"endings"`
	// Spellings are letter sequences the close language writes inside
	// its words and this language never does, its spelling rules rather
	// than its words (Danish "øj", "ej" beside Bokmål "øy", "ei": "tøj",
	// "dejlig"; Bokmål "ei", "øy" beside Danish: "stein", "høy"), matched
	// as written, lower case, on words of four letters or more (#13,
	// close36); one beginning with "^" only at a word's start (Danish
	// "^udv": udvalgt, Bokmål utvalgt).
	Spellings []string `yaml:"spellings,omitempty"`
	// Clitics are pronouns the close language joins to a verb with a
	// hyphen and this language never does (Portuguese "mantém-nos",
	// "guarde-os", "dá-lhe" beside Spanish "mantenernos", "guárdelos";
	// Catalan "porta-la", "posar-s'hi"): a lower-case clitic right after
	// a word and a hyphen is its word (#13, released37). Cunha and
	// Cintra, Nova Gramática do Português Contemporâneo, ch. 11 (ênclise
	// with hyphen); RAE, Ortografía 4.1.1.2.2 (Spanish enclitics written
	// joined, never hyphenated); IEC, Ortografia catalana 5.3.
	Clitics []string `yaml:"clitics,omitempty"`
	// Shared are words of this language that one of the close language's
	// words or endings would mark (Danish "manchet", a shirt cuff, ends
	// in Bokmål "-het"; German "Bescheid" in Dutch "-heid"): they are
	// never its evidence (#13, close_marker19).
	Shared []string `yaml:"shared"`
	// Script is a Han script (Hans or Hant): the language's characters
	// are those of that script's table, not words.
	Script string `yaml:"script"`
}

// Writer is the offline writer's data for a locale.
type Writer struct {
	// And joins the last two items of a list; Sep joins the others.
	And string `yaml:"and"`
	Sep string `yaml:"sep"`
	// AndSep, when set, replaces space+And+space before the last item
	// (Arabic و attaches to the next word: " و").
	AndSep string `yaml:"and_sep"`
	// Space is the word separator ("" in Japanese and Chinese).
	Space      *string           `yaml:"space"`
	Categories map[string]string `yaml:"categories"`
	Materials  map[string]string `yaml:"materials"`
	// Platings name a plating metal ("gold", "rose gold", "rhodium") as
	// plated; Plated combines {karat}, {plating} and {base}; Karat writes a
	// fineness from {n} ("{n}K").
	Platings map[string]string `yaml:"platings"`
	Plated   string            `yaml:"plated"`
	// PlatedAlone writes a plating listed apart from its base ({karat},
	// {plating}); empty means "{karat} {plating}".
	PlatedAlone string            `yaml:"plated_alone"`
	Karat       string            `yaml:"karat"`
	Stones      map[string]string `yaml:"stones"`
	Colours     map[string]string `yaml:"colours"`
	Features    map[string]string `yaml:"features"`
	Occasions   map[string]string `yaml:"occasions"`
	// Stone phrases one stone: {count}, {colour}, {stone}; StoneNoCount
	// when the count is unknown, StoneNoColour when the colour is.
	Stone                string    `yaml:"stone"`
	StoneNoColour        string    `yaml:"stone_no_colour"`
	StoneNoCount         string    `yaml:"stone_no_count"`
	StoneNoCountNoColour string    `yaml:"stone_no_count_no_colour"`
	Sentences            Sentences `yaml:"sentences"`
}

// Sentences are interchangeable templates per slot. Tokens: {name},
// {brand}, {category}, {collection}, {materials}, {stones}, {colours},
// {features}, {occasions}.
type Sentences struct {
	Opening           []string `yaml:"opening"`
	OpeningCollection []string `yaml:"opening_collection"`
	Materials         []string `yaml:"materials"`
	Stones            []string `yaml:"stones"`
	Colours           []string `yaml:"colours"`
	Features          []string `yaml:"features"`
	Occasions         []string `yaml:"occasions"`
	Padding           []string `yaml:"padding"`
	Closing           []string `yaml:"closing"`
}

// Vocab returns the pack's grounding vocabulary (YAML) and the locale
// that owns it, or nil when the pack has none.
func (p *Pack) Vocab() (data []byte, owner string) { return p.vocab.read(), p.vocabOwner }

// VocabOwner is Vocab's owner without reading the file.
func (p *Pack) VocabOwner() string { return p.vocabOwner }

// Eval returns the pack's evaluation sentences (eval.yaml, own or
// inherited): true and false statements of each fact kind, which the
// grounding tests run.
func (p *Pack) Eval() []byte { return p.eval.read() }

// CountsCharacters reports whether limits count characters.
func (p *Pack) CountsCharacters() bool { return p.Length.Unit == UnitCharacters }

// Count measures text in the pack's unit: runes that are not spaces for a
// character-counting locale (every rune where Length.Spaces), else words
// (runs between spaces).
func (p *Pack) Count(text string) int {
	if p.CountsCharacters() {
		return p.countChars(text)
	}
	return len(strings.Fields(text))
}

// CountChars counts the runes of text that are not white space: the
// length a reader of Japanese or Chinese sees.
func CountChars(text string) int {
	n := 0
	for _, r := range text {
		if r != ' ' && r != '\n' && r != '\t' && r != '\r' && r != '\u3000' {
			n++
		}
	}
	return n
}

// Chars is the character length of text as limits count it in this
// locale (unit as in Bounds): for a character-counting locale the runes
// that are not white space (every rune where Length.Spaces), else every
// rune.
func (p *Pack) Chars(unit, text string) int {
	if unit == "" {
		unit = p.Length.Unit
	}
	if unit == UnitCharacters {
		return p.countChars(text)
	}
	return utf8.RuneCountInString(text)
}

// countChars is CountChars, or every rune where the locale counts its
// spaces (Length.Spaces).
func (p *Pack) countChars(text string) int {
	if p.Length.Spaces {
		return utf8.RuneCountInString(text)
	}
	return CountChars(text)
}

// WordsToUnit converts a word limit into the pack's unit.
func (p *Pack) WordsToUnit(words int) int {
	if !p.CountsCharacters() || words == 0 {
		return words
	}
	return int(float64(words)*p.Length.CharsPerWord + 0.5)
}

// Set is every pack, validated.
type Set struct {
	packs map[string]*Pack
	names []string
}

var (
	loadOnce sync.Once
	loaded   *Set
	loadErr  error
)

// Load parses and validates the embedded packs once. The error lists every
// defect of every pack.
func Load() (*Set, error) {
	loadOnce.Do(func() { loaded, loadErr = loadFS(packFS, "packs") })
	return loaded, loadErr
}

// Must is Load for callers that cannot run without packs; embedded data
// that does not validate is a build defect the tests catch.
func Must() *Set {
	s, err := Load()
	if err != nil {
		panic(err)
	}
	return s
}

//go:embed decoded.snap
var decodedSnap []byte

// snap holds the packs decoded ahead of time (go generate; see
// internal/yamlsnap): the resolved packs of exactly the pack.yaml files
// embedded, else nothing, and they are parsed.
var snap = yamlsnap.New(decodedSnap)

//go:generate go test -run TestSnapshotIsCurrent . -args -update-snapshot

func loadFS(fsys fs.FS, root string) (*Set, error) { return loadFSWith(fsys, root, snap) }

// loadFSWith is loadFS through the snapshot sn (nil: parse the YAML).
func loadFSWith(fsys fs.FS, root string, sn *yamlsnap.Snapshot) (*Set, error) {
	entries, err := fs.ReadDir(fsys, root)
	if err != nil {
		return nil, err
	}
	rawData := map[string][]byte{}
	vocab := map[string]packFile{}
	evals := map[string]packFile{}
	var errs []error
	// The snapshot's key: every pack.yaml, by folder, in name order (each
	// as "<folder>\x00<length>\x00<bytes>\x00"), hashed as it is read
	// rather than joined first (#17).
	keyHash := sha256.New()
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		dir := e.Name()
		data, err := fs.ReadFile(fsys, path.Join(root, dir, "pack.yaml"))
		if err != nil {
			errs = append(errs, fmt.Errorf("locales: %s: %w", dir, err))
			continue
		}
		releaseEmbedded(fsys, path.Join(root, dir, "pack.yaml"))
		rawData[dir] = data
		fmt.Fprintf(keyHash, "%s\x00%d\x00", dir, len(data))
		keyHash.Write(data)
		keyHash.Write([]byte{0})
		for name, files := range map[string]map[string]packFile{"vocab.yaml": vocab, "eval.yaml": evals} {
			f := path.Join(root, dir, name)
			if st, err := fs.Stat(fsys, f); err == nil && !st.IsDir() {
				files[dir] = packFile{fsys: fsys, name: f}
			}
		}
	}
	if len(errs) > 0 {
		_, err := resolvePacks(rawData, vocab, evals)
		return nil, errors.Join(append(errs, err)...)
	}
	// The packs resolved (inheritance and validation), their exported
	// fields only: the vocabulary and evaluation files are attached below
	// by the same inheritance, on either path.
	var plain map[string]Pack
	if err := sn.Load(yamlsnap.KeySum([sha256.Size]byte(keyHash.Sum(nil)), &plain, true), &plain, func() error {
		ps, err := resolvePacks(rawData, vocab, evals)
		if err != nil {
			return err
		}
		plain = make(map[string]Pack, len(ps))
		for d, p := range ps {
			q := *p
			q.vocab, q.eval, q.vocabOwner = packFile{}, packFile{}, ""
			plain[d] = q
		}
		return nil
	}); err != nil {
		return nil, err
	}
	s := &Set{packs: make(map[string]*Pack, len(plain))}
	var attach func(dir string, depth int) *Pack
	attach = func(dir string, depth int) *Pack {
		if p, ok := s.packs[dir]; ok {
			return p
		}
		q, ok := plain[dir]
		if !ok || depth > len(plain) {
			return nil
		}
		p := &q
		if p.Extends != "" {
			if parent := attach(p.Extends, depth+1); parent != nil {
				p.vocab, p.vocabOwner, p.eval = parent.vocab, parent.vocabOwner, parent.eval
			}
		}
		if v, ok := vocab[dir]; ok {
			p.vocab, p.vocabOwner = v, dir
		}
		if v, ok := evals[dir]; ok {
			p.eval = v
		}
		s.packs[dir] = p
		return p
	}
	dirs := make([]string, 0, len(plain))
	for d := range plain {
		dirs = append(dirs, d)
	}
	sort.Strings(dirs)
	for _, d := range dirs {
		if err := attach(d, 0).validate(d); err != nil {
			errs = append(errs, err)
		}
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	s.names = dirs
	return s, nil
}

// resolvePacks parses every pack.yaml (rawData, by folder) and resolves
// inheritance, validating each pack; the error lists every defect.
func resolvePacks(rawData map[string][]byte, vocab, evals map[string]packFile) (map[string]*Pack, error) {
	raw := map[string]*yaml.Node{}
	var errs []error
	for _, dir := range slices.Sorted(maps.Keys(rawData)) {
		var n yaml.Node
		if err := yaml.Unmarshal(rawData[dir], &n); err != nil {
			errs = append(errs, fmt.Errorf("locales: %s/pack.yaml: %w", dir, err))
			continue
		}
		raw[dir] = &n
	}
	s := &Set{packs: map[string]*Pack{}}
	var resolve func(dir string, seen []string) (*Pack, error)
	resolve = func(dir string, seen []string) (*Pack, error) {
		if p, ok := s.packs[dir]; ok {
			return p, nil
		}
		if slices.Contains(seen, dir) {
			return nil, fmt.Errorf("locales: %s: extends itself through %s", dir, strings.Join(seen, " → "))
		}
		n, ok := raw[dir]
		if !ok {
			return nil, fmt.Errorf("locales: %s: no such pack", dir)
		}
		var head struct {
			Extends string `yaml:"extends"`
		}
		_ = n.Decode(&head)
		p := &Pack{}
		if head.Extends != "" {
			parent, err := resolve(head.Extends, append(seen, dir))
			if err != nil {
				return nil, fmt.Errorf("locales: %s/pack.yaml: extends: %w", dir, err)
			}
			// A deep copy through YAML, so the child's maps never
			// write into the parent's.
			b, err := yaml.Marshal(parent)
			if err != nil {
				return nil, err
			}
			if err := yaml.Unmarshal(b, p); err != nil {
				return nil, err
			}
			p.vocab, p.vocabOwner, p.eval = parent.vocab, parent.vocabOwner, parent.eval
			p.Extends = ""
		}
		// Maps merge into the parent's (a child names only the writer
		// words it changes), except identity.foreign, which names the
		// other variants from this locale's side and so replaces.
		var probe struct {
			Identity struct {
				Foreign map[string]string `yaml:"foreign"`
			} `yaml:"identity"`
		}
		_ = n.Decode(&probe)
		if probe.Identity.Foreign != nil {
			p.Identity.Foreign = nil
		}
		if err := decodeStrict(rawData[dir], p); err != nil {
			return nil, fmt.Errorf("locales: %s/pack.yaml: %w", dir, err)
		}
		if v, ok := vocab[dir]; ok {
			p.vocab, p.vocabOwner = v, dir
		}
		if v, ok := evals[dir]; ok {
			p.eval = v
		}
		if err := p.validate(dir); err != nil {
			return nil, err
		}
		s.packs[dir] = p
		return p, nil
	}
	dirs := make([]string, 0, len(raw))
	for d := range raw {
		dirs = append(dirs, d)
	}
	sort.Strings(dirs)
	for _, d := range dirs {
		if _, err := resolve(d, nil); err != nil {
			errs = append(errs, err)
		}
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return s.packs, nil
}

// decodeStrict decodes a pack's YAML into v refusing unknown keys, and
// overlays only the keys present (so a child pack keeps its parent's other
// fields). It decodes the file's bytes, already parsed once into a node
// that held well-formed YAML: re-emitting the node to decode it strictly
// cost half of loading the 25 packs at process start.
func decodeStrict(data []byte, v any) error {
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	return dec.Decode(v)
}

var scripts = map[string]bool{"Latn": true, "Grek": true, "Cyrl": true, "Arab": true, "Hebr": true, "Jpan": true, "Hans": true, "Hant": true, "Hang": true, "Kore": true, "Thai": true}

func (p *Pack) validate(dir string) error {
	var errs []string
	bad := func(format string, a ...any) { errs = append(errs, fmt.Sprintf(format, a...)) }
	tag, err := language.Parse(dir)
	if err != nil || tag.String() != dir {
		bad("folder name %q is not a canonical BCP 47 tag", dir)
	}
	if p.Locale != dir {
		bad("locale %q: want the folder name %q", p.Locale, dir)
	}
	if err == nil {
		base, _ := tag.Base()
		if p.Language != base.String() {
			bad("language %q: the tag says %q", p.Language, base.String())
		}
	}
	if p.Name == "" {
		bad("name is empty")
	}
	if !scripts[p.Script] {
		bad("script %q: want an ISO 15924 code such as Latn, Jpan, Hans, Hant, Arab, Grek, Hang", p.Script)
	}
	if p.Direction != "ltr" && p.Direction != "rtl" {
		bad("direction %q: want ltr or rtl", p.Direction)
	}
	switch p.Length.Unit {
	case UnitWords:
	case UnitCharacters:
		if p.Length.CharsPerWord <= 0 {
			bad("length.chars_per_word must be positive when length.unit is characters")
		}
		if r := p.Length.CharsPerWordRange; len(r) > 0 && (len(r) != 2 || r[0] <= 0 || r[0] > p.Length.CharsPerWord || r[1] < p.Length.CharsPerWord) {
			bad("length.chars_per_word_range %v: want [low, high] with 0 < low <= chars_per_word <= high", r)
		}
	default:
		bad("length.unit %q: want words or characters", p.Length.Unit)
	}
	switch p.Readability.Formula {
	case "", "flesch-kincaid", "lix":
	default:
		bad("readability.formula %q: want flesch-kincaid, lix or empty", p.Readability.Formula)
	}
	if p.Readability.MaxSentence <= 0 {
		bad("readability.max_sentence must be positive")
	}
	if p.Formality.Prompt == "" {
		bad("formality.prompt is empty")
	}
	if len(p.Typography.Quotes) != 2 {
		bad("typography.quotes: want an opening and a closing mark")
	}
	if len(p.Identity.Stopwords) < 8 {
		bad("identity.stopwords: want at least 8 function words, have %d", len(p.Identity.Stopwords))
	}
	if len(p.Qualifiers.LabGrown) == 0 || len(p.Qualifiers.Simulant) == 0 || len(p.Qualifiers.Plated) == 0 {
		bad("qualifiers: lab_grown, simulant and plated each need at least one word")
	}
	if p.vocab.fsys == nil {
		bad("no vocab.yaml here or in the pack it extends: facts would go unchecked")
	}
	if w := p.Writer; w != nil {
		for slot, list := range map[string][]string{"opening": w.Sentences.Opening, "materials": w.Sentences.Materials, "stones": w.Sentences.Stones, "padding": w.Sentences.Padding, "closing": w.Sentences.Closing} {
			if len(list) == 0 {
				bad("writer.sentences.%s is empty", slot)
			}
		}
		if len(w.Sentences.Padding) < 6 {
			bad("writer.sentences.padding: want at least 6 fact-free sentences to vary launches, have %d", len(w.Sentences.Padding))
		}
		for _, tpl := range []string{w.Stone, w.StoneNoCount, w.StoneNoColour, w.StoneNoCountNoColour} {
			if !strings.Contains(tpl, "{stone}") {
				bad("writer stone template %q lacks {stone}", tpl)
			}
		}
		if !strings.Contains(w.Plated, "{plating}") || !strings.Contains(w.Karat, "{n}") {
			bad("writer.plated needs {plating} and writer.karat {n}")
		}
		for _, c := range []string{"ring", "charm", "bracelet", "bangle", "necklace", "pendant", "earrings", "chain", "anklet"} {
			if w.Categories[c] == "" {
				bad("writer.categories.%s is missing", c)
			}
		}
		for k, v := range w.Materials {
			if !utf8.ValidString(v) || v == "" {
				bad("writer.materials.%s is empty", k)
			}
		}
	}
	if len(errs) > 0 {
		return fmt.Errorf("locales: %s/pack.yaml: %s", dir, strings.Join(errs, "; "))
	}
	return nil
}

// Supported lists the locales with a pack, sorted.
func (s *Set) Supported() []string { return slices.Clone(s.names) }

// Get returns the pack of exactly this locale (case and "_" forgiven).
func (s *Set) Get(locale string) (*Pack, bool) {
	if p, ok := s.packs[locale]; ok {
		return p, true
	}
	tag, err := language.Parse(strings.ReplaceAll(locale, "_", "-"))
	if err != nil {
		return nil, false
	}
	p, ok := s.packs[tag.String()]
	return p, ok
}

// Resolve returns the pack for locale: its own, else the closest pack of
// the same language and script ("fr-BE" reads as fr-FR, "zh-HK" as zh-TW),
// with exact false. It returns nil when no pack reads the language.
func (s *Set) Resolve(locale string) (p *Pack, exact bool) {
	if p, ok := s.Get(locale); ok {
		return p, true
	}
	tag, err := language.Parse(strings.ReplaceAll(locale, "_", "-"))
	if err != nil {
		return nil, false
	}
	// The pack of the language's and script's default region ("fr" is
	// fr-FR, "zh-Hant" zh-TW), else the first of that language and script.
	base, _ := tag.Base()
	script, _ := tag.Script()
	def, _ := language.Compose(base, script)
	region, _ := def.Region()
	var first *Pack
	for _, n := range s.names {
		p := s.packs[n]
		pt := language.MustParse(n)
		ps, _ := pt.Script()
		if p.Language != base.String() || ps != script {
			continue
		}
		if r, _ := pt.Region(); r == region {
			return p, false
		}
		if first == nil {
			first = p
		}
	}
	return first, false
}

// Bounds are a channel's length limits as one locale counts them.
type Bounds struct {
	MinWords, MaxWords, MinChars, MaxChars int
}

// Bounds converts a channel's limits for this locale. unit is the guide's
// choice for the locale (words, characters, or "" for the pack's default).
// A locale counting characters has its word limits converted with
// CharsPerWord (the stricter of a converted and a stated character limit
// wins); a locale counting words keeps the limits as they are.
func (p *Pack) Bounds(unit string, b Bounds) Bounds {
	ratio := p.Length.CharsPerWord
	return p.bounds(unit, b, ratio, ratio)
}

// CheckBounds is Bounds as the length check applies them: where the pack
// gives CharsPerWordRange, a word minimum is converted at the range's low
// ratio and a word maximum at its high one, so only a text out of bounds
// at every measured ratio is blocked. Stated character limits are kept.
func (p *Pack) CheckBounds(unit string, b Bounds) Bounds {
	lo, hi := p.Length.CharsPerWord, p.Length.CharsPerWord
	if r := p.Length.CharsPerWordRange; len(r) == 2 {
		lo, hi = r[0], r[1]
	}
	return p.bounds(unit, b, lo, hi)
}

func (p *Pack) bounds(unit string, b Bounds, lo, hi float64) Bounds {
	if unit == "" {
		unit = p.Length.Unit
	}
	if unit != UnitCharacters {
		return b
	}
	if lo <= 0 {
		lo = 2
	}
	if hi <= 0 {
		hi = 2
	}
	conv := func(w int, ratio float64) int { return int(float64(w)*ratio + 0.5) }
	out := Bounds{MinChars: b.MinChars, MaxChars: b.MaxChars}
	if b.MinWords > 0 {
		out.MinChars = max(out.MinChars, conv(b.MinWords, lo))
	}
	if b.MaxWords > 0 && (out.MaxChars == 0 || conv(b.MaxWords, hi) < out.MaxChars) {
		out.MaxChars = conv(b.MaxWords, hi)
	}
	return out
}

package checks

import (
	"fmt"
	"hash/maphash"
	"regexp"
	"strings"
	"sync"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/prompts"
)

// ---- injection: the writing prompt echoed into the copy ----
//
// What counts as prompt text is derived from the real prompt: the system
// and user templates of internal/prompts rendered for the guide, locale
// and channel being checked (every conditional block included: the
// translation task, the reviewer's comment, the re-ask with findings, the
// examples), so the locale pack's own instructions (register, typography,
// script) and the guide's rule and glossary lines are part of it in the
// words the model was given. Any run of echoGram words of one prompt line
// in the copy is an echo; so is a line label of the prompt ("Task:",
// "Brand voice:") or a chat role in any supported language starting a line.

// echoGram is the length of a word run that counts as copied prompt text.
const echoGram = 5

// promptEcho is the prompt of one guide, locale and channel, indexed.
type promptEcho struct {
	grams  map[uint64]struct{} // hashes of echoGram-word runs
	labels [][]string          // line labels, folded words ("brand voice")
	// seen has the bit gramBit(h) of every hash h in grams set: a run of
	// copy whose bit is clear is in no prompt (most runs, at the cost of
	// one bit test instead of a map lookup, #17); a set bit asks grams.
	seen [1 << 16 / 64]uint64
}

// gramBit is the bit of promptEcho.seen for gram hash h (its top 16
// bits: the low bits of gramHash's product mix fewer of its inputs' bits).
func gramBit(h uint64) (word int, mask uint64) { return int(h >> 54), 1 << (h >> 48 & 63) }

// has reports whether h is the hash of a run of the prompt.
func (e *promptEcho) has(h uint64) bool {
	if w, m := gramBit(h); e.seen[w]&m == 0 {
		return false
	}
	_, ok := e.grams[h]
	return ok
}

var echoSeed = maphash.MakeSeed()

func wordHash(w string) uint64 { return maphash.String(echoSeed, w) }

// gramHash combines the hashes of n consecutive words.
func gramHash(hs []uint64) uint64 {
	var x uint64 = 14695981039346656037
	for _, h := range hs {
		x = (x ^ h) * 1099511628211
	}
	return x
}

// labelAt is a prompt label and its colon at the start of its input (a
// line starting with one is a labelled line of the prompt; lineLabels).
var labelAt = regexp.MustCompile(`^([A-Z][A-Za-z ]{2,40})(?: \([^)]*\))?:`)

// lineLabels returns the first group of every match in text of
// (?m)^([A-Z][A-Za-z ]{2,40})(?: \([^)]*\))?: (labelAt at every line's
// start), as that expression's FindAllStringSubmatch does: a match starts at a line's
// start (the text's or after a newline) with a capital, so labelAt is
// tried at each such start, in order, from the end of the last match (a
// parenthesis may hold newlines); scanning the whole prompt with the
// multi-line expression was a third of indexing it (buildPromptEcho).
func lineLabels(text string) []string {
	var out []string
	for p := 0; p < len(text); {
		if c := text[p]; c >= 'A' && c <= 'Z' {
			if m := labelAt.FindStringSubmatchIndex(text[p:]); m != nil {
				out = append(out, text[p+m[2]:p+m[3]])
				p += m[1] // a match ends at its colon: the next starts on a later line
			}
		}
		i := strings.IndexByte(text[p:], '\n')
		if i < 0 {
			break
		}
		p += i + 1
	}
	return out
}

func buildPromptEcho(req core.GenerateRequest) *promptEcho {
	e := &promptEcho{grams: map[uint64]struct{}{}}
	plain := prompts.Build(req)
	// Every conditional block of the templates, with placeholder values.
	req.Feedback, req.PreviousText = "·", "·"
	req.Findings = []core.Finding{{Rule: "·", Message: "·"}}
	req.Source = &core.SourceText{Locale: "en-GB", Text: "·"}
	req.Examples = []core.CatalogueEntry{{SKU: "\x00", Locale: req.Locale, Channel: req.Channel, Text: "·"}}
	full := prompts.Build(req)
	text := plain.System + "\n" + plain.User + "\n" + full.System + "\n" + full.User
	seen := map[string]bool{}
	for _, label := range lineLabels(text) {
		words := splitWords(label)
		key := strings.Join(words, " ")
		if len(words) > 0 && !seen[key] {
			seen[key] = true
			e.labels = append(e.labels, words)
		}
	}
	// A line's runs are the same wherever it stands: each distinct line
	// is indexed once (the full prompt repeats the plain one's lines).
	lines := map[string]bool{}
	for line := range strings.SplitSeq(text, "\n") {
		if lines[line] {
			continue
		}
		lines[line] = true
		for _, h := range lineGrams(line) {
			e.grams[h] = struct{}{}
			w, m := gramBit(h)
			e.seen[w] |= m
		}
	}
	return e
}

// echoLines memoises lineGrams by line, for at most maxEchoLines lines a
// process: the prompts of a guide's locales and channels share most of
// their lines (the instructions, the guide's rules and glossary), and
// splitting them into words again for each was a tenth of a check
// process's start (#17).
var echoLines struct {
	sync.Mutex
	m map[string][]uint64
}

const maxEchoLines = 1 << 14

// lineGrams returns the hashes (gramHash) of the echoGram-word runs of one
// prompt line holding at least two words that are neither stop words nor
// numbers.
func lineGrams(line string) []uint64 {
	echoLines.Lock()
	gs, ok := echoLines.m[line]
	echoLines.Unlock()
	if ok {
		return gs
	}
	x := stopIndex()
	words := splitWords(line)
	hs := make([]uint64, len(words))
	for i, w := range words {
		hs[i] = wordHash(w)
	}
	for i := 0; i+echoGram <= len(words); i++ {
		content := 0
		for _, w := range words[i : i+echoGram] {
			if x.words[w] == 0 && !isNumber(w) {
				content++
			}
		}
		if content >= 2 {
			gs = append(gs, gramHash(hs[i:i+echoGram]))
		}
	}
	echoLines.Lock()
	if echoLines.m == nil {
		echoLines.m = map[string][]uint64{}
	}
	if len(echoLines.m) < maxEchoLines {
		echoLines.m[strings.Clone(line)] = gs
	}
	echoLines.Unlock()
	return gs
}

func isNumber(w string) bool {
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return w != ""
}

// promptEchoFor returns the indexed prompt of the run's guide, locale and
// channel, built once per compiled guide.
func (r *run) promptEchoFor() *promptEcho {
	key := r.in.Locale + "\x00" + r.in.Channel
	if e, ok := r.cg.echo.Load(key); ok {
		return e.(*promptEcho)
	}
	e := buildPromptEcho(core.GenerateRequest{Guide: r.g, Locale: r.in.Locale, Channel: r.in.Channel})
	r.cg.echoN.Lock()
	if r.cg.echoCount < 256 {
		r.cg.echoCount++
		r.cg.echo.Store(key, e)
	}
	r.cg.echoN.Unlock()
	return e
}

// checkPromptEcho reports runs of prompt words copied into the copy, and
// prompt line labels starting a line or sentence of it.
func (r *run) checkPromptEcho() {
	d := r.d
	if len(d.toks) == 0 {
		return
	}
	e := r.promptEchoFor()
	var buf [256]uint64
	hs := buf[:0]
	for i := range d.toks {
		hs = append(hs, wordHash(d.word(i)))
	}
	start, end := -1, -1
	flush := func() {
		if start >= 0 {
			r.addTokens("injection.prompt_echo", CatInjection, core.SeverityBlock, fmt.Sprintf("%q repeats the writing instructions", d.orig(start, end)), start, end)
		}
		start, end = -1, -1
	}
	for i := 0; i+echoGram <= len(d.toks); i++ {
		if d.toks[i].sent != d.toks[i+echoGram-1].sent || r.isMasked(i) {
			continue
		}
		if !e.has(gramHash(hs[i : i+echoGram])) {
			continue
		}
		if start >= 0 && i > end {
			flush()
		}
		if start < 0 {
			start = i
		}
		end = i + echoGram
	}
	flush()
	for _, s := range d.sents {
		for _, l := range e.labels {
			if s.ts+len(l) > s.te {
				continue
			}
			ok := true
			for k, w := range l {
				if d.word(s.ts+k) != w {
					ok = false
					break
				}
			}
			last := s.ts + len(l) - 1
			if ok && strings.HasPrefix(strings.TrimSpace(d.gap(last)), ":") {
				r.addTokens("injection.prompt_label", CatInjection, core.SeverityBlock, fmt.Sprintf("prompt label %q in the copy", d.orig(s.ts, last+1)), s.ts, last+1)
				break
			}
		}
	}
}

// chatRoles are the chat roles (system, user, assistant) and instruction
// labels as a model may write them in the supported languages; at the
// start of a line with a colon they are role labels, not copy.
var chatRoles = []string{
	"system", "assistant", "user", "human", "ai", "instruction", "instructions", "prompt",
	"système", "systeme", "utilisateur", "assistant", "consigne", "consignes",
	"nutzer", "benutzer", "assistent", "anweisung", "anweisungen",
	"sistema", "utente", "assistente", "istruzioni", "usuario", "asistente", "instrucciones",
	"utilizador", "usuário", "instruções", "systeem", "gebruiker", "bruger", "användare", "bruker",
	"järjestelmä", "käyttäjä", "avustaja", "użytkownik", "asystent", "uživatel", "asistent", "kullanıcı", "asistan", "sistem",
	"σύστημα", "χρήστης", "βοηθός", "النظام", "المستخدم", "المساعد", "システム", "ユーザー", "アシスタント", "시스템", "사용자", "어시스턴트", "系统", "用户", "助手", "系統", "用戶",
}

// roleLine matches a chat role label at the start of a line.
var roleLine = regexp.MustCompile(`(?im)^\s*(?:` + strings.Join(chatRoles, "|") + `)\s*[:：]`)

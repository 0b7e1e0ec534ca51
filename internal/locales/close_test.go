package locales

import (
	"slices"
	"strings"
	"testing"
	"unicode"

	utext "github.com/copydesk/copydesk/internal/text"
	"golang.org/x/text/unicode/norm"
	"gopkg.in/yaml.v3"
)

// ownWords are the words a pack writes in its own language: its function
// words (identity.stopwords), every form of its vocab.yaml (braces
// expanded) and every word of its offline writer's vocabulary and
// templates; lower case, NFC.
func ownWords(t *testing.T, p *Pack) map[string]bool {
	t.Helper()
	own := map[string]bool{}
	addText := func(s string) {
		for _, w := range strings.FieldsFunc(norm.NFC.String(strings.ToLower(s)), func(c rune) bool { return !unicode.IsLetter(c) && !unicode.IsMark(c) }) {
			own[w] = true
		}
	}
	for _, w := range p.Identity.Stopwords {
		addText(w)
	}
	if data, _ := p.Vocab(); len(data) > 0 {
		var v struct {
			Terms []struct {
				Forms []string `yaml:"forms"`
			} `yaml:"terms"`
		}
		if err := yaml.Unmarshal(data, &v); err != nil {
			t.Fatalf("%s: vocab: %v", p.Locale, err)
		}
		for _, term := range v.Terms {
			for _, f := range term.Forms {
				for _, x := range expandBraces(f) {
					addText(x)
				}
			}
		}
	}
	if p.Writer != nil {
		b, err := yaml.Marshal(p.Writer)
		if err != nil {
			t.Fatal(err)
		}
		var n yaml.Node
		if err := yaml.Unmarshal(b, &n); err != nil {
			t.Fatal(err)
		}
		var walk func(n *yaml.Node)
		walk = func(n *yaml.Node) {
			switch n.Kind {
			case yaml.MappingNode:
				for i := 1; i < len(n.Content); i += 2 {
					walk(n.Content[i]) // values only: keys are English
				}
			case yaml.ScalarNode:
				addText(strings.NewReplacer("[", " ", "]", " ", "|", " ", "{", " ", "}", " ").Replace(n.Value))
			default:
				for _, c := range n.Content {
					walk(c)
				}
			}
		}
		walk(&n)
	}
	return own
}

func fold(w string) string { return strings.Map(utext.FoldRune, w) }

// TestCloseMarkersAreNotOwnWords is the reverse guard of the close-language
// evidence (identity.close, and identity.foreign words another language
// owns): a sentence blocks on two words of the close language, so none may
// be a word the pack's own language writes, in its function words, its
// fact vocabulary or its writer's copy. A form without accents matches
// copy folded ("pequena" would meet Spanish "pequeña"), so it is compared
// with the own words folded; a form with accents as written. No own word
// may hold a close language's letter or end in one of its endings.
func TestCloseMarkersAreNotOwnWords(t *testing.T) {
	t.Parallel()
	s := Must()
	checked := 0
	for _, loc := range s.Supported() {
		p, _ := s.Get(loc)
		if len(p.Identity.Close) == 0 {
			continue
		}
		own := ownWords(t, p)
		folded := map[string]bool{}
		for w := range own {
			folded[fold(w)] = true
		}
		isOwn := func(w string) bool {
			w = norm.NFC.String(strings.ToLower(w))
			if fold(w) == w {
				return folded[w]
			}
			return own[w]
		}
		for code, cl := range p.Identity.Close {
			for _, w := range cl.Words {
				checked++
				if isOwn(w) {
					t.Errorf("%s: %q is a %s marker (identity.close) and a word of the pack's own language", loc, w, code)
				}
			}
			for w := range own {
				if cl.Letters != "" && strings.ContainsAny(w, strings.ToLower(cl.Letters)) {
					t.Errorf("%s: own word %q holds a letter of %s (%q)", loc, w, code, cl.Letters)
				}
				for _, e := range cl.Endings {
					if len([]rune(w)) >= 5 && strings.HasSuffix(w, e) && !slices.Contains(cl.Shared, w) {
						t.Errorf("%s: own word %q ends in %s's ending %q", loc, w, code, e)
					}
				}
				for _, sp := range cl.Spellings {
					rest, start := strings.CutPrefix(sp, "^")
					holds := strings.Contains(w, sp) || start && strings.HasPrefix(w, rest)
					if len([]rune(w)) >= 4 && holds && !slices.Contains(cl.Shared, w) {
						t.Errorf("%s: own word %q holds %s's spelling %q", loc, w, code, sp)
					}
				}
			}
		}
		for w, owner := range p.Identity.Foreign {
			if owner == "" || strings.Contains(owner, "-") {
				if o, _ := s.Get(owner); o == nil || o.Language == p.Language {
					continue // a variant's spelling, or none
				}
			}
			checked++
			if isOwn(w) {
				t.Errorf("%s: %q is a foreign marker (%s) and a word of the pack's own language", loc, w, owner)
			}
		}
	}
	if checked < 300 {
		t.Errorf("only %d markers checked", checked)
	}
}

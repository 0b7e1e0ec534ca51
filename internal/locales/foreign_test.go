package locales

import (
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

// TestForeignMarkersAreNotOwnWords: a pack's identity.foreign words mark
// copy as written in a close language (Catalan in es-ES copy, issue #13),
// so none may be a word of the pack's own vocabulary: Spanish "blanca" is
// Catalan too, and as a marker it made every Spanish text with a white
// stone doubtful (and sent it to language identification). Every word of
// every form in the pack's vocab.yaml, braces expanded ("dorad{o,a}"), is
// the pack's own.
func TestForeignMarkersAreNotOwnWords(t *testing.T) {
	t.Parallel()
	s := Must()
	for _, loc := range s.Supported() {
		p, _ := s.Get(loc)
		data, _ := p.Vocab()
		if len(p.Identity.Foreign) == 0 || len(data) == 0 {
			continue
		}
		var v struct {
			Terms []struct {
				Forms []string `yaml:"forms"`
			} `yaml:"terms"`
		}
		if err := yaml.Unmarshal(data, &v); err != nil {
			t.Fatalf("%s: vocab: %v", loc, err)
		}
		own := map[string]bool{}
		for _, term := range v.Terms {
			for _, f := range term.Forms {
				for _, x := range expandBraces(f) {
					for _, w := range strings.Fields(strings.ToLower(x)) {
						own[w] = true
					}
				}
			}
		}
		for w, owner := range p.Identity.Foreign {
			if strings.Contains(owner, "-") {
				// a variant of the same language (zh-CN forms in zh-TW
				// copy); the shared vocabulary holds both
				continue
			}
			if own[strings.ToLower(w)] {
				t.Errorf("%s: %q is a foreign marker (%s) and a word of the pack's own vocabulary", loc, w, owner)
			}
		}
	}
}

// expandBraces expands every {a,b,...} group of a vocabulary form
// ("tono{,s} dorado{,s}" is four forms), nested groups too.
func expandBraces(f string) []string {
	i := strings.IndexByte(f, '{')
	if i < 0 {
		return []string{f}
	}
	// groups nest as in grounding's expand: "9{k,karätig{,e,en}}"
	depth, j, last := 0, -1, i+1
	var alts []string
	for k := i; k < len(f) && j < 0; k++ {
		switch f[k] {
		case '{':
			depth++
		case '}':
			depth--
			if depth == 0 {
				alts, j = append(alts, f[last:k]), k
			}
		case ',':
			if depth == 1 {
				alts, last = append(alts, f[last:k]), k+1
			}
		}
	}
	if j < 0 {
		return []string{f}
	}
	var out []string
	for _, alt := range alts {
		out = append(out, expandBraces(f[:i]+alt+f[j+1:])...)
	}
	return out
}

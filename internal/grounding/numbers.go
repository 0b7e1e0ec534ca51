package grounding

import (
	"fmt"
	"strconv"
	"strings"
)

// numberSystem is one way a language writes numbers in words, as data in
// a vocabulary's numbers list (issue #13: number words past 24 in every
// language). Standalone words are listed in words; tens (20, 30, ... and,
// where a language composes teens the same way, 10) stand alone and
// combine with units through each compose pattern, whose value is the
// sum: "{tens}-{units}" reads "thirty-eight" as 38, "{units}und{tens}"
// reads "achtunddreißig", "{tens}{units}" reads 三十八, "서른여덟" and
// "trettioåtta", "{units} و{tens}" reads "ثمانية وثلاثون". Units never
// stand alone here (many are also articles: "en", "un", "ein"); single
// numbers stay in terms, with their guards.
//
// A units map may hold any value: French composes 71 as 60 + 11
// ("soixante et onze") and 90 as 80 + 10 ("quatre-vingt-dix").
type numberSystem struct {
	Words   map[string][]string `yaml:"words"`
	Tens    map[string][]string `yaml:"tens"`
	Units   map[string][]string `yaml:"units"`
	Compose []string            `yaml:"compose"`
}

// compileNumbers adds every number word of the systems to the phrase trie.
// An explicit term of the same phrase keeps precedence (its guards), as
// it was added first and pickForm takes the first form that fits.
func (lx *lexicon) compileNumbers(systems []numberSystem) error {
	forms := map[int]*form{}
	formFor := func(v int) *form {
		f := forms[v]
		if f == nil {
			f = &form{kind: kindNumber, value: strconv.Itoa(v)}
			forms[v] = f
		}
		return f
	}
	add := func(phrase string, v int) error {
		for _, s := range expand(phrase) {
			toks := tokenStrings(s)
			if len(toks) == 0 {
				return fmt.Errorf("numbers: empty phrase for %d", v)
			}
			lx.addPhrase(toks, formFor(v))
		}
		return nil
	}
	parse := func(k string) (int, error) {
		v, err := strconv.Atoi(k)
		if err != nil || v <= 0 {
			return 0, fmt.Errorf("numbers: %q is not a positive number", k)
		}
		return v, nil
	}
	for _, sys := range systems {
		for k, ws := range sys.Words {
			v, err := parse(k)
			if err != nil {
				return err
			}
			for _, w := range ws {
				if err := add(w, v); err != nil {
					return err
				}
			}
		}
		for tk, tws := range sys.Tens {
			t, err := parse(tk)
			if err != nil {
				return err
			}
			for _, tw := range tws {
				if err := add(tw, t); err != nil {
					return err
				}
			}
			for uk, uws := range sys.Units {
				u, err := parse(uk)
				if err != nil {
					return err
				}
				for _, pat := range sys.Compose {
					if !strings.Contains(pat, "{tens}") || !strings.Contains(pat, "{units}") {
						return fmt.Errorf("numbers: compose %q needs {tens} and {units}", pat)
					}
					for _, tw := range tws {
						for _, uw := range uws {
							p := strings.ReplaceAll(strings.ReplaceAll(pat, "{tens}", tw), "{units}", uw)
							if err := add(p, t+u); err != nil {
								return err
							}
						}
					}
				}
			}
		}
	}
	return nil
}

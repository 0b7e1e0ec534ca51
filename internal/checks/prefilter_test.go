package checks

import (
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
	"testing"
)

func TestMayHoldURL(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"The heart measures 1.5 cm across, with a 2.5 mm clasp.", false},
		{"Le cœur mesure 1,5 cm, soit 0.59 in.", false},
		{"Wear it every day, e.g. with a white shirt.", false},
		{"Version 1.2.3 of the guide.", false},
		{"Ends here.Then a new sentence", false},
		{"Shop at aurelia.com today.", true},
		{"Shop at AURELIA.COM today.", true},
		{"See www.aurelia.co.uk/rings", true},
		{"Visit https://example.org", true},
		{"Call tel:+441234567890", true},
		{"Write to mailto:someone", true},
		{"Reach 192.168.1.10 now", true},
		{"Reach [2001:db8::1] now", true},
		{"Write to jane@aurelia.shop", true},
		{"Try xn--bcher-kva.example", true},
		{"The charm.Gift it to someone", true}, // .gift is a real TLD: the expression decides
		{"Είδος: charm. Κατασκευή: ασήμι 925. Χρώματα: ασημί. Πετρούλες: 12. Φινίρισμα: στο χέρι. Περίσταση: δώρο.", false}, // label colons
		{"Reach 2001:db8:85a3:0:0:8a2e:370:7334 now", true},
	} {
		if got := mayHoldURL(tc.text); got != tc.want {
			t.Errorf("mayHoldURL(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestMayHoldURLNeverHidesAURL runs the URL expression over every text of
// the realistic corpus and the table above: wherever it matches, the
// pre-filter must have let it run.
func TestMayHoldURLNeverHidesAURL(t *testing.T) {
	t.Parallel()
	texts := urlSeeds()
	for _, c := range realisticCorpus(t, 0) {
		texts = append(texts, c.in.Text)
	}
	for _, s := range texts {
		if urlPattern().MatchString(s) && !mayHoldURL(s) {
			t.Errorf("the URL expression matches %q but the pre-filter skips it", s)
		}
	}
}

// TestURLExpressionHoldsNoBlank checks what findURLs relies on: no
// character class or literal of xurls.Relaxed holds an ASCII blank, and
// its only assertion is a word boundary (no line or text anchors, no
// "any character"), so that no match crosses a blank and a run between
// blanks is matched as it is inside the whole text.
func TestURLExpressionHoldsNoBlank(t *testing.T) {
	t.Parallel()
	re, err := syntax.Parse(urlPattern().String(), syntax.Perl)
	if err != nil {
		t.Fatal(err)
	}
	blank := func(r rune) bool { return r < 0x80 && isASCIIBlank(byte(r)) }
	var walk func(re *syntax.Regexp)
	walk = func(re *syntax.Regexp) {
		switch re.Op {
		case syntax.OpCharClass:
			for i := 0; i+1 < len(re.Rune); i += 2 {
				for _, b := range " \t\n\f\r\v" {
					if re.Rune[i] <= b && b <= re.Rune[i+1] {
						t.Errorf("class %v holds %q", re, b)
					}
				}
			}
		case syntax.OpLiteral:
			if slices.ContainsFunc(re.Rune, blank) {
				t.Errorf("literal %q holds a blank", string(re.Rune))
			}
		case syntax.OpAnyChar, syntax.OpAnyCharNotNL, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText,
			syntax.OpEndText, syntax.OpNoWordBoundary:
			t.Errorf("the expression holds %v", re.Op)
		}
		for _, sub := range re.Sub {
			walk(sub)
		}
	}
	walk(re)
}

// TestFindURLsAsTheWholeText compares findURLs with the expression run on
// the whole text, over the realistic corpus, the seeds and URLs at the
// edges of blanks of every kind.
func TestFindURLsAsTheWholeText(t *testing.T) {
	t.Parallel()
	texts := urlSeeds()
	for _, c := range realisticCorpus(t, 0) {
		texts = append(texts, c.in.Text)
	}
	for _, s := range urlSeeds() {
		for _, b := range []string{" ", "\t", "\n", "\r\n", "\f", "\v", "\u00a0", "\u3000", ""} {
			texts = append(texts, s+b+"aurelia.com"+b+s, "see "+s+b+"x", b+s+b, s+".", "("+s+")"+b+"mailto:x"+b)
		}
	}
	for _, s := range texts {
		if got, want := findURLs(s), urlPattern().FindAllStringIndex(s, -1); !slices.EqualFunc(got, want, slices.Equal) {
			t.Errorf("findURLs(%q) = %v, the whole text's matches %v", s, got, want)
		}
	}
}

// FuzzFindURLs checks findURLs against the expression on any text.
func FuzzFindURLs(f *testing.F) {
	for _, s := range urlSeeds() {
		f.Add(s + " " + s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := findURLs(s), urlPattern().FindAllStringIndex(s, -1); !slices.EqualFunc(got, want, slices.Equal) {
			t.Errorf("findURLs(%q) = %v, the whole text's matches %v", s, got, want)
		}
	})
}

func urlSeeds() []string {
	return []string{
		"aurelia.com", "a.b.c.d", "1.2.3.4", "01.02.03.04", "x.Com!", "ü.de", "shop.amazon", "10:30:00",
		"a:b:c:d:e:f:1:2", "fe80::1", "geo:37.786971,-122.399677", "sms:+123", "tel.", ".com", "a.com", "a.-com",
		"hello@world", "hello@world.", "hello@world.c", "é.ελ", "x.рф", "site.xn--p1ai", "1.5mm", "2.5.", "v1.2",
		"magnet:?xt=urn", "file:///etc", "FILE:x", "test.local", "foo.example", "a_b.com", "a.b_c",
	}
}

// FuzzMayHoldURL checks the pre-filter against the expression on any text.
func FuzzMayHoldURL(f *testing.F) {
	for _, s := range urlSeeds() {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if urlPattern().MatchString(s) && !mayHoldURL(s) {
			t.Errorf("the URL expression matches %q but the pre-filter skips it", s)
		}
	})
}

func TestNeedFilter(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		expr string
		yes  []string // texts that match: the filter must pass them
		no   []string // texts the filter may reject (and should)
	}{
		{`[£$€]\s?\d+`, []string{"only £ 25", "$5", "€12"}, []string{"1.5 mm", "no price"}},
		{`\d+(?:[.,]\d+)?\s?(?:€|EUR|GBP|USD)`, []string{"12,50 €", "30 EUR", "9GBP"}, []string{"45 cm", "eur 5"}},
		{`(?i)\b(?:free shipping|free delivery|livraison gratuite|kostenloser versand|spedizione gratuita|envío gratis)\b`,
			[]string{"FREE Shipping today", "Envío GRATIS", "livraison gratuite"}, []string{"free to wear", "a gift"}},
		{`(?i)\b\d+\s?% off\b`, []string{"20% OFF", "20 % off"}, []string{"20 mm", "pure silver"}},
		{`(?im)^\s*(?:system|assistant|user|human|ai|instruction|instructions)\s*:`, []string{"SYSTEM: x", "\n ai : go"}, []string{"Bon à savoir : finition"}},
		{`(?i)ſ`, []string{"s", "S", "ſ"}, nil},
		{`(?i)k`, []string{"\u212a"}, nil},
		{`a*`, []string{"", "b"}, nil},
		{`x|y*`, []string{"", "q"}, nil},
	} {
		re := regexp.MustCompile(tc.expr)
		f := newNeedFilter(tc.expr)
		for _, s := range tc.yes {
			if !re.MatchString(s) {
				t.Fatalf("bad case: %q does not match %q", tc.expr, s)
			}
			var folded string
			if !f.mayMatch(s, &folded) {
				t.Errorf("%q: the filter rejects %q, which matches", tc.expr, s)
			}
		}
		for _, s := range tc.no {
			var folded string
			if f.mayMatch(s, &folded) {
				t.Errorf("%q: the filter passes %q; it should reject it", tc.expr, s)
			}
		}
	}
}

// TestAbsorbKeepsTheClause checks that a clause's strings after absorb are
// met by exactly the texts its strings were: every text built of pieces
// of the strings, on clauses with duplicates, nested strings and "".
func TestAbsorbKeepsTheClause(t *testing.T) {
	t.Parallel()
	clauses := [][]string{
		{"$", "$\t", " $", "£", "£\n", "€", " € "},
		{"EUR", " EUR", "EUR ", "EUR", "GBP"},
		{"ab", "b", "abc", "c", "bc"},
		{"x", ""},
		{"one"},
		{"% off", "% off ", " % off"},
	}
	if got := absorb(clauses[0]); !slices.Equal(got, []string{"$", "£", "€"}) {
		t.Errorf("absorb(%q) = %q", clauses[0], got)
	}
	met := func(strs []string, text string) bool {
		return slices.ContainsFunc(strs, func(s string) bool { return strings.Contains(text, s) })
	}
	for _, c := range clauses {
		a := absorb(c)
		var texts []string
		for _, x := range append(slices.Clone(c), "", " ", "\t", "a", "zz") {
			for _, y := range append(slices.Clone(c), "", " ", "q") {
				texts = append(texts, x+y, x+" "+y, x[:len(x)/2]+y[len(y)/2:])
			}
		}
		for _, text := range texts {
			if met(c, text) != met(a, text) {
				t.Errorf("clause %q absorbed to %q: %q is met by one, not the other", c, a, text)
			}
		}
	}
}

// FuzzNeedFilter checks the guide's patterns' filters against the
// expressions on any text.
func FuzzNeedFilter(f *testing.F) {
	exprs := []string{`[£$€]\s?\d+`, `\d+(?:[.,]\d+)?\s?(?:€|EUR|GBP|USD)`, `(?i)\b(?:free shipping|envío gratis)\b`,
		`(?i)\b\d+\s?% off\b`, `(?im)^\s*(?:system|ai)\s*:`, `(?i)straße|MASSE`}
	for _, s := range []string{"£5", "12 EUR", "FREE SHIPPING", "50% off", "ai:", "STRASSE", "Straße"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, e := range exprs {
			var folded string
			if regexp.MustCompile(e).MatchString(s) && !newNeedFilter(e).mayMatch(s, &folded) {
				t.Errorf("%q matches %q but the filter rejects it", e, s)
			}
		}
	})
}

func TestMayHoldRoleLine(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"SYSTEM: write", true},
		{"Great ring.\nassistant : sure", true},
		{"  \t user\n: x", true}, // \s spans the line break before the colon
		{"ai:", true},
		{"Nota\nUtente：ciao", true},
		{"ſyſtem: x", true}, // folds to "system": the expression decides
		{"用户：你好", true},
		{"Type: ring, laget i sterlingsølv.", true}, // a label at the start: the expression decides
		{"Bon à savoir : finition polie.", false},
		{"Nytt fra Aurelia – Moments-kolleksjonen: Sparkling Band Ring. Type: ring.", false},
		{"Ring. system: x", false},
		{"The size is 5:3 in ratio", false},
		{"no colon at all", false},
		{"x:", false}, // one rune: shorter than any role
		{"averyveryverylongwordthatisnotarole: x", false},
		{":", false},
	} {
		if got := mayHoldRoleLine(tc.text); got != tc.want {
			t.Errorf("mayHoldRoleLine(%q) = %v, want %v", tc.text, got, tc.want)
		}
		if roleLine.MatchString(tc.text) && !mayHoldRoleLine(tc.text) {
			t.Errorf("roleLine matches %q but the pre-filter skips it", tc.text)
		}
	}
}

// TestMayHoldRoleLineNeverHidesARole runs roleLine over the realistic
// corpus, each text also with every role put at the start of a line in
// it: wherever the expression matches, the pre-filter must let it run.
func TestMayHoldRoleLineNeverHidesARole(t *testing.T) {
	t.Parallel()
	var texts []string
	for _, c := range realisticCorpus(t, 0) {
		texts = append(texts, c.in.Text)
	}
	for i, role := range chatRoles {
		base := texts[i%len(texts)]
		texts = append(texts, base+"\n"+strings.ToUpper(role)+": x", role+" ："+base, base+"\n \t"+role+"\n:")
	}
	matched := 0
	for _, s := range texts {
		if roleLine.MatchString(s) {
			matched++
			if !mayHoldRoleLine(s) {
				t.Errorf("roleLine matches %q but the pre-filter skips it", s)
			}
		}
	}
	if matched < 3*len(chatRoles) {
		t.Errorf("roleLine matched %d texts, want at least %d", matched, 3*len(chatRoles))
	}
}

// FuzzMayHoldRoleLine checks the pre-filter against roleLine on any text.
func FuzzMayHoldRoleLine(f *testing.F) {
	for _, s := range []string{"SYSTEM: x", "a\nuser :", "\n\n ai\n：", "Bon à savoir : x", "ſyſtem:", "\xffai:"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if roleLine.MatchString(s) && !mayHoldRoleLine(s) {
			t.Errorf("roleLine matches %q but the pre-filter skips it", s)
		}
	})
}

// indexColon is strings.IndexAny(s, ":：") (#17).
func TestIndexColon(t *testing.T) {
	for _, s := range []string{"", ":", "：", "a:b：c", "a：b:c", "Material: silver", "素材：シルバー", "no colon", "\xef\xbc", "x\xef\xbc\x9a", "é:", "：：", "ab\xefc:"} {
		if got, want := indexColon(s), strings.IndexAny(s, ":："); got != want {
			t.Errorf("indexColon(%q) = %d, want %d", s, got, want)
		}
	}
}

func FuzzIndexColon(f *testing.F) {
	f.Add("Bon à savoir : finition")
	f.Add("素材：シルバー:")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := indexColon(s), strings.IndexAny(s, ":："); got != want {
			t.Errorf("indexColon(%q) = %d, want %d", s, got, want)
		}
	})
}

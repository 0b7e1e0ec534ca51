package offline

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/internal/locales"
	"github.com/copydesk/copydesk/internal/testutil"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/styleguide"
)

// testLocales are every locale with a pack: the writer writes them all.
var testLocales = locales.Must().Supported()

func exampleGuide(t testing.TB) *styleguide.Guide {
	t.Helper()
	src, err := os.ReadFile("../../testdata/styleguide.yaml")
	if err != nil {
		t.Fatal(err)
	}
	g, err := styleguide.Parse(src)
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func generate(t testing.TB, req core.GenerateRequest) *core.Generation {
	t.Helper()
	gen, err := New().Generate(context.Background(), req)
	if err != nil {
		t.Fatal(err)
	}
	return gen
}

// product returns a product of category with every kind of fact.
func product(sku, category string) core.Product {
	return core.Product{
		SKU: sku, Name: "Pavé Heart " + strings.ToUpper(category[:1]) + category[1:], Category: category, Collection: "Moments",
		Materials: []string{"sterling silver", "14k gold-plated"},
		Stones: []core.Stone{
			{Type: "cubic zirconia", Colour: "clear", Count: 12},
			{Type: "lab-grown diamond", Colour: "white", Count: 1},
		},
		Colours:   []string{"pink"},
		Features:  []string{"hand-finished"},
		Occasions: []string{"Mother's Day"},
	}
}

// want lists, per locale, what each fact of product() must read as. Forms
// that agree with the noun are checked by their invariant part.
var want = map[string]map[string]string{
	"sterling silver":   {"en": "sterling silver", "fr": "argent sterling", "de": "Sterling-Silber", "it": "argento sterling", "es": "plata de ley"},
	"14k gold-plated":   {"en": "14k gold-plated", "fr": " or 14 carats", "de": "14 Karat vergoldet", "it": " oro 14 carati", "es": " en oro de 14 quilates"},
	"cubic zirconia":    {"en": "12 clear cubic zirconia", "fr": "12 oxydes de zirconium incolores", "de": "12 klaren Zirkonia", "it": "12 zirconie cubiche trasparenti", "es": "12 circonitas transparentes"},
	"lab-grown diamond": {"en": "white lab-grown diamond", "fr": "diamant blanc synthétique", "de": "weißen im Labor gezüchteten Diamanten", "it": "diamante bianco creato in laboratorio", "es": "diamante blanco creado en laboratorio"},
}

var categories = []string{"charm", "bracelet", "necklace", "ring", "earrings", "pendant", "bangle"}

func TestLengthsAndFacts(t *testing.T) {
	g := exampleGuide(t)
	for _, loc := range testLocales {
		lang := styleguide.LangOf(loc)
		for i, cat := range categories {
			for _, ch := range []string{"pdp", "marketplace", "social"} {
				t.Run(loc+"/"+cat+"/"+ch, func(t *testing.T) {
					p := product(fmt.Sprintf("19000%dC01", i), cat)
					text := generate(t, core.GenerateRequest{Product: p, Locale: loc, Channel: ch, Guide: g, Attempt: 1}).Text
					// Limits as the locale counts them: characters in
					// Japanese and Chinese, words elsewhere.
					pk, _ := locales.Must().Resolve(loc)
					lim := pk.Bounds("", locales.Bounds(ChannelLimits(g, ch)))
					words, chars := len(strings.Fields(text)), pk.Chars("", text)
					if lim.MinWords > 0 && words < lim.MinWords || lim.MaxWords > 0 && words > lim.MaxWords {
						t.Errorf("%d words, want %d..%d: %s", words, lim.MinWords, lim.MaxWords, text)
					}
					if lim.MinChars > 0 && chars < lim.MinChars || lim.MaxChars > 0 && chars > lim.MaxChars {
						t.Errorf("%d chars, want %d..%d: %s", chars, lim.MinChars, lim.MaxChars, text)
					}
					if !strings.Contains(text, p.Name) {
						t.Errorf("name missing: %s", text)
					}
					if ch == "social" {
						return
					}
					if !strings.Contains(text, "Aurelia") {
						t.Errorf("brand missing: %s", text)
					}
					for fact, forms := range want {
						if !strings.Contains(strings.ToLower(text), strings.ToLower(forms[lang])) {
							t.Errorf("%s should read %q: %s", fact, forms[lang], text)
						}
					}
					if !strings.Contains(text, "Moments") {
						t.Errorf("collection missing: %s", text)
					}
					assertClean(t, text, false)
				})
			}
		}
	}
}

var forbidden = regexp.MustCompile(`(?i)\b(cheap|cheapest|best|finest|bargain|hypoallergenic|hypoallergénique|hypoallergen|ipoallergenico|hipoalergénico|waterproof|tarnish-proof|price)\b|http|www\.|<|>|@|\$|€|£|!|\{|\}`)

// assertClean fails on banned words, claims, markup and unresolved tokens.
func assertClean(t *testing.T, text string, hypoallergenicFeatured bool) {
	t.Helper()
	for _, m := range forbidden.FindAllString(text, -1) {
		if hypoallergenicFeatured && strings.Contains(strings.ToLower(m), "alerg") || strings.Contains(strings.ToLower(m), "allerg") {
			continue
		}
		t.Errorf("forbidden %q in: %s", m, text)
	}
	if strings.Contains(text, "  ") {
		t.Errorf("double space in: %s", text)
	}
}

func TestClaimsOnlyWhenFeatured(t *testing.T) {
	g := exampleGuide(t)
	p := product("190100C01", "bracelet")
	p.Features = []string{"hypoallergenic", "adjustable"}
	for _, loc := range testLocales {
		text := generate(t, core.GenerateRequest{Product: p, Locale: loc, Channel: "pdp", Guide: g, Attempt: 1}).Text
		hypo := regexp.MustCompile(`(?i)allerg|alerg`).MatchString(text)
		if pk, _ := locales.Must().Resolve(loc); pk.Writer != nil {
			hypo = strings.Contains(text, pk.Writer.Features["hypoallergenic"])
		}
		if !hypo {
			t.Errorf("%s: featured hypoallergenic is missing: %s", loc, text)
		}
		assertClean(t, text, true)
	}
}

func TestDeterministic(t *testing.T) {
	g := exampleGuide(t)
	for _, loc := range testLocales {
		req := core.GenerateRequest{Product: product("190001C01", "charm"), Locale: loc, Channel: "pdp", Guide: g, Attempt: 1}
		a, b := generate(t, req), generate(t, req)
		if *a != *b {
			t.Errorf("%s: two runs differ:\n%+v\n%+v", loc, a, b)
		}
		if a.Model != Model || a.PromptVersion != PromptVersion || a.PromptHash == "" || a.Usage != (core.Usage{}) {
			t.Errorf("%s: metadata %+v", loc, a)
		}
	}
}

func shingles(text string) map[string]bool {
	words := strings.Fields(strings.ToLower(text))
	set := map[string]bool{}
	for i := 0; i+3 <= len(words); i++ {
		set[strings.Join(words[i:i+3], " ")] = true
	}
	return set
}

func jaccard(a, b string) float64 {
	sa, sb := shingles(a), shingles(b)
	inter := 0
	for s := range sa {
		if sb[s] {
			inter++
		}
	}
	union := len(sa) + len(sb) - inter
	if union == 0 {
		return 0
	}
	return float64(inter) / float64(union)
}

// Products of one launch share category, collection and materials; their
// copy must still not read as near-duplicates.
func TestProductsDiffer(t *testing.T) {
	g := exampleGuide(t)
	skus := []string{"190001C01", "190002C01", "190003C01", "190004C01", "190005C01", "190006C01", "190007C01", "190008C01"}
	for _, loc := range testLocales {
		for _, ch := range []string{"pdp", "marketplace", "social"} {
			texts := make([]string, len(skus))
			for i, sku := range skus {
				p := product(sku, "charm")
				p.Name = []string{"Heart Charm", "Star Charm", "Moon Charm", "Clover Charm", "Bee Charm", "Key Charm", "Bow Charm", "Shell Charm"}[i]
				texts[i] = generate(t, core.GenerateRequest{Product: p, Locale: loc, Channel: ch, Guide: g, Attempt: 1}).Text
			}
			for i := range texts {
				for j := i + 1; j < len(texts); j++ {
					if s := jaccard(texts[i], texts[j]); s >= 0.5 {
						t.Errorf("%s %s: %s and %s are near-duplicates (jaccard %.2f):\n%s\n%s", loc, ch, skus[i], skus[j], s, texts[i], texts[j])
					}
				}
			}
		}
	}
}

func TestReaskAndFeedbackStillValid(t *testing.T) {
	g := exampleGuide(t)
	p := product("190001C01", "ring")
	first := generate(t, core.GenerateRequest{Product: p, Locale: "fr-FR", Channel: "pdp", Guide: g, Attempt: 1})
	for _, req := range []core.GenerateRequest{
		{Product: p, Locale: "fr-FR", Channel: "pdp", Guide: g, Attempt: 2, PreviousText: first.Text,
			Findings: []core.Finding{{Rule: "grounding.material", Category: "grounding", Severity: "block", Message: "mentions gold"}}},
		{Product: p, Locale: "fr-FR", Channel: "pdp", Guide: g, Attempt: 1, Feedback: "Shorter, please."},
	} {
		gen := generate(t, req)
		if n := len(strings.Fields(gen.Text)); n < 40 || n > 120 {
			t.Errorf("%d words: %s", n, gen.Text)
		}
		if gen.PromptHash == first.PromptHash {
			t.Errorf("prompt hash should change with the request")
		}
		assertClean(t, gen.Text, false)
	}
	second := generate(t, core.GenerateRequest{Product: p, Locale: "fr-FR", Channel: "pdp", Guide: g, Attempt: 2})
	if second.Text == first.Text {
		t.Errorf("a second attempt should pick another variant:\n%s", first.Text)
	}
}

func TestUnsupportedLocaleFallsBackToEnglish(t *testing.T) {
	g := exampleGuide(t)
	// Thai has no locale pack (the checker reports that as locale.unchecked).
	text := generate(t, core.GenerateRequest{Product: product("190001C01", "necklace"), Locale: "th-TH", Channel: "pdp", Guide: g, Attempt: 1}).Text
	if !strings.Contains(text, "sterling silver") || !strings.Contains(text, "necklace") {
		t.Errorf("want English copy: %s", text)
	}
}

func TestAmericanSpelling(t *testing.T) {
	g := exampleGuide(t)
	for i := range 20 {
		p := product(fmt.Sprintf("1902%02dC01", i), "bracelet")
		text := generate(t, core.GenerateRequest{Product: p, Locale: "en-US", Channel: "pdp", Guide: g, Attempt: 1}).Text
		if regexp.MustCompile(`(?i)colour|jewellery|favourite`).MatchString(text) {
			t.Errorf("british spelling in en-US: %s", text)
		}
	}
}

func TestSparseProductAndUnknownValues(t *testing.T) {
	g := exampleGuide(t)
	p := core.Product{SKU: "X1", Name: "Orbit", Category: "brooch", Materials: []string{"bamboo"}, Stones: []core.Stone{{Type: "tanzanite", Count: 3}}}
	for _, loc := range testLocales {
		for _, ch := range []string{"pdp", "social"} {
			text := generate(t, core.GenerateRequest{Product: p, Locale: loc, Channel: ch, Guide: g, Attempt: 1}).Text
			pk, _ := locales.Must().Resolve(loc)
			lim := pk.Bounds("", locales.Bounds(ChannelLimits(g, ch)))
			if n := len(strings.Fields(text)); lim.MinWords > 0 && (n < lim.MinWords || n > lim.MaxWords) {
				t.Errorf("%s %s: %d words: %s", loc, ch, n, text)
			}
			if n := locales.CountChars(text); lim.MinChars > 0 && (n < lim.MinChars || n > lim.MaxChars) {
				t.Errorf("%s %s: %d characters: %s", loc, ch, n, text)
			}
			if ch == "pdp" && (!strings.Contains(strings.ToLower(text), "bamboo") || !strings.Contains(text, "tanzanite")) {
				t.Errorf("%s: untranslatable values must be kept as given: %s", loc, text)
			}
			assertClean(t, text, false)
		}
	}
}

func TestChannelLimitsFromGuide(t *testing.T) {
	g := exampleGuide(t)
	g.Channels["newsletter"] = styleguide.Channel{MinWords: 20, MaxWords: 45}
	text := generate(t, core.GenerateRequest{Product: product("190001C01", "charm"), Locale: "en-GB", Channel: "newsletter", Guide: g, Attempt: 1}).Text
	if n := len(strings.Fields(text)); n < 20 || n > 45 {
		t.Errorf("%d words, want 20..45: %s", n, text)
	}
}

func TestGolden(t *testing.T) {
	g := exampleGuide(t)
	for _, loc := range testLocales {
		t.Run(loc, func(t *testing.T) {
			var b strings.Builder
			for _, ch := range []string{"pdp", "marketplace", "social"} {
				for _, cat := range []string{"charm", "earrings"} {
					gen := generate(t, core.GenerateRequest{Product: product("190001C01", cat), Locale: loc, Channel: ch, Guide: g, Attempt: 1})
					fmt.Fprintf(&b, "== %s %s\n%s\n\n", ch, cat, gen.Text)
				}
			}
			testutil.Golden(t, filepath.Join("testdata", loc+".golden"), []byte(b.String()))
		})
	}
}

// wordCount counts what strings.Fields splits, without the slice.
func TestWordCountIsFields(t *testing.T) {
	for _, s := range []string{"", " ", "one", " one  two\tthree\n", "a\u00a0b\u0085c", "日本語 テキスト", "x\u3000y", "\xff \xfe", "trailing "} {
		if got, want := wordCount(s), len(strings.Fields(s)); got != want {
			t.Errorf("wordCount(%q) = %d, want %d", s, got, want)
		}
	}
}

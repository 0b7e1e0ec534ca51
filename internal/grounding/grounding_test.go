package grounding

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/locales"
)

// Fixture products, in canonical English as product data is.
var (
	silverCZ = core.Product{
		SKU: "S1", Name: "Sparkling Diamond Heart Charm", Category: "charm", Collection: "Moments",
		Materials: []string{"sterling silver"},
		Stones:    []core.Stone{{Type: "cubic zirconia", Colour: "clear", Count: 12}},
		Colours:   []string{"silver", "clear"},
		Keywords:  []string{"heart charm"},
	}
	platedRing = core.Product{
		SKU: "R1", Name: "Radiant Halo Ring", Category: "ring", Collection: "Timeless",
		Materials: []string{"14k gold-plated sterling silver"},
		Stones:    []core.Stone{{Type: "cubic zirconia", Colour: "clear", Count: 24}},
		Colours:   []string{"gold", "clear"},
	}
	pinkPendant = core.Product{
		SKU: "P1", Name: "Pink Flower Pendant", Category: "pendant",
		Materials: []string{"rose gold-plated sterling silver", "enamel"},
		Stones:    []core.Stone{{Type: "cubic zirconia", Colour: "pink", Count: 5}},
		Colours:   []string{"rose gold", "pink"},
	}
	pearlEarrings = core.Product{
		SKU: "E1", Name: "Pearl Drop Earrings", Category: "earrings",
		Materials: []string{"sterling silver"},
		Stones:    []core.Stone{{Type: "freshwater pearl", Colour: "white", Count: 2}},
		Colours:   []string{"silver", "white"},
	}
	steelBracelet = core.Product{
		SKU: "B1", Name: "Link Bracelet", Category: "bracelet",
		Materials: []string{"stainless steel"},
		Colours:   []string{"gold"},
		Features:  []string{"gold-tone finish"},
	}
	goldNecklace = core.Product{
		SKU: "N1", Name: "Classic Necklace", Category: "necklace",
		Materials: []string{"18k yellow gold"},
		Stones:    []core.Stone{{Type: "diamond", Colour: "white", Count: 1}},
		Colours:   []string{"gold"},
	}
)

type tcase struct {
	name string
	p    core.Product
	text string
	want []string // rule ids of blocking findings, in order; nil for none
	warn []string // rule ids of warnings, in order
	span string   // when set, the text of the first finding's span
}

func runCases(t *testing.T, locale string, cases []tcase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			fs := CheckWith(tc.p, locale, tc.text, Options{Collections: []string{"Moments", "Timeless", "Signature", "Essence"}})
			var blocks, warns []string
			for _, f := range fs {
				// Grounding reports its own category, and the plating
				// and solid-metal rules' regulatory and claim findings
				// (plating.go, solid_claim.go), each under its rule's.
				if f.Category != Category && f.Category != CategoryRegulatory && f.Category != CategoryClaim || !strings.HasPrefix(f.Rule, f.Category+".") {
					t.Errorf("category %q", f.Category)
				}
				if f.Message == "" {
					t.Errorf("empty message")
				}
				if f.Severity == core.SeverityBlock {
					blocks = append(blocks, f.Rule)
				} else {
					warns = append(warns, f.Rule)
				}
			}
			if strings.Join(blocks, ",") != strings.Join(tc.want, ",") || strings.Join(warns, ",") != strings.Join(tc.warn, ",") {
				t.Errorf("text %q\n got blocks %v warns %v\nwant blocks %v warns %v\nfindings: %+v", tc.text, blocks, warns, tc.want, tc.warn, fs)
			}
			if tc.span != "" && len(fs) > 0 {
				r := []rune(tc.text)
				if got := string(r[fs[0].Start:fs[0].End]); got != tc.span {
					t.Errorf("span %q, want %q", got, tc.span)
				}
			}
		})
	}
}

func TestEnglish(t *testing.T) {
	runCases(t, "en-GB", []tcase{
		{name: "clean", p: silverCZ, text: "Crafted in sterling silver, this heart charm is set with twelve clear cubic zirconia stones that catch the light."},
		{name: "silver supported by sterling", p: silverCZ, text: "A silver heart to slide onto your bracelet."},
		{name: "gold contradicts", p: silverCZ, text: "A gold heart that glows.", want: []string{"grounding.material"}, span: "gold"},
		{name: "negated gold", p: silverCZ, text: "No gold plating here: just pure sterling silver.", want: nil},
		{name: "nickel-free", p: silverCZ, text: "Nickel-free sterling silver.", want: nil},
		{name: "gold-tone lookalike on silver", p: silverCZ, text: "A gold-tone heart.", want: []string{"grounding.colour"}},
		{name: "gold-tone on gold-coloured steel", p: steelBracelet, text: "A gold-tone stainless steel bracelet.", want: nil},
		{name: "diamond-cut is not a diamond", p: goldNecklace, text: "Diamond-cut links in 18k yellow gold.", want: nil},
		{name: "diamond-cut on CZ product", p: silverCZ, text: "Diamond-cut facets in sterling silver.", want: nil},
		{name: "product name masked", p: silverCZ, text: "The Sparkling Diamond Heart Charm is pure sterling silver.", want: nil},
		{name: "diamond outside name flagged", p: silverCZ, text: "The Sparkling Diamond Heart Charm is set with real diamonds.", want: []string{"grounding.stone", "claim.real_diamond"}, span: "diamonds"},
		{name: "count mismatch", p: silverCZ, text: "Set with ten cubic zirconia.", want: []string{"grounding.count"}, span: "ten cubic zirconia"},
		{name: "count numerals", p: silverCZ, text: "Set with 12 clear stones.", want: nil},
		{name: "count numerals wrong", p: silverCZ, text: "Set with 14 sparkling stones.", want: []string{"grounding.count"}},
		{name: "decimal carat is no count", p: goldNecklace, text: "A 0.5 carat diamond in 18k yellow gold.", want: nil},
		{name: "plated gold qualified", p: platedRing, text: "Finished in 14k gold plating, this ring glows. The warm gold shines.", want: nil},
		// Unqualified or "solid" gold on plated gold is the regulatory and claim
		// checks' business: grounding stays quiet rather than double-report.
		{name: "plated near", p: platedRing, text: "Sterling silver plated with 14k gold.", want: nil},
		{name: "karat mismatch", p: platedRing, text: "Plated in 18k gold.", want: []string{"grounding.karat"}},
		{name: "white gold on plated silver", p: silverCZ, text: "A charm in white gold.", want: []string{"grounding.material"}},
		{name: "gold-coloured is a colour", p: steelBracelet, text: "A gold-coloured steel bracelet.", want: nil},
		{name: "silver-coloured on gold piece", p: goldNecklace, text: "A silver-coloured chain.", want: []string{"grounding.colour"}},
		{name: "diamond-shaped", p: silverCZ, text: "A diamond-shaped outline.", want: nil},
		{name: "lab-grown supports diamond", p: core.Product{Name: "Solitaire", Category: "ring", Materials: []string{"14k white gold"}, Stones: []core.Stone{{Type: "lab-grown diamond", Count: 1}}}, text: "A single lab-grown diamond on 14k white gold: the diamond sits high.", want: nil},
		{name: "natural diamond product, lab-grown text", p: goldNecklace, text: "A lab-grown diamond.", want: []string{"grounding.stone"}},
		{name: "negation stops at but", p: silverCZ, text: "Not silver but gold.", want: []string{"grounding.material"}},
		{name: "no nickel, just silver", p: silverCZ, text: "No nickel, just sterling silver and twelve cubic zirconia.", want: nil},
		{name: "chain on earrings", p: pearlEarrings, text: "Each pearl hangs from a fine chain.", want: nil},
		{name: "yellow gold-plated on gold-plated", p: platedRing, text: "Sterling silver plated in yellow gold.", want: nil},
		{name: "yellow gold on 18k gold", p: goldNecklace, text: "A necklace in yellow gold.", want: nil},
		{name: "yellow gold on rose gold-plated", p: pinkPendant, text: "A pendant in yellow gold-plated silver.", want: []string{"grounding.material"}},
		{name: "simile is no claim", p: silverCZ, text: "It sparkles like a diamond.", want: nil},
		{name: "url slug is no claim", p: silverCZ, text: "See www.example.com/gold-rings for more.", want: nil},
		{name: "pink stones wrong", p: silverCZ, text: "Set with pink cubic zirconia.", want: []string{"grounding.colour"}},
		{name: "colour supported", p: pinkPendant, text: "Pink enamel petals and pink cubic zirconia on rose gold-plated sterling silver.", want: nil},
		{name: "rose-gold colour lookalike", p: pinkPendant, text: "A rose-gold colour finish.", want: nil},
		{name: "rose gold colour on silver", p: silverCZ, text: "A rose gold colour finish.", want: []string{"grounding.colour"}},
		{name: "golden warns", p: silverCZ, text: "A golden glow.", warn: []string{"grounding.colour"}},
		{name: "pearl supported by freshwater", p: pearlEarrings, text: "Two freshwater pearls drop from sterling silver hooks.", want: nil},
		{name: "pearlescent", p: silverCZ, text: "A pearlescent sheen.", want: nil},
		{name: "crystal-clear", p: silverCZ, text: "Crystal-clear stones.", want: nil},
		{name: "crystal contradicts", p: silverCZ, text: "Set with crystals.", want: []string{"grounding.stone"}},
		{name: "category contradicts", p: silverCZ, text: "This ring sparkles.", want: []string{"grounding.category"}},
		{name: "related category", p: silverCZ, text: "Slide it onto a bracelet or necklace.", want: nil},
		{name: "cross-sell category", p: platedRing, text: "Pair it with matching earrings.", want: nil},
		{name: "collection other", p: silverCZ, text: "A favourite from the Signature collection.", want: []string{"grounding.collection"}},
		{name: "collection own", p: silverCZ, text: "A Moments favourite.", want: nil},
		{name: "collection word at sentence start", p: silverCZ, text: "Timeless and bright, it suits every day.", warn: []string{"grounding.collection"}},
		{name: "lower-case word is no collection", p: silverCZ, text: "A timeless heart.", want: nil},
		{name: "keyword masked", p: silverCZ, text: "The heart charm of the season.", want: nil},
	})
}

func TestFrench(t *testing.T) {
	runCases(t, "fr-FR", []tcase{
		{name: "clean", p: silverCZ, text: "En argent sterling, ce charm cœur est serti de douze zircons transparents."},
		{name: "or conjunction", p: silverCZ, text: "Or, ce charm en argent brille chaque jour.", want: nil},
		{name: "en or", p: silverCZ, text: "Un charm en or.", want: []string{"grounding.material"}, span: "or"},
		{name: "l'or", p: silverCZ, text: "L'éclat de l'or.", want: []string{"grounding.material"}},
		{name: "or jaune", p: silverCZ, text: "Un cœur en or jaune.", want: []string{"grounding.material"}},
		{name: "sans or", p: silverCZ, text: "Sans or ni plaqué, en argent sterling.", want: nil},
		{name: "plaqué or supported", p: platedRing, text: "Une bague plaquée or 14 carats.", want: nil},
		{name: "or 18 carats", p: platedRing, text: "Une bague plaquée or 18 carats.", want: []string{"grounding.karat"}},
		{name: "douze zircons ok", p: silverCZ, text: "Douze zircons scintillants.", want: nil},
		{name: "dix zircons wrong", p: silverCZ, text: "Dix zircons scintillants.", want: []string{"grounding.count"}},
		{name: "deux rangées", p: platedRing, text: "Deux rangées de zircons.", want: nil},
		{name: "une rose is a flower", p: silverCZ, text: "Gravé d'une rose.", want: nil},
		{name: "rose colour", p: silverCZ, text: "Des zircons roses.", want: []string{"grounding.colour"}},
		{name: "diamant", p: silverCZ, text: "Serti de diamants.", want: []string{"grounding.stone"}},
		{name: "taille diamant", p: silverCZ, text: "Une finition taille diamant.", want: nil},
		{name: "argenté", p: steelBracelet, text: "Un bracelet argenté.", want: []string{"grounding.colour"}},
		{name: "doré on gold-coloured steel", p: steelBracelet, text: "Un bracelet doré en acier inoxydable.", want: nil},
		{name: "bague contradicts charm", p: silverCZ, text: "Cette bague brille.", want: []string{"grounding.category"}},
		{name: "perles d'eau douce", p: pearlEarrings, text: "Deux perles d'eau douce sur argent sterling.", want: nil},
		{name: "sans nickel", p: silverCZ, text: "Argent sterling sans nickel.", want: nil},
	})
}

func TestUnknownLanguage(t *testing.T) {
	// Thai has no locale pack: grounding cannot read it (the checker
	// reports that explicitly, see checks' locale.unchecked).
	if fs := Check(silverCZ, "th-TH", "สร้อยคอทองคำ"); fs != nil {
		t.Fatalf("want no findings for th, got %v", fs)
	}
	if fs := Check(silverCZ, "ja-JP", "金のネックレス"); len(fs) == 0 {
		t.Fatal("ja-JP has a pack: gold on a silver charm must be found")
	}
	if fs := Check(silverCZ, "not a locale!", "gold"); fs != nil {
		t.Fatalf("want no findings for bad locale, got %v", fs)
	}
}

func TestRuneSpans(t *testing.T) {
	text := "Élégant cœur — en or."
	fs := Check(silverCZ, "fr-FR", text)
	if len(fs) != 1 {
		t.Fatalf("findings %v", fs)
	}
	if got := string([]rune(text)[fs[0].Start:fs[0].End]); got != "or" {
		t.Fatalf("span %q", got)
	}
}

func TestVocabulariesCompile(t *testing.T) {
	if canonical() == nil {
		t.Fatal("canon.yaml did not load")
	}
	if err := Validate(); err != nil {
		t.Fatal(err)
	}
	for _, l := range locales.Must().Supported() {
		if lx, err := lexiconFor(l); err != nil || lx == nil {
			t.Errorf("%s: %v", l, err)
		}
	}
}

func TestExpand(t *testing.T) {
	for in, want := range map[string]string{
		"doré{,e,s}":           "doré|dorée|dorés",
		"18{k, carat{,s}}":     "18k|18 carat|18 carats",
		"rose{-,}gold{ tone,}": "rose-gold tone|rose-gold|rosegold tone|rosegold",
		"plain":                "plain",
	} {
		if got := strings.Join(expand(in), "|"); got != want {
			t.Errorf("expand(%q) = %q, want %q", in, got, want)
		}
	}
}

var sinkFindings []core.Finding

func BenchmarkCheck(b *testing.B) {
	text := strings.Repeat("Crafted in sterling silver, this heart charm is set with twelve clear cubic zirconia stones. ", 8)
	text += "It is nickel-free and slides onto any bracelet, a gold-tone look without gold."
	b.ReportAllocs()
	for b.Loop() {
		sinkFindings = Check(silverCZ, "en-GB", text)
	}
}

// TestConcurrent exercises the lazily built vocabularies from many
// goroutines at once (run with -race).
func TestConcurrent(t *testing.T) {
	locales := []string{"en-GB", "fr-FR", "de-DE", "it-IT", "es-ES", "pt-BR", "en-US"}
	done := make(chan struct{})
	for i := 0; i < 14; i++ {
		go func(loc string) {
			defer func() { done <- struct{}{} }()
			Check(silverCZ, loc, "Sterling silver, gold, or, Gold, oro, argent, plata.")
		}(locales[i%len(locales)])
	}
	for i := 0; i < 14; i++ {
		<-done
	}
}

func TestPairIsNoCrossSellAsNoun(t *testing.T) {
	runCases(t, "en-GB", []tcase{
		{name: "a pair of diamond studs", p: pearlEarrings, text: "A pair of diamond drops.", want: []string{"grounding.stone"}},
		{name: "pair it with a white shirt", p: pinkPendant, text: "Pair it with a white shirt.", want: nil},
		{name: "add a touch of gold", p: silverCZ, text: "Add a touch of gold to your look.", want: []string{"grounding.material"}},
	})
}

// FuzzCheck holds the invariants on any input: no panic, spans inside the
// text, every finding complete.
func FuzzCheck(f *testing.F) {
	f.Add("en-GB", "Crafted in 18k gold with twelve diamonds.")
	f.Add("fr-FR", "L'or, en or jaune — douze zircons.")
	f.Add("de-DE", "Silberanhänger, nickelfrei, ohne Gold.")
	f.Add("es-ES", "¡Plata de ley con 0,5 quilates!")
	f.Add("it-IT", "Argentato, placcato oro 14k, www.example.it/oro")
	f.Fuzz(func(t *testing.T, locale, text string) {
		for _, p := range []core.Product{silverCZ, platedRing, {}} {
			n := utf8.RuneCountInString(text)
			for _, fd := range CheckWith(p, locale, text, Options{Collections: []string{"Moments", "Timeless", ""}}) {
				if fd.Start < 0 || fd.End > n || fd.Start > fd.End {
					t.Fatalf("span %d..%d outside %d runes", fd.Start, fd.End, n)
				}
				if fd.Rule == "" || fd.Message == "" || (fd.Category != Category && fd.Category != CategoryRegulatory && fd.Category != CategoryClaim) || (fd.Severity != core.SeverityBlock && fd.Severity != core.SeverityWarn) {
					t.Fatalf("incomplete finding %+v", fd)
				}
			}
		}
	})
}

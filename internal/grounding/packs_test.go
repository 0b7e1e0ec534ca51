package grounding

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/locales"
)

// evalProducts are the products the packs' eval.yaml sentences are about.
var evalProducts = map[string]core.Product{
	"silver_cz":   {SKU: "S1", Name: "Heart Charm", Category: "charm", Materials: []string{"sterling silver"}, Stones: []core.Stone{{Type: "cubic zirconia", Colour: "clear", Count: 12}}, Colours: []string{"silver", "clear"}},
	"plated_ring": {SKU: "R1", Name: "Halo Ring", Category: "ring", Materials: []string{"14k gold-plated sterling silver"}, Stones: []core.Stone{{Type: "cubic zirconia", Colour: "clear", Count: 24}}, Colours: []string{"gold", "clear"}},
	// certified_bangle's features license the skin claim of "nickel-free"
	// (internal/checks packEvalProducts), so a metal sentence that denies
	// nickel is about it.
	"certified_bangle": {SKU: "B1", Name: "Tide Bangle", Category: "bangle", Materials: []string{"stainless steel"}, Colours: []string{"silver"}, Features: []string{"hypoallergenic", "nickel-free", "waterproof", "tarnish-resistant", "eco-certified"}},
}

type packCase struct {
	Kind    string `yaml:"kind"`
	Product string `yaml:"product"`
	OK      bool   `yaml:"ok"`
	Text    string `yaml:"text"`
}

var factKinds = []string{"metal", "plating", "stone", "count", "colour", "category"}

// TestLocaleEvaluation runs every pack's evaluation sentences: a true
// sentence must raise no blocking finding, a false one must block. Each
// pack must hold a true and a false sentence for each fact kind. It
// prints, per locale, true sentences passed and false sentences blocked.
func TestLocaleEvaluation(t *testing.T) {
	set := locales.Must()
	var report []string
	for _, loc := range set.Supported() {
		p, _ := set.Get(loc)
		var cases []packCase
		if err := yaml.Unmarshal(p.Eval(), &cases); err != nil || len(cases) == 0 {
			t.Errorf("%s: eval.yaml: %v (%d cases)", loc, err, len(cases))
			continue
		}
		have := map[string]bool{}
		var trueN, trueOK, falseN, falseOK int
		for _, c := range cases {
			if c.Kind == "claim" || c.Kind == "qualifier" {
				continue // claims and qualifiers are the checker's (internal/checks TestPackEvaluation)
			}
			prod, ok := evalProducts[c.Product]
			if !ok {
				t.Errorf("%s: unknown product %q", loc, c.Product)
				continue
			}
			have[fmt.Sprintf("%s %v", c.Kind, c.OK)] = true
			blocked := false
			var got []string
			for _, f := range Check(prod, loc, c.Text) {
				got = append(got, f.Rule+":"+f.Severity)
				if f.Severity == core.SeverityBlock {
					blocked = true
				}
			}
			if c.OK {
				trueN++
				if !blocked {
					trueOK++
				} else {
					t.Errorf("%s %s true sentence blocked %v: %s", loc, c.Kind, got, c.Text)
				}
			} else {
				falseN++
				if blocked {
					falseOK++
				} else {
					t.Errorf("%s %s false sentence passed %v: %s", loc, c.Kind, got, c.Text)
				}
			}
		}
		for _, k := range factKinds {
			if !have[k+" true"] || !have[k+" false"] {
				t.Errorf("%s: eval.yaml needs a true and a false %s sentence", loc, k)
			}
		}
		report = append(report, fmt.Sprintf("%s  true passed %d/%d  false blocked %d/%d", loc, trueOK, trueN, falseOK, falseN))
	}
	sort.Strings(report)
	t.Log("per-locale evaluation:\n" + strings.Join(report, "\n"))
}

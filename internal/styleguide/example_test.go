package styleguide_test

import (
	"os"
	"testing"

	"github.com/copydesk/copydesk/internal/styleguide"
)

func TestExampleGuideParses(t *testing.T) {
	src, err := os.ReadFile("../../testdata/styleguide.yaml")
	if err != nil {
		t.Fatal(err)
	}
	g, err := styleguide.Parse(src)
	if err != nil {
		t.Fatalf("example guide: %v", err)
	}
	if g.Brand != "Aurelia" || !g.HasChannel("pdp") || !g.HasChannel("marketplace") || !g.HasChannel("social") {
		t.Fatalf("unexpected guide: %+v", g)
	}
	seen := map[string]bool{}
	for _, r := range g.Rules {
		seen[r.Type] = true
	}
	for typ := range styleguide.DefaultCategory {
		if !seen[typ] {
			t.Errorf("example guide has no %s rule", typ)
		}
	}
	for _, loc := range []string{"en-GB", "en-US", "fr-FR", "de-DE", "it-IT", "es-ES"} {
		if _, ok := g.Locales[loc]; !ok {
			t.Errorf("example guide lacks locale %s", loc)
		}
	}
}

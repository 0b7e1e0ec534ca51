package styleguide

import (
	"os"
	"strings"
	"testing"
)

// TestREADMEExampleParses keeps the README's style-guide example true.
func TestREADMEExampleParses(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, section, ok := strings.Cut(string(readme), "## The style guide")
	if !ok {
		t.Fatal("README has no style guide section")
	}
	_, block, ok := strings.Cut(section, "```yaml\n")
	if !ok {
		t.Fatal("the style guide section has no yaml example")
	}
	block, _, _ = strings.Cut(block, "```")
	g, err := Parse([]byte(block))
	if err != nil {
		t.Fatalf("the README example does not parse: %v", err)
	}
	if g.Brand != "Aurelia" || len(g.Rules) < 7 {
		t.Fatalf("parsed %+v", g)
	}
}

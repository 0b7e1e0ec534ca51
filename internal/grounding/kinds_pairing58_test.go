package grounding

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// A piece of the product's own category as the object of a verb of
// matching, after an indefinite (issue #13, probe 58's pt-PT 58C04-3:
// "Combina bem com uma aliança em ouro branco" on a ring with no gold):
// another ring, worn with this one.
func TestKindsPairing58(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		loc, text string
		block     bool
	}{
		{"pt-PT", "Combina bem com uma aliança em ouro branco.", false},
		{"pt-PT", "Combina bem com um anel de diamantes.", false},
		{"pt-BR", "Combina bem com um anel de ouro branco.", false},
		{"es-ES", "Combina bien con un anillo de oro blanco.", false},
	} {
		if got := pairingBlocks(tc.loc, tc.text); got != tc.block {
			t.Errorf("%s %q: block %v, want %v", tc.loc, tc.text, got, tc.block)
		}
	}
}

// The piece itself (a definite before its category word) and the piece's
// own description stay the piece.
func TestKindsPairing58Bad(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		loc, text string
		block     bool
	}{
		{"pt-PT", "Combina bem com o anel de diamantes.", true},
		{"pt-PT", "O anel em ouro branco combina com tudo.", true},
		{"pt-PT", "Um anel em ouro branco.", true},
		{"en-GB", "It pairs beautifully with a simple white gold ring.", false},
		{"fr-FR", "Il s'accorde avec une bague en or blanc.", false},
	} {
		if got := pairingBlocks(tc.loc, tc.text); got != tc.block {
			t.Errorf("%s %q: block %v, want %v", tc.loc, tc.text, got, tc.block)
		}
	}
}

func pairingBlocks(loc, text string) bool {
	p := core.Product{SKU: "P58", Name: "Ring", Category: "ring", Metals: []core.Metal{{Base: "yellow gold", Fineness: "14k"}},
		Stones: []core.Stone{{Type: "sapphire", Colour: "blue", Count: 1}}}
	for _, f := range CheckWith(p.Resolved(), loc, text, Options{}) {
		if f.Severity == core.SeverityBlock && (f.Rule == RuleMaterial || f.Rule == RuleStone) {
			return true
		}
	}
	return false
}

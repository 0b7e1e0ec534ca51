package grounding

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// pronounOneProduct is a ring of one lemon quartz, the stone of probe 58's
// en-GB 58C02-3.
var pronounOneProduct = core.Product{SKU: "P58", Name: "Lemon Quartz Ring", Category: "ring",
	Metals: []core.Metal{{Base: "yellow gold", Fineness: "9k"}},
	Stones: []core.Stone{{Type: "lemon quartz", Colour: "lemon yellow", Count: 1, Origin: "natural", Treatment: "irradiated"}}}

func pronounOneBlocks(t *testing.T, loc, text string) bool {
	t.Helper()
	for _, f := range CheckWith(pronounOneProduct.Resolved(), loc, text, Options{}) {
		if f.Rule == RuleCount && f.Severity == core.SeverityBlock {
			return true
		}
	}
	return false
}

// The pronoun "one" (issue #13, probe 58's en-GB 58C02-3: "a treatment we
// disclose on every piece and one that stays stable" read as one stone
// per part): before a relative clause, after a definite, before a
// partitive, in every language with articles, on a ring of one stone
// (the rows after a definite or before a partitive already passed on main
// and stand in TestKindsPronounOneBad).
func TestKindsPronounOne(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ loc, text string }{
		{"en-GB", "The lemon quartz has been irradiated, a treatment we disclose on every piece and one that stays stable in everyday wear."},
		{"en-US", "The lemon quartz is irradiated, a treatment we disclose on every piece and one which stays stable."},
	} {
		if pronounOneBlocks(t, tc.loc, tc.text) {
			t.Errorf("%s %q: count blocks; want the pronoun one read as no count", tc.loc, tc.text)
		}
	}
}

// The pronoun in the other languages and forms keeps passing; counts near
// the pronoun stay counts: "one" before the stone it counts,
// a wrong count before or after it, in words or in digits.
func TestKindsPronounOneBad(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		loc, text string
		block     bool
	}{
		{"en-GB", "A lemon quartz sits on every piece, and the one you choose will glow.", false},
		{"en-GB", "Its lemon quartz is irradiated on every piece, one of the few treatments we use.", false},
		{"es-ES", "Un cuarzo limón irradiado, un tratamiento que indicamos en cada pieza y uno que se mantiene estable.", false},
		{"fr-FR", "Un quartz citron irradié, un traitement que nous signalons sur chaque pièce et un qui reste stable.", false},
		{"fr-FR", "Un quartz citron irradié sur chaque pièce, l'une des rares méthodes que nous employons.", false},
		{"it-IT", "Un quarzo limone irradiato, un trattamento che dichiariamo su ogni pezzo e uno che resta stabile.", false},
		{"pt-BR", "Um quartzo limão irradiado, um tratamento que informamos em cada peça e um que permanece estável.", false},
		{"en-GB", "It sets one lemon quartz on every piece and two that glow.", true},
		{"en-GB", "The two lemon quartz stones are irradiated.", true},
		{"en-GB", "It sets 2 lemon quartz stones, one that glows.", true},
		{"en-GB", "Five lemon quartz stones, one that stays stable.", true},
		{"es-ES", "Lleva cinco cuarzos limón y uno que brilla.", true},
		{"fr-FR", "Il porte cinq quartz citron, dont un qui brille.", true},
	} {
		if got := pronounOneBlocks(t, tc.loc, tc.text); got != tc.block {
			t.Errorf("%s %q: count block %v, want %v", tc.loc, tc.text, got, tc.block)
		}
	}
}

package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// A fact word with an invisible character inside it (zero-width space,
// joiner, word joiner, soft hyphen) is the word a reader sees: "white
// gold" on a silver pendant blocks grounding whether or not a U+200B
// splits it (#13, probe26k; released 25's el "λευκ\u200bόχρυσο"). The
// safety rule still names the character; the truthful word with one in it
// passes grounding.
func TestKindsHiddenWord26(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	silver := core.Product{SKU: "K26H", Name: "Pink Drop", Category: "pendant", Collection: "Heritage",
		Materials: []string{"sterling silver"},
		Metals:    []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:    []core.Stone{{Type: "rose quartz", Colour: "pink", Count: 1, Origin: "natural"}},
		Colours:   []string{"pink", "silver"}}
	rows := []kindRow{
		{"el-GR", "Το μενταγιόν είναι από λευκ\u200bόχρυσο.", silver, true},
		{"el-GR", "Το μενταγιόν είναι από ασή\u200bμι.", silver, false},
		{"en-GB", "The pendant is set in white gol\u200bd.", silver, true},
		{"en-GB", "The pendant is set in ster\u200dling silver.", silver, false},
		{"de-DE", "Der Anhänger ist aus Weiß\u00adgold.", silver, true},
		{"de-DE", "Der Anhänger ist aus Ster\u00adlingsilber.", silver, false},
		{"fr-FR", "Le pendentif est en o\u2060r blanc.", silver, true},
		{"es-ES", "El colgante es de o\ufeffro blanco.", silver, true},
	}
	for _, r := range rows {
		blocked, fs := blockedIn(t, svc, "grounding", r.p, r.locale, r.text)
		if blocked != r.block {
			t.Errorf("%s %q: grounding block %v, want %v: %s", r.locale, r.text, blocked, r.block, describe(fs, "", r.text))
		}
	}
}

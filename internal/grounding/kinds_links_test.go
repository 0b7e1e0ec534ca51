package grounding

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// A chain's links named beside its metal are the piece's own (issue #13,
// a regression on the fifth set's released half): Arabic "الحلقات" (the
// links) was read as "حلق" (earrings) under its plural ending, so the
// sentence became another piece's and a wrong karat passed. The wrong
// karat blocks wherever the links are named.
func TestKindsLinksAreThePiece(t *testing.T) {
	t.Parallel()
	p := core.Product{SKU: "L1", Name: "Linea Chain Bracelet", Category: "bracelet", Metals: []core.Metal{{Base: "yellow gold", Fineness: "9k"}}}
	for _, tc := range []struct{ loc, text string }{
		{"ar-AE", "سوار متقارب الحلقات من الذهب الأصفر عيار 18."},
		{"ar-AE", "سوار من الذهب عيار 18 متقارب الحلقات."},
		{"ar-AE", "سوار بحلقات من الذهب عيار 18."},
		{"en-GB", "A bracelet of close links in 18k yellow gold."},
		{"fr-FR", "Un bracelet aux maillons serrés en or jaune 18 carats."},
		{"de-DE", "Ein Armband mit engen Gliedern aus 18 Karat Gelbgold."},
		{"it-IT", "Un bracciale a maglie fitte in oro giallo 18 carati."},
		{"es-ES", "Una pulsera de eslabones finos en oro amarillo de 18 quilates."},
		{"pt-BR", "Uma pulseira de elos finos em ouro amarelo 18 quilates."},
		{"nl-NL", "Een armband met fijne schakels van 18 karaat geelgoud."},
	} {
		got := false
		fs := CheckWith(p.Resolved(), tc.loc, tc.text, Options{})
		for _, f := range fs {
			got = got || f.Rule == RuleKarat && f.Severity == core.SeverityBlock
		}
		if !got {
			t.Errorf("%s %q: the wrong karat passes; findings %+v", tc.loc, tc.text, fs)
		}
	}
}

package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// A collectors' stone in its language's standard spelling that the pack did
// not list is no stone the checker knows, so a wrong count or a stone the
// piece lacks said with that spelling is compared with nothing (#13, spell62;
// released 62A nl-NL 62A02-3 "draagt vijf natuurlijke sapfirienen" on a ring
// with three sapphirines: the nl pack listed only sapphirien and saffirien).
// The spellings added follow each language's rules for mineral names (f for
// ph, k for c; Mindat and the language's Wikipedia): nl sapfirien(en),
// hypersthenen; da hemimorfit, ryolit; sv hemimorfit (and da/sv serafinit,
// which the names reader already knew);
// de Kymophan.
func TestKindsSpell62(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	rows := []kindRow{
		{"nl-NL", "De ring draagt vijf natuurlijke sapfirienen.", spellSapphirine(3), true},
		{"nl-NL", "De ring draagt zes sapfirienen.", spellSapphirine(3), true},
	}
	rows = append(rows, pairRows(rareSpellingSapphire, true, [][2]string{
		{"nl-NL", "De hanger draagt een sapfirien."},
		{"nl-NL", "De hanger draagt twee hypersthenen."},
		{"da-DK", "Vedhænget bærer en hemimorfit."},
		{"da-DK", "Vedhænget bærer en ryolit."},
		{"sv-SE", "Hänget bär en hemimorfit."},
		{"de-DE", "Der Anhänger trägt einen Kymophan."},
	})...)
	checkKindRows(t, svc, CatGrounding, rows)
}

// spellSapphirine is a ring set with n natural sapphirines.
func spellSapphirine(n int) core.Product {
	p := rareSpellingSapphire
	p.SKU, p.Category = "S62", "ring"
	p.Stones = []core.Stone{{Type: "sapphirine", Colour: "blue", Count: n, Origin: core.OriginNatural}}
	return p
}

// TestKindsSpell62Ok: the right count and the right stone with the new
// spellings pass.
func TestKindsSpell62Ok(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	stone := rareSpellingStone
	rows := []kindRow{
		{"nl-NL", "De ring draagt drie natuurlijke sapfirienen.", spellSapphirine(3), false},
		{"nl-NL", "De hanger draagt een sapfirien.", stone("sapphirine"), false},
		{"da-DK", "Vedhænget bærer en hemimorfit.", stone("hemimorphite"), false},
		{"sv-SE", "Hänget bär en serafinit.", stone("seraphinite"), false},
		{"de-DE", "Der Anhänger trägt einen Kymophan.", stone("cymophane"), false},
	}
	checkKindRows(t, svc, CatGrounding, rows)
}

package checks

import (
	"context"
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// A cord word right after, or joined by a shape_of word to, a material the
// product has is that material's form (#13, shape12): "a black leather
// cord" on a Tahitian pearl necklace whose materials are leather and
// sterling silver, with the cord only in the text, blocked as a cord the
// product lacks. The same sentences still block on a gold chain without
// leather. Through Service.CheckText, as POST /v1/checks judges it (the
// product resolved as the API resolves it). Only en, de, es, fr and it
// read a cord word as a material (the other languages' rows pass before
// and after).
func TestKindsOwnMaterialCord12(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	leather := core.Product{SKU: "C12", Name: "Tahiti", Category: "necklace", Collection: "Essence",
		Materials: []string{"leather", "sterling silver"},
		Metals:    []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Colours:   []string{"black", "silver"}}
	gold := core.Product{SKU: "C12G", Name: "Tahiti", Category: "necklace", Collection: "Essence",
		Materials: []string{"18k yellow gold"}, Metals: []core.Metal{{Base: "yellow gold", Fineness: "18k"}},
		Colours: []string{"gold"}}
	rows := map[string][]string{
		"en-GB": {"It hangs on a black leather cord.", "A leather cord holds the pendant.", "It hangs on a cord of black leather."},
		"en-US": {"It hangs on a black leather cord."},
		"fr-FR": {"Il est suspendu à un cordon en cuir noir.", "Il est suspendu à un cordon de cuir."},
		"es-ES": {"Cuelga de un cordón de cuero negro."},
		"it-IT": {"È appeso a un cordoncino di pelle nera.", "È appeso a un cordone in pelle."},
		"de-DE": {"Er hängt an einer Kordel aus schwarzem Leder."},
	}
	for loc, texts := range rows {
		for _, text := range texts {
			for _, tc := range []struct {
				p     core.Product
				block bool
			}{{leather, false}, {gold, true}} {
				if blocked, fs := groundingBlocked(t, svc, tc.p, loc, text); blocked != tc.block {
					t.Errorf("%s %s %q: grounding block %v, want %v: %+v", tc.p.SKU, loc, text, blocked, tc.block, fs)
				}
			}
		}
	}
}

// groundingBlocked judges text for p on the social channel through
// Service.CheckText, as POST /v1/checks does, and reports whether a
// grounding finding blocks it, with all the findings.
func groundingBlocked(t *testing.T, svc *core.Service, p core.Product, locale, text string) (bool, []core.Finding) {
	t.Helper()
	return blockedIn(t, svc, CatGrounding, p, locale, text)
}

// blockedIn is groundingBlocked for any finding category ("": a block of
// any category).
func blockedIn(t *testing.T, svc *core.Service, category string, p core.Product, locale, text string) (bool, []core.Finding) {
	t.Helper()
	res, err := svc.CheckText(context.Background(), core.CheckRequest{Product: p, Locale: locale, Channel: "social", Text: text})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range res.Findings {
		if f.Severity == core.SeverityBlock && (category == "" || f.Category == category) {
			return true, res.Findings
		}
	}
	return false, res.Findings
}

// kindRow is one row of a kind's table test: a text in a locale on a
// product, and whether it must block.
type kindRow struct {
	locale, text string
	p            core.Product
	block        bool
}

// checkKindRows checks each row through blockedIn (a block of category, or
// of any category when it is "") and reports the rows whose verdict is not
// the one the row wants, with their findings.
func checkKindRows(t *testing.T, svc *core.Service, category string, rows []kindRow) {
	t.Helper()
	for _, r := range rows {
		blocked, fs := blockedIn(t, svc, category, r.p, r.locale, r.text)
		if blocked != r.block {
			t.Errorf("%s %q on %s: %s block %v, want %v: %s", r.locale, r.text, r.p.Name, category, blocked, r.block, describe(fs, "", r.text))
		}
	}
}

// pairRows makes rows on p from (locale, text) pairs, each wanting block
// (true: the text must block; false: it must pass).
func pairRows(p core.Product, block bool, sets ...[][2]string) []kindRow {
	var rows []kindRow
	for _, set := range sets {
		for _, r := range set {
			rows = append(rows, kindRow{r[0], r[1], p, block})
		}
	}
	return rows
}

// checkOwnAndControl checks that each row (block false) passes on its own
// product and, where control gives a product for it, blocks in category
// on that control product: the same truthful words on a piece they are
// not true of.
func checkOwnAndControl(t *testing.T, svc *core.Service, category string, rows []kindRow, control func(kindRow) (core.Product, bool)) {
	t.Helper()
	var block []kindRow
	for _, r := range rows {
		if p, ok := control(r); ok {
			block = append(block, kindRow{r.locale, r.text, p, true})
		}
	}
	checkKindRows(t, svc, "", rows)
	checkKindRows(t, svc, category, block)
}

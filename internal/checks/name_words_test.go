package checks

import (
	"slices"
	"testing"

	utext "github.com/copydesk/copydesk/internal/text"
)

// TestProductNameWordsAsSplit: productNameWords gives splitWordsSeg's
// words for every product name of the evaluation set, asked twice, and
// leaves a dictionary's segmentation to splitWordsSeg.
func TestProductNameWordsAsSplit(t *testing.T) {
	names := []string{"", "Pavé Heart Charm", "ｇｏｌｄ Ring", "Heritage-Creolen", "L'Étoile d’or", "Ёлка", "g\u043eld"}
	for _, ec := range loadEval(t) {
		names = append(names, ec.Product.Name)
	}
	for _, n := range names {
		want := splitWordsSeg(n, utext.Words{})
		for range 2 {
			if got := productNameWords(n, utext.Words{}); !slices.Equal(got, want) {
				t.Fatalf("productNameWords(%q) = %q, want %q", n, got, want)
			}
		}
	}
}

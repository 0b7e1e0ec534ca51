package core

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
)

func TestWordDiff(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		want []DiffOp
	}{
		{"same", "Un bijou.", "Un bijou.", []DiffOp{{DiffEqual, "Un bijou."}}},
		{"a word replaced whole", "Un bijou pas cher en argent.", "Un bijou ciselé en argent.",
			[]DiffOp{{DiffEqual, "Un bijou "}, {DiffDelete, "pas cher"}, {DiffInsert, "ciselé"}, {DiffEqual, " en argent."}}},
		{"appended", "Ein Ring.", "Ein Ring. Aus Silber.",
			[]DiffOp{{DiffEqual, "Ein Ring."}, {DiffInsert, " Aus Silber."}}},
		{"from nothing", "", "خاتم فضي", []DiffOp{{DiffInsert, "خاتم فضي"}}},
		{"to nothing", "銀の指輪", "", []DiffOp{{DiffDelete, "銀の指輪"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := WordDiff(tt.a, tt.b)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("WordDiff(%q, %q)\n got %q\nwant %q", tt.a, tt.b, got, tt.want)
			}
		})
	}
}

// Whatever the texts, the diff rebuilds both of them, and more distinct
// tokens than a rune plane holds still work (the surrogate gap is skipped).
func TestWordDiffRebuildsBothTexts(t *testing.T) {
	var a, b strings.Builder
	for i := range 60000 { // 60,000 distinct words: past U+D800
		fmt.Fprintf(&a, " w%d", i)
		if i%5000 == 0 {
			b.WriteString(" changed")
		}
		fmt.Fprintf(&b, " w%d", i)
	}
	for _, pair := range [][2]string{{a.String(), b.String()}, {"Voici Pavé — un « charm ».", "Voilà le Pavé — un « charm » !"}} {
		var ra, rb strings.Builder
		for _, op := range WordDiff(pair[0], pair[1]) {
			if op.Op != DiffInsert {
				ra.WriteString(op.Text)
			}
			if op.Op != DiffDelete {
				rb.WriteString(op.Text)
			}
		}
		if ra.String() != pair[0] || rb.String() != pair[1] {
			t.Fatalf("the diff does not rebuild the texts (%d/%d bytes)", len(ra.String()), len(rb.String()))
		}
	}
}

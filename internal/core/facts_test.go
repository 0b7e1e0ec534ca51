package core

import (
	"reflect"
	"testing"
)

func TestFactChanges(t *testing.T) {
	before := Product{SKU: "1", Name: "Heart Charm", Category: "charm", Materials: []string{"sterling silver"},
		Stones: []Stone{{Type: "cubic zirconia", Colour: "clear", Count: 12}}, Attributes: map[string]string{"diameter_mm": "11"}}
	after := before
	after.Materials = []string{"14k gold"}
	after.Stones = nil
	after.Colours = []string{"pink"}
	after.Attributes = map[string]string{"diameter_mm": "12"}
	want := []string{
		"Materials: sterling silver → 14k gold",
		"Colours: (none) → pink",
		"Diameter mm: 11 → 12",
		"Stones: 12 × clear cubic zirconia → (none)",
	}
	if got := FactChanges(before, after); !reflect.DeepEqual(got, want) {
		t.Errorf("FactChanges\n got %q\nwant %q", got, want)
	}
	if got := FactChanges(before, before); len(got) != 0 {
		t.Errorf("no change gave %q", got)
	}
}

package checks

import (
	"reflect"
	"testing"
)

// TestFormToksKeyTellsEveryField: two compiled forms share a key only when
// every field of every token is equal (a new field of tokData must join
// formToksKey).
func TestFormToksKeyTellsEveryField(t *testing.T) {
	if n := reflect.TypeOf(tokData{}).NumField(); n != 8 {
		t.Fatalf("tokData has %d fields: add the new one to formToksKey", n)
	}
	tok := func(d tokData) []formTok { return []formTok{newTok(d)} }
	base := tokData{s: "stone", n: 2}
	variants := []tokData{
		{s: "stones", n: 2}, {s: "stone", n: 3}, {s: "stone", n: 2, exact: true}, {s: "stone", n: 2, pref: true},
		{s: "stone", n: 2, start: true}, {s: "stone", n: 2, gap: true}, {s: "stone", n: 2, any: true}, {s: "stone", n: 2, clause: true},
	}
	seen := map[string]bool{formToksKey(tok(base)): true}
	for _, v := range variants {
		k := formToksKey(tok(v))
		if seen[k] {
			t.Fatalf("%+v shares a key", v)
		}
		seen[k] = true
	}
	if formToksKey([]formTok{newTok(tokData{s: "ab"}), newTok(tokData{s: "c"})}) == formToksKey([]formTok{newTok(tokData{s: "a"}), newTok(tokData{s: "bc"})}) {
		t.Fatal("token boundaries lost")
	}
	if formToksKey(tok(base)) != formToksKey(tok(tokData{s: "stone", n: 2})) {
		t.Fatal("equal tokens, different keys")
	}
}

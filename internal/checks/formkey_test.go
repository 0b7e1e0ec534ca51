package checks

import (
	"reflect"
	"testing"
)

// TestFormToksKeyTellsEveryField: two compiled forms share a key only when
// every field of every token is equal (a new field of formTok must join
// formToksKey).
func TestFormToksKeyTellsEveryField(t *testing.T) {
	if n := reflect.TypeOf(formTok{}).NumField(); n != 8 {
		t.Fatalf("formTok has %d fields: add the new one to formToksKey", n)
	}
	base := formTok{s: "stone", n: 2}
	variants := []formTok{
		{s: "stones", n: 2}, {s: "stone", n: 3}, {s: "stone", n: 2, exact: true}, {s: "stone", n: 2, pref: true},
		{s: "stone", n: 2, start: true}, {s: "stone", n: 2, gap: true}, {s: "stone", n: 2, any: true}, {s: "stone", n: 2, clause: true},
	}
	seen := map[string]bool{formToksKey([]formTok{base}): true}
	for _, v := range variants {
		k := formToksKey([]formTok{v})
		if seen[k] {
			t.Fatalf("%+v shares a key", v)
		}
		seen[k] = true
	}
	if formToksKey([]formTok{{s: "ab"}, {s: "c"}}) == formToksKey([]formTok{{s: "a"}, {s: "bc"}}) {
		t.Fatal("token boundaries lost")
	}
	if formToksKey([]formTok{base}) != formToksKey([]formTok{{s: "stone", n: 2}}) {
		t.Fatal("equal tokens, different keys")
	}
}

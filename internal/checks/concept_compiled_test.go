package checks

import (
	"reflect"
	"testing"
)

// TestCompiledConceptsDecode: every language's concept set decoded from
// its encoding is the set loadConcepts compiles (every field), and so is
// the set the embedded snapshot ships when it is current; a cut or
// corrupted encoding is refused, never a wrong set.
func TestCompiledConceptsDecode(t *testing.T) {
	langs := conceptDataLangs()
	if len(langs) < 19 {
		t.Fatalf("%d languages with concept data", len(langs))
	}
	shipped := 0
	for _, lang := range langs {
		files := conceptFileData(lang)
		want, err := compileConcepts(lang, files, nil)
		if err != nil {
			t.Fatal(err)
		}
		enc := encodeConceptSet(want)
		got, err := decodeConceptSet(lang, want.defs, enc)
		if err != nil {
			t.Fatalf("%s: %v", lang, err)
		}
		if !sameConceptSet(got, want) {
			t.Errorf("%s: the decoded set differs from the compiled one", lang)
		}
		if cs := compiledConcepts(lang, files); cs != nil {
			shipped++
			if !sameConceptSet(cs, want) {
				t.Errorf("%s: the shipped set differs from the compiled one: go generate ./internal/checks", lang)
			}
		}
		for _, n := range []int{0, 1, len(enc) / 3, len(enc) / 2, len(enc) - 1} {
			if _, err := decodeConceptSet(lang, want.defs, enc[:n]); err == nil {
				t.Errorf("%s: %d of %d bytes decoded", lang, n, len(enc))
			}
		}
		if _, err := decodeConceptSet(lang, want.defs[:len(want.defs)-1], enc); err == nil {
			t.Errorf("%s: decoded against one definition less", lang)
		}
	}
	if shipped != len(langs) {
		t.Errorf("%d of %d languages' sets shipped: go generate ./internal/checks", shipped, len(langs))
	}
}

// sameConceptSet reports whether the decoded set got is the compiled set
// want, every field: got's token array holds the forms' tokens first, in
// want's order, then its word lists' (which want keeps in arrays of their
// own, compared through its fields), so only that first part is compared
// as an array.
func sameConceptSet(got, want *conceptSet) bool {
	if len(got.toks) < len(want.toks) {
		return false
	}
	all := got.toks
	got.toks = got.toks[:len(want.toks)]
	defer func() { got.toks = all }()
	return reflect.DeepEqual(got, want)
}

// TestCompiledConceptsKey: the key changes with a file's bytes or name.
func TestCompiledConceptsKey(t *testing.T) {
	files := conceptFileData("en")
	k := compiledConceptsKey("en", files)
	edited := append([]conceptDataFile(nil), files...)
	edited[0].data = append(append([]byte(nil), edited[0].data...), '\n')
	renamed := append([]conceptDataFile(nil), files...)
	renamed[len(renamed)-1].name += "x"
	for name, fs := range map[string][]conceptDataFile{"edited": edited, "renamed": renamed, "fewer": files[1:]} {
		if compiledConceptsKey("en", fs) == k {
			t.Errorf("%s: same key", name)
		}
	}
	if compiledConceptsKey("de", files) == k {
		t.Error("another language: same key")
	}
}

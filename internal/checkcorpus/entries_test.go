package checkcorpus

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// corpusJSON is a corpus.json of n entries as the bench writes one
// (internal/bench.WriteCorpus: encoding/json over Entry values), with
// every kind of product field set.
func corpusJSON(t testing.TB, n int) []byte {
	p := core.Product{SKU: "C00001", Name: "Pavé Heart Charm 1", Category: "charm", Collection: "Moments",
		Materials: []string{"sterling silver"}, Colours: []string{"silver", "clear"}, Features: []string{"hand-finished"},
		Occasions: []string{"Mother's Day"}, Keywords: []string{"heart", "charm"}, Attributes: map[string]string{"clasp": "lobster", "finish": "polished"},
		Stones:           []core.Stone{{Type: "cubic zirconia", Count: 12, Colour: "clear", Origin: "simulant"}},
		Metals:           []core.Metal{{Base: "silver", Plating: "rhodium", Fineness: "925", PlatingMicrons: 0.5}},
		Measurements:     []core.Measurement{{Name: "length", Value: 45.5, Unit: "cm"}},
		TotalCaratWeight: 0.25, VariantGroup: "heart-1"}
	entries := make([]Entry, n)
	for i := range entries {
		q := p
		q.SKU = "C" + string(rune('0'+i%10))
		entries[i] = Entry{File: filepath.Join("x", q.SKU), Product: q, Locale: []string{"en-GB", "fr-FR", "de-DE"}[i%3]}
	}
	entries = append(entries, Entry{File: "bare.txt", Product: core.Product{SKU: "B1", Name: "Bare", Category: "ring"}, Locale: "it-IT"})
	b, err := json.Marshal(entries)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestReadEntriesAsEncodingJSON: readEntries reads corpus.json as
// encoding/json did before it.
func TestReadEntriesAsEncodingJSON(t *testing.T) {
	files := [][]byte{corpusJSON(t, 30), []byte("[]"), []byte("null")}
	if dir := os.Getenv("CHECK_CORPUS"); dir != "" { // a bench corpus: CHECK_CORPUS=DIR
		b, err := os.ReadFile(filepath.Join(dir, "corpus.json"))
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, b)
	}
	for _, b := range files {
		var want []Entry
		if err := json.Unmarshal(b, &want); err != nil {
			t.Fatal(err)
		}
		got, err := readEntries(b)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("readEntries(%.60s...) = %+v, encoding/json %+v", b, got, want)
		}
	}
	if _, err := readEntries([]byte(`[{"file": 1}]`)); err == nil {
		t.Error("readEntries took a number for a file name")
	}
}

// BenchmarkReadEntries is reading a 1,000-entry corpus.json with
// readEntries against encoding/json.
func BenchmarkReadEntries(b *testing.B) {
	data := corpusJSON(b, 1000)
	b.Run("encoding-json", func(b *testing.B) {
		for b.Loop() {
			var e []Entry
			if err := json.Unmarshal(data, &e); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("readEntries", func(b *testing.B) {
		for b.Loop() {
			if _, err := readEntries(data); err != nil {
				b.Fatal(err)
			}
		}
	})
}

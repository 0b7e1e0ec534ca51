package yamlsnap

import (
	"strings"
	"testing"
)

type doc struct {
	Name  string            `yaml:"name"`
	Space *string           `yaml:"space"`
	Words []string          `yaml:"words"`
	Map   map[string]string `yaml:"map"`
}

func TestDecodeThroughSnapshot(t *testing.T) {
	data := []byte("name: a\nspace: \"\"\nwords: []\n")
	rec := NewRecorder()
	var want doc
	if err := rec.Decode(data, &want, true); err != nil {
		t.Fatal(err)
	}
	raw, err := rec.Bytes()
	if err != nil {
		t.Fatal(err)
	}
	sn := New(raw)
	var got doc
	if err := sn.Decode(data, &got, true); err != nil {
		t.Fatal(err)
	}
	if got.Name != "a" || got.Space == nil || *got.Space != "" || got.Words == nil || got.Map != nil {
		t.Fatalf("from the snapshot: %+v", got)
	}
	// Edited data is parsed, never read stale.
	var edited doc
	if err := sn.Decode([]byte("name: b\n"), &edited, true); err != nil || edited.Name != "b" {
		t.Fatalf("edited: %+v %v", edited, err)
	}
	// Strict and lax are different decodings: an unknown key fails only
	// the strict one, whatever the snapshot holds.
	bad := []byte("name: a\nother: 1\n")
	if err := sn.Decode(bad, new(doc), true); err == nil {
		t.Fatal("unknown key accepted in strict mode")
	}
	if err := sn.Decode(bad, new(doc), false); err != nil {
		t.Fatal(err)
	}
	// A truncated snapshot holds nothing.
	var fallback doc
	if err := New(raw[:len(raw)-3]).Decode(data, &fallback, true); err != nil || fallback.Name != "a" {
		t.Fatalf("truncated: %+v %v", fallback, err)
	}
}

func TestRecorderRefusesWhatJSONLoses(t *testing.T) {
	rec := NewRecorder()
	var v struct {
		A any `yaml:"a"`
	}
	if err := rec.Decode([]byte("a: 1\n"), &v, false); err != nil {
		t.Fatal(err)
	}
	if _, err := rec.Bytes(); err == nil || !strings.Contains(err.Error(), "does not survive JSON") {
		t.Fatalf("want a refusal (an int in YAML is a float64 in JSON), got %v", err)
	}
}

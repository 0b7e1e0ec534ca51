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

// TestRaw: a value recorded as it is comes back as it is under its key,
// and a recorder serves none.
func TestRaw(t *testing.T) {
	rec := NewRecorder()
	rec.RecordRaw("k", []byte{0, 1, 2}, nil)
	if _, ok := rec.Raw("k"); ok {
		t.Fatal("a recorder served a value")
	}
	b, err := rec.Bytes()
	if err != nil {
		t.Fatal(err)
	}
	s := New(b)
	if got, ok := s.Raw("k"); !ok || string(got) != "\x00\x01\x02" {
		t.Fatalf("Raw(k) = %v, %v", got, ok)
	}
	if _, ok := s.Raw("other"); ok {
		t.Fatal("a key never recorded was served")
	}
	var nilSnap *Snapshot
	if _, ok := nilSnap.Raw("k"); ok {
		t.Fatal("nil served a value")
	}
}

// TestReleaseLeavesValues: Release of a value read back (a snapshot in
// the heap, as tests build them: nothing to release), on a recorder and
// on nil, changes nothing and fails nothing; a value Load decoded and one
// read again after the release come back the same (perf66).
func TestReleaseLeavesValues(t *testing.T) {
	rec := NewRecorder()
	rec.RecordRaw("k", []byte("raw value"), nil)
	var d doc
	if err := rec.Decode([]byte("name: a\nwords: [x, y]\n"), &d, true); err != nil {
		t.Fatal(err)
	}
	b, err := rec.Bytes()
	if err != nil {
		t.Fatal(err)
	}
	s := New(b)
	for _, c := range []struct {
		name string
		s    *Snapshot
	}{{"snapshot", s}, {"recorder", rec}, {"nil", nil}} {
		for range 2 {
			got, ok := c.s.Raw("k")
			c.s.Release(got)
			c.s.Release(nil)
			if c.s == s && (!ok || string(got) != "raw value") {
				t.Fatalf("%s: Raw(k) = %q, %v after Release", c.name, got, ok)
			}
		}
	}
	for range 2 {
		var again doc
		if err := s.Decode([]byte("name: a\nwords: [x, y]\n"), &again, true); err != nil || again.Name != "a" || strings.Join(again.Words, ",") != "x,y" {
			t.Fatalf("decoded after Release: %+v, %v", again, err)
		}
	}
}

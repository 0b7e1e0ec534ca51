package locales

import (
	"io/fs"
	"path"
	"reflect"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

// TestDecodeStrictMatchesNodeRoundTrip: decoding a pack's bytes strictly
// gives the same Pack as the former way, re-emitting the parsed node and
// decoding that, for every shipped pack, alone and over its parent.
func TestDecodeStrictMatchesNodeRoundTrip(t *testing.T) {
	t.Parallel()
	viaNode := func(data []byte, v any) error {
		var n yaml.Node
		if err := yaml.Unmarshal(data, &n); err != nil {
			return err
		}
		b, err := yaml.Marshal(&n)
		if err != nil {
			return err
		}
		dec := yaml.NewDecoder(strings.NewReader(string(b)))
		dec.KnownFields(true)
		return dec.Decode(v)
	}
	set := Must()
	entries, err := fs.ReadDir(packFS, "packs")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		data, err := fs.ReadFile(packFS, path.Join("packs", e.Name(), "pack.yaml"))
		if err != nil {
			continue
		}
		var a, b Pack
		if err := viaNode(data, &a); err != nil {
			t.Fatalf("%s: %v", e.Name(), err)
		}
		if err := decodeStrict(data, &b); err != nil {
			t.Fatalf("%s: %v", e.Name(), err)
		}
		if !reflect.DeepEqual(a, b) {
			t.Errorf("%s: decoded differently", e.Name())
		}
		if a.Extends == "" {
			continue
		}
		// Over a copy of the parent, as loadFS does.
		parent, ok := set.Get(a.Extends)
		if !ok {
			t.Fatalf("%s: no parent %s", e.Name(), a.Extends)
		}
		pb, err := yaml.Marshal(parent)
		if err != nil {
			t.Fatal(err)
		}
		var c, d Pack
		if err := yaml.Unmarshal(pb, &c); err != nil {
			t.Fatal(err)
		}
		if err := yaml.Unmarshal(pb, &d); err != nil {
			t.Fatal(err)
		}
		if err := viaNode(data, &c); err != nil {
			t.Fatal(err)
		}
		if err := decodeStrict(data, &d); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(c, d) {
			t.Errorf("%s over %s: decoded differently", e.Name(), a.Extends)
		}
	}
}

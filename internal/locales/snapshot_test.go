package locales

import (
	"bytes"
	"flag"
	"io/fs"
	"reflect"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/copydesk/copydesk/internal/yamlsnap"
)

var updateSnapshot = flag.Bool("update-snapshot", false, "rewrite decoded.snap from the packs' YAML")

// TestSnapshotIsCurrent rebuilds decoded.snap from the packs' YAML and
// fails when the embedded one differs (go generate ./internal/locales
// rewrites it). A stale snapshot is never read (its key is the YAML's
// hash), but every start would parse the YAML again.
func TestSnapshotIsCurrent(t *testing.T) {
	rec := yamlsnap.NewRecorder()
	if _, err := loadFSWith(packFS, "packs", rec); err != nil {
		t.Fatal(err)
	}
	got, err := rec.Bytes()
	if err != nil {
		t.Fatal(err)
	}
	if err := yamlsnap.Current("decoded.snap", decodedSnap, got, *updateSnapshot, "./internal/locales"); err != nil {
		t.Fatal(err)
	}
}

// TestSnapshotLoadsWhatYAMLLoads: the packs read through the snapshot are
// those parsed from the YAML, every field (unexported too).
func TestSnapshotLoadsWhatYAMLLoads(t *testing.T) {
	fromYAML, err := loadFSWith(packFS, "packs", nil)
	if err != nil {
		t.Fatal(err)
	}
	fromSnap, err := loadFSWith(packFS, "packs", snap)
	if err != nil {
		t.Fatal(err)
	}
	if len(decodedSnap) == 0 {
		t.Fatal("empty snapshot")
	}
	if !reflect.DeepEqual(fromYAML, fromSnap) {
		t.Fatal("the snapshot's packs differ from the YAML's")
	}
	// An edited pack is parsed, not read stale from the snapshot.
	edited := fstest.MapFS{}
	err = fs.WalkDir(packFS, "packs", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := packFS.ReadFile(p)
		if p == "packs/en-GB/pack.yaml" {
			b = bytes.Replace(b, []byte("\nname: "), []byte("\nname: Edited "), 1)
		}
		edited[p] = &fstest.MapFile{Data: b}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	set, err := loadFSWith(edited, "packs", snap)
	if err != nil {
		t.Fatal(err)
	}
	if p, _ := set.Get("en-GB"); !strings.HasPrefix(p.Name, "Edited ") {
		t.Fatalf("en-GB name %q: the edit was not read", p.Name)
	}
}

// BenchmarkLoad is loading the 25 packs at start: parsed from the YAML
// (yaml) or read through the snapshot (snapshot).
func BenchmarkLoad(b *testing.B) {
	for _, c := range []struct {
		name string
		sn   *yamlsnap.Snapshot
	}{{"yaml", nil}, {"snapshot", snap}} {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				if _, err := loadFSWith(packFS, "packs", c.sn); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

package grounding

import (
	"errors"
	"flag"
	"testing"

	"github.com/copydesk/copydesk/internal/locales"
	"github.com/copydesk/copydesk/internal/yamlsnap"
)

var updateSnapshot = flag.Bool("update-snapshot", false, "rewrite decoded.snap from the vocabularies' YAML")

// buildSnapshot decodes every pack's vocabulary and the canon from their
// YAML.
func buildSnapshot() ([]byte, error) {
	set, err := locales.Load()
	if err != nil {
		return nil, err
	}
	rec := yamlsnap.NewRecorder()
	var errs []error
	for _, l := range set.Supported() {
		p, _ := set.Get(l)
		if data, _ := p.Vocab(); data != nil {
			_, err := compileLexiconWith(data, rec)
			errs = append(errs, err)
			if err == nil {
				// Compiles: Validate need not compile these bytes again.
				rec.RecordRaw(compilesKey(data), nil, nil)
			}
		}
	}
	data, err := vocabFS.ReadFile("vocab/canon.yaml")
	if err != nil {
		return nil, err
	}
	errs = append(errs, rec.Decode(data, new(canon), true))
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	return rec.Bytes()
}

// TestSnapshotIsCurrent rebuilds decoded.snap and fails when the embedded
// one differs (go generate ./internal/grounding rewrites it). A stale
// snapshot is never read (its keys are the YAML's hashes), but every
// process would parse the YAML again.
func TestSnapshotIsCurrent(t *testing.T) {
	got, err := buildSnapshot()
	if err != nil {
		t.Fatal(err)
	}
	if err := yamlsnap.Current("decoded.snap", decodedSnap, got, *updateSnapshot, "./internal/grounding"); err != nil {
		t.Fatal(err)
	}
}

// BenchmarkCompileLexicon compiles the six locales' vocabularies of the
// check corpus from their YAML (yaml) or through the snapshot (snapshot).
func BenchmarkCompileLexicon(b *testing.B) {
	set := locales.Must()
	var datas [][]byte
	for _, l := range []string{"en-GB", "fr-FR", "de-DE", "it-IT", "es-ES"} {
		p, _ := set.Get(l)
		d, _ := p.Vocab()
		datas = append(datas, d)
	}
	for _, c := range []struct {
		name string
		sn   *yamlsnap.Snapshot
	}{{"yaml", nil}, {"snapshot", snap}} {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				for _, d := range datas {
					if _, err := compileLexiconWith(d, c.sn); err != nil {
						b.Fatal(err)
					}
				}
			}
		})
	}
}

package checks

import (
	"errors"
	"flag"
	"io/fs"
	"path"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/internal/yamlsnap"
)

var updateSnapshot = flag.Bool("update-snapshot", false, "rewrite decoded.snap from data/'s YAML")

// buildSnapshot decodes, from their YAML, every file snap serves, as the
// checker decodes each: concepts*.yaml (strict), glossary.yaml (lax for
// glossaryFiles, strict for loadGlossaryForms) and market.yaml (strict).
func buildSnapshot() ([]byte, error) {
	rec := yamlsnap.NewRecorder()
	var errs []error
	err := fs.WalkDir(dataFS, "data", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		name := path.Base(p)
		data, err := dataFS.ReadFile(p)
		if err != nil {
			return err
		}
		switch {
		case name == "concepts.yaml" || strings.HasPrefix(name, "concepts-") && strings.HasSuffix(name, ".yaml"):
			errs = append(errs, rec.Decode(data, new(conceptFile), true))
		case name == "glossary.yaml":
			errs = append(errs, rec.Decode(data, new(glossaryFormsFile), false), rec.Decode(data, new(glossaryFormsFile), true))
		case name == "market.yaml":
			errs = append(errs, rec.Decode(data, new(market), true))
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	// Each language's compiled concept set (concept_compiled.go).
	for _, lang := range conceptDataLangs() {
		files := conceptFileData(lang)
		cs, err := compileConcepts(lang, files, nil)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if len(cs.forms) > 0 {
			rec.RecordRaw(compiledConceptsKey(lang, files), encodeConceptSet(cs), nil)
		}
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	return rec.Bytes()
}

// TestSnapshotIsCurrent rebuilds decoded.snap and fails when the embedded
// one differs (go generate ./internal/checks rewrites it). A stale
// snapshot is never read (its keys are the YAML's hashes), but every
// process would parse the YAML again.
func TestSnapshotIsCurrent(t *testing.T) {
	got, err := buildSnapshot()
	if err != nil {
		t.Fatal(err)
	}
	if err := yamlsnap.Current("decoded.snap", decodedSnap, got, *updateSnapshot, "./internal/checks"); err != nil {
		t.Fatal(err)
	}
}

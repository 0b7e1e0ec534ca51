package grounding

import (
	"testing"

	"github.com/copydesk/copydesk/internal/locales"
)

// withEmptyLexCache runs f with no vocabulary kept, as a process starts.
func withEmptyLexCache(t *testing.T, f func()) {
	t.Helper()
	lexMu.Lock()
	saved, savedErr := lexCache, lexErr
	lexCache, lexErr = map[string]*lexicon{}, map[string]error{}
	lexMu.Unlock()
	defer func() {
		lexMu.Lock()
		lexCache, lexErr = saved, savedErr
		lexMu.Unlock()
	}()
	f()
}

// TestValidateCompilesOncePerProcess: a vocabulary is compiled once a
// process, at its first use. Validate at start compiles none whose bytes
// the snapshot marks as compiled (every pack's, the snapshot being
// current); without the marks (validateWith nil) it compiles every one,
// each once, as before; bytes edited since the snapshot have no mark
// (#17, perf55: the start compiled all 19, then each locale's first use
// its own again).
func TestValidateCompilesOncePerProcess(t *testing.T) {
	set := locales.Must()
	owners := map[string]bool{}
	for _, l := range set.Supported() {
		if p, _ := set.Resolve(l); p != nil {
			owners[p.VocabOwner()] = true
		}
	}
	withEmptyLexCache(t, func() {
		n := lexiconBuilds.Load()
		if err := Validate(); err != nil {
			t.Fatal(err)
		}
		if got := lexiconBuilds.Load() - n; got != 0 {
			t.Errorf("Validate compiled %d vocabularies the snapshot marks, want 0", got)
		}
		if lx, err := lexiconFor("de-DE"); err != nil || lx == nil {
			t.Fatalf("de-DE: %v, %v", lx, err)
		}
		if lx, err := lexiconFor("de-DE"); err != nil || lx == nil {
			t.Fatalf("de-DE: %v, %v", lx, err)
		}
		if got := lexiconBuilds.Load() - n; got != 1 {
			t.Errorf("de-DE's first uses compiled %d vocabularies, want 1", got)
		}
	})
	withEmptyLexCache(t, func() {
		n := lexiconBuilds.Load()
		if err := validateWith(set, nil); err != nil {
			t.Fatal(err)
		}
		if got := lexiconBuilds.Load() - n; got != int64(len(owners)) {
			t.Errorf("without marks Validate compiled %d vocabularies, want every one, %d", got, len(owners))
		}
	})
	for owner := range owners {
		p, _ := set.Get(owner)
		data, _ := p.Vocab()
		if _, ok := snap.Raw(compilesKey(data)); !ok {
			t.Errorf("%s: the snapshot has no mark (go generate ./internal/grounding)", owner)
		}
		edited := append(append([]byte(nil), data...), "\n# edited\n"...)
		if _, ok := snap.Raw(compilesKey(edited)); ok {
			t.Errorf("%s: edited bytes are marked as compiled", owner)
		}
	}
}

package grounding

import "testing"

// TestValidateKeepsNoVocabulary: Validate compiles every pack's vocabulary
// and keeps none of them; a locale's is compiled on its first use (#17:
// a worker checking two languages held all 25 packs', ~9 MiB).
func TestValidateKeepsNoVocabulary(t *testing.T) {
	lexMu.Lock()
	saved, savedErr := lexCache, lexErr
	lexCache, lexErr = map[string]*lexicon{}, map[string]error{}
	lexMu.Unlock()
	defer func() {
		lexMu.Lock()
		lexCache, lexErr = saved, savedErr
		lexMu.Unlock()
	}()
	if err := Validate(); err != nil {
		t.Fatal(err)
	}
	lexMu.Lock()
	kept := len(lexCache)
	lexMu.Unlock()
	if kept != 0 {
		t.Errorf("Validate kept %d vocabularies, want none", kept)
	}
	lx, err := lexiconFor("fr-FR")
	if err != nil || lx == nil {
		t.Fatalf("fr-FR after Validate: %v, %v", lx, err)
	}
	lexMu.Lock()
	kept = len(lexCache)
	lexMu.Unlock()
	if kept != 1 {
		t.Errorf("after fr-FR's first use %d vocabularies are kept, want 1", kept)
	}
}

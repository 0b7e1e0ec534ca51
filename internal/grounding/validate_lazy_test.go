package grounding

import "testing"

// TestValidateKeepsNoVocabulary: Validate compiles every pack's vocabulary
// and keeps none of them; a locale's is compiled on its first use (#17:
// a worker checking two languages held all 25 packs', ~9 MiB).
func TestValidateKeepsNoVocabulary(t *testing.T) {
	withEmptyLexCache(t, func() { validateKeepsNoVocabulary(t) })
}

func validateKeepsNoVocabulary(t *testing.T) {
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

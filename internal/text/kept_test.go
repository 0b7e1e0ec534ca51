package text

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// foldNeededBefore is foldNeeded as it was before Folded.Kept: any rune
// NFKC changes made Fold copy the text.
func foldNeededBefore(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < 0x80 {
			if c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F {
				return true
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError, IsIgnorable(r), IsControl(r), isMark(r):
			return true
		case !norm.NFKC.PropertiesString(s[i:]).BoundaryBefore():
			return true
		case unicode.IsLetter(r):
			if _, ok := prototype(r); ok {
				return true
			}
		}
		if norm.NFKC.QuickSpanString(s[i:i+n]) != n {
			return true
		}
		i += n
	}
	return false
}

// foldFull is Fold without foldNeeded's shortcut: what Fold returned for
// every text before texts with no-break spaces and ellipses were kept
// (Folded.Kept).
func foldFull(s string) Folded {
	b := folder{src: s}
	b.run()
	return b.f
}

// checkKept fails unless Fold's shortcut for s gives what the whole fold
// does: the same text, no issue, and an offset map that is the identity.
func checkKept(t *testing.T, s string) {
	t.Helper()
	need, kept := foldNeeded(s)
	if need {
		return
	}
	full := foldFull(s)
	if full.Text != s || len(full.LookAlikes) > 0 {
		t.Fatalf("foldNeeded(%q) = false, but Fold makes %q with %+v", s, full.Text, full.LookAlikes)
	}
	if full.start != nil {
		for i := range full.start {
			if full.start[i] != int32(i) || full.end[i] != int32(i+1) {
				t.Fatalf("foldNeeded(%q) = false, but Fold maps rune %d to [%d, %d)", s, i, full.start[i], full.end[i])
			}
		}
	}
	if old := foldNeededBefore(s); old != kept {
		t.Fatalf("foldNeeded(%q): kept = %v, but Fold made a copy before: %v", s, kept, old)
	}
	if f := Fold(s); f.Text != s || !f.Identity() || f.Kept != kept {
		t.Fatalf("Fold(%q) = %+v", s, f)
	}
}

// TestFoldKeptAsWritten: a text whose only runes NFKC would change are
// spaces of Zs and the ellipsis is returned as it is, as the whole fold
// returned it (with an identity map), and says so (Kept); the runes next
// to those are read as without them.
func TestFoldKeptAsWritten(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"Le cœur\u00a0: une chaîne de 45\u00a0cm\u202f!",
		"or\u00a0: beau…", "…", "\u00a0", "a\u2009b", "\u3000日本\u3000", "é\u00a0ḍ", "ḍ\u00a0", "\u00a0ḍ", "x\u00a0\u00a0y",
		"Ελληνικά\u00a0…", "خاتم\u00a0ذهب", "각\u00a0각", "1\u202f000\u00a0€", "’\u00a0«\u00a0»",
	} {
		checkKept(t, s)
	}
	if _, kept := foldNeeded("Pavé Heart"); kept {
		t.Error("a text NFKC leaves alone is not Kept")
	}
	// Random texts of runes around the kept ones: letters NFKC leaves
	// alone, letters of Latin Extended Additional (which the whole fold
	// rebuilds only where it normalises a segment), CJK, Hangul, Arabic,
	// Greek, digits, punctuation and symbols.
	alphabet := []rune("aZ09 .,:;!?'’«»-\u00a0\u2009\u202f\u3000\u2002…éÀœßıİçḍẹỹ日本語ゴールド각한خاتمχρυσόЖж€£©®™✓🙂\t\n")
	r := rand.New(rand.NewPCG(17, 23))
	var b strings.Builder
	for range 200000 {
		b.Reset()
		for range 1 + r.IntN(10) {
			b.WriteRune(alphabet[r.IntN(len(alphabet))])
		}
		checkKept(t, b.String())
	}
}

// FuzzFoldKept is TestFoldKeptAsWritten on any text.
func FuzzFoldKept(f *testing.F) {
	for _, s := range []string{"or\u00a0: beau…", "ḍ\u00a0", "a\u2009b\u0301", "각\u00a0\u1161"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkKept(t, s)
	})
}

// frenchText is French copy as the offline writer and French typography
// write it: a no-break space before ":", ";", "!" and in "1,5 cm".
const frenchText = "Ce pendentif cœur en argent massif 925 est serti de douze oxydes de zirconium blancs\u00a0: il capte la lumière sous tous les angles. Glissez-le sur votre chaîne préférée et portez-le chaque jour\u00a0; offrez-le pour la fête des mères\u00a0! Le cœur mesure 1,5\u00a0cm sur une chaîne de 45\u00a0cm, avec un fermoir de 2,5\u00a0mm. Poli à la main, il est livré dans son écrin Aurelia."

// BenchmarkFoldFrench is Fold of French copy (kept as written) against
// the whole fold it paid before Folded.Kept:
//
//	go test -run '^$' -bench FoldFrench -benchmem ./internal/text
func BenchmarkFoldFrench(b *testing.B) {
	b.Run("kept", func(b *testing.B) {
		for b.Loop() {
			Fold(frenchText)
		}
	})
	b.Run("whole", func(b *testing.B) {
		for b.Loop() {
			foldFull(frenchText)
		}
	})
}

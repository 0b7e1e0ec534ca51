package checks

import "testing"

// TestKindsMixedLanguageSlogan: a brand slogan the guide's do-not-translate
// list keeps as written (a term of several words) is not a sentence in
// another language, however many function words it has; the mixed-language
// test counts only the words around it. Another sentence in English beside
// it still blocks.
func TestKindsMixedLanguageSlogan(t *testing.T) {
	t.Parallel()
	p := silverNecklace
	base := englishSentence55Base
	const s = "Made for you, made to last, made with love, all of it for you"
	slogan := sloganService(t, s)
	rows := []kindRow{}
	for _, loc := range []string{"fr-FR", "de-DE", "it-IT", "es-ES", "nl-NL", "sv-SE", "pl-PL", "pt-BR", "tr-TR", "fi-FI", "cs-CZ", "da-DK"} {
		rows = append(rows, kindRow{loc, base[loc] + " " + s + ".", p, false},
			kindRow{loc, base[loc] + " " + s + ". Avoid heat, hard knocks and all of the cleaners that are ultrasonic.", p, true})
	}
	checkKindRows(t, slogan, CatLocale, rows)
	// Without the guide's term the same sentence is English in the copy.
	checkKindRows(t, checkService(t), CatLocale, []kindRow{
		{"fr-FR", base["fr-FR"] + " " + s + ".", p, true},
		{"de-DE", base["de-DE"] + " " + s + ".", p, true},
	})
}

package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// An untranslated English sentence about the piece's make (#13,
// english_make21; released21a fr-CA H21a10-2): "The matching 50 cm chain
// closes with a spring-ring clasp." left in French copy passed once the
// gold-filled false block that hid it was gone: two English function words
// in nine, and its content words (matching, chain, closes, clasp) were in
// no list of English copy words, which held praise, wear and gifting. The
// words of a piece's parts and fastening that no other supported language
// writes so join them (english_runs.go englishCopyWords).
func TestKindsEnglishMake21(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	locket := core.Product{SKU: "EM21", Name: "Engraved Oval Locket", Category: "necklace",
		Materials: []string{"sterling silver"}, Colours: []string{"silver"}}
	checkKindRows(t, svc, "locale", []kindRow{
		// failed before (fr-CA, fr-FR, es-ES, pl-PL)
		{"fr-CA", "Il s’ouvre pour accueillir deux photos. The matching 50 cm chain closes with a spring-ring clasp. Un cadeau qui traverse les années.", locket, true},
		{"fr-FR", "Un médaillon gravé à la main. The matching chain fastens with a lobster clasp. Pour la fête des Mères.", locket, true},
		{"es-ES", "El medallón está grabado a mano. The matching chain fastens with a lobster clasp. Un regalo.", locket, true},
		{"pl-PL", "Medalion jest grawerowany ręcznie. The matching 50 cm chain closes securely. Piękny prezent.", locket, true},
		// blocked before (a praise or wear word, or lingua)
		{"it-IT", "Il medaglione è inciso a mano. The necklace hangs from a 50 cm chain. Un regalo.", locket, true},
		{"sv-SE", "Medaljongen är handgraverad. The chain length is adjustable. En fin gåva.", locket, true},
		{"pt-BR", "O medalhão é gravado à mão. The matching chain closes with a clasp. Um presente.", locket, true},
		{"de-DE", "Das Medaillon ist handgraviert. The matching 50 cm chain closes with a spring-ring clasp. Ein Geschenk.", locket, true},
		// the locale's own sentences about the same parts
		{"fr-CA", "La chaîne assortie de 50 cm se ferme par un anneau à ressort.", locket, false},
		{"de-DE", "Die passende Kette ist 50 cm lang und schließt mit einem Federring.", locket, false},
		{"es-ES", "La cadena a juego se cierra con un mosquetón.", locket, false},
		{"it-IT", "La catena abbinata si chiude con un anello a molla.", locket, false},
		{"sv-SE", "Kedjans längd är justerbar.", locket, false},
		{"pl-PL", "Dopasowany łańcuszek zapina się na karabińczyk.", locket, false},
	})
}

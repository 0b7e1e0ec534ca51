package checks

import (
	"strings"
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// A word of the piece (a part, a crown, a setting verb) joined by at most
// two lower-case words to a quoted proper name before it is the named
// object's ("el «Rubí del Príncipe Negro» de la corona británica", the
// Imperial State Crown): it does not make a sentence about the material
// the piece's (#13, names27b; released 27's es-ES spinel ring, where
// "corona" blocked the bare «rubí» the spinel was mistaken for). Each
// control row is the same sentence with a comma after the name, so the
// word stands on its own, the sentence is the piece's and the bare stone
// word blocks. The rule reads quotes and case alone, the same in all 25
// locales; only es-ES and es-MX's crown word (corona, a piece verb) is a
// word of the piece today, so only they have rows that exercise it (the
// other locales' crown words, Krone, couronne, 王冠, pass without it).
func TestKindsNames27b(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	p := core.Product{SKU: "K27N2", Name: "Lab-Grown Spinel Ring", Category: "ring",
		Materials: []string{"18k yellow gold"}, Metals: []core.Metal{{Base: "yellow gold", Fineness: "18k"}},
		Stones: []core.Stone{{Type: "spinel", Colour: "blue", Count: 1, Origin: "lab_grown"}}}
	// {locale, sentence with the name's closing mark followed by "|"}.
	rows := [][2]string{
		{"es-ES", "La espinela se confundió con el rubí: el famoso «Rubí del Príncipe Negro»| de la corona británica es en realidad una espinela."},
		{"es-MX", "La espinela se confundió con el rubí: el famoso «Rubí del Príncipe Negro»| de la corona británica es en realidad una espinela."},
	}
	var kr []kindRow
	for _, r := range rows {
		kr = append(kr, kindRow{r[0], strings.Replace(r[1], "|", "", 1), p, false},
			kindRow{r[0], strings.Replace(r[1], "|", ",", 1), p, true})
	}
	checkKindRows(t, svc, "grounding", kr)
}

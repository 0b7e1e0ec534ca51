package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// A collectors' stone in a spelling of its own language that the pack did
// not list is no stone the checker knows, so copy naming it on a piece
// without it is compared with nothing (#13, left61; released 60A's de
// "Jeremejevit": the de pack knew only the Jeremejewit of German
// mineralogy). The spellings added: de Jeremejevit, Clinohumit,
// Brazilianit; nl phenakiet, jeremejewiet, klinohumiet, braziliaaniet; pl
// jeremejewit, jeremejevit, musgravit, sinhalit; it fenacite, saffirina;
// sv/da/nb phenakit(t); es jeremejewita (Mindat and IMA names as each
// language's mineral literature writes them). On a piece without the
// stone they block as a stone it lacks.
func TestKindsRareSpelling61(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	rows := pairRows(rareSpellingSapphire, true, [][2]string{
		{"de-DE", "Der Anhänger trägt einen hellblauen Jeremejevit."},
		{"de-DE", "In der Mitte sitzt ein Clinohumit."},
		{"de-DE", "Ein Brazilianit schmückt den Anhänger."},
		{"nl-NL", "De hanger draagt een phenakiet."},
		{"nl-NL", "In het midden zit een jeremejewiet."},
		{"pl-PL", "Wisiorek zdobi jeremejewit."},
		{"pl-PL", "Wisiorek zdobi musgravit."},
		{"pl-PL", "Wisiorek zdobi sinhalit."},
		{"it-IT", "Il ciondolo è impreziosito da una fenacite."},
		{"it-IT", "Il ciondolo è impreziosito da una saffirina."},
		{"sv-SE", "Hänget bär en phenakit."},
		{"da-DK", "Vedhænget bærer en phenakit."},
		{"nb-NO", "Anhenget bærer en phenakitt."},
		{"es-ES", "El colgante lleva una jeremejewita."},
	})
	checkKindRows(t, svc, CatGrounding, rows)
}

// rareSpellingSapphire is a sapphire pendant: none of the collectors'
// stones the rows name.
var rareSpellingSapphire = core.Product{SKU: "R61", Name: "Azur", Category: "necklace", Collection: "Heritage",
	Metals:  []core.Metal{{Base: "white gold", Fineness: "18k"}},
	Stones:  []core.Stone{{Type: "sapphire", Colour: "blue", Count: 1, Origin: core.OriginNatural}},
	Colours: []string{"silver", "blue"}}

// rareSpellingStone is rareSpellingSapphire with its one stone, blue and
// natural, of the type typ.
func rareSpellingStone(typ string) core.Product {
	p := rareSpellingSapphire
	p.Stones = []core.Stone{{Type: typ, Colour: "blue", Count: 1, Origin: core.OriginNatural}}
	return p
}

// TestKindsRareSpelling61Bad: the same spellings on a piece that has the
// stone pass.
func TestKindsRareSpelling61Bad(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	stone := rareSpellingStone
	rows := []kindRow{
		{"de-DE", "Der Anhänger trägt einen hellblauen Jeremejevit.", stone("jeremejevite"), false},
		{"de-DE", "Der Anhänger trägt einen hellblauen Jeremejewit.", stone("jeremejevite"), false},
		{"nl-NL", "De hanger draagt een phenakiet.", stone("phenakite"), false},
		{"pl-PL", "Wisiorek zdobi jeremejewit.", stone("jeremejevite"), false},
		{"it-IT", "Il ciondolo è impreziosito da una fenacite.", stone("phenakite"), false},
		{"sv-SE", "Hänget bär en phenakit.", stone("phenakite"), false},
		{"es-ES", "El colgante lleva una jeremejewita.", stone("jeremejevite"), false},
	}
	checkKindRows(t, svc, CatGrounding, rows)
}

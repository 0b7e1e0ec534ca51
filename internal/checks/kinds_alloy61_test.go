package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// An alloy explained by what it is made of, or its colour placed between
// other metals, names metals the piece is not as a whole (#13, alloy61:
// probe 61C on lead-free pewter, fr-CA, it-IT, pt-PT, fi-FI, ko-KR).
// Pewter is tin hardened with copper and antimony (ASTM B560; canon
// alloy_metals pewter: [copper]), so "hardened with a little copper"
// explains the piece's alloy, also where the alloy word ends a compound
// ("metalliseos", "Zinnlegierung", "tinnlegering"); and a grey set
// "between silver and stone" uses the silver as a landmark of the colour,
// as "silver grey" does (grounding metal_between61.go). Said of the piece
// ("the cuff is copper", "un bracelet en argent") they still block
// (16 CFR 23.4-23.7).
func TestKindsAlloy61(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	pw := core.Product{SKU: "PW61", Name: "Essence", Category: "bracelet", Collection: "Timeless",
		Metals: []core.Metal{{Base: "pewter"}}, Colours: []string{"grey"}, Features: []string{"lead-free"}}
	rows := pairRows(pw, false, [][2]string{
		// failed before
		{"fr-FR", "Le bracelet est en étain. Son gris doux, entre l'argent et la pierre, se patine avec le temps."},
		{"it-IT", "Il bracciale è in peltro. Ha un grigio caldo, a metà tra l'argento e la pietra."},
		{"pt-BR", "A pulseira é de estanho. O seu cinzento macio fica entre a prata e a pedra."},
		{"es-ES", "La pulsera es de peltre. Su gris suave queda entre la plata y la piedra."},
		{"pt-BR", "A pulseira é de estanho. O estanho usado em joalharia é uma liga de estanho endurecida com pequenas quantidades de cobre e antimónio."},
		{"fi-FI", "Rannekoru on tinaa. Korutina on metalliseos, joka on pääosin tinaa ja jota on kovetettu pienellä määrällä kuparia ja antimonia."},
		{"ko-KR", "이 팔찌는 퓨터입니다. 퓨터는 주석을 주성분으로 구리와 안티몬을 조금 섞어 단단하게 만든 합금입니다."},
		{"nl-NL", "De armband is van tin. Het tin is een legering van vooral tin met een beetje koper en antimoon."},
		// passed before
		{"nb-NO", "Armbåndet er av tinn. Tinn er en legering som for det meste består av tinn, herdet med litt kobber og antimon."},
		{"en-GB", "The cuff is pewter. Pewter is an alloy made mostly of tin, hardened with small amounts of copper and antimony."},
	})
	checkKindRows(t, svc, "", rows)
}

// TestKindsAlloy61Bad: copper or silver said of the pewter piece, and a
// word of "between" that places the piece itself, still block; sterling
// silver compared in its own sentence keeps its verdicts.
func TestKindsAlloy61Bad(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	pw := core.Product{SKU: "PW61", Name: "Essence", Category: "bracelet", Collection: "Timeless",
		Metals: []core.Metal{{Base: "pewter"}}, Colours: []string{"grey"}, Features: []string{"lead-free"}}
	ti := core.Product{SKU: "TI61", Name: "Essence", Category: "bracelet", Collection: "Timeless",
		Metals: []core.Metal{{Base: "titanium"}}, Colours: []string{"grey"}}
	rows := pairRows(pw, true, [][2]string{
		{"fr-FR", "Le bracelet est en argent."},
		{"fr-FR", "Un bracelet en argent, entre élégance et simplicité."},
		{"it-IT", "Il bracciale è in argento."},
		{"pt-BR", "A pulseira é de cobre."},
		{"fi-FI", "Rannekoru on kuparia."},
		{"ko-KR", "이 팔찌는 구리로 만들었습니다."},
		{"en-GB", "The cuff is copper."},
		{"en-GB", "A copper cuff with a soft grey sheen."},
		{"nb-NO", "Armbåndet er av kobber."},
	})
	// copper is no member of titanium's alloy: the same explanation on
	// titanium names a wrong metal
	rows = append(rows, pairRows(ti, true, [][2]string{
		{"pt-BR", "A pulseira é de titânio, endurecida com pequenas quantidades de cobre."},
	})...)
	rows = append(rows, pairRows(pw, false, [][2]string{
		{"en-GB", "Pewter has a cool grey sheen somewhere between silver and stone."},
		{"fr-FR", "Le bracelet est en étain gris."},
	})...)
	checkKindRows(t, svc, "", rows)
}

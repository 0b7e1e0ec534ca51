package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// Reacting to nickel names nickel as an allergen (#13, the seventeenth
// blind set's released half): "ett tryggt val om du reagerar på nickel" on
// a nickel-free ASTM F136 titanium belly bar blocked grounding.material in
// sv-SE: nickel was read as the piece's material. A verb or noun of
// reaction beside a restricted metal makes it what the wearer reacts to,
// like an allergy word (REACH Annex XVII entry 27; EN 1811), in every
// language; nickel said to be in the piece still blocks.
func TestKindsNickelReaction18(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	ti := core.Product{SKU: "N18", Name: "Titanium Belly Bar", Category: "body jewellery", Collection: "Essence",
		Materials: []string{"titanium", "cubic zirconia"}, Metals: []core.Metal{{Base: "titanium"}},
		Stones:  []core.Stone{{Type: "cubic zirconia", Colour: "clear", Count: 3, Origin: core.OriginSimulant}},
		Colours: []string{"silver", "clear"}, Features: []string{"implant-grade titanium (ASTM F136)", "hypoallergenic", "nickel-free"}}
	checkKindRows(t, svc, "grounding", []kindRow{
		{"sv-SE", "Ett tryggt val om du har känslig hud eller reagerar på nickel.", ti, false},
		{"en-GB", "A safe choice if your skin reacts to nickel.", ti, false},
		{"da-DK", "Et trygt valg, hvis du reagerer på nikkel.", ti, false},
		{"nb-NO", "Et trygt valg hvis du reagerer på nikkel.", ti, false},
		{"de-DE", "Eine sichere Wahl, wenn Sie auf Nickel reagieren.", ti, false},
		{"nl-NL", "Een veilige keuze als je op nikkel reageert.", ti, false},
		{"fr-FR", "Un choix sûr si votre peau réagit au nickel.", ti, false},
		{"es-ES", "Una opción segura si tu piel reacciona al níquel.", ti, false},
		{"it-IT", "Una scelta sicura se la tua pelle reagisce al nichel.", ti, false},
		{"pt-BR", "Uma escolha segura se a sua pele reage ao níquel.", ti, false},
		{"pl-PL", "Bezpieczny wybór, jeśli twoja skóra reaguje na nikiel.", ti, false},
		{"fi-FI", "Turvallinen valinta, jos ihosi reagoi nikkeliin.", ti, false},
		// nickel in the piece still blocks
		{"sv-SE", "Staven är av titan med nickel.", ti, true},
		{"en-GB", "The bar is titanium alloyed with nickel.", ti, true},
	})
}

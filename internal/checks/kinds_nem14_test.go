package checks

import "testing"

// TestKindsNem14: the second member of a negated coordination is negated
// too (#13, the fourteenth session: probe 14e pt "Não mergulhe em água nem
// use no banho, porque a umidade pode afetar a colagem" blocked
// claim.waterproof on "use no banho"). A correlative (pt nem, it né, nl
// noch, pl/cs ani, fi eikä, el ούτε, tr ne ... ne de) or an "or" after a
// negation in its clause (not ... or, nicht ... oder, inte ... eller,
// weder ... noch, varken ... eller) negates the member after it; the same
// member said alone, or after "or" with no negation before, still blocks.
func TestKindsNem14(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	for _, r := range []struct {
		locale, text string
		block        bool
	}{
		{"pt-BR", "Não mergulhe em água nem use no banho, porque a umidade pode afetar a colagem.", false},
		{"pt-PT", "Não o mergulhe em água nem o use no banho.", false},
		{"pt-BR", "Não deixe de molho nem use na piscina.", false},
		{"pt-BR", "Use no banho sem medo.", true},
		{"pt-BR", "Pode usar no banho e na piscina.", true},
		{"en-GB", "Do not soak it or wear it in the shower.", false},
		{"en-GB", "Never leave it in water or wear it in the shower.", false},
		{"en-GB", "Don't soak it or wear it in the pool.", false},
		{"en-GB", "Wear it in the shower.", true},
		{"en-GB", "Wear it to the beach or wear it in the shower.", true},
		{"es-ES", "No lo sumerjas ni lo uses en la ducha.", false},
		{"es-ES", "No lo dejes en remojo o lo uses en la piscina.", false},
		{"es-ES", "Úsalo en la ducha sin miedo.", true},
		{"fr-FR", "Ne la laissez pas tremper ni ne la portez sous la douche.", false},
		{"fr-FR", "Portez-la sous la douche.", true},
		{"it-IT", "Non immergerlo in acqua né indossarlo in piscina.", false},
		{"it-IT", "Non lasciarlo in ammollo o indossarlo sotto la doccia.", false},
		{"it-IT", "Indossalo sotto la doccia.", true},
		{"de-DE", "Nicht in Wasser tauchen oder beim Duschen tragen.", false},
		{"de-DE", "Weder in Wasser legen noch beim Duschen tragen.", false},
		{"de-DE", "Tragen Sie sie beim Duschen.", true},
		{"nl-NL", "Niet onderdompelen of onder de douche dragen.", false},
		{"nl-NL", "Draag hem gerust onder de douche.", true},
		{"sv-SE", "Doppa den inte i vatten eller bär den i duschen.", false},
		{"sv-SE", "Bär den i duschen.", true},
		{"da-DK", "Læg den ikke i vand eller bær den i badet.", false},
		{"da-DK", "Bær den i badet.", true},
		{"nb-NO", "Ikke legg den i vann eller bruk den i dusjen.", false},
		{"nb-NO", "Bruk den i dusjen.", true},
		{"pl-PL", "Nie zanurzaj go w wodzie ani nie noś pod prysznicem.", false},
		{"pl-PL", "Noś go pod prysznicem.", true},
		{"cs-CZ", "Nenamáčejte ho ve vodě ani ho nenoste ve sprše.", false},
		{"cs-CZ", "Noste ho klidně ve sprše.", true},
		{"fi-FI", "Älä upota sitä veteen äläkä käytä sitä suihkussa.", false},
		{"fi-FI", "Käytä sitä suihkussa.", true},
		{"el-GR", "Μην το βυθίζετε στο νερό ούτε να το φοράτε στο ντους.", false},
		{"el-GR", "Φορέστε το στο ντους.", true},
		{"tr-TR", "Ne suya sokun ne de duşta takın.", false},
		{"tr-TR", "Duşta takın.", true},
	} {
		blocked, fs := blockedIn(t, svc, CatClaim, name14, r.locale, r.text)
		if blocked != r.block {
			t.Errorf("%s %q: claim block %v, want %v: %s", r.locale, r.text, blocked, r.block, describe(fs, "", r.text))
		}
	}
}

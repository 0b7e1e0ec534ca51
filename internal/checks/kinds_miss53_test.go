package checks

import "testing"

// Products of TestKindsMiss53 (#13, miss53): probe 53D pl-PL 53D104-2's
// irradiated lemon quartz, and a heated sapphire ring in the other
// locales' rows.
var (
	miss53P1 = misses49Product(`{"sku": "P53D-plPL-04", "name": "Lemon Quartz Pendant", "category": "pendant", "collection": "Heritage", "materials": ["sterling silver", "lemon quartz"], "metals": [{"base": "sterling silver", "fineness": "925"}], "stones": [{"type": "lemon quartz", "colour": "yellow", "count": 1, "origin": "natural", "treatment": "irradiated"}], "colours": ["yellow", "silver"], "attributes": {"stone_cut": "emerald"}, "measurements": [{"name": "stone size", "value": 10, "unit": "mm"}, {"name": "chain length", "value": 45, "unit": "cm"}]}`)
	miss53P2 = misses49Product(`{"sku": "M53-RING-01", "name": "Blue Sapphire Ring", "category": "ring", "collection": "Heritage", "metals": [{"base": "white gold", "fineness": "18k"}], "stones": [{"type": "sapphire", "colour": "blue", "count": 1, "origin": "natural", "treatment": "heated"}], "colours": ["blue", "white"]}`)
)

// TestKindsMiss53 (#13, miss53): a denial of the material's treatment
// followed by a clause whose subject is a bare demonstrative pronoun
// taking up the treatment ("To powszechna i trwała metoda
// uszlachetniania", "This is a common treatment") still blocks: the
// demonstrative is not the piece, so the clause does not set the piece's
// own disclosure against the denial (grounding treatment_pronoun53.go).
func TestKindsMiss53(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, "grounding", expl51Rows([]expl51Row{
		{miss53P1, "pl-PL", `Ta zawieszka z kolekcji Heritage to kwarc cytrynowy w szlifie szmaragdowym o długości 10 mm, oprawiony w srebro próby 925 i zawieszony na łańcuszku długości 45 cm. Kwarc cytrynowy to bezbarwny kwarc, którego świeży, lekko zielonkawy odcień żółci jest w pełni naturalny i nieuszlachetniony. To powszechna i trwała metoda uszlachetniania, a kolor nie zmienia się przy zwykłym noszeniu. Unikaj jednak wysokiej temperatury i długiego leżenia na pełnym słońcu. Dzięki twardości 7 kamień dobrze znosi codzienność. Zawieszka pięknie wygląda solo, na odsłoniętym dekolcie.`}, // probe53D-pl-PL-53D104-2 (treatment_denied, passed on main)
		{miss53P1, "pl-PL", `Zawieszka z kolekcji Heritage to kwarc cytrynowy w srebrze próby 925. Kwarc cytrynowy ma odcień, który jest w pełni naturalny i nieuszlachetniony. To jest trwała metoda uszlachetniania.`},
	}, true))
	checkKindRows(t, svc, "grounding", []kindRow{
		{"pl-PL", "Jego żółty odcień jest w pełni naturalny i nieuszlachetniony. To powszechna i trwała metoda uszlachetniania.", c53Lemon, true}, // was TestKindsClaims53Open's
	})
	checkKindRows(t, svc, "grounding", expl51Rows([]expl51Row{
		{miss53P2, "en-US", `The Blue Sapphire Ring sets an oval sapphire in 18k white gold. Fine blue sapphire is often completely unheated. This is a common and stable treatment.`},
		{miss53P2, "it-IT", `L'anello Blue Sapphire monta uno zaffiro ovale in oro bianco 18 carati. Lo zaffiro blu più fine è spesso del tutto non riscaldato. Questo è un trattamento comune e stabile.`},
		{miss53P2, "da-DK", `Ringen Blue Sapphire har en oval safir i 18 karat hvidguld. Fin blå safir er ofte helt uopvarmet. Dette er en almindelig og stabil behandling.`},
	}, true))
}

// TestKindsMiss53Ok (#13, miss53): the neighbours that still pass: the
// disclosure's clause names the piece by ours or by a demonstrative of a
// noun ("this stone is heated", "nasz kamień"), so a denial of the
// material in general is explained by the piece's own treatment.
func TestKindsMiss53Ok(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, "grounding", expl51Rows([]expl51Row{
		{miss53P2, "en-US", `The Blue Sapphire Ring sets an oval sapphire in 18k white gold. Fine blue sapphire is rarely found unheated. This stone is heated, a common and stable treatment.`},
		{miss53P2, "en-US", `The Blue Sapphire Ring sets an oval sapphire in 18k white gold. Fine blue sapphire is rarely found unheated. Ours is heated, a common and stable treatment.`},
		{miss53P1, "pl-PL", `Zawieszka z kolekcji Heritage to kwarc cytrynowy w srebrze próby 925. Kwarc cytrynowy rzadko bywa nieuszlachetniony. Nasz kamień jest uszlachetniany, to trwała metoda.`},
	}, false))
}

package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// The products of stone_confused's rows: hyalite opal earrings, an
// anyolite bead bracelet and a sardonyx signet ring.
var (
	confusedHyalite = core.Product{SKU: "C66H", Name: "Lumière", Category: "earrings", Collection: "Lumière",
		Metals:  []core.Metal{{Base: "yellow gold", Fineness: "14k"}},
		Stones:  []core.Stone{{Type: "hyalite opal", Colour: "clear", Count: 2, Origin: "natural"}},
		Colours: []string{"clear", "gold"}}
	confusedAnyolite = core.Product{SKU: "C66A", Name: "Reflexions", Category: "bracelet", Collection: "Reflexions",
		Metals:  []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "anyolite (ruby in zoisite)", Colour: "green and red", Count: 19, Origin: "natural"}},
		Colours: []string{"green", "red"}}
	confusedSardonyx = core.Product{SKU: "C66S", Name: "Heritage", Category: "ring", Collection: "Heritage",
		Metals:  []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "sardonyx", Colour: "red-brown and white", Count: 1, Origin: "natural"}},
		Colours: []string{"red", "white", "silver"}}
)

// Stones (and glass) named as what the piece's stone may be taken for,
// joined by "or" after a verb of likeness or mistaking whose subject is
// the piece, are not stones of the piece (#13, confused66: held-out 66A
// en-US, pt-PT, nl-NL, de-DE 66A03-3, released es-MX, nb-NO 66A04-1). A
// piece is not set with "jade or malachite"; 16 CFR 23.25 governs what its
// stone is said to be.
func TestKindsStoneConfused(t *testing.T) {
	t.Parallel()
	checkKindRows(t, checkService(t), CatGrounding, []kindRow{
		{"en-US", "You might take the stones in these earrings for glass or clear quartz, but hyalite is an opal.", confusedHyalite, false},
		{"pt-PT", "À primeira vista, a pedra destes brincos podia passar por vidro ou por quartzo transparente, mas é uma opala.", confusedHyalite, false},
		{"nl-NL", "Op het eerste gezicht lijken de kralen van deze armband op jade of malachiet, maar het is anyoliet.", confusedAnyolite, false},
		{"es-MX", "A primera vista, las cuentas de esta pulsera podrían confundirse con jade o con malaquita, pero son anyolita.", confusedAnyolite, false},
		{"en-GB", "At first glance the beads of this bracelet look like jade or malachite, but they are anyolite.", confusedAnyolite, false},
		{"de-DE", "Auf den ersten Blick erinnert der Stein im Siegelring an Achat oder Onyx, doch es ist ein Sardonyx.", confusedSardonyx, false},
		{"nb-NO", "Steinen i denne ringen kan minne om agat eller onyks, men det er en sardonyks.", confusedSardonyx, false},
		{"sv-SE", "Stenen i ringen påminner om agat eller onyx, men det är en sardonyx.", confusedSardonyx, false},
		{"da-DK", "Stenen i ringen minder om agat eller onyx, men det er en sardonyx.", confusedSardonyx, false},
		{"fr-FR", "On pourrait prendre la pierre de cette bague pour de l'agate ou de l'onyx, mais c'est un sardonyx.", confusedSardonyx, false},
		{"en-GB", "You could take the beads of this bracelet for jade or malachite, but they are anyolite.", confusedAnyolite, false},
		{"pt-BR", "À primeira vista, as contas desta pulseira podiam passar por jade ou por malaquita, mas são anyolita.", confusedAnyolite, false},
		{"es-ES", "La piedra de este anillo podría confundirse con ágata o con ónix, pero es un sardónice.", confusedSardonyx, false},
		{"it-IT", "Le pietre di questo bracciale si potrebbero scambiare per giada o malachite, ma sono anyolite.", confusedAnyolite, false},
	})
}

// TestKindsStoneConfusedBad: the piece said to be (or set with) jade,
// onyx, quartz or glass, "or" or not, still blocks.
func TestKindsStoneConfusedBad(t *testing.T) {
	t.Parallel()
	checkKindRows(t, checkService(t), CatGrounding, []kindRow{
		{"en-US", "The earrings are set with glass or clear quartz.", confusedHyalite, true},
		{"en-GB", "The bracelet is made of jade or malachite beads.", confusedAnyolite, true},
		{"nl-NL", "De armband is gemaakt van jade of malachiet.", confusedAnyolite, true},
		{"de-DE", "Der Ring ist mit Achat oder Onyx besetzt.", confusedSardonyx, true},
		{"es-MX", "La pulsera lleva cuentas de jade o malaquita.", confusedAnyolite, true},
		{"nb-NO", "Ringen er satt med onyks eller agat.", confusedSardonyx, true},
		{"pt-PT", "Os brincos têm pedras de quartzo ou vidro.", confusedHyalite, true},
		{"fr-FR", "La bague est sertie d'onyx ou d'agate.", confusedSardonyx, true},
	})
}

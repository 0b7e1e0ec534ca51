package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// wordSense39Ring is an 18k yellow gold bangle with a dyed onyx, the
// products of released 39 fr-FR 39B104 and probe 39 fr-CA 39C103.
func wordSense39Ring() core.Product {
	return core.Product{SKU: "WS39", Name: "Jonc Or Jaune", Category: "bracelet", Collection: "Signature",
		Materials: []string{"18k yellow gold"}, Metals: []core.Metal{{Base: "yellow gold", Fineness: "18k"}},
		Colours: []string{"gold"}}
}

// TestKindsWordSense39 (#13; released 39 cs-CZ 39A104, fr-FR 39B104, probe
// 39 fr-CA 39C103): a word of a banned or claimed phrase in
// its other, everyday sense.
//   - offerstem39: cs "skladem" (in stock) was matched by its stem "sklad",
//     which "Skládá se z" (it consists of) shares; now exact.
//   - durable39: French "durable" is lasting as well as sustainable; "de
//     façon durable" blocked as a green claim where the dye "pénètre la
//     pierre de façon durable". Made, produced, sourced, grown... so is the
//     claim (Directive (EU) 2024/825); lasting is not.
//   - frenchor39: "L'or 18 carats contient 75 % d'or pur" was read as
//     untranslated English: "or" is an English function word and French
//     gold, and the elided l' and d' were no French word. "or" (also a
//     French conjunction), l, d and qu are French function words now; an
//     English clause in French copy still blocks.
func TestKindsWordSense39(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	p := wordSense39Ring()
	checkKindRows(t, svc, "banned_term", []kindRow{
		{"cs-CZ", "Náramek se skládá ze tří tenkých obručí.", p, false},
		{"cs-CZ", "Perleť se skládá z tenkých vrstev.", p, false},
		{"cs-CZ", "Náramek je skladem v naší prodejně.", p, true},
		{"cs-CZ", "Skladem ihned k odeslání.", p, true},
	})
	checkKindRows(t, svc, "claim", []kindRow{
		{"fr-FR", "Son noir profond s'obtient par teinture, qui pénètre la pierre de façon durable.", p, false},
		{"fr-CA", "La couleur tient de manière durable, même portée chaque jour.", p, false},
		{"fr-FR", "Le poli protège le métal de façon durable contre les rayures.", p, false},
		{"fr-FR", "Ce jonc est fabriqué de façon durable.", p, true},
		{"fr-CA", "Un bijou produit de manière durable, pour toujours.", p, true},
		{"fr-FR", "Notre or est sourcé de façon durable.", p, true},
		{"fr-FR", "Une création de mode durable.", p, true},
	})
	checkKindRows(t, svc, "locale", []kindRow{
		{"fr-CA", "L'or 18 carats contient 75 % d'or pur, soit 750 millièmes, d'où le chiffre de son poinçon.", p, false},
		{"fr-FR", "L'or 24 carats, trop mou, se déforme facilement.", p, false},
		{"fr-FR", "Le Jonc Or Jaune, en or 18 carats, se porte seul ou avec d'autres joncs.", p, false},
		{"fr-FR", "Le Jonc Or Jaune est en or 18 carats. It is perfect for the office or for a party.", p, true},
		{"fr-CA", "Le Jonc Or Jaune brille. Wear it with your other bangles or on its own.", p, true},
	})
}

package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// A karat after the gold word in the Romance languages ("una catena in oro
// 18 carati", "uma corrente em ouro 18 quilates") claims karat gold on a
// gold-plated piece as "18 Karat Gold" does, even where another sentence
// discloses the plating ("L'ottone è rivestito da uno strato d'oro"): the
// karat was read only before the gold word, so the disclosure elsewhere
// let it pass (#13, variety29; released 29's it-IT 29A104-2, blocked only
// by the crystal word variety29 now reads as the zirconia's own). Each
// block row blocks in regulatory on gold-plated brass; its twin, the same
// chain called plated, passes.
func TestKindsKaratAfter29(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	p := core.Product{SKU: "K29K", Name: "Linea", Category: "bracelet", Collection: "Essence",
		Materials: []string{"gold-plated brass"},
		Metals:    []core.Metal{{Base: "brass", Plating: "gold", Fineness: "18k", PlatingMicrons: 1}},
		Colours:   []string{"gold"}}
	rows := [][3]string{
		{"it-IT", "Il bracciale ha una catena sottile in oro 18 carati. L’ottone è rivestito da uno strato d’oro.", "Il bracciale ha una catena sottile placcata in oro 18 carati. L’ottone è rivestito da uno strato d’oro."},
		{"pt-PT", "A pulseira tem uma corrente fina em ouro 18 quilates. O latão é revestido por uma camada de ouro.", "A pulseira tem uma corrente fina banhada a ouro 18 quilates. O latão é revestido por uma camada de ouro."},
		{"pt-BR", "A pulseira tem uma corrente fina em ouro 18 quilates. O latão é revestido por uma camada de ouro.", "A pulseira tem uma corrente fina banhada a ouro 18 quilates. O latão é revestido por uma camada de ouro."},
		{"fr-FR", "Le bracelet a une chaîne fine en or 18 carats. Le laiton est recouvert d’une couche d’or.", "Le bracelet a une chaîne fine plaquée or 18 carats. Le laiton est recouvert d’une couche d’or."},
		{"es-ES", "La pulsera tiene una cadena fina de oro 18 quilates. El latón está recubierto de una capa de oro.", "La pulsera tiene una cadena fina bañada en oro de 18 quilates. El latón está recubierto de una capa de oro."},
	}
	var block, pass []kindRow
	for _, r := range rows {
		block = append(block, kindRow{r[0], r[1], p, true})
		pass = append(pass, kindRow{r[0], r[2], p, false})
	}
	// Vermeil explained: the karat followed by the silver it lies on
	// (overBaseWords) says what the plating is (released 25's fr-CA
	// "en vermeil, c'est-à-dire de l'or 18 carats sur argent sterling").
	vermeil := core.Product{SKU: "K29V", Name: "Lumière", Category: "earrings", Collection: "Essence",
		Materials: []string{"gold vermeil", "sterling silver"},
		Metals:    []core.Metal{{Base: "sterling silver", Plating: "gold", Fineness: "18k", PlatingMicrons: 2.5}},
		Colours:   []string{"gold"}}
	pass = append(pass,
		kindRow{"fr-CA", "Le crochet est en vermeil, c'est-à-dire de l'or 18 carats sur argent sterling.", vermeil, false},
		kindRow{"it-IT", "Il gancio è in vermeil, cioè oro 18 carati su argento sterling.", vermeil, false},
		kindRow{"es-ES", "El gancho es de vermeil, es decir, oro de 18 quilates sobre plata de ley.", vermeil, false})
	checkKindRows(t, svc, CatRegulatory, block)
	checkKindRows(t, svc, "", pass)
}

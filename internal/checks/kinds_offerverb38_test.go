package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// offerVerb38Earrings are red spinel studs in 18k yellow gold
// (released38b pt-BR 38B104).
func offerVerb38Earrings() core.Product {
	return core.Product{SKU: "OV38", Name: "Red Spinel Studs", Category: "earrings", Collection: "Lumière",
		Materials: []string{"18k yellow gold", "spinel"}, Metals: []core.Metal{{Base: "yellow gold", Fineness: "18k"}},
		Stones: []core.Stone{{Type: "spinel", Colour: "red", Count: 2, Origin: "natural"}}, Colours: []string{"gold", "red"}}
}

// TestKindsOfferVerb38 (#13, offerverb38; released38b pt-BR 38B104-1/-2):
// "Este par da coleção Lumière leva dois espinélios" blocked
// banned_term.offer as "leva dois": the multi-buy forms were matched by
// stem, and the imperative of the offer ("leve dois", "ganhe outro",
// "prendi due", "paghi uno", "llévate otro") shares its stem with the verb
// that says what a piece carries or gains ("leva", "ganha", "prende",
// "paga", "lleva"). The offer verbs are now written exact, the imperative
// only (data/pt/concepts-sale*.yaml, it/concepts-sale14.yaml,
// es/concepts-sale.yaml); the pt and it descriptive rows (6) blocked on
// main, the es "lleva" rows passed there too and guard the exact
// "llévate" (its stem is not "lleva"'s). French
// "prend", German "nimmt" and Italian "porta" are in no offer form. The
// offers themselves still block.
func TestKindsOfferVerb38(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	p := offerVerb38Earrings()
	checkKindRows(t, svc, "banned_term", []kindRow{
		{"pt-BR", "Este par da coleção Lumière leva dois espinélios redondos de 4 mm.", p, false},
		{"pt-PT", "Cada brinco leva duas pedras redondas.", p, false},
		{"pt-BR", "O design leva três camadas de ouro polido.", p, false},
		{"pt-BR", "O espinélio ganha outro brilho à luz das velas.", p, false},
		{"pt-BR", "A peça paga uma homenagem ao art déco.", p, false},
		{"it-IT", "Ogni orecchino prende due spinelli rossi.", p, false},
		{"es-ES", "Cada pendiente lleva otra piedra más pequeña.", p, false},
		{"es-MX", "Este par lleva dos espinelas redondas de 4 mm.", p, false},
		{"es-ES", "La pieza lleva otro detalle en oro.", p, false},
		{"pt-BR", "Leve 2, pague 1.", p, true},
		{"pt-BR", "Compre dois e leve três.", p, true},
		{"pt-PT", "Nesta semana, leve duas e pague só uma.", p, true},
		{"pt-BR", "Leve dois pares e ganhe outro.", p, true},
		{"pt-PT", "Pague um e leve dois.", p, true},
		{"it-IT", "Prendi due, paghi uno.", p, true},
		{"es-ES", "Compra uno y llévate otro gratis.", p, true},
		{"es-MX", "Paga uno y llévate otra.", p, true},
	})
}

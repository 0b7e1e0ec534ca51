package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// Spanish in Portuguese copy and Portuguese in Spanish copy, the
// wear-it-at-the-beach sentence (#13, released 19b pt-BR H19b06-2: "Llévela
// sola en la playa o con una segunda cadena en una boda junto al mar."
// passed in pt-BR copy): of its words only "con" and "una" were Spanish
// markers, two in fifteen, and lingua did not confirm. pt-BR's (and so
// pt-PT's) Spanish markers gain the contraction al (Portuguese ao), playa
// (praia), cadena (cadeia, corrente) and the imperatives with an enclitic
// in ll- (llévela, lleve: Portuguese leve-a); es-ES's (and es-MX's)
// Portuguese markers gain praia, casamento (Spanish boda) and numa (Spanish
// en una). RAE DLE; Priberam. Correct copy of each language still passes.
func TestKindsEsPtOccasion19(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	an := core.Product{SKU: "A19", Name: "Gold-Filled Satellite Anklet", Category: "anklet", Collection: "Moments",
		Materials: []string{"14/20 gold-filled"}, Metals: []core.Metal{{Base: "brass", Plating: "gold", Fineness: "14k"}},
		Colours: []string{"gold"}, Occasions: []string{"summer", "holiday", "beach wedding"}}
	pt := "Esta tornozeleira da coleção Moments é uma corrente satélite de 1,5 mm, pontuada por pequenas esferas polidas. "
	es := "Esta tobillera de la colección Moments es una cadena satélite de 1,5 mm, salpicada de pequeñas esferas pulidas. "
	checkKindRows(t, svc, "locale", []kindRow{
		{"pt-BR", pt + "Llévela sola en la playa o con una segunda cadena en una boda junto al mar.", an, true},
		{"pt-PT", pt + "Llévela sola en la playa o con una segunda cadena en una boda junto al mar.", an, true},
		{"pt-BR", pt + "Lleve la tobillera a la playa y combínela con una cadena fina.", an, true},
		{"es-ES", es + "Use-a sozinha na praia ou com uma segunda corrente num casamento à beira-mar.", an, true},
		{"es-MX", es + "Leve-a para a praia e combine-a numa festa de casamento.", an, true},
		// correct copy
		{"pt-BR", pt + "Use sozinha na praia ou com uma segunda corrente em um casamento à beira-mar.", an, false},
		{"pt-PT", pt + "Use-a sozinha na praia ou com uma segunda corrente num casamento à beira-mar.", an, false},
		{"es-ES", es + "Llévala sola en la playa o con una segunda cadena en una boda junto al mar.", an, false},
		{"es-MX", es + "Úsala sola en la playa o con una segunda cadena en una boda junto al mar.", an, false},
	})
}

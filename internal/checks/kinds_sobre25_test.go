package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// TestKindsSobre25: Spanish "sobre" is the preposition (on, over) far
// more than the noun (an envelope); the es-ES vocabulary listed the noun's
// bare form among the nouns of other things (other_nouns), so a metal
// after the preposition was another thing's: "un fino baño de oro sobre
// latón", "oro sobre latón" said of a vermeil piece passed in es-ES and
// es-MX (#13, twenty-fifth session, sobre25; seen by arm25). The noun is
// now listed only where it is one (sobres, un sobre, el sobre...): the
// base metal after "sobre" is compared again, and an envelope's colour
// still is not the piece's. Pass twins: the same words on gold-plated
// brass, a red envelope, "sobre hilo elástico", "sobre un jersey gris".
func TestKindsSobre25(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	vermeil := core.Product{SKU: "SB25", Name: "Lumière Bracelet", Category: "bracelet",
		Materials: []string{"sterling silver", "18k gold vermeil"},
		Metals:    []core.Metal{{Base: "sterling silver", Plating: "gold", Fineness: "18k", PlatingMicrons: 2.5}},
		Colours:   []string{"gold"}}
	brass := core.Product{SKU: "SB25B", Name: "Lumière Bracelet", Category: "bracelet",
		Materials: []string{"gold-plated brass"}, Metals: []core.Metal{{Base: "brass", Plating: "gold"}},
		Colours: []string{"gold"}}
	texts := []string{
		"Esta pulsera es un fino baño de oro sobre latón.",
		"Esta pulsera es oro sobre latón.",
		"Esta pulsera lleva un baño de oro sobre latón.",
	}
	var block, pass []kindRow
	for _, loc := range []string{"es-ES", "es-MX"} {
		for _, s := range texts {
			block = append(block, kindRow{loc, s, vermeil, true})
			pass = append(pass, kindRow{loc, s, brass, false})
		}
		pass = append(pass,
			kindRow{loc, "La pulsera se entrega en un sobre rojo, lista para regalar.", vermeil, false},
			kindRow{loc, "Las cuentas van montadas sobre hilo elástico y cierran con un baño de oro sobre plata.", vermeil, false},
			kindRow{loc, "Lúcela sobre un jersey gris o con una camisa blanca.", vermeil, false},
		)
	}
	checkKindRows(t, svc, "grounding", block)
	checkKindRows(t, svc, "grounding", pass)
}

package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// Turning black denied in any tense (#13, rel17a): once the forbidden
// "circón" no longer blocked the released 17 es-MX natural zircon texts,
// their tarnish case "La plata nunca se pondrá negra" passed: the Spanish
// pairs knew "no se pone negra" (present) only. The future, conditional and
// subjunctive stems of ponerse, volverse and quedarse now pair with the
// denial too (Portuguese "ficará preta" was already read: fica*).
func TestKindsTarnishTense17(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	ring := core.Product{SKU: "T17", Name: "Solitaire Ring", Category: "ring", Collection: "Reflexions",
		Materials: []string{"sterling silver"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Colours: []string{"silver"}}
	checkKindRows(t, svc, "claim", []kindRow{
		{"es-MX", "La plata nunca se pondrá negra, aunque lo use en la regadera.", ring, true},
		{"es-ES", "La plata no se pondría negra ni con el agua del mar.", ring, true},
		{"es-ES", "Para que la plata nunca se vuelva negra, no necesita cuidados.", ring, true},
		{"es-MX", "La plata jamás se volverá negra.", ring, true},
		{"es-ES", "La plata nunca se quedará negra.", ring, true},
		{"pt-PT", "A prata nunca ficará preta.", ring, true},
		{"pt-BR", "A prata nunca vai ficar preta.", ring, true},
		// still publishable
		{"es-ES", "Puede ponérselo con un vestido negro o con vaqueros.", ring, false},
		{"es-MX", "La plata puede oscurecerse con el tiempo; límpiela con un paño suave.", ring, false},
	})
}

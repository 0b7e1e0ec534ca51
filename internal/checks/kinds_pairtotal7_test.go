package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/grounding"
)

// TestKindsPairTotal7 (issue #13, false blocks, count_group): after a
// count per part, a number in the next clause that is the group's whole
// count ("six on each hoop, twelve across the pair") is the total, not a
// second count per part; twelve said on each hoop, or a total that is not
// the group's, still blocks.
func TestKindsPairTotal7(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	totals := []lt{
		{"en-GB", "Six clear cubic zirconia line the front of each hoop, twelve across the pair, on brass with silver plating."},
		{"en-US", "Six clear cubic zirconia on each hoop, twelve in the pair, on brass with silver plating."},
		{"fr-FR", "Six oxydes de zirconium sur chaque créole, douze pour la paire, sur laiton avec placage argent."},
		{"de-DE", "Sechs klare Zirkonia auf jeder Creole, zwölf für das Paar, auf versilbertem Messing."},
		{"it-IT", "Sei zirconia cubica trasparenti su ogni cerchio, dodici per la coppia, su ottone placcato argento."},
		{"es-ES", "Seis circonitas transparentes en cada aro, doce en el par, sobre latón bañado en plata."},
		{"pt-BR", "Seis zircônias transparentes em cada argola, doze no par, sobre latão banhado a prata."},
		{"nl-NL", "Zes heldere zirkonia op elke creool, twaalf voor het paar, op verzilverd messing."},
	}
	untrue := []lt{
		{"en-GB", "Clear cubic zirconia, twelve on each hoop, on brass with silver plating."},
		{"en-GB", "Six clear cubic zirconia line the front of each hoop, ten across the pair, on brass with silver plating."},
		{"de-DE", "Klare Zirkonia, zwölf auf jeder Creole, auf versilbertem Messing."},
		{"es-ES", "Circonitas transparentes, doce en cada aro, sobre latón bañado en plata."},
		{"nl-NL", "Zes heldere zirkonia op elke creool, tien voor het paar, op verzilverd messing."},
	}
	runKinds(t, c, guide(t), []kindTable{
		{"count group: the pair's total after a count per hoop", pcHoops, "", totals},
		{"count group: an untrue count per hoop or total", pcHoops, CatGrounding, untrue},
	})
}

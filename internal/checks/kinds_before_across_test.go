package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/grounding"
)

// A vocabulary form's before guard holds across one prenominal adjective
// (issue #13, seen by miss7): Greek ασήμι is the metal only after "από" or
// an article (it folds to ασημί, silver-coloured), so "από γυαλιστερό
// ασήμι" (made of polished silver) on silver-plated brass was read as the
// colour and passed. The el-GR pack's prenominal list; the colour stays a
// colour.
func TestKindsBeforeAcrossAdjective(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	plated := core.Product{SKU: "G1", Name: "Luna", Category: "bracelet", Materials: []string{"silver-plated brass"},
		Metals: []core.Metal{{Base: "brass", Plating: "silver"}}, Colours: []string{"silver"}}
	sterling := core.Product{SKU: "G2", Name: "Luna", Category: "bracelet", Materials: []string{"sterling silver"},
		Metals: []core.Metal{{Base: "sterling silver"}}, Colours: []string{"silver"}}
	runKinds(t, c, guide(t), []kindTable{
		{"polished silver said of plated brass", plated, CatRegulatory, []lt{
			{"el-GR", "Το βραχιόλι Luna είναι από γυαλιστερό ασήμι."},
			{"el-GR", "Το βραχιόλι Luna είναι φτιαγμένο από λείο ασήμι."},
		}},
		{"polished silver said of silver, a silver colour", sterling, "", []lt{
			{"el-GR", "Το βραχιόλι Luna είναι από γυαλιστερό ασήμι."},
		}},
		{"a silver colour of plated brass", plated, "", []lt{
			{"el-GR", "Το βραχιόλι Luna έχει ασημί απόχρωση."},
		}},
	})
}

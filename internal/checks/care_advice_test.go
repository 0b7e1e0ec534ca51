package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/grounding"
)

// TestCareAdviceInsideAClaimForm: care advice whose excusing word ("off",
// "before", "avant", "vor"...) falls inside the gap of a water-claim form
// ("take ... swimming") is no claim; the same form without the advice, or
// with the advice negated, still blocks. Regression: 47f3092 blocked the
// offline writer's own care line "Take it off before swimming" in every
// English locale, because words inside a match never counted as excuses.
func TestCareAdviceInsideAClaimForm(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	runKinds(t, c, guide(t), []kindTable{
		{"care advice in the gap", plainCuff, "", []lt{
			{"en-GB", "Take it off before swimming, bathing or exercise so the surface stays lovely."},
			{"en-US", "Take it off before swimming."},
			{"en-AU", "Take the bracelet off before swimming in the sea."},
		}},
		{"water claim, no advice", plainCuff, CatClaim, []lt{
			{"en-GB", "Take it swimming: it will not mind."},
			{"en-US", "Wear it while swimming."},
			{"en-AU", "Take it swimming in the sea."},
		}},
	})
}

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

// TestMannerIsNoSkinClaim: how a piece sits ("con delicatezza sulla
// pelle", "delicatamente", "rests gently on the skin") is no skin-safety
// claim; the adjective that says the metal suits the skin ("delicata sulla
// pelle", "gentle on sensitive skin") still is. The forms were prefixes or
// stems that also matched the noun and the adverb.
func TestMannerIsNoSkinClaim(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	runKinds(t, c, guide(t), []kindTable{
		{"manner, no claim", plainCuff, "", []lt{
			{"it-IT", "Il bracciale si posa con delicatezza sulla pelle."},
			{"it-IT", "Scivola delicatamente sulla pelle e accompagna ogni gesto."},
			{"en-GB", "The cuff rests gently on the skin."},
			{"en-US", "It sits gently on the skin all day."},
			{"pt-BR", "A pulseira desliza suavemente sobre a pele."},
			{"pt-PT", "Assenta suavemente na pele."},
		}},
		{"skin claim", plainCuff, CatClaim, []lt{
			{"it-IT", "Delicato sulla pelle, anche la più sensibile."},
			{"it-IT", "Una lega delicata sulla pelle."},
			{"en-GB", "Gentle on sensitive skin."},
			{"en-US", "A cuff that is gentle on your skin."},
			{"pt-BR", "Uma liga suave para a pele sensível."},
			{"es-ES", "Un brazalete suave con tu piel."},
		}},
	})
}

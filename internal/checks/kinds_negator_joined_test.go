package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/grounding"
)

// njRing is a titanium ring, hypoallergenic and nickel-free.
var njRing = core.Product{SKU: "NJ1", Name: "Orbit", Category: "ring",
	Metals: []core.Metal{{Base: "titanium"}}, Colours: []string{"grey"},
	Features: []string{"hypoallergenic", "nickel-free", "water-resistant"}}

// TestKindsNegatorJoined (issue #13, false blocks, evidence_claim): a
// free-of word in the grammar copy gives it denies the metal it names. In
// Arabic the conjunction is glued to the negator ("وخالٍ من النيكل",
// "وبدون نيكل"); in Korean the free-of or without word takes a connective
// ending ("니켈 프리이고", "니켈이 없고"). Both read nickel as the ring's
// material on a nickel-free titanium ring; a metal named without the
// negator still blocks.
func TestKindsNegatorJoined(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	runKinds(t, c, guide(t), []kindTable{
		{"negator joined", njRing, "", []lt{
			{"ar-AE", "خاتم من التيتانيوم، مضاد للحساسية وخالٍ من النيكل ومقاوم للماء."},
			{"ar-AE", "خاتم من التيتانيوم، خفيف وبدون نيكل."},
			{"ko-KR", "티타늄 반지는 저자극이며 니켈 프리이고 물에도 강합니다."},
			{"ko-KR", "티타늄 반지는 니켈이 없고 가볍습니다."},
			{"ko-KR", "티타늄 반지는 니켈이 없으며 가볍습니다."},
		}},
		{"metal without the negator", njRing, CatGrounding, []lt{
			{"ar-AE", "خاتم من التيتانيوم والنيكل، خفيف ومريح."},
			{"ko-KR", "티타늄과 니켈로 만든 가벼운 반지입니다."},
		}},
	})
}

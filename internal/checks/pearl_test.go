package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/grounding"
)

// TestCulturedFreshwaterPearlIsBoth: a product whose stone is a "cultured
// freshwater pearl" may be called a cultured pearl or a freshwater pearl in
// any language; before, the product data read as "freshwater pearl" alone,
// so "cultured pearls", "perles de culture", "Zuchtperlen", 養殖パール and
// 养殖珍珠 blocked as another stone. Another stone still blocks.
func TestCulturedFreshwaterPearlIsBoth(t *testing.T) {
	t.Parallel()
	p := core.Product{SKU: "P1", Name: "Drop", Category: "earrings", Metals: []core.Metal{{Base: "sterling silver"}},
		Stones: []core.Stone{{Type: "cultured freshwater pearl", Colour: "white", Count: 2}}, Colours: []string{"white", "silver"}}
	c := NewScoped(grounding.CheckScoped)
	runKinds(t, c, guide(t), []kindTable{
		{"pearl named either way", p, "", []lt{
			{"en-GB", "Two cultured pearls drop from the hooks."},
			{"en-US", "Two freshwater pearls drop from the hooks."},
			{"fr-FR", "Deux perles de culture se balancent."},
			{"de-DE", "Zwei Zuchtperlen schwingen sanft."},
			{"ja-JP", "養殖パールが揺れるピアスです。"},
			{"ja-JP", "淡水パールが揺れるピアスです。"},
			{"zh-CN", "两颗养殖珍珠轻轻摇曳。"},
		}},
		{"another stone", p, CatGrounding, []lt{
			{"en-GB", "Two diamonds drop from the hooks."},
			{"fr-FR", "Deux diamants se balancent."},
		}},
	})
}

package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/grounding"
)

var (
	// op13Pearls is released 11's Coralie necklace: shell pearls on its own
	// chain of silver-plated brass (a chain length among its measurements).
	op13Pearls = core.Product{SKU: "OP13", Name: "Coralie Pearl Necklace", Category: "necklace", Materials: []string{"silver-plated brass", "shell pearl"},
		Metals:       []core.Metal{{Base: "brass", Plating: "silver", PlatingMicrons: 1}},
		Stones:       []core.Stone{{Type: "shell pearl", Count: 9, Colour: "white", Origin: "simulant"}},
		Colours:      []string{"silver", "white"},
		Measurements: []core.Measurement{{Name: "chain length", Value: 42, Unit: "cm"}}}
	// op13Necklace is a gold-plated brass necklace on its own chain.
	op13Necklace = core.Product{SKU: "OP13N", Name: "Sol", Category: "necklace", Materials: []string{"gold-plated brass"},
		Metals: []core.Metal{{Base: "brass", Plating: "gold"}}, Colours: []string{"gold"},
		Measurements: []core.Measurement{{Name: "chain length", Value: 45, Unit: "cm"}}}
	// op13Pendant is a gold-plated brass pendant sold without a chain.
	op13Pendant = core.Product{SKU: "OP13P", Name: "Sol", Category: "pendant", Materials: []string{"gold-plated brass"},
		Metals: []core.Metal{{Base: "brass", Plating: "gold"}}, Colours: []string{"gold"}}
)

// TestKindsOwnPairing13: the piece's own chain described after a pairing
// word ("paired with a sterling silver chain", 搭配纯银链条) on a necklace of
// plated brass calls its own chain sterling silver: it blocks (#13,
// left13; released 11b zh-TW "搭配純銀鍊條", left by the eleventh session).
// A pairing that is a styling suggestion ("pair it with our … chain, sold
// separately", "can be paired with", 可搭配, 建议搭配), a chain suggested for
// a pendant sold without one, and the chain's true metal still pass. Rows
// marked "before" passed before the change.
func TestKindsOwnPairing13(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	var own []lt
	for _, loc := range []string{"en-GB", "en-US", "en-AU"} {
		own = append(own, lt{loc, "The necklace is paired with a sterling silver chain."}) // before
	}
	runKinds(t, c, guide(t), []kindTable{
		{"the necklace's own chain called sterling silver", op13Pearls, wantAnyBlock, append(own, []lt{
			{"en-GB", "Nine shell pearls, paired with a sterling silver chain."}, // before
			{"zh-CN", "项链串起九颗贝壳珍珠，搭配纯银链条。"},                                      // before
			{"zh-TW", "項鍊串起九顆貝殼珍珠，搭配純銀鍊條。"},                                      // before
			{"en-GB", "It comes with a sterling silver chain and a 5 cm extender."},
			{"zh-CN", "项链配纯银链条。"},
		}...)},
		{"a gold-plated necklace's own chain called gold", op13Necklace, wantAnyBlock, []lt{
			{"en-GB", "A gold-plated pendant paired with a 14k gold chain."}, // before
			{"zh-CN", "镀金吊坠搭配18K金链条。"},                                       // before
		}},
		{"a suggestion or the chain's true metal", op13Pearls, "", []lt{
			{"en-GB", "Pair it with our sterling silver chain, sold separately."},
			{"en-GB", "Layer it with a sterling silver chain."},
			{"en-GB", "Pair it with a sterling silver bracelet."},
			{"en-GB", "It can be paired with a sterling silver chain for a second layer."},
			{"en-GB", "Paired with a silver-plated chain, it sits at the collarbone."},
			{"zh-CN", "可搭配我们的纯银链条（需另购）。"},
			{"zh-CN", "建议搭配纯银链条叠戴。"},
			{"zh-CN", "可与纯银手链叠戴。"},
			{"zh-CN", "搭配纯银手链，更显优雅。"},
			{"zh-CN", "项链搭配镀银链条。"},
			{"zh-TW", "項鍊搭配鍍銀鍊條。"},
		}},
		{"a chain suggested for a pendant sold without one", op13Pendant, "", []lt{
			{"en-GB", "The pendant is best paired with a sterling silver chain."},
			{"en-GB", "A pendant paired with a sterling silver chain."},
			{"zh-CN", "吊坠搭配纯银链条。"},
		}},
	})
}

package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// Greek μην/μη negates a subjunctive or an imperative as δεν negates an
// indicative (#13, left17a; probe17a el-GR P17a05): "επιλέχθηκε ώστε να μην
// περιέχει καθόλου νικέλιο" (chosen so as to contain no nickel at all)
// blocked grounding.material as nickel in a gold ring. The pack's
// negators gain μην, μη; nickel said present still blocks.
func TestKindsElMhn17(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	p := core.Product{SKU: "E17", Name: "Opal Ring", Category: "ring", Collection: "Essence",
		Materials: []string{"14k rose gold", "opal"}, Metals: []core.Metal{{Base: "rose gold", Fineness: "14k"}},
		Stones:  []core.Stone{{Type: "opal", Colour: "white", Count: 1, Origin: core.OriginNatural}},
		Colours: []string{"white", "rose gold"}}
	checkKindRows(t, svc, "", []kindRow{
		{"el-GR", "Ο χρυσός 14 καρατίων επιλέχθηκε ώστε να μην περιέχει καθόλου νικέλιο.", p, false},
		{"el-GR", "Το κράμα φτιάχτηκε έτσι ώστε να μην περιέχει νικέλιο.", p, false},
		// still blocks
		{"el-GR", "Ο χρυσός 14 καρατίων περιέχει νικέλιο.", p, true},
	})
}

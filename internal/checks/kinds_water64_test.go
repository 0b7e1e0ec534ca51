package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// The product of water64's rows: a gold-plated silver bar necklace that
// claims no water resistance.
var w64Bar = core.Product{SKU: "W64", Name: "Bar Kolye", Category: "necklace", Collection: "Essence",
	Metals: []core.Metal{{Base: "sterling silver", Plating: "gold", Fineness: "925"}}, Colours: []string{"gold"}}

// Care advice to take the piece off before the water, written in Turkish
// with the removal as a verbal noun ("çıkarmanızı öneririz", we recommend
// you take it off) and the time as "öncesinde" (before), is no promise that
// it can stay on (#13; held-out 64B tr-TR 64B01-1, probe 64D tr-TR 64D02-1
// and -3 blocked claim.worn_in_water). worn_in_water's form "çıkarmadan"
// (without taking off) was stemmed, so every form of çıkarmak matched it;
// it is exact now, and "öncesinde"/"öncesi" join "önce" as the advice's
// words. FTC 16 CFR 23.1 (a water claim needs the product's support).
func TestKindsWater64(t *testing.T) {
	t.Parallel()
	checkKindRows(t, checkService(t), CatClaim, []kindRow{
		{"tr-TR", "Kaplamanın ömrünü uzatmak için kolyeyi duş ve spor öncesinde çıkarmanızı, parfümle temas ettirmemenizi öneririz.", w64Bar, false},
		{"tr-TR", "Kolyeyi duşta ve havuzda çıkarmanızı öneririz.", w64Bar, false},
		{"tr-TR", "Denize girmeden önce kolyeyi çıkarmanızı tavsiye ederiz.", w64Bar, false},
		{"tr-TR", "Yüzme öncesi kolyeyi çıkarmanız kaplamayı korur.", w64Bar, false},
	})
}

// TestKindsWater64Bad: the piece worn in the water without taking it off
// still blocks.
func TestKindsWater64Bad(t *testing.T) {
	t.Parallel()
	checkKindRows(t, checkService(t), CatClaim, []kindRow{
		{"tr-TR", "Kolyeyi hiç çıkarmadan duşta ve havuzda takabilirsiniz.", w64Bar, true},
		{"tr-TR", "Kolyeyi duşta çıkarmadan takabilirsiniz.", w64Bar, true},
		{"tr-TR", "Duşa girerken bile çıkarmanıza gerek yok.", w64Bar, true},
		{"tr-TR", "Denizde asla çıkarmanız gerekmez.", w64Bar, true},
	})
}

package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// The products of claim63's rows: a lab-grown diamond pendant, a natural
// blue zircon ring, a 21k yellow gold bangle and a 10k gold bracelet.
var (
	cl63Lab = core.Product{SKU: "C63L", Name: "Lumière", Category: "pendant", Collection: "Lumière",
		Metals:  []core.Metal{{Base: "white gold", Fineness: "9k"}},
		Stones:  []core.Stone{{Type: "lab-grown diamond", Origin: core.OriginLabGrown, Colour: "clear", Count: 1}},
		Colours: []string{"white"}}
	c63Zircon = core.Product{SKU: "C63Z", Name: "Heritage", Category: "ring", Collection: "Heritage",
		Metals:  []core.Metal{{Base: "yellow gold", Fineness: "9k"}},
		Stones:  []core.Stone{{Type: "zircon", Origin: "natural", Treatment: "heated", Colour: "blue", Count: 1}},
		Colours: []string{"blue", "gold"}}
	c63Gulf = core.Product{SKU: "C63G", Name: "Crescent", Category: "bangle", Collection: "Heritage",
		Metals: []core.Metal{{Base: "yellow gold", Fineness: "21k"}}, Colours: []string{"gold"}}
	c63Ten = core.Product{SKU: "C63T", Name: "Eslabón", Category: "bracelet", Collection: "Heritage",
		Metals: []core.Metal{{Base: "yellow gold", Fineness: "10k"}}, Colours: []string{"gold"}}
)

// claim63 (#13): a name's origin reported as belief ("Zircon is one of
// the oldest minerals on earth, and its name is thought to come from the
// Persian", probe 63C en-GB 63C03-1) is etymology: "earth" is no earthing
// claim (the object is written =earthing, not stemmed). 21k gold, the
// Gulf standard (875), is a fineness the product's data can state: the
// English vocabulary that reads the product's data had no 21k, so "عيار
// 21" on 21k gold (probe 63D ar-AE 63D01-1) read as a fineness the
// product lacks.
func TestKindsClaim63(t *testing.T) {
	t.Parallel()
	checkKindRows(t, checkService(t), "", []kindRow{
		{"en-GB", "Zircon is one of the oldest minerals on earth, and its name is thought to come from the Persian zargun, meaning gold-coloured.", c63Zircon, false},
		{"ar-AE", "سوار الهلال من مجموعة Heritage مصنوع من الذهب الأصفر عيار 21، بقطر داخلي يبلغ 60 ملم. يعني عيار 21 أن المعدن يحتوي على 21 جزءاً من الذهب من أصل 24.", c63Gulf, false},
		{"en-GB", "The Crescent bangle is made of 21ct yellow gold.", c63Gulf, false},
		{"de-DE", "Der Armreif ist aus 21 Karat Gelbgold gefertigt.", c63Gulf, false},
		{"tr-TR", "Bilezik 21 ayar sarı altından yapılmıştır.", c63Gulf, false},
	})
}

// TestKindsClaim63Bad: a real diamond with no lab-grown qualifier before
// it in its sentence, a benefit believed, a shine never lost and a wrong
// karat still block.
func TestKindsClaim63Bad(t *testing.T) {
	t.Parallel()
	checkKindRows(t, checkService(t), CatClaim, []kindRow{
		{"en-GB", "The pendant is set with a real diamond.", cl63Lab, true},
		{"en-GB", "A real diamond sits at the centre; the lab-grown stones around it add sparkle.", cl63Lab, true},
		{"nb-NO", "Anhenget har en ekte diamant i midten.", cl63Lab, true},
		{"ko-KR", "진짜 다이아몬드 하나를 세팅한 펜던트입니다.", cl63Lab, true},
		{"en-GB", "Zircon is believed to heal the body and bring calm.", c63Zircon, true},
		{"es-MX", "La pulsera nunca pierde su brillo.", c63Ten, true},
	})
	checkKindRows(t, checkService(t), CatGrounding, []kindRow{
		{"ar-AE", "سوار الهلال مصنوع من الذهب الأصفر عيار 18.", c63Gulf, true},
		{"en-GB", "The Crescent bangle is made of 18ct yellow gold.", c63Gulf, true},
		{"en-GB", "The bracelet is made of 21ct yellow gold.", c63Ten, true},
	})
}

package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// TestKindsOrdinalRank34: a number written as an ordinal (Turkish digits
// with an apostrophe and the -(I)ncI ending, "3'üncü"; en "3rd", fr "3e",
// el "3ος", zh 第三) is a rank, not a count of the product's stones (#13,
// grammar34). Blocking twins: the same number as a count.
func TestKindsOrdinalRank34(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	p := core.Product{SKU: "O34", Name: "Sapphire Studs", Category: "earrings", Collection: "Essence",
		Materials: []string{"sterling silver"}, Metals: []core.Metal{{Base: "sterling silver"}},
		Stones:  []core.Stone{{Type: "sapphire", Colour: "blue", Count: 2, Origin: "natural"}},
		Colours: []string{"blue", "silver"}}
	checkKindRows(t, svc, CatGrounding, []kindRow{
		{"tr-TR", "Safir, elmastan sonra doğadaki 3'üncü en sert taşıdır.", p, false},
		{"tr-TR", "Safir, sertlikte 3'üncü sıradaki taştır.", p, false},
		{"tr-TR", "Safir, dünyanın 4'üncü en değerli taşıdır.", p, false},
		{"tr-TR", "Safir, sertlik sıralamasında 5'inci taştır.", p, false},
		{"en-GB", "Sapphire is the 3rd hardest stone in nature.", p, false},
		{"fr-FR", "Le saphir est la 3e pierre la plus dure.", p, false},
		{"el-GR", "Το ζαφείρι είναι η 3η πιο σκληρή πέτρα.", p, false},
		{"zh-CN", "蓝宝石是自然界第3硬的宝石。", p, false},

		{"tr-TR", "Küpelerde 3 safir taşı var.", p, true},
		{"tr-TR", "Küpelerde üç safir var.", p, true},
		{"en-GB", "The studs have 3 sapphires.", p, true},
		{"fr-FR", "Les boucles comptent 3 saphirs.", p, true},
		{"el-GR", "Τα σκουλαρίκια έχουν 3 ζαφείρια.", p, true},
		{"zh-CN", "这对耳钉镶有3颗蓝宝石。", p, true},
	})
}

// TestKindsStonePlural34: a stone's regular plural and definite forms are
// the stone (#13, grammar34; da "Øreringene har tre peridoter" passed on
// earrings with two peridots because the pack had only "peridotter").
// Twins: the right count still passes.
func TestKindsStonePlural34(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	p := core.Product{SKU: "P34", Name: "Dew Earrings", Category: "earrings", Collection: "Essence",
		Materials: []string{"sterling silver"}, Metals: []core.Metal{{Base: "sterling silver"}},
		Stones:  []core.Stone{{Type: "peridot", Colour: "green", Count: 2, Origin: "natural"}},
		Colours: []string{"green", "silver"}}
	m := p
	m.Name, m.Stones = "Malachite Earrings", []core.Stone{{Type: "malachite", Colour: "green", Count: 2, Origin: "natural"}}
	f := p
	f.Name, f.Stones = "Fluorite Earrings", []core.Stone{{Type: "fluorite", Colour: "purple", Count: 2, Origin: "natural"}}
	checkKindRows(t, svc, CatGrounding, []kindRow{
		{"da-DK", "Øreringene har tre peridoter.", p, true},
		{"da-DK", "Øreringene har tre malakitter.", m, true},
		{"da-DK", "Øreringene har tre fluoritter.", f, true},
		{"sv-SE", "Örhängena har tre malakiter.", m, true},
		{"sv-SE", "Örhängena har tre fluoriter.", f, true},
		{"nb-NO", "Øredobbene har tre malakitter.", m, true},
		{"nb-NO", "Øredobbene har tre fluoritter.", f, true},
		{"nl-NL", "De oorbellen hebben drie fluorieten.", f, true},

		{"da-DK", "Øreringene har to peridoter.", p, false},
		{"da-DK", "Øreringene har to malakitter.", m, false},
		{"da-DK", "Øreringene har to fluoritter.", f, false},
		{"sv-SE", "Örhängena har två malakiter.", m, false},
		{"sv-SE", "Örhängena har två fluoriter.", f, false},
		{"nb-NO", "Øredobbene har to malakitter.", m, false},
		{"nb-NO", "Øredobbene har to fluoritter.", f, false},
		{"nl-NL", "De oorbellen hebben twee fluorieten.", f, false},
	})
}

// TestKindsCompanionPrefix34: Arabic writes the companion's "with" as the
// prefix بـ on its count ("مع سوار ندى، سلسلة رفيعة بثلاثة أحجار زبرجد"): the
// count is the companion's (#13, grammar34, companionfacts34's ar-AE
// leftover). Twin: the earrings' own wrong count.
func TestKindsCompanionPrefix34(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	p := dewEarrings()
	checkKindRows(t, svc, CatGrounding, []kindRow{
		{"ar-AE", "ارتديها مع سوار ندى، سلسلة رفيعة بثلاثة أحجار زبرجد.", p, false},
		{"ar-AE", "يضم القرطان ثلاثة أحجار زبرجد.", p, true},
		{"ar-AE", "القرطان مرصعان بثلاثة أحجار زبرجد.", p, true},
	})
}

package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// The products of silver61's rows: a fine silver 999 bangle and a
// datolite ring in sterling silver.
var (
	s61Fine = core.Product{SKU: "S61", Name: "Essence", Category: "bangle", Collection: "Essence",
		Metals: []core.Metal{{Base: "fine silver", Fineness: "999"}}, Colours: []string{"silver"}}
	s61Datolite = core.Product{SKU: "S61D", Name: "Heritage", Category: "ring", Collection: "Heritage",
		Metals:  []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "datolite", Colour: "white", Count: 1, Origin: "natural"}},
		Colours: []string{"silver", "white"}}
)

// Another metal standard named as the comparison in copy that explains the
// piece's own metal is not the piece's metal (#13, silver61): on a fine
// silver 999 bangle, a sentence whose subject is sterling silver (925,
// alloyed with copper) followed, in the same or the next sentence, by the
// piece's metal compared with it ("Sterlingsølv ... inneholder 925 promille
// sølv og resten kobber ... Finsølv er derfor mykere", "스털링 실버(925)는
// ... 합금으로, 순은은 그보다 무르지만"). FTC 16 CFR 23.6 asks
// that a metal be named as what it is; naming another for contrast is not
// a misdescription of the piece.
func TestKindsSilver61(t *testing.T) {
	t.Parallel()
	checkKindRows(t, checkService(t), CatGrounding, []kindRow{
		{"ko-KR", "순은 999는 은 함량이 99.9%에 이르는 은을 말합니다. 주얼리에 흔히 쓰이는 스털링 실버(925)는 은 92.5%에 구리 등을 섞어 단단하게 만든 합금으로, 순은은 그보다 무르지만 더 희고 밝은 광택을 냅니다.", s61Fine, false},
		{"nb-NO", "Finsølv er sølv med en finhet på 999 promille, altså nesten rent sølv. Sterlingsølv, som er vanligst i smykker, inneholder kobber, som gjør metallet hardere. Finsølv er derfor mykere, men har en hvitere glans.", s61Fine, false},
		{"da-DK", "Finsølv er sølv med en finhed på 999 promille. Sterlingsølv, som er mest almindeligt i smykker, indeholder kobber, som gør metallet hårdere. Finsølv er derfor blødere.", s61Fine, false},
		{"sv-SE", "Finsilver är silver med en halt på 999 promille. Sterlingsilver, som är vanligast i smycken, innehåller koppar, som gör metallet hårdare. Finsilver är därför mjukare.", s61Fine, false},
		{"de-DE", "Feinsilber ist Silber mit einem Feingehalt von 999. Sterlingsilber, das in Schmuck am häufigsten ist, enthält Kupfer, das das Metall härter macht. Feinsilber ist daher weicher.", s61Fine, false},
		{"en-GB", "Fine silver is 99.9% pure silver. Sterling silver, the usual standard in jewellery, is 92.5% silver alloyed with copper, which makes the metal harder. Fine silver is therefore softer but whiter.", s61Fine, false},
		{"en-US", "The datolite comes from Michigan, where the mineral forms rounded nodules in the old copper-mining country along Lake Superior.", s61Datolite, false},
	})
}

// TestKindsSilver61Bad: the piece itself said to be sterling silver or
// copper, or jade, still blocks.
func TestKindsSilver61Bad(t *testing.T) {
	t.Parallel()
	checkKindRows(t, checkService(t), CatGrounding, []kindRow{
		{"nb-NO", "Armringen er laget av sterlingsølv, som er hardere.", s61Fine, true},
		{"ko-KR", "이 뱅글은 스털링 실버로 만들어 더 단단합니다.", s61Fine, true},
		{"en-GB", "This bangle is sterling silver, which is harder.", s61Fine, true},
		{"de-DE", "Der Armreif ist aus Sterlingsilber und daher härter.", s61Fine, true},
		{"en-US", "The ring is set with fine jade.", s61Datolite, true},
		{"en-US", "The band is solid copper.", s61Datolite, true},
	})
}

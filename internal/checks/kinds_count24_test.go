package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// TestKindsCount24: a count separated from its stone noun by adjectives
// listed with commas (shape, size, colour) is compared with the product's
// count in all 25 locales (#13, twenty-fourth session, probe 30 count_wrong:
// sv-SE "har fyra runda, röda granater på 5 mm" on two garnets passed;
// grounding countForward and listComma). Pass twins: the same sentence at
// the product's count. The rule is the probe's form only (one adjective
// right after the number, a comma, the stone's colour right before the
// stone): wider lists added held-out false blocks. Left: the Romance order
// ("quatre petits, ronds grenats rouges"), and ja, ko, zh with a counter
// between the number and the list (4つの丸い、赤い…, 네 개의 둥근, 붉은…, 四颗圆形、红色的…).
func TestKindsCount24(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	garnet := core.Product{SKU: "CT24G", Name: "Timeless Studs", Category: "earrings", Collection: "Timeless",
		Materials: []string{"14k yellow gold", "garnet"}, Metals: []core.Metal{{Base: "yellow gold", Fineness: "14k"}},
		Stones:  []core.Stone{{Type: "garnet", Colour: "red", Count: 2, Origin: core.OriginNatural}},
		Colours: []string{"red", "gold"}}
	wrong := [][2]string{
		{"en-GB", "The earrings hold four round, red garnets of 5 mm."},
		{"en-US", "Each pair carries four small, deep red garnets."},
		{"en-AU", "The studs hold four round, deep red garnets."},
		{"de-DE", "Die Ohrringe tragen vier runde, rote Granate von 5 mm."},
		{"nl-NL", "De oorbellen hebben vier ronde, rode granaten van 5 mm."},
		{"sv-SE", "Örhängena har fyra runda, röda granater på 5 mm."},
		{"da-DK", "Øreringene har fire runde, røde granater på 5 mm."},
		{"nb-NO", "Øredobbene har fire runde, røde granater på 5 mm."},
		{"fi-FI", "Korvakoruissa on neljä pyöreää, punaista granaattia."},
		{"pl-PL", "Kolczyki mają cztery okrągłe, czerwone granaty o średnicy 5 mm."},
		{"cs-CZ", "Náušnice mají čtyři kulaté, červené granáty o průměru 5 mm."},
		{"tr-TR", "Küpelerde dört yuvarlak, kırmızı garnet taşı var."},
		{"el-GR", "Τα σκουλαρίκια έχουν τέσσερις στρογγυλούς, κόκκινους γρανάτες 5 mm."},
		{"ar-AE", "يضم القرطان أربعة أحجار مستديرة، حمراء من العقيق الأحمر."},
	}
	right := [][2]string{
		{"en-GB", "The earrings hold two round, red garnets of 5 mm."},
		{"en-US", "Each pair carries two small, deep red garnets."},
		{"en-AU", "The studs hold two round, deep red garnets."},
		{"de-DE", "Die Ohrringe tragen zwei runde, rote Granate von 5 mm."},
		{"nl-NL", "De oorbellen hebben twee ronde, rode granaten van 5 mm."},
		{"sv-SE", "Örhängena har två runda, röda granater på 5 mm."},
		{"da-DK", "Øreringene har to runde, røde granater på 5 mm."},
		{"nb-NO", "Øredobbene har to runde, røde granater på 5 mm."},
		{"fi-FI", "Korvakoruissa on kaksi pyöreää, punaista granaattia."},
		{"pl-PL", "Kolczyki mają dwa okrągłe, czerwone granaty o średnicy 5 mm."},
		{"cs-CZ", "Náušnice mají dva kulaté, červené granáty o průměru 5 mm."},
		{"tr-TR", "Küpelerde iki yuvarlak, kırmızı garnet taşı var."},
		{"el-GR", "Τα σκουλαρίκια έχουν δύο στρογγυλούς, κόκκινους γρανάτες 5 mm."},
		{"ar-AE", "يضم القرطان حجرين مستديرين، أحمرين من العقيق الأحمر."},
	}
	var block, pass []kindRow
	for _, r := range wrong {
		block = append(block, kindRow{r[0], r[1], garnet, true})
	}
	for _, r := range right {
		pass = append(pass, kindRow{r[0], r[1], garnet, false})
	}
	if len(block) != 14 || len(pass) != 14 {
		t.Fatalf("%d and %d rows, want 14", len(block), len(pass))
	}
	checkKindRows(t, svc, "grounding", block)
	checkKindRows(t, svc, "", pass)
}

package checks

import (
	"strings"
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// The products of the carat-link rows: a 10 ct amethyst ring in 14k yellow
// gold (the weight as the total carat weight, or as a measurement in ct)
// and a plain band in 18k yellow gold.
var (
	caratLinkAmeTotal = core.Product{SKU: "CL1", Name: "Violetta", Category: "ring", Collection: "Heritage",
		Metals:           []core.Metal{{Base: "yellow gold", Fineness: "14k"}},
		Stones:           []core.Stone{{Type: "amethyst", Origin: "natural", Colour: "purple", Count: 1}},
		TotalCaratWeight: 10, Colours: []string{"gold", "purple"}}
	caratLinkAmeMeasured = core.Product{SKU: "CL2", Name: "Violetta", Category: "ring", Collection: "Heritage",
		Metals:       []core.Metal{{Base: "yellow gold", Fineness: "14k"}},
		Stones:       []core.Stone{{Type: "amethyst", Origin: "natural", Colour: "purple", Count: 1}},
		Measurements: []core.Measurement{{Name: "amethyst weight", Value: 10, Unit: "ct"}},
		Colours:      []string{"gold", "purple"}}
	caratLinkBand = core.Product{SKU: "CL3", Name: "Anello", Category: "ring", Collection: "Signature",
		Metals: []core.Metal{{Base: "yellow gold", Fineness: "18k"}}, Colours: []string{"gold"}}
)

// caratLinkWeightRows are a stone's weight said after the stone with a
// preposition, the gold after it: a weight, not the gold's karat.
var caratLinkWeightRows = [][2]string{
	{"de-DE", "Der Ring trägt einen Amethyst von 10 Karat in Gelbgold."},
	{"de-DE", "Der Ring trägt einen Amethyst mit 10 Karat in Gelbgold."},
	{"de-DE", "Ein Amethyst zu 10 Karat in Gelbgold."},
	{"nl-NL", "De ring draagt een amethist van 10 karaat in geelgoud."},
	{"nl-NL", "De ring draagt een amethist met 10 karaat in geelgoud."},
	{"sv-SE", "Ringen bär en ametist på 10 karat i gult guld."},
	{"sv-SE", "Ringen bär en ametist om 10 karat i gulguld."},
	{"da-DK", "Ringen bærer en ametyst på 10 karat i gult guld."},
	{"nb-NO", "Ringen bærer en ametyst på 10 karat i gult gull."},
	{"pl-PL", "Pierścionek zdobi ametyst o masie 10 karatów w żółtym złocie."},
	{"pl-PL", "Pierścionek zdobi ametyst o wadze 10 karatów w żółtym złocie."},
	{"cs-CZ", "Prsten zdobí ametyst o hmotnosti 10 karátů ve žlutém zlatě."},
	{"cs-CZ", "Prsten zdobí ametyst o váze 10 karátů ve žlutém zlatě."},
	{"el-GR", "Το δαχτυλίδι έχει έναν αμέθυστο βάρους 10 καρατίων σε κίτρινο χρυσό."},
	{"el-GR", "Το δαχτυλίδι έχει έναν αμέθυστο των 10 καρατίων σε κίτρινο χρυσό."},
	{"en-GB", "The ring holds an amethyst of 10 carats in yellow gold."},
	{"es-ES", "El anillo luce una amatista de 10 quilates en oro amarillo."},
}

// A stone's weight said after the stone with a preposition or a noun of
// weight ("ein Amethyst von 10 Karat in Gelbgold", "een amethist van 10
// karaat in geelgoud", "en ametist på 10 karat i gult guld", "ametyst o
// masie 10 karatów w żółtym złocie", "ametyst o hmotnosti 10 karátů ve
// žlutém zlatě") is the stone's weight, not the gold's fineness: the link
// words between a carat number and the stone or gold it qualifies are a
// pack key (carat_links) in every language, not the Romance ones only
// (#13, left66). The weight is compared with the product's total carat
// weight or its measurement in ct (FTC 16 CFR 23.17).
func TestKindsCaratLink(t *testing.T) {
	t.Parallel()
	rows := pairRows(caratLinkAmeTotal, false, caratLinkWeightRows)
	rows = append(rows, pairRows(caratLinkAmeMeasured, false, caratLinkWeightRows)...)
	checkKindRows(t, checkService(t), CatGrounding, rows)
}

// TestKindsCaratLinkBad: the same shape with another weight than the
// piece's blocks as a weight, and a karat said of the gold with a
// preposition ("ein Ring aus 10 Karat Gold") on 18k gold still blocks as a
// karat.
func TestKindsCaratLinkBad(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	var wrong [][2]string
	for _, r := range caratLinkWeightRows {
		wrong = append(wrong, [2]string{r[0], strings.Replace(r[1], "10 ", "8 ", 1)})
	}
	for _, p := range []core.Product{caratLinkAmeTotal, caratLinkAmeMeasured} {
		for _, r := range wrong {
			blocked, fs := groundingBlocked(t, svc, p, r[0], r[1])
			if !blocked || !hasRule(fs, "grounding.measurement") {
				t.Errorf("%s %q on %s: want a measurement block: %s", r[0], r[1], p.SKU, describe(fs, "", r[1]))
			}
		}
	}
	checkKindRows(t, svc, CatGrounding, pairRows(caratLinkBand, true, [][2]string{
		{"de-DE", "Ein Ring aus 10 Karat Gold."},
		{"de-DE", "Ein Ring von 10 Karat Gelbgold."},
		{"nl-NL", "Een ring van 10 karaat goud."},
		{"sv-SE", "En ring av 10 karat guld."},
		{"da-DK", "En ring af 10 karat guld."},
		{"nb-NO", "En ring av 10 karat gull."},
		{"pl-PL", "Pierścionek z 10 karatów złota."},
		{"pl-PL", "Pierścionek ze złota 10 karatów."},
		{"cs-CZ", "Prsten ze zlata 10 karátů."},
		{"en-GB", "A ring of 10 carat gold."},
		{"es-ES", "Un anillo de oro de 10 quilates."},
	}))
}

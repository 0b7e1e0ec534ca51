package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// The products of miss68b's rows (blind set 68 and probe 68): rose
// gold-plated silver earrings named with their category word, a garden
// quartz ring, a gold vermeil ring and a gold-filled bracelet;
// and their controls of solid gold, and a lacquered copper cuff.
var (
	m68bRose = core.Product{SKU: "M68B1", Name: "玫瑰耳環", Category: "earrings", Collection: "Moments",
		Metals:    []core.Metal{{Base: "sterling silver", Fineness: "925", Plating: "rose gold", PlatingMicrons: 0.5}},
		Materials: []string{"rose gold-plated sterling silver"}, Colours: []string{"rose gold"}}
	m68bRoseSolid = core.Product{SKU: "M68B2", Name: "玫瑰耳環", Category: "earrings", Collection: "Moments",
		Metals: []core.Metal{{Base: "rose gold", Fineness: "18k"}}, Colours: []string{"rose gold"}}
	m68bGarden = core.Product{SKU: "M68B3", Name: "Anillo Jardín", Category: "ring", Collection: "Moments",
		Metals:  []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "garden quartz", Origin: "natural", Treatment: "none", Colour: "green", Count: 1}},
		Colours: []string{"green", "silver"}}
	m68bVermeil = core.Product{SKU: "M68B4", Name: "Bague Soleil", Category: "ring", Collection: "Essence",
		Metals:    []core.Metal{{Base: "sterling silver", Fineness: "925", Plating: "yellow gold", PlatingMicrons: 3}},
		Materials: []string{"gold vermeil"},
		Stones:    []core.Stone{{Type: "amethyst", Origin: "natural", Treatment: "none", Colour: "purple", Count: 1}},
		Colours:   []string{"gold", "purple"}}
	m68bSolidGold = core.Product{SKU: "M68B5", Name: "Bague Soleil", Category: "ring", Collection: "Essence",
		Metals:  []core.Metal{{Base: "yellow gold", Fineness: "18k"}},
		Stones:  []core.Stone{{Type: "amethyst", Origin: "natural", Treatment: "none", Colour: "purple", Count: 1}},
		Colours: []string{"gold", "purple"}}
	m68bFilled = core.Product{SKU: "M68B6", Name: "Virta-rannekoru", Category: "bracelet", Collection: "Heritage",
		Materials: []string{"14k gold-filled", "brass"},
		Metals:    []core.Metal{{Base: "brass", Plating: "gold-filled", Fineness: "14k"}}, Colours: []string{"gold"}}
	m68bBand = core.Product{SKU: "M68B10", Name: "Pierścionek Piasek", Category: "ring", Collection: "Signature",
		Metals: []core.Metal{{Base: "yellow gold", Fineness: "14k"}}, Colours: []string{"gold"}}
	m68bBandEnamel = core.Product{SKU: "M68B11", Name: "Pierścionek Piasek", Category: "ring", Collection: "Signature",
		Metals: []core.Metal{{Base: "yellow gold", Fineness: "14k"}}, Materials: []string{"14k yellow gold", "black enamel"},
		Colours: []string{"gold", "black"}}
	m68bCopper = core.Product{SKU: "M68B7", Name: "Forge", Category: "bangle", Collection: "Essence",
		Metals:   []core.Metal{{Base: "copper"}},
		Features: []string{"hammered finish", "clear protective lacquer"}, Colours: []string{"copper"}}
)

// The piece named by its own name, a name holding its category word, and
// a metal called solid in a clause of light (#13, miss68b). Probe 68C
// zh-TW 68C02-2: "玫瑰耳環採用18K玫瑰金打造" on rose gold-plated silver names
// karat gold as the piece's material, the name standing for the category
// word (a karat mark on a plated article must say it is plated, FTC 16
// CFR 23.4). Probe 68D fr-FR 68D02-2: "un petit
// éclat violet serti d'or massif" on vermeil calls the gold solid (16 CFR
// 23.4); a solid metal is no colour of light. Blind 68A fi-FI 68A04-2: a
// protective lacquer ("suojalakalla") on a piece whose data give none is
// a material it does not have (the lacquer words, every base pack).
// Probe 68D pl-PL 68D04-2: "cienki pasek czarnej emalii" (a thin strip of
// black enamel) on a gold band without enamel: a noun that is both a
// garment's and a word of the piece's parts (piece_parts: pl "pasek", cs
// "pásek") names the piece's strip, not a belt worn with it.
// Each blocking row blocked nowhere before.
func TestKindsNameAsPiece68(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, CatRegulatory, []kindRow{
		{"zh-TW", "Moments系列玫瑰耳環採用18K玫瑰金打造，長12毫米，線條柔和。收納時請放入絨布袋。", m68bRose, true},
		{"zh-CN", "Moments系列玫瑰耳環采用18K玫瑰金打造，长12毫米。", m68bRose, true},
		{"fr-FR", "Avec son améthyste ronde de 8 mm au centre, la Bague Soleil est un petit éclat violet serti d'or massif.", m68bVermeil, true},
		{"zh-TW", "Moments系列玫瑰耳環採用18K玫瑰金打造，長12毫米，線條柔和。", m68bRoseSolid, false},
		{"fr-FR", "Avec son améthyste ronde de 8 mm au centre, la Bague Soleil est un petit éclat violet serti d'or massif.", m68bSolidGold, false},
	})
	checkKindRows(t, svc, CatGrounding, []kindRow{
		{"fi-FI", "Koru on tehty 14 karaatin kultadubleesta. Pinta on viimeistelty ohuella suojalakalla, joka antaa sille tasaisen kiillon.", m68bFilled, true},
		{"en-GB", "The bracelet is 14k gold-filled, finished with a clear protective lacquer.", m68bFilled, true},
		{"de-DE", "Das Armband ist mit einem Schutzlack überzogen.", m68bFilled, true},
		{"pl-PL", "Wzdłuż obu krawędzi biegnie cienki pasek czarnej emalii, który podkreśla ciepły odcień złota.", m68bBand, true},
		{"cs-CZ", "Po obou okrajích vede tenký pásek černého smaltu, který zdůrazňuje teplý odstín zlata.", m68bBand, true},
		{"pl-PL", "Wzdłuż obu krawędzi biegnie cienki pasek czarnej emalii, który podkreśla ciepły odcień złota.", m68bBandEnamel, false},
		{"es-ES", "La piedra del Anillo Jardín es un cuarzo jardín redondo de 14 mm.", m68bGarden, false},
		{"en-GB", "A clear protective lacquer keeps the warm colour of the copper from darkening.", m68bCopper, false},
	})
}

// TestKindsNameAsPiece68Bad: the piece said plainly to be solid gold or
// set with another stone still blocks, and another stone explained as
// its stone's relative still passes where the sentence is the stone's.
func TestKindsNameAsPiece68Bad(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, CatRegulatory, []kindRow{
		{"fr-FR", "La bague est en or massif.", m68bVermeil, true},
		{"en-US", "The earrings are crafted in solid 18K rose gold.", m68bRose, true},
	})
	checkKindRows(t, svc, CatGrounding, []kindRow{
		{"es-ES", "El anillo lleva un cuarzo rutilado.", m68bGarden, true},
		{"fr-FR", "L'améthyste appartient à la famille du quartz, comme la citrine et le cristal de roche.", m68bVermeil, false},
	})
}

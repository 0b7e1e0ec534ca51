package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

var (
	misc43bHoops = core.Product{SKU: "M43BH", Name: "Hoops", Category: "earrings", Collection: "Moments", Materials: []string{"sterling silver"},
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Colours: []string{"silver"}}
	misc43bPearl = core.Product{SKU: "M43BP", Name: "Pearl Studs", Category: "earrings", Collection: "Lumière", Materials: []string{"sterling silver", "freshwater pearl"},
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Stones: []core.Stone{{Type: "freshwater pearl", Colour: "white", Count: 2}}, Colours: []string{"white", "silver"}}
	misc43bMOP = core.Product{SKU: "M43BM", Name: "Shell Hoops", Category: "earrings", Collection: "Moments", Materials: []string{"sterling silver", "mother-of-pearl"},
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Colours: []string{"white", "silver"}}
	misc43bCoCr = core.Product{SKU: "M43BC", Name: "Band Ring", Category: "ring", Collection: "Signature", Materials: []string{"cobalt-chrome alloy"},
		Metals: []core.Metal{{Base: "cobalt-chrome alloy"}}, Colours: []string{"grey"}}
	misc43bW = core.Product{SKU: "M43BW", Name: "Band Ring", Category: "ring", Collection: "Signature", Materials: []string{"tungsten carbide"},
		Metals: []core.Metal{{Base: "tungsten carbide"}}, Colours: []string{"grey"}}
	misc43bTi = core.Product{SKU: "M43BT", Name: "Band Ring", Category: "ring", Collection: "Signature", Materials: []string{"titanium"},
		Metals: []core.Metal{{Base: "titanium"}}, Colours: []string{"grey"}}
)

// TestKindsMisc43b (#13, probe 43): mother-of-pearl named after "de" in
// French ("une fine bordure de nacre") on a piece without it, and a metal
// compounded with a part noun ("volframiraita", "Wolframstreifen") on a
// piece without that metal. Rows marked true must block; the sheen of
// nacre ("reflets de nacre", "Perlmuttschimmer"), nacre layers of a pearl
// and the product's own metal compounded must pass.
func TestKindsMisc43b(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, "", []kindRow{
		// nacre after "de": the material, on a piece without it
		{"fr-CA", "Une fine bordure de nacre souligne le contour de chaque anneau.", misc43bHoops, true},
		{"fr-FR", "Une fine bordure de nacre souligne le contour de chaque anneau.", misc43bHoops, true},
		{"fr-FR", "Chaque anneau est orné d'un disque de nacre.", misc43bHoops, true},
		{"fr-FR", "Une fine bordure de nacre souligne le contour de chaque anneau.", misc43bMOP, false},
		{"fr-FR", "Chaque perle est faite de fines couches de nacre.", misc43bPearl, false},
		{"fr-FR", "L'argent poli prend un reflet de nacre à la lumière.", misc43bHoops, false},
		{"fr-FR", "Des anneaux d'argent aux reflets de nacre.", misc43bHoops, false},
		{"fr-FR", "La perle a un bel orient de nacre.", misc43bPearl, false},
		{"fr-FR", "Un poli qui donne un lustre de nacre à l'argent.", misc43bHoops, false},
		{"es-ES", "Un fino borde de nácar rodea cada aro.", misc43bHoops, true},
		{"es-ES", "La plata pulida tiene reflejos de nácar.", misc43bHoops, false},
		{"es-ES", "Cada perla está hecha de finas capas de nácar.", misc43bPearl, false},
		{"it-IT", "Un sottile bordo di madreperla circonda ogni cerchio.", misc43bHoops, true},
		{"it-IT", "L'argento lucidato ha riflessi di madreperla.", misc43bHoops, false},
		{"pt-BR", "Uma fina borda de madrepérola contorna cada argola.", misc43bHoops, true},
		{"pt-PT", "Uma fina orla de madrepérola contorna cada argola.", misc43bHoops, true},
		{"pt-BR", "A prata polida tem reflexos de madrepérola.", misc43bHoops, false},
		{"pt-PT", "Um fino rebordo de nácar contorna cada argola.", misc43bHoops, true},
		{"de-DE", "Ein feiner Rand aus Perlmutt umgibt jeden Ring.", misc43bHoops, true},
		{"de-DE", "Das polierte Silber hat einen zarten Perlmuttschimmer.", misc43bHoops, false},
		// bad twins of the sheen: the material itself beside a light word
		{"fr-FR", "Chaque anneau est serti de nacre aux reflets irisés.", misc43bHoops, true},
		{"fr-FR", "Chaque anneau est fait de fines couches de nacre.", misc43bHoops, true},
		{"es-ES", "Cada aro lleva un medallón de nácar con reflejos irisados.", misc43bHoops, true},
		{"it-IT", "Ogni cerchio porta un medaglione di madreperla dai riflessi iridescenti.", misc43bHoops, true},
		{"pt-BR", "Cada argola tem um medalhão de madrepérola com reflexos irisados.", misc43bHoops, true},
		{"de-DE", "Jeder Ring trägt eine Scheibe aus Perlmutt mit zartem Schimmer.", misc43bHoops, true},
		// a metal compounded with a part noun
		{"fi-FI", "Sormuksen sisäpintaan on upotettu ohut volframiraita.", misc43bCoCr, true},
		{"fi-FI", "Sormuksen sisäpintaan on upotettu ohut volframiraita.", misc43bW, false},
		{"fi-FI", "Sormuksessa on kapea titaaniupotus.", misc43bCoCr, true},
		{"fi-FI", "Sormuksessa on kapea titaaniupotus.", misc43bTi, false},
		{"de-DE", "Innen ist ein dünner Wolframstreifen eingelassen.", misc43bCoCr, true},
		{"de-DE", "Innen ist ein dünner Wolframstreifen eingelassen.", misc43bW, false},
		{"de-DE", "Der Ring hat eine schmale Titaneinlage.", misc43bCoCr, true},
		{"de-DE", "Der Ring hat eine schmale Titaneinlage.", misc43bTi, false},
		{"sv-SE", "Ringen har en smal volframrand på insidan.", misc43bCoCr, true},
		{"sv-SE", "Ringen har en smal volframrand på insidan.", misc43bW, false},
		{"sv-SE", "Ringen har ett smalt titaninlägg.", misc43bCoCr, true},
		{"da-DK", "Ringen har en smal wolframstribe på indersiden.", misc43bCoCr, true},
		{"da-DK", "Ringen har en smal wolframstribe på indersiden.", misc43bW, false},
		{"da-DK", "Ringen har et smalt titanindlæg.", misc43bCoCr, true},
		{"nb-NO", "Ringen har en smal wolframstripe på innsiden.", misc43bCoCr, true},
		{"nb-NO", "Ringen har en smal wolframstripe på innsiden.", misc43bW, false},
		{"nb-NO", "Ringen har et smalt titaninnlegg.", misc43bCoCr, true},
		{"nl-NL", "De ring heeft een smalle wolfraamstreep aan de binnenkant.", misc43bCoCr, true},
		{"nl-NL", "De ring heeft een smalle wolfraamstreep aan de binnenkant.", misc43bW, false},
		{"nl-NL", "De ring heeft een smalle titaniuminleg.", misc43bCoCr, true},
	})
}

package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// A colour word that is a word of the product's stone's own name ("rainbow
// moonstone", a trade name of colourless labradorite: GIA) is the name,
// not the stone's colour (#13, probe26k: "rainbow" on a white rainbow
// moonstone blocked grounding.colour). A colour beside the stone that is
// no word of its type ("a green moonstone") still blocks.
func TestKindsStoneNameColour26(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	moon := core.Product{SKU: "K26R", Name: "Flash Ring", Category: "ring", Collection: "Heritage",
		Materials: []string{"9k yellow gold", "rainbow moonstone"},
		Metals:    []core.Metal{{Base: "gold", Fineness: "9k"}},
		Stones:    []core.Stone{{Type: "rainbow moonstone", Colour: "white with blue flash", Count: 1, Origin: "natural"}},
		Colours:   []string{"white", "blue", "gold"}}
	fluo := core.Product{SKU: "K26F", Name: "Layered Point", Category: "pendant", Collection: "Heritage",
		Materials: []string{"sterling silver", "rainbow fluorite"},
		Metals:    []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:    []core.Stone{{Type: "rainbow fluorite", Colour: "purple and green", Count: 1, Origin: "natural"}},
		Colours:   []string{"purple", "green", "silver"}}
	p := func(loc, text string) kindRow { return kindRow{loc, text, moon, false} }
	b := func(loc, text string) kindRow { return kindRow{loc, text, moon, true} }
	checkKindRows(t, svc, "grounding", []kindRow{
		p("en-GB", "Despite its name, a rainbow moonstone is mostly white with a blue glow."),
		b("en-GB", "A green moonstone sits in the bezel."),
		p("en-US", "This rainbow moonstone shows a blue flash as it moves."),
		b("en-US", "This pink moonstone shows a flash as it moves."),
		p("en-AU", "The rainbow moonstone is set in a smooth bezel."),
		b("en-AU", "The orange moonstone is set in a smooth bezel."),
		{"en-GB", "A rainbow fluorite point hangs from the chain.", fluo, false},
		{"en-GB", "A pink fluorite point hangs from the chain.", fluo, true},
		p("fr-FR", "Une pierre de lune arc-en-ciel est sertie clos."),
		b("fr-FR", "Une pierre de lune verte est sertie clos."),
		p("es-ES", "Una piedra de luna arcoíris va engastada en bisel."),
		b("es-ES", "Una piedra de luna verde va engastada en bisel."),
		p("it-IT", "Una pietra di luna arcobaleno è incastonata a castone."),
		b("it-IT", "Una pietra di luna verde è incastonata a castone."),
		p("pt-BR", "Uma pedra da lua arco-íris fica no aro."),
		b("pt-BR", "Uma pedra da lua verde fica no aro."),
		p("pl-PL", "Tęczowy kamień księżycowy osadzono w oprawie."),
		b("pl-PL", "Zielony kamień księżycowy osadzono w oprawie."),
	})
}

// A compound of the bead word (sv pärla, da and nb perle, fi helmi, nl
// parel: pearl and bead alike) with the piece's noun is a bead piece on a
// product made of beads (#13, probe26k: sv "Pärlarmbandet i hematit"
// blocked grounding.stone as pearl). On a piece not made of beads the
// compound still names pearls and blocks.
func TestKindsBeadCompound26(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	beads := core.Product{SKU: "K26P", Name: "Hematite Bead Bracelet", Category: "bracelet", Collection: "Essence",
		Materials: []string{"hematite", "elastic cord"},
		Stones:    []core.Stone{{Type: "hematite", Colour: "metallic grey", Count: 22, Origin: "natural"}},
		Colours:   []string{"grey"}, Features: []string{"polished beads"}}
	cuff := core.Product{SKU: "K26Q", Name: "Hematite Cuff", Category: "bracelet", Collection: "Essence",
		Materials: []string{"hematite", "sterling silver"},
		Metals:    []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:    []core.Stone{{Type: "hematite", Colour: "metallic grey", Count: 1, Origin: "natural"}},
		Colours:   []string{"grey", "silver"}}
	rows := []kindRow{
		{"sv-SE", "Pärlarmbandet i hematit har 22 polerade kulor.", beads, false},
		{"da-DK", "Perlearmbåndet i hæmatit har 22 polerede kugler.", beads, false},
		{"nb-NO", "Perlearmbåndet i hematitt har 22 polerte kuler.", beads, false},
		{"fi-FI", "Helmirannekorussa on 22 kiillotettua hematiittihelmeä.", beads, false},
		{"nl-NL", "De parelarmband van hematiet telt 22 gepolijste kralen.", beads, false},
	}
	checkOwnAndControl(t, svc, "grounding", rows, func(kindRow) (core.Product, bool) { return cuff, true })
}

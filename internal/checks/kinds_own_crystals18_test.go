package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// A natural stone's own crystals are the stone (#13, the eighteenth blind
// set's released half): "Druzy-Quarz, deren winzige Kristalle" and
// "druzykvarts, vars små kristaller" on a druzy quartz ring (a druzy is a
// crust of tiny quartz crystals), and "uma fatia cortada de um único
// cristal natural" on a watermelon tourmaline slice (cut across one
// crystal: GIA gem encyclopedia) blocked grounding.stone in de, sv and pt:
// the crystal word was read as glass crystal. A crystal word qualified as
// the mineral habit (tiny, single, natural, whose, quartz) of a product
// whose stone is natural and crystalline passes in every language; crystals
// beside a sapphire, or named on an opal or a pearl, still block.
func TestKindsOwnCrystals18(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	druzy := core.Product{SKU: "D18", Name: "Druzy Cocktail Ring", Category: "ring", Collection: "Moments",
		Materials: []string{"18k gold-plated brass", "dyed druzy quartz"}, Metals: []core.Metal{{Base: "brass", Plating: "gold", Fineness: "18k"}},
		Stones:  []core.Stone{{Type: "druzy quartz", Colour: "teal", Count: 1, Origin: core.OriginNatural, Treatment: "dyed"}},
		Colours: []string{"gold", "teal"}}
	slice := core.Product{SKU: "T18", Name: "Watermelon Tourmaline Slice Pendant", Category: "pendant", Collection: "Signature",
		Materials: []string{"18k yellow gold", "watermelon tourmaline"}, Metals: []core.Metal{{Base: "yellow gold", Fineness: "18k"}},
		Stones:  []core.Stone{{Type: "watermelon tourmaline", Colour: "pink and green", Count: 1, Origin: core.OriginNatural}},
		Colours: []string{"gold", "pink", "green"}}
	sapphire := core.Product{SKU: "S18", Name: "Sapphire Ring", Category: "ring", Collection: "Essence",
		Materials: []string{"9ct white gold", "sapphire"}, Metals: []core.Metal{{Base: "white gold", Fineness: "9ct"}},
		Stones:  []core.Stone{{Type: "sapphire", Colour: "blue", Count: 1, Origin: core.OriginNatural}},
		Colours: []string{"blue", "white"}}
	opal := sapphire
	opal.Name, opal.Materials, opal.Stones = "Opal Ring", []string{"9ct white gold", "opal"}, []core.Stone{{Type: "opal", Colour: "white", Count: 1, Origin: core.OriginNatural}}
	checkKindRows(t, svc, "grounding", []kindRow{
		{"de-DE", "Eine Platte aus Druzy-Quarz, deren winzige Kristalle wie Raureif funkeln.", druzy, false},
		{"sv-SE", "En platta av druzykvarts, vars små kristaller glittrar som rimfrost.", druzy, false},
		{"en-GB", "A slab of druzy quartz whose tiny crystals glitter like frost.", druzy, false},
		{"en-GB", "A druzy: a crust of quartz crystals that glitters like frost.", druzy, false},
		{"nl-NL", "Een plaat druzykwarts waarvan de kleine kristallen glinsteren als rijp.", druzy, false},
		{"da-DK", "En plade af druzykvarts, hvis små krystaller glitrer som rimfrost.", druzy, false},
		{"fr-FR", "Une plaque de quartz druzy dont les minuscules cristaux scintillent.", druzy, false},
		{"es-ES", "Una placa de cuarzo druzy con diminutos cristales que brillan como escarcha.", druzy, false},
		{"it-IT", "Una lastra di quarzo druzy i cui piccoli cristalli brillano come brina.", druzy, false},
		{"pl-PL", "Płytka kwarcu druzy, której drobne kryształy lśnią jak szron.", druzy, false},
		{"pt-BR", "Uma fatia cortada de um único cristal natural, com o coração rosa.", slice, false},
		{"en-GB", "A slice cut from a single natural crystal, pink at the heart.", slice, false},
		{"es-ES", "Una lámina cortada de un único cristal natural, rosa en el centro.", slice, false},
		{"de-DE", "Eine Scheibe aus einem einzigen natürlichen Kristall, innen rosa.", slice, false},
		// glass crystals beside the stone, or on an amorphous stone, still block
		{"en-GB", "A blue sapphire surrounded by sparkling crystals.", sapphire, true},
		{"de-DE", "Ein blauer Saphir, umgeben von funkelnden Kristallen.", sapphire, true},
		{"sv-SE", "En blå safir omgiven av glittrande kristaller.", sapphire, true},
		{"pt-BR", "Uma safira azul cercada de cristais brilhantes.", sapphire, true},
		{"en-GB", "A white opal framed by tiny crystals.", opal, true},
	})
}

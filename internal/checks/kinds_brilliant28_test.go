package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// TestKindsBrilliant28: a market's brilliant noun on a piece without
// diamonds blocks grounding in fr, es, it, pt, sv, da, nb and fi, as de
// "Brillanten", en "brilliants", nl "briljanten", pl, cs and tr did (#13,
// brill28; CIBJO Diamond Book: "brilliant" without addition is a round
// brilliant-cut diamond; France: décret n° 2002-65 and the trade usage
// "brillant" = diamant taille brillant). Pass controls: the same sentence
// on a piece with diamonds, the adjective ("shiny"), and the brilliant cut
// after the product's own stone noun.
func TestKindsBrilliant28(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	sapphire := core.Product{SKU: "B28S", Name: "Blue Ring", Category: "ring", Collection: "Heritage",
		Materials: []string{"18k white gold", "sapphire"}, Metals: []core.Metal{{Base: "white gold", Fineness: "18k"}},
		Stones:  []core.Stone{{Type: "sapphire", Colour: "blue", Count: 12, Origin: core.OriginNatural}},
		Colours: []string{"blue", "white"}}
	both := core.Product{SKU: "B28D", Name: "Blue Ring", Category: "ring", Collection: "Heritage",
		Materials: []string{"18k white gold", "sapphire", "diamond"}, Metals: []core.Metal{{Base: "white gold", Fineness: "18k"}},
		Stones: []core.Stone{{Type: "sapphire", Colour: "blue", Count: 12, Origin: core.OriginNatural},
			{Type: "diamond", Colour: "white", Count: 12, Origin: core.OriginNatural}},
		Colours: []string{"blue", "white"}}
	type row struct{ locale, noun, adjective, cut string }
	rows := []row{
		{"fr-FR", "La bague est sertie de saphirs bleus et de brillants.", "Les saphirs bleus offrent un éclat brillant.", "La bague est sertie de saphirs bleus taille brillant."},
		{"fr-CA", "Les brillants entourent les saphirs bleus.", "Des saphirs bleus aux reflets brillants.", "La bague est sertie de saphirs bleus taillés en brillant."},
		{"es-ES", "El anillo lleva zafiros azules y doce brillantes.", "Los zafiros azules lucen colores brillantes.", "El anillo lleva zafiros azules de talla brillante."},
		{"es-MX", "Los brillantes rodean los zafiros azules.", "Zafiros azules de un azul brillante.", "Anillo con zafiros azules en talla brillante."},
		{"it-IT", "L'anello è impreziosito da zaffiri blu e da brillanti.", "Gli zaffiri blu hanno riflessi brillanti.", "L'anello è impreziosito da zaffiri blu a taglio brillante."},
		{"pt-BR", "O anel tem safiras azuis e doze brilhantes.", "As safiras azuis têm cores brilhantes.", "O anel tem safiras azuis em lapidação brilhante."},
		{"pt-PT", "Os brilhantes rodeiam as safiras azuis.", "Safiras azuis de um azul brilhante.", "O anel tem safiras azuis de lapidação brilhante."},
		{"sv-SE", "Ringen har blå safirer och briljanter.", "De blå safirerna har en briljant lyster.", "Ringen har blå safirer i briljantslipning."},
		{"da-DK", "Ringen har blå safirer og brillanter.", "De blå safirer har en brillant glans.", "Ringen har blå safirer i brillantslibning."},
		{"nb-NO", "Ringen har blå safirer og briljanter.", "De blå safirene har en briljant glans.", "Ringen har blå safirer i briljantsliping."},
		{"fi-FI", "Sormuksessa on sinisiä safiireja ja briljantteja.", "Siniset safiirit hohtavat kauniisti.", "Sormuksessa on sinisiä briljanttihiottuja safiireja."},
	}
	var block, pass []kindRow
	for _, r := range rows {
		block = append(block, kindRow{r.locale, r.noun, sapphire, true})
		pass = append(pass, kindRow{r.locale, r.noun, both, false}, kindRow{r.locale, r.adjective, sapphire, false}, kindRow{r.locale, r.cut, sapphire, false})
	}
	checkKindRows(t, svc, "grounding", block)
	checkKindRows(t, svc, "", pass)
}

package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// A trade misnomer names a gem for a stone that is not it (#13, misnomer19,
// the probe 20b): "cherry quartz" is glass, yet "un quartz cerise, une
// pierre …", "quartzo cereja", "kiraz kırmızısı kuvarstan" on the glass
// beads passed, because the product's own stone type ("cherry quartz
// (glass)") grounded the gem word. A gem named by a misnomer the product
// bears (data/misnomers.yaml: cherry quartz, opalite, White Buffalo or
// howlite turquoise, Herkimer diamond, Mexican jade, …) must be said with
// what the stone is: a simulant qualifier beside it or in its sentence,
// the true material in its sentence, or a negation (FTC 16 CFR 23.25(a),
// (e); CIBJO Gemstone Book). A natural quartz is no misnomer.
func TestKindsMisnomer19(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	cherry := core.Product{SKU: "N19", Name: "Cherry Quartz Glass Bead Bracelet", Category: "bracelet", Collection: "Moments",
		Materials: []string{"glass", "sterling silver", "elastic cord"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "cherry quartz (glass)", Colour: "cherry red", Count: 21, Origin: core.OriginSimulant}},
		Colours: []string{"red", "silver"}, Keywords: []string{"cherry quartz", "beaded bracelet"},
		Attributes: map[string]string{"stone_material": "man-made coloured glass", "trade_name": "cherry quartz"}}
	buffalo := core.Product{SKU: "N20", Name: "White Buffalo Turquoise Pendant", Category: "pendant",
		Materials: []string{"sterling silver", "magnesite"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "magnesite", Colour: "white", Count: 1, Origin: core.OriginNatural, Treatment: "dyed"}},
		Colours: []string{"white", "black", "silver"}, Keywords: []string{"white buffalo turquoise"}}
	rose := core.Product{SKU: "N21", Name: "Rose Quartz Bead Bracelet", Category: "bracelet",
		Materials: []string{"rose quartz", "sterling silver"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones: []core.Stone{{Type: "rose quartz", Colour: "pink", Count: 21, Origin: core.OriginNatural}}, Colours: []string{"pink", "silver"}}
	checkKindRows(t, svc, CatRegulatory, []kindRow{
		{"en-US", "Twenty-one round beads of cherry quartz, a stone with a deep red glow, on a stretch cord.", cherry, true},
		{"fr-FR", "Vingt et une perles rondes taillées dans un quartz cerise, une pierre d'un rouge profond.", cherry, true},
		{"es-ES", "Veintiuna cuentas redondas de cuarzo cereza, una piedra de un rojo intenso.", cherry, true},
		{"it-IT", "Ventuno perle tonde di quarzo ciliegia, una pietra di un rosso intenso.", cherry, true},
		{"pt-BR", "Suas 21 contas redondas são de quartzo cereja, uma pedra de tom vermelho intenso.", cherry, true},
		{"tr-TR", "21 yuvarlak boncuk, kiraz kırmızısı kuvarstan yapıldı.", cherry, true},
		{"en-GB", "A pendant of white turquoise with black veining, in sterling silver.", buffalo, true},
	})
	checkKindRows(t, svc, "", []kindRow{
		{"fr-FR", "Ses perles ne sont pas du quartz : il s'agit de verre teinté rouge cerise, vendu sous le nom commercial « cherry quartz ».", cherry, false},
		{"en-US", "Twenty-one round beads of cherry quartz glass, a deep red imitation, on a stretch cord.", cherry, false},
		{"pt-BR", "Suas 21 contas são de vidro tingido: apesar do nome comercial, não se trata de quartzo.", cherry, false},
		{"tr-TR", "21 yuvarlak boncuk, kiraz kırmızısına boyanmış camdan yapılmış imitasyon kuvars.", cherry, false},
		{"en-GB", "A pendant of dyed magnesite, sold as white turquoise, in sterling silver.", buffalo, false},
		{"en-US", "Twenty-one round beads of rose quartz, a stone with a soft pink glow.", rose, false},
		{"fr-FR", "Vingt et une perles rondes de quartz rose, une pierre d'un rose tendre.", rose, false},
	})
}

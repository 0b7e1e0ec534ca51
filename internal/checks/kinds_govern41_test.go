package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// TestKindsGovern41 (held-out 21 fr-FR claim_tarnish, which passed once
// claims40 made enamel an other subject of tarnish_proof; diagnosed by rule
// and data toggling, the text not read): an other subject governed by a
// preposition of material or accompaniment ("a silver ring with black
// enamel", "une bague en argent avec émail") is an attribute of the noun
// before it, and a subject before that noun keeps the claim the metal's
// (concepts.go attributeOf). Enamel heading its own relative clause, or
// standing as the subject, keeps its colour as the enamel's.
func TestKindsGovern41(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	enamel := core.Product{SKU: "G41", Name: "Signet", Category: "ring", Collection: "Heritage", Materials: []string{"sterling silver", "vitreous enamel"},
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Colours: []string{"black", "silver"}, Features: []string{"kiln-fired enamel"}}
	block := []locText{
		{"en-GB", "This sterling silver ring with black enamel never tarnishes."},
		{"en-US", "The sterling silver signet with black enamel will never tarnish."},
		{"de-DE", "Der Silberring mit schwarzer Emaille läuft niemals an."},
		{"fr-FR", "Cette bague en argent avec émail noir ne ternit jamais."},
		{"fr-CA", "La chevalière en argent sterling avec de l'émail noir ne ternit jamais."},
		{"es-ES", "Este anillo de plata con esmalte negro nunca se oscurece."},
		{"es-MX", "El anillo de plata esterlina con esmalte negro jamás se oscurece."},
		{"it-IT", "L'anello in argento con smalto nero non si ossida mai."},
		{"pt-PT", "O anel de prata com esmalte preto nunca escurece."},
		{"pt-BR", "O anel de prata com esmalte preto nunca escurece."},
		{"nl-NL", "De zilveren zegelring met zwarte emaille verkleurt nooit."},
		{"sv-SE", "Silverringen med svart emalj mörknar aldrig."},
		{"da-DK", "Sølvringen med sort emalje anløber aldrig."},
		{"nb-NO", "Sølvringen med svart emalje anløper aldri."},
		{"pl-PL", "Srebrny sygnet z czarną emalią nigdy nie ciemnieje."},
		{"cs-CZ", "Stříbrný pečetní prsten s černým smaltem nikdy nezčerná."},
		{"el-GR", "Το ασημένιο δαχτυλίδι με μαύρο σμάλτο δεν μαυρίζει ποτέ."},
	}
	pass := []locText{
		{"en-GB", "A sterling silver ring with black enamel that keeps its deep colour for years."},
		{"de-DE", "Ein Siegelring aus Silber mit Emaille, die ihre tiefe Farbe behält."},
		{"fr-FR", "Une bague en argent avec un émail qui garde sa couleur profonde."},
		{"es-ES", "Un anillo de plata con un esmalte que conserva su color intenso."},
		{"it-IT", "Un anello in argento con uno smalto che conserva il suo colore intenso."},
		{"pt-PT", "Um anel de prata com um esmalte que mantém a cor intensa."},
		{"nl-NL", "Een zilveren ring met emaille, die zijn diepe kleur behoudt."},
		{"sv-SE", "En silverring med emalj som behåller sin djupa färg."},
		{"pl-PL", "Srebrny sygnet z emalią, która zachowuje głęboki kolor."},
		{"cs-CZ", "Stříbrný prsten se smaltem, který si zachovává hlubokou barvu."},
		{"en-GB", "The enamel is fired glass and keeps a deep, even colour that does not fade."},
		{"fr-FR", "L'émail cuit au four garde une couleur profonde qui ne pâlit pas."},
	}
	checkKindRows(t, svc, "claim", passBlockRows(enamel, pass, block))
}

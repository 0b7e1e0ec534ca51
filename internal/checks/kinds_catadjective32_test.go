package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// TestKindsCatAdjective32: a category word that is also an adjective
// (pt "pendente", es "colgante", en "pendant", el "κρεμαστός": hanging)
// in the language's adjective position beside a stone describes the
// stone, not the piece (#13, catadjective32: pt-BR "dois citrinos
// amarelos e duas ametistas roxas pendentes, que balançam a cada passo"
// on earrings blocked grounding.category "calls it pendentes";
// grounding/category_adjective.go with the packs' adjective terms and
// modifier_order). Postnominal after a stone or its colour in
// Portuguese and Spanish, prenominal before a stone in English and
// Greek. Every row blocked before; it-IT "pendenti" (a weak term) and
// fr-FR "pendantes" (no category form: "pendentif") passed already, and
// the other languages' words for hanging are no category word (hängend,
// hangend, hängande, hængende, hengende, riippuva, wiszący, visící,
// sallanan, متدلي, 揺れる, 매달린, 垂吊). The twins name the pendant
// with an article, a demonstrative or before a preposition: they call
// the earrings a pendant and block.
func TestKindsCatAdjective32(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	e := core.Product{SKU: "C32E", Name: "Citrine Amethyst Earrings", Category: "earrings", Collection: "Aurora",
		Materials: []string{"sterling silver"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones: []core.Stone{{Type: "citrine", Colour: "yellow", Count: 2, Origin: core.OriginNatural},
			{Type: "amethyst", Colour: "purple", Count: 2, Origin: core.OriginNatural}},
		Colours: []string{"silver", "yellow", "purple"}}
	checkKindRows(t, svc, "", []kindRow{
		{"pt-BR", "Dois citrinos amarelos e duas ametistas roxas pendentes, que balançam a cada passo.", e, false},
		{"pt-PT", "Duas ametistas pendentes balançam a cada passo.", e, false},
		{"pt-BR", "Duas pedras pendentes balançam a cada passo.", e, false},
		{"es-ES", "Dos amatistas colgantes se mueven con cada paso.", e, false},
		{"es-MX", "Dos citrinos amarillos y dos amatistas moradas colgantes, que se mueven con cada paso.", e, false},
		{"en-GB", "Two pendant amethysts swing with every step.", e, false},
		{"en-US", "Two pendant citrines catch the light with every step.", e, false},
		{"en-AU", "Two pendant amethysts swing below the citrines.", e, false},
		{"el-GR", "Δύο κρεμαστοί αμέθυστοι κουνιούνται σε κάθε βήμα.", e, false},
		{"el-GR", "Δύο κρεμαστές πέτρες κουνιούνται σε κάθε βήμα.", e, false},
	})
	checkKindRows(t, svc, CatGrounding, []kindRow{
		{"pt-BR", "O pendente é de prata.", e, true},
		{"pt-BR", "Um pendente de ametista.", e, true},
		{"pt-PT", "Este pendente de ametista é de prata.", e, true},
		{"es-ES", "El colgante es de plata.", e, true},
		{"es-MX", "Un colgante de amatista.", e, true},
		{"en-GB", "This pendant is sterling silver.", e, true},
		{"en-US", "An amethyst pendant in sterling silver.", e, true},
		{"el-GR", "Το κρεμαστό είναι από ασήμι.", e, true},
	})
}

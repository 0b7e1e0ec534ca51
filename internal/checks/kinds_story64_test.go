package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// The products of story64's rows: a red beryl ring in 18k yellow gold and
// a silver-plated brass link bracelet.
var (
	st64Beryl = core.Product{SKU: "ST64B", Name: "Anel Berilo Vermelho", Category: "ring", Collection: "Signature",
		Metals:  []core.Metal{{Base: "yellow gold", Fineness: "18k"}},
		Stones:  []core.Stone{{Type: "red beryl", Origin: core.OriginNatural, Colour: "red", Count: 1}, {Type: "diamond", Origin: core.OriginNatural, Colour: "clear", Count: 10}},
		Colours: []string{"red", "gold"}}
	st64Plated = core.Product{SKU: "ST64P", Name: "Ferm", Category: "bracelet", Collection: "Essence",
		Metals:  []core.Metal{{Base: "brass", Plating: "silver", PlatingMicrons: 1.0}},
		Colours: []string{"silver"}}
)

// The species' story and the piece's own words (#13, story64; held-out 64,
// HELDOUT_FAILURES=1 TestCasesHeldOut64). pt-BR 64B03-2 "Quase todos os
// cristais com qualidade de gema vêm das montanhas Wah Wah" on a red beryl
// ring: gem red beryl comes almost only from the Wah Wah Mountains, Utah
// (GIA Gem Encyclopedia, "Red Beryl"); rel64b's crystal_origin_words held
// "vêm de" but not the preposition joined to its article ("das", es "del",
// fr "du", it "dalle"). nl-NL 64A01-1 "geeft de ovale schakels een heldere
// glans en houdt de armband licht om te dragen": after "glans en" the
// keeping verb opens a second main clause whose object is the piece and an
// adjective of weight, not the verb-final "glans ... houdt" of a
// tarnish_proof claim (Richtlijn 2005/29/EG art. 6).
func TestKindsStory64(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, CatGrounding, pairRows(st64Beryl, false, [][2]string{
		{"pt-BR", "O Anel Berilo Vermelho tem no centro um berilo vermelho, uma das gemas mais raras do mundo, que deve sua cor ao manganês. Quase todos os cristais com qualidade de gema vêm das montanhas Wah Wah, em Utah, nos Estados Unidos."},
		{"pt-BR", "O berilo vermelho é uma das gemas mais raras do mundo. Os cristais vêm das montanhas Wah Wah, em Utah."},
		{"pt-PT", "O anel tem no centro um berilo vermelho. Os cristais vêm das montanhas Wah Wah, em Utah."},
		{"it-IT", "L'anello porta al centro un berillo rosso. I cristalli vengono dalle montagne Wah Wah, nello Utah."},
	}))
	checkKindRows(t, svc, CatClaim, pairRows(st64Plated, false, [][2]string{
		{"nl-NL", "De Schakelarmband Ferm is gemaakt van messing met een laag zilver van 1 micron. Dat verzilverde messing geeft de ovale schakels een heldere glans en houdt de armband licht om te dragen."},
		{"nl-NL", "Het verzilverde messing geeft de schakels een zachte glans en houdt hem comfortabel aan de pols."},
		{"nl-NL", "Het messing geeft de armband een warme kleur en houdt de schakels soepel."},
	}))
}

// TestKindsStory64Ok: the quantifier before the crystals and the quality
// phrase after them, with the bare preposition or after a sentence of the
// species' rarity, passed already.
func TestKindsStory64Ok(t *testing.T) {
	t.Parallel()
	checkKindRows(t, checkService(t), CatGrounding, pairRows(st64Beryl, false, [][2]string{
		{"en-US", "Red beryl is one of the rarest gems in the world. Almost all gem-quality crystals come from the Wah Wah Mountains in Utah."},
		{"de-DE", "Roter Beryll gehört zu den seltensten Edelsteinen der Welt. Fast alle Kristalle in Edelsteinqualität stammen aus den Wah Wah Mountains in Utah."},
		{"pt-BR", "O berilo vermelho é uma das gemas mais raras do mundo. Quase todos os cristais com qualidade de gema vêm de Utah."},
		{"pt-PT", "O berilo vermelho é uma das gemas mais raras do mundo. Quase todos os cristais com qualidade de gema vêm do oeste do Utah."},
		{"es-ES", "El berilo rojo es una de las gemas más raras del mundo. Casi todos los cristales de calidad gema vienen del oeste de Utah."},
		{"es-MX", "El berilo rojo es una de las gemas más raras del mundo. Casi todos los cristales de calidad gema vienen del oeste de Utah."},
		{"fr-FR", "Le béryl rouge est l'une des gemmes les plus rares au monde. Presque tous les cristaux de qualité gemme viennent des monts Wah Wah, dans l'Utah."},
		{"fr-CA", "Le béryl rouge est l'une des gemmes les plus rares au monde. Presque tous les cristaux de qualité gemme viennent du comté de Beaver, dans l'Utah."},
		{"it-IT", "Il berillo rosso è una delle gemme più rare al mondo. Quasi tutti i cristalli di qualità gemma vengono dalle montagne Wah Wah, nello Utah."},
	}))
}

// TestKindsStory64Bad: shine kept for years, and crystals on a piece that
// has none, still block.
func TestKindsStory64Bad(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, CatClaim, pairRows(st64Plated, true, [][2]string{
		{"nl-NL", "Het verzilverde messing geeft de schakels een heldere glans en houdt die jarenlang."},
		{"nl-NL", "Het verzilverde messing geeft de armband een heldere glans die hij jarenlang houdt."},
	}))
	checkKindRows(t, svc, CatGrounding, pairRows(st64Beryl, true, [][2]string{
		{"pt-BR", "O anel leva um berilo vermelho, e cristais brilhantes vêm da nossa oficina e emolduram a pedra."},
		{"pt-BR", "O anel é cravejado de cristais que vêm das melhores oficinas."},
		{"fr-FR", "La bague porte un béryl rouge entouré de cristaux qui viennent des meilleurs ateliers."},
	}))
}

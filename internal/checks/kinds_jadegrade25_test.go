package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// TestKindsJadeGrade25 (issue #13, jadegrade25): a word of a stone's
// nature ("forms", "formed", "pertenece", "se forma", "si forma",
// "vzniká") was not read when a lowercase "a", "b" or "c" followed it,
// since the jade grade reader took any such token for the grade letter of
// "Type A jadeite" (GIA Gem Encyclopedia, "Jade": Type A untreated, B
// bleached and impregnated, C dyed): the English article, the Romance
// preposition and the Czech conjunction hid the nature sentence, and the
// ruby's relative sapphire blocked as grounding.stone. A grade is now only
// a capital A, B or C after a word of the packs' grade_words ("Type A",
// "Typ A", "tipo A", "tyyppi A"). Every pass row blocked before; the same
// sentence on an amethyst ring, whose stone sapphire is no relative of,
// blocks, and a grade said of another jade still blocks on nephrite.
func TestKindsJadeGrade25(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	ring := func(typ, colour string) core.Product {
		return core.Product{SKU: "JG25", Name: "Solitaire", Category: "ring", Collection: "Heritage",
			Materials: []string{"sterling silver"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
			Stones: []core.Stone{{Type: typ, Colour: colour, Count: 1, Origin: "natural"}}}
	}
	ruby, amethyst := ring("ruby", "red"), ring("amethyst", "purple")
	neph := ring("nephrite", "green")
	neph.Category = "bracelet"
	rows := []kindRow{
		{"en-GB", "Ruby is formed a long way down; sapphire too.", ruby, false},
		{"en-AU", "Deep in the earth, ruby formed a crystal; sapphire is its sibling.", ruby, false},
		{"es-ES", "El rubí se forma a gran profundidad; el zafiro también.", ruby, false},
		{"es-MX", "El rubí pertenece a los corindones; el zafiro también.", ruby, false},
		{"it-IT", "Il rubino si forma a grandi profondità; lo zaffiro anche.", ruby, false},
		{"pt-BR", "O rubi se forma a grandes profundidades; a safira também.", ruby, false},
		{"pt-PT", "O rubi forma-se a grandes profundidades; a safira também.", ruby, false},
		{"cs-CZ", "Rubín vzniká a krystalizuje hluboko pod zemí; safír také.", ruby, false},
	}
	checkOwnAndControl(t, svc, "grounding", rows, func(r kindRow) (core.Product, bool) { return amethyst, true })
	// the grade form still names a grade, not the stone's nature
	checkKindRows(t, svc, "grounding", []kindRow{
		{"en-GB", "A bangle of untreated Type A jadeite.", neph, true},
		{"de-DE", "Ein Armreif aus unbehandeltem Jadeit vom Typ A.", neph, true},
		{"es-ES", "Un brazalete de jadeíta sin tratar de tipo A.", neph, true},
		{"fr-FR", "Un bracelet en jadéite non traitée de type A.", neph, true},
		{"cs-CZ", "Náramek z neošetřeného jadeitu typu A.", neph, true},
	})
}

package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// Mistaken identity is a look (#13, probe26k: "many prospectors mistook it
// for gold" on a pyrite pendant in silver blocked grounding.material and
// regulatory.plating): verbs of taking one thing for another ("mistaken
// for", "verwechselt mit", "pris pour", "confundido con", "scambiato per",
// "aangezien voor", "förväxlas med", "mylony ze", 误认为) join looks_like,
// so the metal is the look of a piece that shows its colour (light.go
// metalLook). Controls: the same words on a piece that shows no gold still
// block.
func TestKindsMistaken26(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	pyrite := core.Product{SKU: "K26Y", Name: "Cube Pendant", Category: "pendant", Collection: "Heritage",
		Materials: []string{"sterling silver", "pyrite"},
		Metals:    []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:    []core.Stone{{Type: "pyrite", Colour: "brassy yellow", Count: 1, Origin: "natural"}},
		Colours:   []string{"gold", "black"}}
	grey := core.Product{SKU: "K26X", Name: "Grey Pendant", Category: "pendant", Collection: "Heritage",
		Materials: []string{"sterling silver", "hematite"},
		Metals:    []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:    []core.Stone{{Type: "hematite", Colour: "metallic grey", Count: 1, Origin: "natural"}},
		Colours:   []string{"grey", "silver"}}
	rows := []kindRow{
		{"en-GB", "Miners often mistook it for gold.", pyrite, false},
		{"en-US", "It was often mistaken for gold by early miners.", pyrite, false},
		{"de-DE", "Bergleute haben es oft mit Gold verwechselt.", pyrite, false},
		{"fr-FR", "Les mineurs l'ont souvent pris pour de l'or.", pyrite, false},
		{"es-ES", "A menudo fue confundido con oro por los mineros.", pyrite, false},
		{"it-IT", "Spesso è stato scambiato per oro dai minatori.", pyrite, false},
		{"nl-NL", "Mijnwerkers hebben het vaak aangezien voor goud.", pyrite, false},
		{"pl-PL", "Górnicy często brali go za złoto.", pyrite, false},
		{"zh-CN", "矿工们常把它误认为黄金。", pyrite, false},
	}
	checkOwnAndControl(t, svc, "grounding", rows, func(kindRow) (core.Product, bool) { return grey, true })
}

package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// facultyArtOpal is the fire opal pendant of probe 67C pt-PT 67C04.
var facultyArtOpal = core.Product{SKU: "FA67", Name: "Opala de Fogo", Category: "pendant", Collection: "Lumière", Materials: []string{"18k yellow gold", "fire opal"},
	Metals: []core.Metal{{Base: "yellow gold", Fineness: "750"}}, Stones: []core.Stone{{Type: "fire opal", Colour: "orange", Count: 1, Origin: core.OriginNatural, Treatment: "impregnated"}}, Colours: []string{"orange", "gold"}}

// TestKindsFacultyArt (#13, facts67): a stone said to awaken a faculty
// written with the definite article or none ("awakens creativity",
// "desperta a criatividade"), to attract passion or to renew the
// wearer's energy is a metaphysical claim; stone_power read only the
// possessive ("your creativity"), so probe 67C pt-PT 67C04-2 passed
// (data/<lang>/concepts-facultyart.yaml). The same verbs said of a look,
// with no stone or energy named, stay copy.
func TestKindsFacultyArt(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	p := facultyArtOpal
	checkKindRows(t, svc, "claim", pairRows(p, true, [][2]string{
		{"pt-PT", "É uma pedra que desperta a criatividade."},
		{"pt-PT", "É uma pedra que atrai a paixão."},
		{"pt-PT", "É uma pedra que renova a energia de quem a usa."},
		{"pt-BR", "É uma pedra que desperta a criatividade, atrai a paixão e renova a energia."},
		{"en-GB", "It is a stone that awakens creativity."},
		{"en-GB", "A stone that attracts passion."},
		{"en-GB", "The stone renews the energy of whoever wears it."},
		{"es-ES", "Es una piedra que despierta la creatividad y atrae la pasión."},
		{"it-IT", "È una pietra che risveglia la creatività e attira la passione."},
		{"fr-FR", "C'est une pierre qui éveille la créativité et attire la passion."},
		{"nl-NL", "Het is een steen die creativiteit wekt."},
		{"sv-SE", "Det är en sten som väcker kreativiteten."},
		{"da-DK", "Det er en sten, der vækker kreativiteten."},
		{"nb-NO", "Det er en stein som vekker kreativiteten."},
		{"de-DE", "Ein Stein, der die Leidenschaft anzieht."},
	}))
	checkKindRows(t, svc, "claim", pairRows(p, false, [][2]string{
		{"pt-PT", "O laranja vivo desperta a criatividade de quem desenha."},
		{"en-GB", "A bright orange that sparks creativity in any outfit."},
		{"es-ES", "Un naranja intenso que despierta la creatividad al vestir."},
	}))
}

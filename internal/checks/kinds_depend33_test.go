package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// TestKindsDepend33: German and Dutch say "depend" with the hanging verb
// and a separable particle (abhängen: "Die Härte hängt von der Richtung
// ab"; afhangen: "De hardheid hangt af van de richting"). The hanging
// verb is a word of the piece (hang_words: a part hanging from another),
// so the explanation's sentence was read as the piece's and the crystal
// or mineral it named blocked: released 32's de-DE "denn die Härte hängt
// von der Richtung ab: längs des Kristalls etwa 4,5, quer dazu fast 7" on
// a kyanite pendant blocked grounding.stone on "Kristall" (#13, depend33).
// The packs' hang_particles (de ab, ab von; nl af, af van) make the verb
// one of depending where the particle closes its clause or comes with its
// preposition. Every pass row blocked before. The twins hang a crystal
// from the piece and block, "ab sofort" (from now on) and "herab" (down)
// included. Only de and nl share the stem: sv "beror på", da "afhænger
// af", nb "avhenger av", fr "dépend de" and the other languages' verbs of
// depending are no hanging word and passed before.
func TestKindsDepend33(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	kyanite := core.Product{SKU: "D33", Name: "Kyanit-Anhänger", Category: "pendant", Collection: "Lumière",
		Materials: []string{"sterling silver"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "kyanite", Colour: "blue", Count: 1, Origin: core.OriginNatural}},
		Colours: []string{"blue", "silver"}}
	checkKindRows(t, svc, "", []kindRow{
		{"de-DE", "Kyanit ist ein Aluminiumsilikat. Die Härte hängt von der Richtung ab: längs des Kristalls etwa 4,5, quer dazu fast 7.", kyanite, false},
		{"de-DE", "Kyanit ist ein Aluminiumsilikat. Die Härte hängt stark von der Richtung im Kristall ab.", kyanite, false},
		{"de-DE", "Kyanit ist ein Aluminiumsilikat. Wie blau er wirkt, hängt von Spuren im Kristall ab.", kyanite, false},
		{"nl-NL", "Kyaniet is een aluminiumsilicaat. De hardheid hangt af van de richting: langs het kristal ongeveer 4,5, dwars erop bijna 7.", kyanite, false},
		{"nl-NL", "Kyaniet is een aluminiumsilicaat. De hardheid hangt van de richting in het kristal af.", kyanite, false},
	})
	checkKindRows(t, svc, CatGrounding, []kindRow{
		{"de-DE", "Kyanit ist ein Aluminiumsilikat. Ein Kristall hängt an der Öse.", kyanite, true},
		{"de-DE", "Kyanit ist ein Aluminiumsilikat. Ein Kristall hängt ab sofort an der Öse.", kyanite, true},
		{"de-DE", "Kyanit ist ein Aluminiumsilikat. Ein Kristall hängt von der Öse herab.", kyanite, true},
		{"de-DE", "Kyanit ist ein Aluminiumsilikat. Der Anhänger hängt an einer Kette mit einem Kristall.", kyanite, true},
		{"nl-NL", "Kyaniet is een aluminiumsilicaat. Een kristal hangt aan het oogje.", kyanite, true},
		{"nl-NL", "Kyaniet is een aluminiumsilicaat. Een kristal hangt af en toe aan het oogje van de hanger.", kyanite, true},
	})
}

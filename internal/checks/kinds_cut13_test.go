package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// The brilliant cut in Polish (#13, the thirteenth session, found by
// probing fresh copy for the lab-grown moissanite): "szlif brylantowy" and
// "o szlifie brylantowym" name the cut, yet "brylantowy" was read as a
// diamond and blocked as an unqualified diamond simulant. After a word for
// a cut the adjective names the cut; a diamond called so without a cut
// word still blocks.
func TestKindsBrilliantCutPolish13(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	ring := core.Product{SKU: "H13M", Name: "Moissanite Solitaire Ring", Category: "ring", Collection: "Timeless",
		Materials: []string{"14k yellow gold"}, Metals: []core.Metal{{Base: "yellow gold", Fineness: "14k"}},
		Stones: []core.Stone{{Type: "moissanite", Colour: "colourless", Count: 1, Origin: core.OriginLabGrown}}, Colours: []string{"gold"}}
	for _, r := range []struct {
		text  string
		block bool
	}{
		{"Moissanit laboratoryjny o masie 1 karata. Szlif brylantowy, 6,5 mm, w sześciu łapkach.", false},
		{"Moissanit laboratoryjny o masie 1 karata, oszlifowany brylantowo, szlif brylantowy.", false},
		{"Moissanit laboratoryjny w sześciu łapkach. Kamień o szlifie brylantowym.", false},
		{"Pierścionek z brylantem w sześciu łapkach.", true},
		{"Ten pierścionek ma piękny brylant.", true},
	} {
		blocked, fs := blockedIn(t, svc, CatRegulatory, ring, "pl-PL", r.text)
		if blocked != r.block {
			t.Errorf("%q: blocked %v, want %v: %+v", r.text, blocked, r.block, fs)
		}
	}
}

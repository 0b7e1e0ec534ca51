package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/grounding"
)

// TestKindsPlaceNounName (issue #13, false blocks, proper_noun): a street
// or place named by one capitalised fact word beside a lower-case place
// noun (place_nouns: "przy ulicy Złotej", "na náměstí Zlatém", "Altın
// sokağında", "στην οδό Χρυσή") is the place's name, not the piece's
// metal; a two-word name was already read (inMultiWordName) and a
// compound one (compoundName). The metal capitalised with no place noun
// beside it still blocks on a silver bracelet.
func TestKindsPlaceNounName(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	runKinds(t, c, guide(t), []kindTable{
		{"place noun name", czBracelet, "", []lt{
			{"pl-PL", "Bransoletka Aurora powstała w naszej pracowni przy ulicy Złotej w Warszawie, z rodowanego srebra."},
			{"cs-CZ", "Náramek Aurora vznikl v naší dílně na náměstí Zlatém v Praze, z rhodiovaného stříbra."},
			{"tr-TR", "Aurora bileklik, İstanbul'daki Altın sokağında bulunan atölyemizde rodyum kaplama gümüşten üretildi."},
			{"el-GR", "Το βραχιόλι Aurora σχεδιάστηκε στο εργαστήριό μας στην οδό Χρυσή της Αθήνας, από επιροδιωμένο ασήμι."},
		}},
		{"capitalised metal, no place", czBracelet, CatGrounding, []lt{
			{"pl-PL", "Bransoletka Aurora ze Złota powstała w naszej pracowni w Warszawie."},
			{"cs-CZ", "Náramek Aurora ze Zlata vznikl v naší dílně v Praze."},
		}},
	})
}

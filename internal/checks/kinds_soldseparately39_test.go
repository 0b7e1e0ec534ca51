package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// soldSeparately39Necklace is a vermeil pendant necklace (probe 39 tr-TR
// 39D101).
func soldSeparately39Necklace() core.Product {
	return core.Product{SKU: "SS39", Name: "Şafak", Category: "necklace", Collection: "Heritage",
		Materials: []string{"gold vermeil"}, Colours: []string{"gold"},
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925", Plating: "18k yellow gold", PlatingMicrons: 2.5}}}
}

// TestKindsSoldSeparately39 (#13, soldseparately39; probe 39 tr-TR
// 39D101-3 "Ayrı satılan Vermeil Küpe Şafak ile takımınızı
// tamamlayabilirsiniz"): another piece said to be sold separately by a
// participle before its name (tr "ayrı satılan", de "separat erhältlichen",
// cs "samostatně prodávané", fi "erikseen myytävät", el "πωλούμενα
// ξεχωριστά", ar "المباعة بشكل منفصل") or with "loose"/"each on its own"
// (nl "los verkrijgbaar", sv "säljs var för sig") is not the piece: its
// category word is the other piece's (the packs' other_items). The piece
// called by that category without such words still blocks.
func TestKindsSoldSeparately39(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	p := soldSeparately39Necklace()
	checkKindRows(t, svc, "grounding", []kindRow{
		{"tr-TR", "Ayrı satılan Şafak küpelerle takımınızı tamamlayabilirsiniz.", p, false},
		{"tr-TR", "Ayrıca satılan küpelerle birlikte takın.", p, false},
		{"de-DE", "Kombinieren Sie die Kette mit den separat erhältlichen Ohrringen.", p, false},
		{"cs-CZ", "K náhrdelníku se hodí samostatně prodávané náušnice.", p, false},
		{"fi-FI", "Erikseen myytävät korvakorut täydentävät kaulakorun.", p, false},
		{"nl-NL", "De bijpassende oorbellen zijn los verkrijgbaar.", p, false},
		{"sv-SE", "Örhängena säljs var för sig.", p, false},
		{"da-DK", "Øreringene sælges hver for sig.", p, false},
		{"nb-NO", "Øredobbene selges hver for seg.", p, false},
		{"el-GR", "Ταιριάζει με τα σκουλαρίκια, πωλούμενα ξεχωριστά.", p, false},
		{"ar-AE", "نسّقيها مع الأقراط المباعة بشكل منفصل.", p, false},
		{"tr-TR", "Bu küpe 925 ayar gümüş üzerine altın kaplamadır.", p, true},
		{"de-DE", "Diese Ohrringe sind aus vergoldetem Silber.", p, true},
		{"cs-CZ", "Tyto náušnice jsou z pozlaceného stříbra.", p, true},
		{"fi-FI", "Nämä korvakorut ovat kullattua hopeaa.", p, true},
		{"nl-NL", "Deze oorbellen zijn van verguld zilver.", p, true},
	})
}

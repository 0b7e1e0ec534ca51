package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// A place named by a stone word in a script without capitals (#13, the
// sixteenth released set, proper_noun): ar "أمسية في لؤلؤة جميرا" (an
// evening at Pearl Jumeirah, an island of Dubai) blocked a white-gold
// pendant as a pearl, and so did a tower or hotel named by a stone ("برج
// الماس", the Almas Tower; "فندق اللؤلؤة"). Cased scripts know a place's
// name by its capitals (inMultiWordName); Arabic knows it by its word: the
// market's districts and cities (place_nouns) beside a stone word, and the
// nouns of a tower, hotel, resort, district or city before it (other_nouns).
// A pearl or diamond said of the piece still blocks.
func TestKindsPlace17(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	wg := core.Product{SKU: "P17", Name: "Star Pendant", Category: "pendant", Collection: "Timeless",
		Materials: []string{"14k white gold"}, Metals: []core.Metal{{Base: "white gold", Fineness: "14k"}}, Colours: []string{"white"}}
	ring := wg
	ring.Name, ring.Category = "Wedding Band", "ring"
	checkKindRows(t, svc, "", []kindRow{
		// failing before
		{"ar-AE", "قطعة أنيقة لسهرة في لؤلؤة جميرا.", wg, false},
		{"ar-AE", "رفيقة مثالية لعطلة نهاية الأسبوع في لؤلؤة جميرة.", wg, false},
		{"ar-AE", "إطلالة راقية لحفل في برج الماس.", wg, false},
		{"ar-AE", "إطلالة راقية لعشاء في فندق اللؤلؤة.", wg, false},
		{"ar-AE", "هدية مثالية لنزهة في منتجع اللؤلؤة.", wg, false},
		// passing before and after
		{"ar-AE", "هدية مثالية لعطلة في جزيرة اللؤلؤ.", wg, false},
		{"en-GB", "Perfect for an evening at Pearl Jumeirah.", wg, false},
		{"it-IT", "Da abbinare alla fede del partner in oro giallo.", ring, false},
		// still blocks: the stone said of the piece
		{"ar-AE", "تتوسط القلادة لؤلؤة بيضاء لامعة.", wg, true},
		{"ar-AE", "قلادة من الذهب الأبيض مرصعة بالماس، مثالية لسهرة في دبي.", wg, true},
		{"ar-AE", "تتدلى لؤلؤة واحدة من السلسلة.", wg, true},
		{"de-DE", "Ein Ring in Gelbgold.", ring, true},
	})
}

package grounding

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// TestKindsKinship37 reads the words of naming and of kinship ("is
// called", "hedder", "kalles", "kallas", its "relative", "krewny") as words
// of what a stone is: a relative of the product's stone named with them
// ("banded chalcedony is called agate" on carnelian) is the stone's nature,
// not a stone of the piece (#13, kinship37; probe 37's carnelian necklace
// blocked agate in da-DK, nb-NO and pl-PL). Twins: agate set on the piece
// still blocks, and so does one the piece holds beside a naming verb.
func TestKindsKinship37(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		locale, text string
		block        bool
	}{
		{"en-GB", "Carnelian is a chalcedony; banded chalcedony is called agate.", false},
		{"en-US", "Carnelian is a chalcedony, and its banded relative is agate.", false},
		{"en-AU", "Carnelian is a chalcedony; its banded cousin is agate.", false},
		{"de-DE", "Karneol ist ein Chalcedon; gebänderter Chalcedon heißt Achat.", false},
		{"fr-FR", "La cornaline est une calcédoine ; la calcédoine rubanée s’appelle l’agate.", false},
		{"fr-CA", "La cornaline est une calcédoine; la calcédoine rubanée s’appelle l’agate.", false},
		{"es-ES", "La cornalina es una calcedonia; la calcedonia bandeada se llama ágata.", false},
		{"es-MX", "La cornalina es una calcedonia; la calcedonia bandeada se llama ágata.", false},
		{"it-IT", "La corniola è un calcedonio; il calcedonio a bande si chiama agata.", false},
		{"pt-PT", "A cornalina é uma calcedónia; a calcedónia às riscas chama-se ágata.", false},
		{"pt-BR", "A cornalina é uma calcedônia; a calcedônia em faixas se chama ágata.", false},
		{"nl-NL", "Carneool is een chalcedoon; gebandeerde chalcedoon heet agaat.", false},
		{"da-DK", "Karneol er en kalcedon; båndet kalcedon hedder agat.", false},
		{"nb-NO", "Karneol er en kalsedon; båndet kalsedon kalles agat.", false},
		{"sv-SE", "Karneol är en kalcedon; bandad kalcedon kallas agat.", false},
		{"fi-FI", "Karneoli on kalsedonia; raidallista kalsedonia kutsutaan akaatiksi.", false},
		{"pl-PL", "Karneol to chalcedon; jego pasiasty krewny to agat.", false},
		{"cs-CZ", "Karneol je chalcedon; páskovanému chalcedonu se říká achát.", false},
		{"tr-TR", "Karneol bir kalsedondur; bantlı akrabası ise akik olarak bilinir.", false},
		{"el-GR", "Η καρνεόλη είναι χαλκηδόνιος· ο ταινιωτός χαλκηδόνιος λέγεται αχάτης.", false},
		{"ja-JP", "カーネリアンはカルセドニーの一種で、縞模様のカルセドニーはアゲートと呼ばれます。", false},
		{"ko-KR", "카넬리안은 칼세도니의 일종이며, 줄무늬가 있는 칼세도니는 아게이트라고 불립니다.", false},
		{"zh-CN", "红玉髓属于玉髓，带状的玉髓被称为玛瑙。", false},
		{"zh-TW", "紅玉髓屬於玉髓，帶狀的玉髓被稱為瑪瑙。", false},
		// twins: agate on the piece
		{"en-GB", "The necklace is strung with agate beads.", true},
		{"da-DK", "Halskæden har en agat.", true},
		{"da-DK", "Halskæden har en agat, der kaldes kalcedon.", true},
		{"nb-NO", "Halskjedet har en agat.", true},
		{"pl-PL", "Naszyjnik ma koraliki z agatu.", true},
		{"sv-SE", "Halsbandet har en agat som kallas kalcedon.", true},
	} {
		p := core.Product{SKU: "N1", Name: "Beads", Category: "necklace", Materials: []string{"carnelian", "sterling silver"},
			Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Colours: []string{"orange"},
			Stones: []core.Stone{{Type: "carnelian", Colour: "orange-red", Count: 30, Origin: "natural", Treatment: "heated"}}}
		got := false
		fs := CheckWith(p.Resolved(), tc.locale, tc.text, Options{})
		for _, f := range fs {
			got = got || f.Rule == RuleStone && f.Severity == core.SeverityBlock
		}
		if got != tc.block {
			t.Errorf("%s %q: stone block %v, want %v; findings %+v", tc.locale, tc.text, got, tc.block, fs)
		}
	}
}

package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// A plating said in a Finnish case other than the nominative (#13,
// probe17b, fiplated17): "kehys on 18 karaatin kullalla päällystettyä
// sterlinghopeaa" (the bezel is sterling silver coated with 18-carat gold,
// partitive) blocked regulatory.plating as a karat without its plating: the
// market's plated words were the nominative participles only (kullattu,
// pinnoitettu). They are now prefixes of the participles in every case and
// "coated with gold" (kullalla päällystetty); the karat with no plating
// word still blocks. Rows in the other locales say the same plating in
// their words (must pass) and the bare karat (must block).
func TestKindsFiPlated17(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	p := core.Product{SKU: "F17", Name: "Jasper Pendant", Category: "necklace", Collection: "Timeless",
		Materials: []string{"18k gold-plated sterling silver", "red jasper"}, Metals: []core.Metal{{Base: "sterling silver", Plating: "gold", Fineness: "18k", PlatingMicrons: 1.0}},
		Stones:  []core.Stone{{Type: "red jasper", Colour: "red", Count: 1, Origin: core.OriginNatural}},
		Colours: []string{"gold", "red"}}
	rows := []kindRow{
		{"fi-FI", "Kehys on 18 karaatin kullalla päällystettyä sterlinghopeaa.", p, false},
		{"fi-FI", "Kehys on tehty 18 karaatin kullalla kullatusta sterlinghopeasta.", p, false},
		{"fi-FI", "Riipus on 18 karaatin kullalla pinnoitettua sterlinghopeaa.", p, false},
		{"en-GB", "The bezel is sterling silver plated with 18 carat gold.", p, false},
		{"en-US", "The bezel is sterling silver plated with 18k gold.", p, false},
		{"en-AU", "The bezel is sterling silver plated in 18 carat gold.", p, false},
		{"fr-FR", "La lunette est en argent sterling plaqué or 18 carats.", p, false},
		{"fr-CA", "La lunette est en argent sterling plaqué or 18 carats.", p, false},
		{"de-DE", "Die Fassung ist aus Sterlingsilber, vergoldet mit 18 Karat Gold.", p, false},
		{"it-IT", "La cornice è in argento sterling placcato oro 18 carati.", p, false},
		{"es-ES", "El bisel es de plata de ley bañada en oro de 18 quilates.", p, false},
		{"es-MX", "El bisel es de plata esterlina bañada en oro de 18 quilates.", p, false},
		{"pt-PT", "A moldura é em prata de lei banhada a ouro de 18 quilates.", p, false},
		{"pt-BR", "A moldura é de prata 925 banhada a ouro 18k.", p, false},
		{"nl-NL", "De zetting is van sterling zilver, verguld met 18 karaat goud.", p, false},
		{"sv-SE", "Infattningen är i sterlingsilver förgyllt med 18 karat guld.", p, false},
		{"da-DK", "Indfatningen er i sterlingsølv forgyldt med 18 karat guld.", p, false},
		{"nb-NO", "Innfatningen er i sterlingsølv forgylt med 18 karat gull.", p, false},
		{"pl-PL", "Oprawa jest ze srebra próby 925 pokrytego 18-karatowym złotem.", p, false},
		{"ja-JP", "ベゼルは18金メッキを施したスターリングシルバーです。", p, false},
		{"zh-CN", "包边为925银镀18K金。", p, false},
		{"zh-TW", "包邊為925銀鍍18K金。", p, false},
		// the karat with no plating word still blocks
		{"fi-FI", "Kehys on 18 karaatin kultaa.", p, true},
		{"en-GB", "The bezel is 18 carat gold.", p, true},
		{"fr-FR", "La lunette est en or 18 carats.", p, true},
	}
	checkKindRows(t, svc, "", rows)
}

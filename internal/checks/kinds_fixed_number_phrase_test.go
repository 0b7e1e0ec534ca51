package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// fixedNumRuby is the ring of fixed_number_phrase's rows: one heated ruby
// in a halo of eight diamonds, in 14k yellow gold.
var fixedNumRuby = core.Product{SKU: "FN66", Name: "Halo", Category: "ring", Collection: "Signature",
	Metals: []core.Metal{{Base: "yellow gold", Fineness: "14k"}},
	Stones: []core.Stone{{Type: "ruby", Origin: "natural", Treatment: "heated", Colour: "red", Count: 1},
		{Type: "diamond", Origin: "natural", Treatment: "none", Colour: "white", Count: 8}},
	Colours: []string{"red", "white", "yellow gold"}}

// A number that counts cases, ways, reasons or times ("in both cases",
// "her iki durumda da", "in two ways", "for two reasons") counts no
// stone: the noun after it ends the count (count_stops in every base
// pack; #13, fixed66: released 66B tr-TR 66B02-3, "her iki durumda da
// yakutun rengi" read as two rubies on a ring of one).
func TestKindsFixedNumberPhrase(t *testing.T) {
	t.Parallel()
	checkKindRows(t, checkService(t), CatGrounding, pairRows(fixedNumRuby, false, [][2]string{
		{"tr-TR", "Tek başına ya da ince bir alyansla takabilirsiniz; her iki durumda da yakutun rengi ilk bakışta fark edilir."},
		{"tr-TR", "Yüzük iki şekilde de yakutun rengini öne çıkarır."},
		{"en-GB", "For two reasons the ruby stands out at once."},
		{"de-DE", "Aus zwei Gründen fällt der Rubin sofort auf."},
		{"fr-FR", "Dans les deux cas le rubis attire le regard."},
		{"it-IT", "Per due ragioni il rubino spicca subito."},
		{"es-ES", "Por dos razones el rubí destaca enseguida."},
		{"pt-BR", "Nos dois casos o rubi se destaca na hora."},
		{"el-GR", "Και στις δύο περιπτώσεις το ρουμπίνι ξεχωρίζει αμέσως."},
		{"ko-KR", "두 경우 모두 루비가 바로 눈에 띕니다."},
	}))
}

// TestKindsFixedNumberPhraseBad: a number that counts the stones
// themselves, wrongly, still blocks.
func TestKindsFixedNumberPhraseBad(t *testing.T) {
	t.Parallel()
	checkKindRows(t, checkService(t), CatGrounding, pairRows(fixedNumRuby, true, [][2]string{
		{"tr-TR", "Yüzükte iki yakut var."},
		{"en-GB", "The ring holds two rubies."},
		{"de-DE", "Der Ring ist mit zwei Rubinen besetzt."},
		{"fr-FR", "La bague porte deux rubis."},
		{"it-IT", "L'anello ha due rubini."},
		{"es-ES", "El anillo lleva dos rubíes."},
		{"nl-NL", "De ring heeft twee robijnen."},
		{"da-DK", "Ringen har to rubiner."},
	}))
}

// TestKindsFixedNumberPhraseOk: "both cases" written with a word of
// "both" that is no numeral already passed on main and still passes.
func TestKindsFixedNumberPhraseOk(t *testing.T) {
	t.Parallel()
	checkKindRows(t, checkService(t), CatGrounding, pairRows(fixedNumRuby, false, [][2]string{
		{"de-DE", "In beiden Fällen fällt der Rubin sofort auf."},
		{"it-IT", "In entrambi i casi il rubino cattura lo sguardo."},
		{"es-ES", "En ambos casos el rubí destaca enseguida."},
		{"nl-NL", "In beide gevallen valt de robijn meteen op."},
		{"sv-SE", "I båda fallen syns rubinen direkt."},
		{"da-DK", "I begge tilfælde ses rubinen med det samme."},
		{"nb-NO", "I begge tilfeller ses rubinen med en gang."},
		{"pl-PL", "W obu przypadkach rubin od razu przyciąga wzrok."},
		{"cs-CZ", "V obou případech rubín hned upoutá pozornost."},
		{"fi-FI", "Molemmissa tapauksissa rubiini näkyy heti."},
		{"ar-AE", "في الحالتين يبرز الياقوت الأحمر فوراً."},
	}))
}

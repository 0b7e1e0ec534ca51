package grounding

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/locales"
)

// Counts per stone group in the grammar of every supported locale (issue
// #13, count_group and count_wrong): the number word, the colour and the
// stone noun in the case the sentence puts them in (Polish and Czech
// instrumental after "set with", Finnish adessive, Greek genitive, Arabic
// clitics), compared with the group of that stone and colour. Each
// language has a true sentence (the right count per group: no count
// finding) and a false one (one group miscounted: blocked).
var factClusterRing = core.Product{SKU: "K9", Name: "Cluster Ring", Category: "ring",
	Materials: []string{"sterling silver"},
	Stones: []core.Stone{{Type: "amethyst", Colour: "purple", Count: 8, Origin: core.OriginNatural},
		{Type: "garnet", Colour: "red", Count: 4, Origin: core.OriginNatural}},
	Colours: []string{"silver", "purple", "red"}}

var factCountTexts = map[string][2]string{
	"en":    {"The ring is set with eight purple amethysts and four red garnets.", "The ring is set with six purple amethysts and four red garnets."},
	"fr":    {"La bague est sertie de huit améthystes violettes et de quatre grenats rouges.", "La bague est sertie de six améthystes violettes et de quatre grenats rouges."},
	"de":    {"Der Ring ist mit acht violetten Amethysten und vier roten Granaten besetzt.", "Der Ring ist mit sechs violetten Amethysten und vier roten Granaten besetzt."},
	"it":    {"L'anello è impreziosito da otto ametiste viola e quattro granati rossi.", "L'anello è impreziosito da sei ametiste viola e quattro granati rossi."},
	"es":    {"El anillo está engastado con ocho amatistas moradas y cuatro granates rojos.", "El anillo está engastado con seis amatistas moradas y cuatro granates rojos."},
	"pt":    {"O anel é cravejado com oito ametistas roxas e quatro granadas vermelhas.", "O anel é cravejado com seis ametistas roxas e quatro granadas vermelhas."},
	"nl":    {"De ring is gezet met acht paarse amethisten en vier rode granaten.", "De ring is gezet met zes paarse amethisten en vier rode granaten."},
	"sv":    {"Ringen är fattad med åtta lila ametister och fyra röda granater.", "Ringen är fattad med sex lila ametister och fyra röda granater."},
	"da":    {"Ringen er besat med otte lilla ametyster og fire røde granater.", "Ringen er besat med seks lilla ametyster og fire røde granater."},
	"nb":    {"Ringen er besatt med åtte lilla ametyster og fire røde granater.", "Ringen er besatt med seks lilla ametyster og fire røde granater."},
	"fi":    {"Sormus on koristeltu kahdeksalla violetilla ametistilla ja neljällä punaisella granaatilla.", "Sormus on koristeltu kuudella violetilla ametistilla ja neljällä punaisella granaatilla."},
	"pl":    {"Pierścionek jest wysadzany ośmioma fioletowymi ametystami i czterema czerwonymi granatami.", "Pierścionek jest wysadzany sześcioma fioletowymi ametystami i czterema czerwonymi granatami."},
	"cs":    {"Prsten je osazen osmi fialovými ametysty a čtyřmi červenými granáty.", "Prsten je osazen šesti fialovými ametysty a čtyřmi červenými granáty."},
	"tr":    {"Yüzük sekiz mor ametist ve dört kırmızı lal taşıyla süslenmiştir.", "Yüzük altı mor ametist ve dört kırmızı lal taşıyla süslenmiştir."},
	"el":    {"Το δαχτυλίδι κοσμείται με στεφάνι οκτώ μωβ αμεθύστων και τεσσάρων κόκκινων γρανατών.", "Το δαχτυλίδι κοσμείται με στεφάνι έξι μωβ αμεθύστων και τεσσάρων κόκκινων γρανατών."},
	"ar":    {"الخاتم مرصع بثمانية أحجار جمشت بنفسجية وأربعة أحجار عقيق أحمر.", "الخاتم مرصع بستة أحجار جمشت بنفسجية وأربعة أحجار عقيق أحمر."},
	"ja":    {"リングには8個の紫のアメジストと4個の赤いガーネットがセットされています。", "リングには6個の紫のアメジストと4個の赤いガーネットがセットされています。"},
	"ko":    {"반지에는 보라색 자수정 여덟 개와 빨간색 가넷 네 개가 세팅되어 있습니다.", "반지에는 보라색 자수정 여섯 개와 빨간색 가넷 네 개가 세팅되어 있습니다."},
	"zh":    {"戒指镶嵌八颗紫色紫水晶和四颗红色石榴石。", "戒指镶嵌六颗紫色紫水晶和四颗红色石榴石。"},
	"zh-TW": {"戒指鑲嵌八顆紫色紫水晶和四顆紅色石榴石。", "戒指鑲嵌六顆紫色紫水晶和四顆紅色石榴石。"},
}

func TestKindsCountInflected(t *testing.T) {
	t.Parallel()
	for _, loc := range locales.Must().Supported() {
		key, ok := factLang(factCountTexts, loc)
		if !ok {
			t.Errorf("no sentences for %s", loc)
			continue
		}
		for i, text := range factCountTexts[key] {
			want := i == 1
			got := false
			fs := CheckWith(factClusterRing.Resolved(), loc, text, Options{})
			for _, f := range fs {
				got = got || f.Rule == RuleCount && f.Severity == core.SeverityBlock
			}
			if got != want {
				t.Errorf("%s %q: count block %v, want %v; findings %+v", loc, text, got, want, fs)
			}
		}
	}
}

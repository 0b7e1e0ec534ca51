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

// factBesideTexts set the piece's stones beside its other stones with a
// word that otherwise sells another item ("alongside", "ved siden av",
// "obok", "vedle"): the count is still the piece's.
var factBesideTexts = map[string][2]string{
	"en":    {"Eight purple amethysts sparkle alongside four red garnets.", "Eight purple amethysts sparkle alongside six red garnets."},
	"fr":    {"Huit améthystes violettes brillent à côté de quatre grenats rouges.", "Huit améthystes violettes brillent à côté de six grenats rouges."},
	"de":    {"Acht violette Amethyste funkeln neben vier roten Granaten.", "Acht violette Amethyste funkeln neben sechs roten Granaten."},
	"it":    {"Otto ametiste viola brillano accanto a quattro granati rossi.", "Otto ametiste viola brillano accanto a sei granati rossi."},
	"es":    {"Ocho amatistas moradas brillan junto a cuatro granates rojos.", "Ocho amatistas moradas brillan junto a seis granates rojos."},
	"pt":    {"Oito ametistas roxas brilham ao lado de quatro granadas vermelhas.", "Oito ametistas roxas brilham ao lado de seis granadas vermelhas."},
	"nl":    {"Acht paarse amethisten schitteren naast vier rode granaten.", "Acht paarse amethisten schitteren naast zes rode granaten."},
	"sv":    {"Åtta lila ametister glittrar bredvid fyra röda granater.", "Åtta lila ametister glittrar bredvid sex röda granater."},
	"da":    {"Otte lilla ametyster funkler ved siden af fire røde granater.", "Otte lilla ametyster funkler ved siden af seks røde granater."},
	"nb":    {"Åtte lilla ametyster glitrer ved siden av fire røde granater.", "Åtte lilla ametyster glitrer ved siden av seks røde granater."},
	"fi":    {"Kahdeksan violettia ametistia kimaltaa neljän punaisen granaatin vieressä.", "Kahdeksan violettia ametistia kimaltaa kuuden punaisen granaatin vieressä."},
	"pl":    {"Osiem fioletowych ametystów lśni obok czterech czerwonych granatów.", "Osiem fioletowych ametystów lśni obok sześciu czerwonych granatów."},
	"cs":    {"Osm fialových ametystů září vedle čtyř červených granátů.", "Osm fialových ametystů září vedle šesti červených granátů."},
	"tr":    {"Sekiz mor ametist dört kırmızı lal taşının yanında parlıyor.", "Sekiz mor ametist altı kırmızı lal taşının yanında parlıyor."},
	"el":    {"Οκτώ μωβ αμέθυστοι λάμπουν δίπλα σε τέσσερις κόκκινους γρανάτες.", "Οκτώ μωβ αμέθυστοι λάμπουν δίπλα σε έξι κόκκινους γρανάτες."},
	"ar":    {"ثمانية أحجار جمشت بنفسجية تتألق بجانب أربعة أحجار عقيق أحمر.", "ثمانية أحجار جمشت بنفسجية تتألق بجانب ستة أحجار عقيق أحمر."},
	"ja":    {"8個の紫のアメジストが4個の赤いガーネットの隣で輝きます。", "8個の紫のアメジストが6個の赤いガーネットの隣で輝きます。"},
	"ko":    {"보라색 자수정 여덟 개가 빨간색 가넷 네 개 옆에서 빛납니다.", "보라색 자수정 여덟 개가 빨간색 가넷 여섯 개 옆에서 빛납니다."},
	"zh":    {"八颗紫色紫水晶在四颗红色石榴石旁闪耀。", "八颗紫色紫水晶在六颗红色石榴石旁闪耀。"},
	"zh-TW": {"八顆紫色紫水晶在四顆紅色石榴石旁閃耀。", "八顆紫色紫水晶在六顆紅色石榴石旁閃耀。"},
}

// A count of another item's stones beside a category word stays out of
// scope: "pair it with our three-stone ring".
func TestCountBesideOtherItem(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ loc, text string }{
		{"en-GB", "Eight purple amethysts. Wear it alongside our six-stone ring."},
		{"nb-NO", "Åtte lilla ametyster. Bruk den ved siden av ringen vår med seks granater."},
		{"pl-PL", "Osiem fioletowych ametystów. Noś obok pierścionka z sześcioma granatami."},
	} {
		for _, f := range CheckWith(factClusterRing.Resolved(), tc.loc, tc.text, Options{}) {
			if f.Rule == RuleCount {
				t.Errorf("%s %q: %+v", tc.loc, tc.text, f)
			}
		}
	}
}

func TestKindsCountInflected(t *testing.T) {
	t.Parallel()
	for name, texts := range map[string]map[string][2]string{"inflected": factCountTexts, "beside": factBesideTexts} {
		for _, loc := range locales.Must().Supported() {
			key, ok := factLang(texts, loc)
			if !ok {
				t.Errorf("%s: no sentences for %s", name, loc)
				continue
			}
			for i, text := range texts[key] {
				want := i == 1
				got := false
				fs := CheckWith(factClusterRing.Resolved(), loc, text, Options{})
				for _, f := range fs {
					got = got || f.Rule == RuleCount && f.Severity == core.SeverityBlock
				}
				if got != want {
					t.Errorf("%s %s %q: count block %v, want %v; findings %+v", name, loc, text, got, want, fs)
				}
			}
		}
	}
}

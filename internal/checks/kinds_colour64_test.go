package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// The products of colour64's rows: a blue sapphire of 1.2 carats in white
// gold, a colour-change alexandrite, an orange topaz, a green emerald, a
// white opal, a blue jeremejevite (held-out 63 el-GR 63B03-3) and green
// vesuvianites with diamonds (held-out 63 tr-TR 63B03-3).
var (
	x64Sapphire = core.Product{SKU: "X64S", Name: "Aurora", Category: "ring", Collection: "Aurora",
		Metals:       []core.Metal{{Base: "white gold", Fineness: "18k"}},
		Stones:       []core.Stone{{Type: "sapphire", Colour: "blue", Count: 1, Origin: "natural"}},
		Measurements: []core.Measurement{{Name: "sapphire weight", Value: 1.2, Unit: "ct"}},
		Colours:      []string{"blue", "white"}}
	x64Alexandrite = core.Product{SKU: "X64A", Name: "Aurora", Category: "ring", Collection: "Aurora",
		Metals:  []core.Metal{{Base: "yellow gold", Fineness: "18k"}},
		Stones:  []core.Stone{{Type: "alexandrite", Colour: "colour-change green to red", Count: 1, Origin: "natural"}},
		Colours: []string{"green", "red", "gold"}}
	x64Topaz = core.Product{SKU: "X64T", Name: "Aurora", Category: "ring", Collection: "Aurora",
		Metals:  []core.Metal{{Base: "yellow gold", Fineness: "18k"}},
		Stones:  []core.Stone{{Type: "topaz", Colour: "orange", Count: 1, Origin: "natural"}},
		Colours: []string{"orange", "gold"}}
	x64Emerald = core.Product{SKU: "X64E", Name: "Aurora", Category: "ring", Collection: "Aurora",
		Metals:  []core.Metal{{Base: "yellow gold", Fineness: "18k"}},
		Stones:  []core.Stone{{Type: "emerald", Colour: "green", Count: 1, Origin: "natural"}},
		Colours: []string{"green", "gold"}}
	x64Opal = core.Product{SKU: "X64O", Name: "Aurora", Category: "pendant", Collection: "Aurora",
		Metals:  []core.Metal{{Base: "yellow gold", Fineness: "14k"}},
		Stones:  []core.Stone{{Type: "opal", Colour: "white", Count: 1, Origin: "natural"}},
		Colours: []string{"white", "gold"}}
	x64Jeremejevite = core.Product{SKU: "X64J", Name: "Δαχτυλίδι Σιβηρία", Category: "ring", Collection: "Lumière",
		Metals:  []core.Metal{{Base: "platinum", Fineness: "950"}},
		Stones:  []core.Stone{{Type: "jeremejevite", Colour: "blue", Count: 1, Origin: "natural"}},
		Colours: []string{"blue", "silver"}}
	x64Vesuvianite = core.Product{SKU: "X64V", Name: "Vezüv Bileklik", Category: "bracelet", Collection: "Signature",
		Metals:       []core.Metal{{Base: "yellow gold", Fineness: "14k"}},
		Stones:       []core.Stone{{Type: "vesuvianite", Colour: "green", Count: 5, Origin: "natural"}, {Type: "diamond", Colour: "clear", Count: 10, Origin: "natural"}},
		Measurements: []core.Measurement{{Name: "length", Value: 18, Unit: "cm"}},
		Colours:      []string{"green", "gold"}}
)

// The piece's own stone given a wrong colour in a form colour63 left
// unread (#13, colour64): a compound colour after a colour link (de
// "Waldgrün", nl "zeegroen", sv "havsgrön", da "skovgrøn", nb
// "skoggrønn"), the colour stated by a word after it or its case ending
// (tr "renkte", "renginde", fi essive "vihreänä", ja をしています, ko
// 띱니다, a ja colour closing its sentence), zh depth compounds (深绿色),
// ko 초록, 주황색 and 푸른 (blue or green), a verb-second colour change
// (de "wechselt der Alexandrit zu Gelb", nl "verandert de alexandriet in
// geel"), and held-out 63's el-GR "κίτρινο τζερεμεγεβίτη" and tr-TR "bal
// sarısı vezüvyanitler … yer alıyor". 16 CFR 23.25(a).
func TestKindsColour64(t *testing.T) {
	t.Parallel()
	checkKindRows(t, checkService(t), CatGrounding, []kindRow{
		{"de-DE", "Der Saphir von 1,2 Karat in einem satten Waldgrün sitzt in Weißgold.", x64Sapphire, true},
		{"de-DE", "Der Saphir in einem tiefen Meeresgrün krönt den Ring.", x64Sapphire, true},
		{"nl-NL", "Een saffier van 1,2 karaat in een diep zeegroen siert de ring.", x64Sapphire, true},
		{"sv-SE", "En safir på 1,2 karat i en djup havsgrön ton pryder ringen.", x64Sapphire, true},
		{"da-DK", "En safir på 1,2 karat i en dyb skovgrøn nuance pryder ringen.", x64Sapphire, true},
		{"nb-NO", "En safir på 1,2 karat i en dyp skoggrønn tone pryder ringen.", x64Sapphire, true},
		{"fi-FI", "Safiiri hohtaa syvän vihreänä.", x64Sapphire, true},
		{"fi-FI", "Safiiri hohtaa syvän metsänvihreänä.", x64Sapphire, true},
		{"tr-TR", "Safir koyu yeşil renkte parlıyor.", x64Sapphire, true},
		{"tr-TR", "Yüzüğün safiri koyu yeşil renginde.", x64Sapphire, true},
		{"ja-JP", "サファイアは深い緑色をしています。", x64Sapphire, true},
		{"ja-JP", "このサファイアは深い緑色。", x64Sapphire, true},
		{"ko-KR", "사파이어는 짙은 초록빛을 띱니다.", x64Sapphire, true},
		{"ko-KR", "반지의 사파이어는 짙은 녹색을 띠고 있습니다.", x64Sapphire, true},
		{"ko-KR", "사파이어는 짙은 초록색이며 투명도가 높습니다.", x64Sapphire, true},
		{"ko-KR", "초록 사파이어가 빛납니다.", x64Sapphire, true},
		{"ko-KR", "주황색 사파이어가 반짝입니다.", x64Sapphire, true},
		{"ko-KR", "이 토파즈는 푸른색입니다.", x64Topaz, true},
		{"zh-CN", "蓝宝石呈深绿色。", x64Sapphire, true},
		{"zh-TW", "藍寶石呈深綠色。", x64Sapphire, true},
		{"de-DE", "Bei Kerzenlicht wechselt der Alexandrit zu Gelb.", x64Alexandrite, true},
		{"nl-NL", "Bij kaarslicht verandert de alexandriet in geel.", x64Alexandrite, true},
		{"el-GR", "Το δαχτυλίδι είναι χτισμένο γύρω από έναν απαλό κίτρινο τζερεμεγεβίτη 0,40 καρατίων.", x64Jeremejevite, true},
		{"tr-TR", "Signature koleksiyonundan Vezüv Bileklik, 14 ayar sarı altından yapılmış 18 cm uzunluğunda bir bileklik. Üzerinde bal sarısı vezüvyanitler ve aralarında küçük pırlantalar yer alıyor.", x64Vesuvianite, true},
	})
}

// TestKindsColour64Ok: the right colour in the same shapes passes, as do
// either colour of a colour-change stone, 푸른 on a blue or a green stone,
// a colour of light (輝きます) and a compound colour said of clothing or a
// box after the same link.
func TestKindsColour64Ok(t *testing.T) {
	t.Parallel()
	checkKindRows(t, checkService(t), CatGrounding, []kindRow{
		{"de-DE", "Der Saphir in einem tiefen Meeresblau krönt den Ring.", x64Sapphire, false},
		{"nl-NL", "Een saffier van 1,2 karaat in een diep zeeblauw siert de ring.", x64Sapphire, false},
		{"sv-SE", "En safir på 1,2 karat i en djup havsblå ton pryder ringen.", x64Sapphire, false},
		{"da-DK", "En safir på 1,2 karat i en dyb havblå nuance pryder ringen.", x64Sapphire, false},
		{"nb-NO", "En safir på 1,2 karat i en dyp havblå tone pryder ringen.", x64Sapphire, false},
		{"fi-FI", "Safiiri hohtaa syvän sinisenä valkokultaisessa sormuksessa.", x64Sapphire, false},
		{"fi-FI", "Smaragdi hohtaa syvän vihreänä.", x64Emerald, false},
		{"fi-FI", "Safiiri hohtaa syvän taivaansinisenä.", x64Sapphire, false},
		{"fi-FI", "Opaali säihkyy vihreänä ja punaisena.", x64Opal, false},
		{"ko-KR", "사파이어는 짙은 파란색이며 화이트 골드에 세팅되어 있습니다.", x64Sapphire, false},
		{"ko-KR", "이 오팔은 초록빛이 감도는 우윳빛 흰색입니다.", x64Opal, false},
		{"tr-TR", "Yüzüğün safiri koyu mavi renginde.", x64Sapphire, false},
		{"ja-JP", "サファイアは深い青色をしています。", x64Sapphire, false},
		{"ja-JP", "サファイアは深い緑色に輝きます。", x64Sapphire, false},
		{"ko-KR", "반지의 사파이어는 짙은 파란빛을 띠고 있습니다.", x64Sapphire, false},
		{"ko-KR", "이 사파이어는 푸른색입니다.", x64Sapphire, false},
		{"ko-KR", "이 에메랄드는 푸른빛을 띱니다.", x64Emerald, false},
		{"ko-KR", "푸른 사파이어가 빛납니다.", x64Sapphire, false},
		{"ko-KR", "주황색 토파즈가 빛납니다.", x64Topaz, false},
		{"zh-CN", "蓝宝石呈深蓝色。", x64Sapphire, false},
		{"de-DE", "Bei Kerzenlicht wechselt der Alexandrit zu Rot.", x64Alexandrite, false},
		{"nl-NL", "Bij kaarslicht verandert de alexandriet in rood.", x64Alexandrite, false},
		{"de-DE", "Tragen Sie den Saphirring zu einem Kleid in einem satten Waldgrün.", x64Sapphire, false},
		{"de-DE", "Der Saphirring kommt in einer Schachtel in einem satten Waldgrün.", x64Sapphire, false},
		{"nl-NL", "Combineer de saffieren ring met een jurk in een diep zeegroen.", x64Sapphire, false},
		{"en-US", "The sapphire shows flashes in a soft seagreen.", x64Sapphire, false},
	})
}

// TestKindsColour64Bad: the shapes that blocked on main still block: a
// wrong colour beside the stone or after a copula, the linked phrase of
// colour63, and Arabic's "بلون".
func TestKindsColour64Bad(t *testing.T) {
	t.Parallel()
	checkKindRows(t, checkService(t), CatGrounding, []kindRow{
		{"de-DE", "Der Saphir von 1,2 Karat in einem warmen Gelb sitzt in Weißgold.", x64Sapphire, true},
		{"tr-TR", "Yüzükte yeşil tonlu bir safir var.", x64Sapphire, true},
		{"ko-KR", "이 사파이어는 초록색입니다.", x64Sapphire, true},
		{"zh-CN", "蓝宝石呈绿色。", x64Sapphire, true},
		{"ar-AE", "الياقوت بلون أخضر عميق.", x64Sapphire, true},
		{"fi-FI", "Vihreänä hohtava safiiri istuu valkokultaisessa sormuksessa.", x64Sapphire, true},
		{"fi-FI", "Safiiri hohtaa syvän vihreänä valkokultaisessa sormuksessa.", x64Sapphire, true},
		{"ko-KR", "사파이어는 짙은 초록색이며 화이트 골드에 세팅되어 있습니다.", x64Sapphire, true},
		{"en-US", "In candlelight the alexandrite turns yellow.", x64Alexandrite, true},
	})
}

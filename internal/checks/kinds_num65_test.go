package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// The products of num65's rows: twenty dyed jadeite beads on a bracelet,
// a peach sapphire ringed by twelve diamonds, five Czech garnets on a
// ring, seed-pearl earrings with a 25 mm drop, and a lab-grown diamond
// ring of a centre stone and eight small ones.
var (
	n65Jade = core.Product{SKU: "N65J", Name: "Perles de Jade", Category: "bracelet", Collection: "Heritage",
		Metals:       []core.Metal{{Base: "yellow gold", Fineness: "14k"}},
		Stones:       []core.Stone{{Type: "jadeite", Origin: "natural", Treatment: "dyed", Colour: "green", Count: 20}},
		Measurements: []core.Measurement{{Name: "bead diameter", Value: 8, Unit: "mm"}, {Name: "length", Value: 18, Unit: "cm"}},
		Colours:      []string{"green", "gold"}}
	n65Umba = core.Product{SKU: "N65U", Name: "Umba Sunrise", Category: "ring", Collection: "Lumière",
		Metals: []core.Metal{{Base: "white gold", Fineness: "18k"}},
		Stones: []core.Stone{{Type: "sapphire", Origin: "natural", Treatment: "heated", Colour: "peach", Count: 1},
			{Type: "diamond", Origin: "natural", Colour: "white", Count: 12}},
		Colours: []string{"white", "peach"}}
	n65Garnet = core.Product{SKU: "N65G", Name: "Granátová řada", Category: "ring", Collection: "Heritage",
		Metals:  []core.Metal{{Base: "yellow gold", Fineness: "14k"}},
		Stones:  []core.Stone{{Type: "garnet", Origin: "natural", Colour: "red", Count: 5}},
		Colours: []string{"red", "gold"}}
	n65Seed = core.Product{SKU: "N65S", Name: "Seed", Category: "earrings", Collection: "Timeless",
		Metals:       []core.Metal{{Base: "yellow gold", Fineness: "18k"}},
		Stones:       []core.Stone{{Type: "cultured pearl", Colour: "white", Count: 2}, {Type: "seed pearl", Colour: "white", Count: 12}},
		Measurements: []core.Measurement{{Name: "drop length", Value: 25, Unit: "mm"}},
		Colours:      []string{"gold", "white"}}
	n65Star = core.Product{SKU: "N65T", Name: "星芒鑽戒", Category: "ring", Collection: "Moments",
		Metals: []core.Metal{{Base: "rose gold", Fineness: "18k"}},
		Stones: []core.Stone{{Type: "diamond", Origin: "lab_grown", Colour: "white", Count: 1},
			{Type: "diamond", Origin: "lab_grown", Colour: "white", Count: 8}},
		Colours: []string{"white", "rose gold"}}
)

// A number in the noun phrase of a ranking by a property of a kind of
// stone (hardness, rarity, value) counts the set ranked, not the piece's
// stones (#13, num65: grounding rank_set65.go; probe 65C fr-CA and fi-FI
// 65C04-1, probe 65D en-AU 65D03-3).
func TestKindsNum65Ranked(t *testing.T) {
	t.Parallel()
	checkKindRows(t, checkService(t), CatGrounding, []kindRow{
		{"fr-CA", "Le bracelet réunit vingt perles de jadéite. La jadéite est la plus rare des deux pierres vendues sous le nom de jade.", n65Jade, false},
		{"fi-FI", "Rannekorussa on kaksikymmentä jadeiittihelmeä. Jadeiitti on harvinaisempi kahdesta jadeksi kutsutusta mineraalista.", n65Jade, false},
		{"en-AU", "A peach sapphire sits in a halo of twelve diamonds. Sapphire and diamond are the two hardest gems in jewellery.", n65Umba, false},
		{"en-GB", "Jadeite is the rarer of the two stones sold as jade.", n65Jade, false},
		{"de-DE", "Saphir und Diamant sind die zwei härtesten Edelsteine im Schmuck.", n65Umba, false},
		{"es-ES", "La jadeíta es la más rara de las dos piedras que se venden como jade.", n65Jade, false},
		{"it-IT", "Zaffiro e diamante sono le due gemme più dure usate in gioielleria.", n65Umba, false},
		{"sv-SE", "Safir och diamant är de två hårdaste ädelstenarna i smycken.", n65Umba, false},
		{"pl-PL", "Szafir i diament to dwa najtwardsze kamienie szlachetne w biżuterii.", n65Umba, false},
		{"cs-CZ", "Jadeit je vzácnější ze dvou kamenů, které se prodávají jako jadeit.", n65Jade, false},
	})
}

// TestKindsNum65RankedBad: a plain count of the piece's stones, or one
// ranked by size among themselves, still blocks when it is wrong.
func TestKindsNum65RankedBad(t *testing.T) {
	t.Parallel()
	checkKindRows(t, checkService(t), CatGrounding, []kindRow{
		{"fr-CA", "Le bracelet réunit deux pierres rares de jadéite.", n65Jade, true},
		{"en-AU", "The sapphire is flanked by two diamonds.", n65Umba, true},
		{"en-GB", "The two largest diamonds flank the sapphire.", n65Umba, true},
		{"de-DE", "Der Saphir wird von zwei Diamanten gerahmt.", n65Umba, true},
		{"fi-FI", "Rannekorussa on kaksi jadeiittihelmeä.", n65Jade, true},
		{"it-IT", "Lo zaffiro è circondato da due diamanti.", n65Umba, true},
	})
}

// A figure written with an ordinal's full stop before a unit of time is
// a date, not a count (#13, num65: grounding ordinal_date65.go; probe 65C
// cs-CZ 65C02-1 "v 19. století").
func TestKindsNum65Ordinal(t *testing.T) {
	t.Parallel()
	checkKindRows(t, checkService(t), CatGrounding, []kindRow{
		{"cs-CZ", "Prsten spojuje pět českých granátů. Český granát se těží po staletí a v 19. století zdobil šperky po celé Evropě.", n65Garnet, false},
		{"de-DE", "Der Ring vereint fünf böhmische Granate, die im 19. Jahrhundert Schmuck in ganz Europa zierten.", n65Garnet, false},
		{"pl-PL", "Pierścionek łączy pięć czeskich granatów, które w 19. wieku zdobiły biżuterię w całej Europie.", n65Garnet, false},
		{"da-DK", "Ringen samler fem granater, der i det 19. århundrede prydede smykker i hele Europa.", n65Garnet, false},
		{"tr-TR", "Yüzük beş granatı bir araya getiriyor; bu taşlar 19. yüzyılda tüm Avrupa'da takıları süsledi.", n65Garnet, false},
		{"fi-FI", "Sormuksessa on viisi granaattia, jotka koristivat koruja kaikkialla Euroopassa 19. vuosisadalla.", n65Garnet, false},
	})
}

// TestKindsNum65OrdinalBad: a figure that counts the stones still blocks
// when it is wrong, the stop or no stop.
func TestKindsNum65OrdinalBad(t *testing.T) {
	t.Parallel()
	checkKindRows(t, checkService(t), CatGrounding, []kindRow{
		{"cs-CZ", "Prsten spojuje 19 českých granátů.", n65Garnet, true},
		{"de-DE", "Der Ring vereint 19 böhmische Granate.", n65Garnet, true},
		{"pl-PL", "Pierścionek łączy 19 czeskich granatów.", n65Garnet, true},
		{"tr-TR", "Yüzükte 19 granat var.", n65Garnet, true},
	})
}

// Sizes said in words and joined by a list word ("one or two
// millimetres") are read as the figures' list is (#13, num65: grounding
// measure_spelled65.go; probe 65D el-GR 65D04-1/-3).
func TestKindsNum65SpelledList(t *testing.T) {
	t.Parallel()
	checkKindRows(t, checkService(t), CatGrounding, []kindRow{
		{"el-GR", "Τα μαργαριταράκια αυτά, γνωστά ως seed pearls, έχουν διάμετρο μόλις ενός ή δύο χιλιοστών. Το συνολικό μήκος είναι 25 χιλιοστά.", n65Seed, false},
		{"el-GR", "Τα μικροσκοπικά seed pearls, με διάμετρο ενός ή δύο χιλιοστών, στόλιζαν καρφίτσες. Το συνολικό μήκος είναι 25 χιλιοστά.", n65Seed, false},
		{"en-GB", "Seed pearls are tiny, just one or two millimetres across. The earrings drop 25 mm.", n65Seed, false},
		{"fr-FR", "Les perles de rocaille ne mesurent qu'un ou deux millimètres. Les boucles mesurent 25 mm.", n65Seed, false},
		{"de-DE", "Saatperlen messen nur ein oder zwei Millimeter. Die Ohrringe sind 25 mm lang.", n65Seed, false},
		{"es-ES", "Las perlas de semilla miden apenas uno o dos milímetros. Los pendientes miden 25 mm.", n65Seed, false},
	})
}

// TestKindsNum65SpelledListBad: a size in words alone, and a list of
// which no size is the piece's with the piece's length said nowhere,
// still block.
func TestKindsNum65SpelledListBad(t *testing.T) {
	t.Parallel()
	checkKindRows(t, checkService(t), CatGrounding, []kindRow{
		{"el-GR", "Το συνολικό μήκος είναι δύο χιλιοστά.", n65Seed, true},
		{"el-GR", "Τα σκουλαρίκια έχουν μήκος ενός ή δύο χιλιοστών.", n65Seed, true},
		{"en-GB", "The earrings drop just one or two millimetres.", n65Seed, true},
		{"en-GB", "The earrings drop two millimetres.", n65Seed, true},
		{"fr-FR", "Les boucles mesurent deux millimètres.", n65Seed, true},
	})
}

// A count beside the sides named together, with no word of each, is the
// group across both sides, and a total of it and a centre stone is true
// (#13, num65: grounding sides_group65.go; probe 65C zh-TW 65C02-1).
func TestKindsNum65SidesGroup(t *testing.T) {
	t.Parallel()
	checkKindRows(t, checkService(t), CatGrounding, []kindRow{
		{"zh-TW", "主石為一顆實驗室培育鑽石，兩側鑲嵌八顆實驗室培育小鑽，共九顆，總重0.5克拉。", n65Star, false},
		{"zh-CN", "主石为一颗实验室培育钻石，两侧镶嵌八颗实验室培育小钻，共九颗。", n65Star, false},
		{"en-GB", "A lab-grown centre diamond with eight smaller lab-grown diamonds on both sides, nine in all.", n65Star, false},
	})
}

// TestKindsNum65SidesGroupBad: a word of each keeps the count per side
// (eight on each side is sixteen, not nine in all), and a group the
// product lacks still blocks.
func TestKindsNum65SidesGroupBad(t *testing.T) {
	t.Parallel()
	checkKindRows(t, checkService(t), CatGrounding, []kindRow{
		{"zh-TW", "主石為一顆實驗室培育鑽石，兩側各鑲嵌八顆實驗室培育小鑽，共九顆。", n65Star, true},
		{"zh-TW", "主石為一顆實驗室培育鑽石，兩側鑲嵌六顆實驗室培育小鑽，共七顆。", n65Star, true},
		{"zh-CN", "主石为一颗实验室培育钻石，两侧镶嵌十颗实验室培育小钻。", n65Star, true},
	})
}

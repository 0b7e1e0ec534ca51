package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// Counts stated per part, distributively or per group (#13, count60;
// grounding count60.go):
//
//   - the parts a stone is shared among: "a diamond at each of its five
//     points", "un diamant à chacune des cinq pointes", "beş ucunda ise
//     birer küçük pırlanta" (held-out 59B tr-TR 59B01-1, -3) are five
//     diamonds, the parts' number times one on each, not five on each part;
//   - a Finnish pearl kind in the partitive after a numeral ("kaksikymmentä
//     … Etelämeren viljelyhelmeä", released 58A fi-FI 58A02-2): compared;
//   - a centre stone flanked by a count on each side, with no centre
//     word ("one pearl flanked by two pearls on each side", "una perla
//     flanqueada por dos perlas a cada lado"): five;
//   - groups said after the count ("kolme kolmen safiirin ryhmää",
//     "サファイア3石のクラスターを3つ", "세 개씩 세 그룹으로") or before a
//     distributive numeral ("üç grup halinde üçer safir"): nine;
//   - an Arabic dual of "stone" as the count ("وفي كل قرط حجران", two
//     stones in each earring): two on each of the pair's pieces.

// count60Star is a star pendant of m amethysts at its centre and n
// diamonds, one on each point where n is five.
func count60Star(m, n int) core.Product {
	return core.Product{SKU: "C60S", Name: "Yıldız Kolye", Category: "necklace", Collection: "Moments",
		Materials: []string{"14k yellow gold"},
		Metals:    []core.Metal{{Base: "yellow gold", Fineness: "14k"}},
		Stones: []core.Stone{{Type: "amethyst", Colour: "purple", Count: m, Origin: "natural"},
			{Type: "diamond", Colour: "white", Count: n, Origin: "natural"}},
		Colours: []string{"gold", "purple", "white"}}
}

// count60Pearls is a bracelet of n golden South Sea cultured pearls.
func count60Pearls(n int) core.Product {
	return core.Product{SKU: "C60P", Name: "Kultahelmirannekoru", Category: "bracelet", Collection: "Signature",
		Materials: []string{"14k yellow gold"},
		Metals:    []core.Metal{{Base: "yellow gold", Fineness: "14k"}},
		Stones:    []core.Stone{{Type: "South Sea cultured pearl", Colour: "golden", Count: n, Origin: "natural", Treatment: "none"}},
		Colours:   []string{"gold"}}
}

// count60Points are texts giving five diamonds as one on each of five
// points (each blocked on main as five per part).
var count60Points = [][2]string{
	{"tr-TR", "Yıldızın ortasında mor bir ametist, beş ucunda ise birer küçük pırlanta yer alıyor."},
	{"tr-TR", "Yıldızda toplam altı taş bulunuyor: ortada mor bir ametist, beş ucunda ise birer küçük pırlanta."},
	{"en-GB", "A purple amethyst sits at the centre of the star, with a diamond at each of its five points."},
	{"en-US", "A small diamond sits on each of the five points."},
	{"en-AU", "Five diamonds sparkle on the star, one on each of its five points."},
	{"fr-FR", "Une améthyste au centre, un diamant à chacune des cinq pointes."},
	{"fr-CA", "Une améthyste au centre, un diamant à chacune des cinq pointes."},
	{"pt-BR", "Uma ametista no centro e um diamante em cada uma das cinco pontas."},
	{"nl-NL", "Een amethist in het midden en een diamant op elk van de vijf punten."},
	{"sv-SE", "En ametist i mitten och en diamant på var och en av de fem spetsarna."},
	{"da-DK", "En ametyst i midten og en diamant på hver af de fem spidser."},
	{"nb-NO", "En ametyst i midten og en diamant på hver av de fem spissene."},
	{"pl-PL", "Ametyst pośrodku i po jednym diamencie na każdym z pięciu ramion."},
	{"ar-AE", "جمشت في الوسط وماسة على كل طرف من الأطراف الخمسة."},
}

// count60PointsGuard are texts of the same kind main read already (a guard).
var count60PointsGuard = [][2]string{
	{"tr-TR", "Yıldızın beş ucunda birer pırlanta parlıyor."},
	{"en-GB", "Each of the five points holds a diamond."},
	{"de-DE", "In der Mitte ein Amethyst, an jeder der fünf Spitzen ein Diamant."},
	{"de-DE", "Die fünf Spitzen tragen je einen Diamanten."},
	{"fr-FR", "Les cinq pointes portent chacune un diamant."},
	{"fi-FI", "Keskellä on ametisti ja tähden viidessä kärjessä kussakin timantti."},
	{"cs-CZ", "Ametyst uprostřed a na každém z pěti cípů jeden diamant."},
	{"ja-JP", "中央にアメジスト、五つの先端にそれぞれダイヤモンドを1石ずつ。"},
	{"zh-CN", "中间一颗紫水晶，五个尖端各镶一颗钻石。"},
	{"ko-KR", "중앙에 자수정, 다섯 꼭짓점마다 다이아몬드가 하나씩 있습니다."},
}

// count60Flanked are texts giving five pearls as a centre pearl flanked
// by two on each side, with no centre word.
var count60Flanked = [][2]string{
	{"en-GB", "One pearl flanked by two pearls on each side."},
	{"en-GB", "A large pearl flanked by two smaller pearls on each side."},
	{"de-DE", "Eine Perle, flankiert von je zwei Perlen auf jeder Seite."},
	{"es-ES", "Una perla flanqueada por dos perlas a cada lado."},
	{"it-IT", "Una perla affiancata da due perle per lato."},
	{"pt-BR", "Uma pérola ladeada por duas pérolas de cada lado."},
	{"nl-NL", "Eén parel geflankeerd door twee parels aan elke kant."},
	{"sv-SE", "En pärla flankerad av två pärlor på varje sida."},
	{"da-DK", "En perle flankeret af to perler på hver side."},
	{"nb-NO", "En perle flankert av to perler på hver side."},
	{"pl-PL", "Jedna perła flankowana przez dwie perły z każdej strony."},
	{"el-GR", "Ένα μαργαριτάρι πλαισιωμένο από δύο μαργαριτάρια σε κάθε πλευρά."},
}

// count60Groups are texts giving nine sapphires as three groups of three,
// the groups said after the count or before a distributive numeral.
var count60Groups = [][2]string{
	{"fi-FI", "Sormuksessa on kolme kolmen safiirin ryhmää."},
	{"tr-TR", "Yüzükte üç grup halinde üçer safir bulunuyor."},
	{"ar-AE", "يزين الخاتم ثلاث مجموعات من ثلاثة أحجار ياقوت."},
	{"ja-JP", "サファイア3石のクラスターを3つ配しました。"},
}

// count60GroupsGuard are texts of the same kind main read already.
var count60GroupsGuard = [][2]string{
	{"ko-KR", "사파이어 세 개씩 세 그룹으로 세팅했습니다."},
	{"tr-TR", "Yüzükte üçer safirden oluşan üç grup var."},
	{"zh-CN", "戒指镶嵌三组蓝宝石，每组三颗。"},
	{"fi-FI", "Sormusta koristaa kolme ryhmää, joissa kussakin on kolme safiiria."},
}

// count60PearlWords are Finnish counts of twenty pearls of a named kind,
// in the partitive after the numeral.
var count60PearlWords = [][2]string{
	{"fi-FI", "Signature-malliston Kultahelmirannekorussa on kaksikymmentä kullankeltaista Etelämeren viljelyhelmeä, kukin halkaisijaltaan 9 mm."},
	{"fi-FI", "Rannekorussa on kaksikymmentä viljelyhelmeä."},
	{"fi-FI", "Rannekorussa on 20 Etelämeren helmeä."},
	{"fi-FI", "Rannekorussa on kaksikymmentä etelämerenhelmeä."},
}

// TestKindsCount60: the rows main got wrong (each failed there).
func TestKindsCount60(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	var rows []kindRow
	rows = append(rows, pairRows(count60Star(1, 5), false, count60Points)...)
	rows = append(rows, pairRows(count60Pearls(18), true, count60PearlWords[:2])...)
	rows = append(rows, pairRows(count59Pearls(5), false, count60Flanked)...)
	rows = append(rows, pairRows(count59Ring(9), false, count60Groups)...)
	rows = append(rows, []kindRow{
		// One on each of the parts, the parts' number wrong: a block main
		// gave as a divisor's pass.
		{"en-GB", "A diamond sits at each of its five points.", count60Star(1, 10), true},
		// Two stones in each of a pair's pieces, said by the dual alone.
		{"ar-AE", "في كل قرط حجران.", count58Studs(2), true},
		{"ar-AE", "تتألق أحجار الياقوت الزرقاء. وفي كل قرط حجران.", count58Studs(2), true},
	}...)
	checkKindRows(t, svc, CatGrounding, rows)
}

// TestKindsCount60Bad: wrong counts of the same kinds keep blocking, true
// ones keep passing.
func TestKindsCount60Bad(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	var rows []kindRow
	rows = append(rows, pairRows(count60Star(1, 5), false, count60PointsGuard)...)
	rows = append(rows, pairRows(count60Star(1, 3), true, count60Points, count60PointsGuard)...)
	rows = append(rows, pairRows(count60Pearls(20), false, count60PearlWords)...)
	rows = append(rows, pairRows(count60Pearls(18), true, count60PearlWords[2:])...)
	rows = append(rows, pairRows(count59Pearls(3), true, count60Flanked)...)
	rows = append(rows, pairRows(count59Pearls(7), true, count60Flanked)...)
	rows = append(rows, pairRows(count59Ring(9), false, count60GroupsGuard)...)
	rows = append(rows, pairRows(count59Ring(3), true, count60Groups, count60GroupsGuard)...)
	rows = append(rows, pairRows(count59Ring(6), true, count60Groups[:2])...)
	rows = append(rows, []kindRow{
		{"tr-TR", "Yıldızın ortasında mor bir ametist, beş ucunda ise ikişer küçük pırlanta yer alıyor.", count60Star(1, 5), true},
		{"en-GB", "The star holds six diamonds on each of its five points.", count60Star(1, 5), true},
		{"en-GB", "Six diamonds sit on each of the five points.", count60Star(1, 5), true},
		{"en-GB", "Two diamonds sit at each of its five points.", count60Star(1, 10), false},
		{"en-GB", "Five diamonds sparkle on the star, one on each of its four points.", count60Star(1, 5), true},
		{"tr-TR", "Yıldızın ortasında mor bir ametist, beş ucunda ise ikişer küçük pırlanta yer alıyor.", count60Star(1, 10), false},
		{"tr-TR", "Yıldızın ortasında mor bir ametist, dört ucunda ise birer küçük pırlanta yer alıyor.", count60Star(1, 5), true},
		{"tr-TR", "Yıldızda toplam altı taş bulunuyor: ortada mor bir ametist, beş ucunda ise birer küçük pırlanta.", count60Star(1, 4), true},
		{"fr-FR", "Une améthyste au centre, deux diamants à chacune des cinq pointes.", count60Star(1, 10), false},
		{"fr-FR", "Une améthyste au centre, deux diamants à chacune des cinq pointes.", count60Star(1, 5), true},
		{"de-DE", "Ein Diamant an jeder der fünf Spitzen.", count60Star(1, 6), true},
		{"pl-PL", "Ametyst pośrodku i po dwa diamenty na każdym z pięciu ramion.", count60Star(1, 10), false},
		{"fi-FI", "Rannekorussa on kahdeksantoista kullankeltaista Etelämeren viljelyhelmeä, kukin halkaisijaltaan 9 mm.", count60Pearls(18), false},
		// A count in rows is the rows' together; groups with no count of
		// each keep the count.
		{"en-GB", "Nine sapphires sit in three rows.", count59Ring(9), false},
		{"ko-KR", "사파이어 아홉 개를 세 그룹으로 세팅했습니다.", count59Ring(9), false},
		{"tr-TR", "Yüzükte üç grup halinde dokuz safir bulunuyor.", count59Ring(9), false},
		// The dual on a pair of four, and with its stone named after it.
		{"ar-AE", "في كل قرط حجران.", count58Studs(4), false},
		{"ar-AE", "وفي كل قرط حجران من الياقوت.", count58Studs(4), false},
		{"ar-AE", "وفي كل قرط حجران من الياقوت.", count58Studs(2), true},
		{"en-GB", "Each earring holds two stones.", count58Studs(2), true},
		// The dual with no distributive word: two kinds of stone.
		{"ar-AE", "يجمع القرطان بين حجرين نادرين في تصميم رقيق.", count58Studs(2), false},
	}...)
	checkKindRows(t, svc, CatGrounding, rows)
}

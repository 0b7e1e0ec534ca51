package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// Words read as a fact about the product when they carry another sense
// (#13, sense28; dev probe17d es-ES P17d01, el-GR P17d04, dev probe20a
// nl-NL P20a01):
//
//   - unique: the word of the number one that also means "one of a kind"
//     (es "único", fr "unique", de "einzig", tr "tek") counts only before
//     the noun it counts ("un único diamante", "l'unique diamant");
//     after its noun or as a complement ("hacen que cada colgante sea
//     único", "rendent chaque pendentif unique") it is "one of a kind"
//     (RAE, DLE "único": antepuesto, solo; pospuesto, singular,
//     extraordinario). grounding one_of_a_kind.
//   - brilliant: where a market's rules reserve the brilliant word for a
//     diamond, it stays a diamond on any piece (de "Brillant": RAL-RG 560
//     A5 and CIBJO Diamond Book, "Brillant" without addition is a round
//     brilliant-cut diamond; fr, es, it, pt, nl, the Nordic languages, pl,
//     cs, tr likewise name a diamond by it). Greek "μπριγιάν" is an
//     indeclinable word that also names the cut after any stone's noun
//     ("ζιργκόν μπριγιάν", "ζαφείρια, στρογγυλά μπριγιάν 2 mm") and no
//     Greek rule reserves it: there, right after the product's own stone
//     noun in its noun phrase, it is that stone's cut (grounding
//     brilliant_cut_after_stone, data per locale).
//   - one crystal: the one crystal two colours share ("in één kristal",
//     "in one crystal", "en un solo cristal") is the product's natural
//     stone; the numeral one joins own_crystal_words. Glass crystal on
//     the piece still blocks, and so does the same sentence on a piece
//     with a simulant.
func TestKindsSense28(t *testing.T) {
	t.Parallel()
	svc := checkService(t)

	// (a) unique
	one := core.Product{SKU: "S28U", Name: "Oval Pendant", Category: "pendant", Collection: "Essence",
		Materials: []string{"925 sterling silver", "amethyst"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "amethyst", Colour: "purple", Count: 1, Origin: core.OriginNatural, Treatment: "none"}},
		Colours: []string{"purple", "silver"}}
	three := one
	three.Stones = []core.Stone{{Type: "amethyst", Colour: "purple", Count: 3, Origin: core.OriginNatural, Treatment: "none"}}
	type pair struct{ locale, pass, block string }
	unique := []pair{
		{"en-GB", "The stone comes from Uruguay, and its violet bands make every pendant unique.", "The pendant holds a single amethyst."},
		{"en-US", "The stone comes from Uruguay, and its bands mean each pendant will be unique.", "The pendant holds one amethyst."},
		{"en-AU", "The stone comes from Uruguay, and its banding makes each pendant one of a kind.", "The pendant holds a single amethyst."},
		{"fr-FR", "La pierre vient d'Uruguay, et ses bandes violettes rendent chaque pendentif unique.", "Le pendentif porte une unique améthyste."},
		{"fr-CA", "La pierre provient de l'Uruguay et ses bandes violettes font que chaque pendentif soit unique.", "Le pendentif porte une seule améthyste."},
		{"es-ES", "La piedra procede de Uruguay, y sus bandas violeta hacen que cada colgante sea único.", "El colgante lleva una única amatista."},
		{"es-MX", "La piedra viene de Uruguay y sus bandas violeta vuelven única cada pieza.", "El colgante lleva una única amatista."},
		{"it-IT", "La pietra viene dall'Uruguay e le sue bande viola rendono ogni ciondolo unico.", "Il ciondolo porta una sola ametista."},
		{"pt-PT", "A pedra vem do Uruguai e as suas faixas violeta tornam cada pendente único.", "O pendente leva uma única ametista."},
		{"pt-BR", "A pedra vem do Uruguai, e suas faixas violeta fazem com que cada pingente seja único.", "O pingente leva uma única ametista."},
		{"de-DE", "Der Stein stammt aus Uruguay, und seine violetten Bänder machen jeden Anhänger einzig und unverwechselbar.", "Der Anhänger trägt einen einzigen Amethyst."},
		{"nl-NL", "De steen komt uit Uruguay en de paarse banden maken elke hanger uniek.", "De hanger draagt één enkele amethist."},
		{"sv-SE", "Stenen kommer från Uruguay och de violetta banden gör varje hänge unikt.", "Hänget bär två ametister."},
		{"da-DK", "Stenen kommer fra Uruguay, og de violette bånd gør hvert vedhæng unikt.", "Vedhænget bærer to ametyster."},
		{"nb-NO", "Steinen kommer fra Uruguay, og de fiolette båndene gjør hvert anheng unikt.", "Anhenget bærer to ametyster."},
		{"fi-FI", "Kivi on peräisin Uruguaysta, ja violetit raidat tekevät jokaisesta riipuksesta ainutlaatuisen.", "Riipuksessa on yksi ametisti."},
		{"pl-PL", "Kamień pochodzi z Urugwaju, a fioletowe pasma sprawiają, że każdy wisiorek jest jedyny w swoim rodzaju.", "Wisiorek ma dwa ametysty."},
		{"cs-CZ", "Kámen pochází z Uruguaye a fialové pruhy činí každý přívěsek jedinečným.", "Přívěsek nese dva ametysty."},
		{"el-GR", "Η πέτρα προέρχεται από την Ουρουγουάη και οι μωβ ζώνες κάνουν κάθε μενταγιόν μοναδικό.", "Το μενταγιόν έχει δύο αμέθυστους."},
		{"tr-TR", "Taş Uruguay'dan geliyor ve mor bantları her kolyeyi tek ve eşsiz kılıyor.", "Kolyede tek bir ametist var."},
		{"ja-JP", "石はウルグアイ産で、紫の縞模様が世界にひとつだけのペンダントに仕上げます。", "ペンダントにはアメジストが2粒付いています。"},
		{"ko-KR", "스톤은 우루과이산이며, 보라색 줄무늬가 각 펜던트를 세상에 하나뿐인 작품으로 만듭니다.", "펜던트에는 자수정 한 개가 있습니다."},
		{"zh-CN", "宝石产自乌拉圭，紫色的条纹让每一件吊坠都独一无二。", "吊坠镶有一颗紫水晶。"},
		{"zh-TW", "寶石產自烏拉圭，紫色的條紋讓每一件吊墜都獨一無二。", "吊墜鑲有一顆紫水晶。"},
		{"ar-AE", "الحجر من الأوروغواي، وخطوطه البنفسجية تجعل كل قلادة فريدة من نوعها.", "تحمل القلادة خمسة أحجار جمشت."},
	}
	var rows []kindRow
	for _, u := range unique {
		rows = append(rows, kindRow{u.locale, u.pass, one, false}, kindRow{u.locale, u.pass, three, false}, kindRow{u.locale, u.block, three, true})
	}
	checkKindRows(t, svc, "grounding", rows)

	// (b) brilliant
	ring := core.Product{SKU: "S28B", Name: "Eternity Ring", Category: "ring", Collection: "Moments",
		Materials: []string{"950 platinum", "lab-grown pink sapphire"}, Metals: []core.Metal{{Base: "platinum", Fineness: "950"}},
		Stones:     []core.Stone{{Type: "sapphire", Colour: "pink", Count: 21, Origin: core.OriginLabGrown, Treatment: "none"}},
		Colours:    []string{"pink", "platinum"},
		Attributes: map[string]string{"stone_cut": "round brilliant"}}
	// pass: the cut of the product's own stone, in the markets whose
	// brilliant word is not reserved for a diamond, or which have none
	// that names a diamond alone.
	// block: the brilliant word alone, or in apposition where the market
	// reserves it for a diamond.
	brilliant := []pair{
		{"el-GR", "Με 21 ροζ συνθετικά ζαφείρια εργαστηρίου, στρογγυλά μπριγιάν 2 mm, σε κοινά νύχια.", "Με 21 ροζ συνθετικά ζαφείρια εργαστηρίου και στρογγυλά μπριγιάν 2 mm."},
		{"el-GR", "Τα 21 συνθετικά ζαφείρια μπριγιάν λάμπουν σε όλο τον κύκλο.", "Τρία μπριγιάν λάμπουν ανάμεσα στα συνθετικά ζαφείρια."},
		{"el-GR", "Με 21 ροζ ζαφείρια που δημιουργήθηκαν σε εργαστήριο, στρογγυλά μπριγιάν 2 mm.", "Με 21 ροζ ζαφείρια που πλαισιώνουν στρογγυλά μπριγιάν 2 mm."},
		{"en-GB", "Set with 21 pink lab-grown sapphires, round brilliant cut, 2 mm each.", "Set with 21 pink lab-grown sapphires and round brilliants of 2 mm."},
		{"en-US", "Set with 21 pink lab-grown sapphires in a round brilliant cut.", "Set with 21 pink lab-grown sapphires, round brilliants 2 mm."},
		{"en-AU", "21 pink lab-grown sapphires, each a 2 mm round brilliant cut.", "21 pink lab-grown sapphires between four brilliants."},
		{"de-DE", "Mit 21 rosa synthetischen Saphiren im Brillantschliff, je 2 mm.", "Mit 21 rosa synthetischen Saphiren, runde Brillanten 2 mm."},
		{"fr-FR", "Serti de 21 saphirs roses synthétiques taille brillant de 2 mm.", "Serti de 21 saphirs roses synthétiques et de diamants ronds de 2 mm."},
		{"fr-CA", "Serti de 21 saphirs roses synthétiques taillés en brillant.", "Serti de 21 saphirs roses synthétiques et de diamants."},
		{"es-ES", "Con 21 zafiros rosas sintéticos en talla brillante de 2 mm.", "Con 21 zafiros rosas sintéticos y diamantes redondos de 2 mm."},
		{"es-MX", "Con 21 zafiros rosas sintéticos de talla brillante redonda.", "Con 21 zafiros rosas sintéticos y diamantes de 2 mm."},
		{"it-IT", "Con 21 zaffiri rosa sintetici a taglio brillante da 2 mm.", "Con 21 zaffiri rosa sintetici e diamanti rotondi da 2 mm."},
		{"pt-PT", "Com 21 safiras rosa sintéticas em lapidação brilhante de 2 mm.", "Com 21 safiras rosa sintéticas e diamantes redondos de 2 mm."},
		{"pt-BR", "Com 21 safiras rosa sintéticas em lapidação brilhante.", "Com 21 safiras rosa sintéticas e diamantes de 2 mm."},
		{"nl-NL", "Met 21 roze synthetische saffieren in briljantslijpsel van 2 mm.", "Met 21 roze synthetische saffieren, ronde briljanten van 2 mm."},
		{"sv-SE", "Med 21 rosa syntetiska safirer i briljantslipning, 2 mm.", "Med 21 rosa syntetiska safirer och runda diamanter 2 mm."},
		{"da-DK", "Med 21 lyserøde syntetiske safirer i brillantslibning, 2 mm.", "Med 21 lyserøde syntetiske safirer og runde diamanter 2 mm."},
		{"nb-NO", "Med 21 rosa syntetiske safirer i briljantsliping, 2 mm.", "Med 21 rosa syntetiske safirer og runde diamanter 2 mm."},
		{"fi-FI", "21 vaaleanpunaista synteettistä safiiria briljanttihiottuina, 2 mm.", "21 vaaleanpunaista synteettistä safiiria ja pyöreitä timantteja."},
		{"pl-PL", "Z 21 różowymi syntetycznymi szafirami o szlifie brylantowym 2 mm.", "Z 21 różowymi syntetycznymi szafirami, okrągłe brylanty 2 mm."},
		{"cs-CZ", "S 21 růžovými syntetickými safíry v briliantovém brusu, 2 mm.", "S 21 růžovými syntetickými safíry, kulaté brilianty 2 mm."},
		{"tr-TR", "21 pembe sentetik safir, pırlanta kesim, 2 mm.", "21 pembe sentetik safir ve yuvarlak pırlanta taşlar."},
		{"ja-JP", "ピンクの合成サファイア21石、ラウンドブリリアントカット2mm。", "ピンクの合成サファイア21石とダイヤモンド。"},
		{"ko-KR", "핑크 합성 사파이어 21개, 라운드 브릴리언트 컷 2mm.", "핑크 합성 사파이어 21개와 다이아몬드."},
		{"zh-CN", "21颗粉色合成蓝宝石，圆形明亮式切工，2毫米。", "21颗粉色合成蓝宝石与钻石。"},
		{"zh-TW", "21顆粉色合成藍寶石，圓形明亮式切工，2毫米。", "21顆粉色合成藍寶石與鑽石。"},
		{"ar-AE", "21 حجر ياقوت وردي صناعي بقطع بريليانت دائري 2 مم.", "21 حجر ياقوت وردي صناعي مع ألماس."},
	}
	rows = nil
	for _, b := range brilliant {
		rows = append(rows, kindRow{b.locale, b.pass, ring, false}, kindRow{b.locale, b.block, ring, true})
	}
	checkKindRows(t, svc, "", rows)

	// (c) one crystal
	parti := partiRing19()
	cz := core.Product{SKU: "S28Z", Name: "Clear Ring", Category: "ring", Collection: "Heritage",
		Materials: []string{"sterling silver"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "cubic zirconia", Colour: "clear", Count: 1, Origin: core.OriginSimulant}},
		Colours: []string{"clear", "silver"}}
	crystal := []kindRow{
		{"en-GB", "Blue-green and yellow come together in one crystal.", parti, false},
		{"en-US", "Blue-green and yellow meet within just one crystal.", parti, false},
		{"en-AU", "Blue-green and yellow sit side by side within one crystal.", parti, false},
		{"de-DE", "Blaugrün und Gelb vereinen sich in nur einem Kristall.", parti, false},
		{"fr-FR", "Le bleu-vert et le jaune se rejoignent dans un seul cristal.", parti, false},
		{"fr-CA", "Le bleu-vert et le jaune cohabitent dans un cristal unique.", parti, false},
		{"es-ES", "El azul verdoso y el amarillo se unen en un solo cristal.", parti, false},
		{"es-MX", "El azul verdoso y el amarillo conviven en un único cristal.", parti, false},
		{"it-IT", "Il blu-verde e il giallo si uniscono in un solo cristallo.", parti, false},
		{"pt-PT", "O azul-esverdeado e o amarelo juntam-se num só cristal.", parti, false},
		{"pt-BR", "O azul-esverdeado e o amarelo se unem em um só cristal.", parti, false},
		{"nl-NL", "Een ovaal waarin blauwgroen en geel in één kristal samenkomen.", parti, false},
		{"sv-SE", "Blågrönt och gult möts i en enda kristall.", parti, false},
		{"da-DK", "Blågrøn og gul mødes i én krystal.", parti, false},
		{"nb-NO", "Blågrønt og gult møtes i én krystall.", parti, false},
		{"fi-FI", "Sinivihreä ja keltainen kohtaavat yhdessä kiteessä.", parti, false},
		{"pl-PL", "Niebieskozielony i żółty łączą się w jednym krysztale.", parti, false},
		{"cs-CZ", "Modrozelená a žlutá se snoubí v jednom krystalu.", parti, false},
		{"el-GR", "Το γαλαζοπράσινο και το κίτρινο συναντιούνται σε έναν μόνο κρύσταλλο.", parti, false},
		{"tr-TR", "Mavi-yeşil ve sarı tek bir kristalde buluşuyor.", parti, false},
		{"ja-JP", "青緑と黄色がひとつの結晶の中で出会います。", parti, false},
		{"ko-KR", "청록색과 노란색이 하나의 결정 안에서 만납니다.", parti, false},
		{"zh-CN", "蓝绿色与黄色在同一颗晶体中交汇。", parti, false},
		{"zh-TW", "藍綠色與黃色在同一顆晶體中交匯。", parti, false},
		{"ar-AE", "يلتقي الأزرق المخضر والأصفر في بلورة واحدة.", parti, false},
	}
	// glass crystal on the piece: still blocks
	diamond := core.Product{SKU: "S28D", Name: "Solitaire", Category: "ring", Collection: "Heritage",
		Materials: []string{"18k white gold", "diamond"}, Metals: []core.Metal{{Base: "white gold", Fineness: "18k"}},
		Stones:  []core.Stone{{Type: "diamond", Colour: "white", Count: 1, Origin: core.OriginNatural}},
		Colours: []string{"white"}}
	glass := map[string]string{
		"en-GB": "The ring is set with one Swarovski crystal.",
		"en-US": "The ring is set with crystal stones.",
		"en-AU": "The ring is set with sparkling Swarovski crystals.",
		"de-DE": "Der Ring ist mit Kristallsteinen von Swarovski besetzt.",
		"fr-FR": "La bague est sertie de cristaux Swarovski.",
		"fr-CA": "La bague est ornée de pierres de cristal.",
		"es-ES": "El anillo lleva cristales de Swarovski.",
		"es-MX": "El anillo está adornado con piedras de cristal.",
		"it-IT": "L'anello è impreziosito da cristalli Swarovski.",
		"pt-PT": "O anel tem cristais Swarovski.",
		"pt-BR": "O anel traz cristais Swarovski.",
		"nl-NL": "De ring is gezet met één Swarovski-kristal.",
		"sv-SE": "Ringen är besatt med Swarovski-kristaller.",
		"da-DK": "Ringen er besat med én Swarovski-krystal.",
		"nb-NO": "Ringen er besatt med én Swarovski-krystall.",
		"fi-FI": "Sormuksessa on Swarovski-kristalleja.",
		"pl-PL": "Pierścionek zdobią kryształy Swarovskiego.",
		"cs-CZ": "Prsten zdobí jeden krystal Swarovski.",
		"el-GR": "Το δαχτυλίδι έχει κρυστάλλους Swarovski.",
		"tr-TR": "Yüzük Swarovski kristalleriyle süslenmiştir.",
		"ja-JP": "リングにはスワロフスキー・クリスタルがあしらわれています。",
		"ko-KR": "반지에는 스와로브스키 크리스탈이 세팅되어 있습니다.",
		"zh-CN": "戒指镶嵌施华洛世奇水晶。",
		"zh-TW": "戒指鑲嵌施華洛世奇水晶。",
		"ar-AE": "الخاتم مرصع بكريستال سواروفسكي.",
	}
	// The crystal words that name mineral crystals only (sv kristall in
	// its compounds, fi kide, pl kryształ in the locative, ja 結晶, ko 결정,
	// zh 晶体, ar بلورة) are no glass on any piece: their rows have no
	// simulant control, only the glass crystal rows below.
	mineralOnly := map[string]bool{"fi-FI": true, "pl-PL": true, "ja-JP": true, "ko-KR": true, "zh-CN": true, "zh-TW": true, "ar-AE": true}
	control := func(r kindRow) (core.Product, bool) { return cz, !mineralOnly[r.locale] }
	checkOwnAndControl(t, svc, "grounding", crystal, control)
	rows = nil
	for loc, text := range glass {
		rows = append(rows, kindRow{loc, text, diamond, true})
	}
	checkKindRows(t, svc, "grounding", rows)
}

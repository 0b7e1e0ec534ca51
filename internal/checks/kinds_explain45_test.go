package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// Products of TestKindsExplain45 (#13, explain45), after probe 45D and
// released 45B.
var (
	explain45Filled = core.Product{SKU: "X45F", Name: "Signature Solitaire Ring", Category: "ring", Collection: "Signature", Materials: []string{"14k white gold"},
		Metals: []core.Metal{{Base: "white gold", Fineness: "14k"}}, Stones: []core.Stone{{Type: "diamond", Colour: "clear", Count: 1, Origin: core.OriginNatural, Treatment: "fracture-filled"}},
		Colours: []string{"silver", "white"}}
	explain45Diamond = core.Product{SKU: "X45D", Name: "Signature Solitaire Ring", Category: "ring", Collection: "Signature", Materials: []string{"14k white gold"},
		Metals: []core.Metal{{Base: "white gold", Fineness: "14k"}}, Stones: []core.Stone{{Type: "diamond", Colour: "clear", Count: 1, Origin: core.OriginNatural}},
		Colours: []string{"silver", "white"}}
	explain45Mystic = core.Product{SKU: "X45M", Name: "Lumière Pendant", Category: "pendant", Collection: "Lumière", Materials: []string{"sterling silver"},
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Stones: []core.Stone{{Type: "mystic topaz", Colour: "multicolour", Count: 1, Origin: core.OriginNatural, Treatment: "coated"}},
		Colours: []string{"silver", "blue", "green", "purple"}}
	explain45Turquoise = core.Product{SKU: "X45T", Name: "Heritage Earrings", Category: "earrings", Collection: "Heritage", Materials: []string{"sterling silver", "turquoise"},
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Stones: []core.Stone{{Type: "turquoise", Colour: "blue", Count: 2, Origin: core.OriginNatural, Treatment: "stabilised"}},
		Colours: []string{"blue", "silver"}}
)

// TestKindsExplain45 (#13, explain45): copy that explains a stone names
// materials and colours that are not the piece's. (1) The filler of a
// fracture-filled diamond (canon treatment_fillings: glass; GIA, "Fracture
// filling") in a sentence with a word of filling (filling_words;
// grounding treatment_filling.go fillingMaterial): probe 45D en-AU, ja-JP,
// zh-CN, tr-TR. The glass said of the piece, or on an untreated diamond,
// still blocks. (2) The colourless body of a coated topaz with Turkish
// "bir" between ("kaplanmış renksiz bir topazdır"; linkedOwnStoneColour):
// probe 45D tr-TR 45D103. (3) A mineral's own elements: a compound of
// elements joined by a hyphen ("bakır-alüminyum fosfat",
// "Kupfer-Aluminium-Phosphat", "koper-aluminiumfosfaat") and a metal a
// word of containing governs in a verb-final sentence that ends on a
// mineral noun ("bakır yüklü suyun ... oluşan bir ... fosfattır";
// mineral_chem.go hyphenBefore, hyphenMineral, mineralPredicate): released
// 45B tr-TR 45B104. The copper said of the piece still blocks.
func TestKindsExplain45(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	f, d, m, tq := explain45Filled, explain45Diamond, explain45Mystic, explain45Turquoise
	// failing before: the probe and released sentences
	checkKindRows(t, svc, "grounding", []kindRow{
		{"en-AU", "This diamond is fracture-filled: fine cracks that reach its surface have been filled with a glass-like material, so they are far harder to see.", f, false},
		{"ja-JP", "このダイヤモンドには亀裂充填処理が施され、表面に達した細かな亀裂をガラス質の物質で埋めて目立ちにくくしています。", f, false},
		{"zh-CN", "这颗钻石经过裂隙充填处理：延伸至表面的细微裂隙以类玻璃材料填充，使其几乎不可见。", f, false},
		{"tr-TR", "Bu elmasa çatlak dolgusu işlemi uygulanmıştır: yüzeye ulaşan ince çatlaklar, onları neredeyse görünmez kılan cam benzeri bir malzemeyle doldurulmuştur.", f, false},
		{"tr-TR", "Topaz, çoğunlukla renksiz olan doğal bir mineraldir. Mistik topaz ise yüzeyi son derece ince metalik bir filmle kaplanmış renksiz bir topazdır; mavi, yeşil ve mor yansımaları bu kaplama yaratır.", m, false},
		{"tr-TR", "Turkuaz, kuru bölgelerde bakır yüklü suyun kayaçların arasından yavaşça sızmasıyla oluşan bir bakır-alüminyum fosfattır.", tq, false},
		{"tr-TR", "Renksiz bir topaz.", m, false},
	})
	// the filler named beside a word of filling, every locale: passes on
	// the fracture-filled diamond
	checkKindRows(t, svc, "grounding", []kindRow{
		{"en-GB", "This diamond is fracture-filled: its fine cracks are filled with glass, so they are harder to see.", f, false},
		{"en-US", "This diamond is fracture-filled; its fine cracks have been filled with glass.", f, false},
		{"en-AU", "Fine cracks that reach its surface have been filled with a glass-like material.", f, false},
		{"de-DE", "Dieser Diamant ist behandelt: seine feinen Risse sind mit Glas gefüllt.", f, false},
		{"fr-FR", "Ce diamant est traité : ses fines fissures sont remplies de verre.", f, false},
		{"fr-CA", "Ce diamant est traité : ses fines fissures ont été remplies de verre.", f, false},
		{"es-ES", "Este diamante está tratado: sus finas grietas se han rellenado con vidrio.", f, false},
		{"es-MX", "Este diamante está tratado: sus finas grietas están rellenas de vidrio.", f, false},
		{"it-IT", "Questo diamante è trattato: le sue sottili fratture sono riempite di vetro.", f, false},
		{"pt-PT", "Este diamante foi tratado: as suas finas fissuras foram preenchidas com vidro.", f, false},
		{"pt-BR", "Este diamante foi tratado: suas finas fissuras foram preenchidas com vidro.", f, false},
		{"nl-NL", "Deze diamant is behandeld: de fijne barstjes zijn gevuld met glas.", f, false},
		{"sv-SE", "Diamanten är behandlad: de fina sprickorna är fyllda med glas.", f, false},
		{"da-DK", "Diamanten er behandlet: de fine revner er fyldt med glas.", f, false},
		{"nb-NO", "Diamanten er behandlet: de fine sprekkene er fylt med glass.", f, false},
		{"fi-FI", "Timantti on käsitelty: sen hienot halkeamat on täytetty lasilla.", f, false},
		{"pl-PL", "Ten diament jest uszlachetniony: jego drobne pęknięcia wypełniono szkłem.", f, false},
		{"cs-CZ", "Tento diamant je upravený: jeho jemné trhliny jsou vyplněny sklem.", f, false},
		{"el-GR", "Αυτό το διαμάντι έχει υποστεί επεξεργασία: οι λεπτές ρωγμές του έχουν γεμίσει με γυαλί.", f, false},
		{"tr-TR", "Bu elmasa çatlak dolgusu uygulanmıştır: ince çatlakları camla doldurulmuştur.", f, false},
		{"ar-AE", "خضع هذا الماس للمعالجة: مُلئت شقوقه الدقيقة بالزجاج.", f, false},
		{"ja-JP", "このダイヤモンドは亀裂充填処理が施され、細かな亀裂をガラスで埋めています。", f, false},
		{"ko-KR", "이 다이아몬드는 균열 충전 처리되어 미세한 균열을 유리로 채웠습니다.", f, false},
		{"zh-CN", "这颗钻石经过裂隙充填处理，细微裂隙以玻璃填充。", f, false},
		{"zh-TW", "這顆鑽石經過裂隙充填處理，細微裂隙以玻璃填充。", f, false},
	})
	// the glass said of the piece blocks on the fracture-filled diamond
	checkKindRows(t, svc, "grounding", []kindRow{
		{"en-GB", "The ring is set with glass.", f, true},
		{"en-US", "The ring is set with glass stones.", f, true},
		{"en-AU", "This ring is made of glass.", f, true},
		{"de-DE", "Der Ring ist mit Glas besetzt.", f, true},
		{"fr-FR", "La bague est sertie de verre.", f, true},
		{"fr-CA", "Cette bague est en verre.", f, true},
		{"es-ES", "El anillo está engastado con vidrio.", f, true},
		{"es-MX", "El anillo es de vidrio.", f, true},
		{"it-IT", "L'anello è incastonato con vetro.", f, true},
		{"pt-PT", "O anel é cravejado de vidro.", f, true},
		{"pt-BR", "O anel é de vidro.", f, true},
		{"nl-NL", "De ring is gezet met glas.", f, true},
		{"sv-SE", "Ringen är infattad med glas.", f, true},
		{"da-DK", "Ringen er besat med glas.", f, true},
		{"nb-NO", "Ringen er besatt med glass.", f, true},
		{"pl-PL", "Pierścionek jest wysadzany szkłem.", f, true},
		{"cs-CZ", "Prsten je osazen sklem.", f, true},
		{"el-GR", "Το δαχτυλίδι είναι στολισμένο με γυαλί.", f, true},
		{"tr-TR", "Yüzük camla süslenmiştir.", f, true},
		{"ar-AE", "الخاتم مرصع بالزجاج.", f, true},
		{"ja-JP", "このリングはガラスをセットしています。", f, true},
		{"ko-KR", "이 반지는 유리로 세팅되었습니다.", f, true},
		{"zh-CN", "这枚戒指镶嵌玻璃。", f, true},
		{"zh-TW", "這枚戒指鑲嵌玻璃。", f, true},
	})
	// the filler on an untreated diamond (no treatment puts glass into it)
	checkKindRows(t, svc, "grounding", []kindRow{
		{"en-GB", "This diamond is fracture-filled: its fine cracks are filled with glass, so they are harder to see.", d, true},
		{"en-US", "This diamond is fracture-filled; its fine cracks have been filled with glass.", d, true},
		{"de-DE", "Dieser Diamant ist behandelt: seine feinen Risse sind mit Glas gefüllt.", d, true},
		{"fr-FR", "Ce diamant est traité : ses fines fissures sont remplies de verre.", d, true},
		{"fr-CA", "Ce diamant est traité : ses fines fissures ont été remplies de verre.", d, true},
		{"es-ES", "Este diamante está tratado: sus finas grietas se han rellenado con vidrio.", d, true},
		{"es-MX", "Este diamante está tratado: sus finas grietas están rellenas de vidrio.", d, true},
		{"it-IT", "Questo diamante è trattato: le sue sottili fratture sono riempite di vetro.", d, true},
		{"pt-PT", "Este diamante foi tratado: as suas finas fissuras foram preenchidas com vidro.", d, true},
		{"pt-BR", "Este diamante foi tratado: suas finas fissuras foram preenchidas com vidro.", d, true},
		{"nl-NL", "Deze diamant is behandeld: de fijne barstjes zijn gevuld met glas.", d, true},
		{"pl-PL", "Ten diament jest uszlachetniony: jego drobne pęknięcia wypełniono szkłem.", d, true},
		{"cs-CZ", "Tento diamant je upravený: jeho jemné trhliny jsou vyplněny sklem.", d, true},
		{"el-GR", "Αυτό το διαμάντι έχει υποστεί επεξεργασία: οι λεπτές ρωγμές του έχουν γεμίσει με γυαλί.", d, true},
		{"tr-TR", "Bu elmasa çatlak dolgusu uygulanmıştır: ince çatlakları camla doldurulmuştur.", d, true},
		{"ar-AE", "خضع هذا الماس للمعالجة: مُلئت شقوقه الدقيقة بالزجاج.", d, true},
		{"ja-JP", "このダイヤモンドは亀裂充填処理が施され、細かな亀裂をガラスで埋めています。", d, true},
		{"ko-KR", "이 다이아몬드는 균열 충전 처리되어 미세한 균열을 유리로 채웠습니다.", d, true},
		{"zh-CN", "这颗钻石经过裂隙充填处理，细微裂隙以玻璃填充。", d, true},
		{"zh-TW", "這顆鑽石經過裂隙充填處理，細微裂隙以玻璃填充。", d, true},
	})
	// Turkish "bir" between a colour and the coated topaz: only its true
	// colours pass
	checkKindRows(t, svc, "grounding", []kindRow{
		{"tr-TR", "Mistik topaz, renksiz bir topazdır.", m, false},
		{"tr-TR", "Kolyede pembe bir topaz var.", m, true},
		{"tr-TR", "Renksiz bir kolye.", m, true},
		{"tr-TR", "Bu kolye renksizdir.", m, true},
	})
	// a mineral's elements in a compound, every locale, and the metal said
	// of the piece
	checkKindRows(t, svc, "grounding", []kindRow{
		{"en-GB", "Turquoise is a copper-aluminium phosphate.", tq, false},
		{"en-US", "Turquoise is a copper-aluminum phosphate.", tq, false},
		{"en-AU", "Chemically, turquoise is a copper-aluminium phosphate.", tq, false},
		{"de-DE", "Türkis ist ein Kupfer-Aluminium-Phosphat.", tq, false},
		{"fr-FR", "La turquoise est un phosphate cuivre-aluminium.", tq, false},
		{"fr-CA", "La turquoise est un phosphate cuivre-aluminium.", tq, false},
		{"es-ES", "La turquesa es un fosfato de cobre-aluminio.", tq, false},
		{"es-MX", "La turquesa es un fosfato de cobre-aluminio.", tq, false},
		{"it-IT", "Il turchese è un fosfato rame-alluminio.", tq, false},
		{"pt-PT", "A turquesa é um fosfato de cobre-alumínio.", tq, false},
		{"pt-BR", "A turquesa é um fosfato de cobre-alumínio.", tq, false},
		{"nl-NL", "Turkoois is een koper-aluminiumfosfaat.", tq, false},
		{"sv-SE", "Turkos är ett koppar-aluminiumfosfat.", tq, false},
		{"da-DK", "Turkis er et kobber-aluminiumfosfat.", tq, false},
		{"nb-NO", "Turkis er et kobber-aluminiumfosfat.", tq, false},
		{"fi-FI", "Turkoosi on kupari-alumiinifosfaatti.", tq, false},
		{"pl-PL", "Turkus to fosforan miedziowo-glinowy.", tq, false},
		{"cs-CZ", "Tyrkys je fosforečnan mědi a hliníku.", tq, false},
		{"el-GR", "Το τιρκουάζ είναι φωσφορικό άλας χαλκού-αλουμινίου.", tq, false},
		{"tr-TR", "Turkuaz bir bakır-alüminyum fosfattır.", tq, false},
		{"ar-AE", "الفيروز فوسفات النحاس والألومنيوم.", tq, false},
		{"ja-JP", "ターコイズは銅とアルミニウムのリン酸塩です。", tq, false},
		{"ko-KR", "터키석은 구리-알루미늄 인산염입니다.", tq, false},
		{"zh-CN", "绿松石是一种铜铝磷酸盐。", tq, false},
		{"zh-TW", "綠松石是一種銅鋁磷酸鹽。", tq, false},
		{"tr-TR", "Turkuaz, bakır yüklü suyun kayaçlardan sızmasıyla oluşan bir mineraldir.", tq, false},
	})
	checkKindRows(t, svc, "grounding", []kindRow{
		{"en-GB", "The earrings are copper.", tq, true},
		{"en-US", "These earrings are made of copper.", tq, true},
		{"en-AU", "The earrings are copper.", tq, true},
		{"de-DE", "Die Ohrringe sind aus Kupfer.", tq, true},
		{"fr-FR", "Les boucles d'oreilles sont en cuivre.", tq, true},
		{"fr-CA", "Ces boucles d'oreilles sont en cuivre.", tq, true},
		{"es-ES", "Los pendientes son de cobre.", tq, true},
		{"es-MX", "Los aretes son de cobre.", tq, true},
		{"it-IT", "Gli orecchini sono in rame.", tq, true},
		{"pt-PT", "Os brincos são de cobre.", tq, true},
		{"pt-BR", "Os brincos são de cobre.", tq, true},
		{"nl-NL", "De oorbellen zijn van koper.", tq, true},
		{"sv-SE", "Örhängena är av koppar.", tq, true},
		{"da-DK", "Øreringene er af kobber.", tq, true},
		{"nb-NO", "Øredobbene er av kobber.", tq, true},
		{"fi-FI", "Korvakorut ovat kuparia.", tq, true},
		{"pl-PL", "Kolczyki są z miedzi.", tq, true},
		{"cs-CZ", "Náušnice jsou z mědi.", tq, true},
		{"el-GR", "Τα σκουλαρίκια είναι από χαλκό.", tq, true},
		{"tr-TR", "Küpeler bakırdır.", tq, true},
		{"ar-AE", "الأقراط مصنوعة من النحاس.", tq, true},
		{"ja-JP", "このピアスは銅製です。", tq, true},
		{"ko-KR", "이 귀걸이는 구리로 만들어졌습니다.", tq, true},
		{"zh-CN", "这对耳环是铜制的。", tq, true},
		{"zh-TW", "這對耳環是銅製的。", tq, true},
		{"tr-TR", "Küpeler, bakır yüklü bir parıltıyla göz alır.", tq, true},
		{"tr-TR", "Turkuaz, bakır yüklü küpelere oturtulmuştur.", tq, true},
		{"en-GB", "The copper-aluminium earrings hold two turquoises.", tq, true},
		{"de-DE", "Die Kupfer-Aluminium-Ohrringe tragen zwei Türkise.", tq, true},
	})
}

package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// badakhshanRing35 is a blue lapis lazuli ring in sterling silver: the
// lazurite rock with golden pyrite and white calcite in it (GIA Gem
// Encyclopedia, "Lapis lazuli"), whose product data list blue and silver.
func badakhshanRing35() core.Product {
	return core.Product{SKU: "OC35", Name: "Badakhshan Ring", Category: "ring", Collection: "Heritage",
		Materials: []string{"sterling silver"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:       []core.Stone{{Type: "lapis lazuli", Colour: "blue", Count: 1, Origin: "natural"}},
		Colours:      []string{"blue", "silver"},
		Measurements: []core.Measurement{{Name: "stone length", Value: 12, Unit: "mm"}}}
}

// TestKindsOtherColour35 (#13, othercolour35): a colour or golden word
// bound to another mineral's word in its noun phrase, in the locale's
// order ("pirite dourada e veios de calcite branca", "حبيبات بيريت ذهبية",
// 金色のパイライト, "kultaista pyriittiä"), is that mineral's colour, not the
// piece's: it warns (a known inclusion or hosted mineral) or is silent (a
// stone scoped as another thing), and no longer blocks grounding.colour or
// grounding.material (released blind set 34, pt-PT 34A104: "salpicada de
// pirite dourada e veios de calcite branca" on a blue lapis ring blocked
// «branca»). Blocking twins: the product's own stone given a colour it
// does not have ("a white lapis lazuli", 金色のラピスラズリ) and the piece
// claimed in a metal it is not, in every locale.
func TestKindsOtherColour35(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	p := badakhshanRing35()
	checkKindRows(t, svc, CatGrounding, []kindRow{
		{"en-GB", "Lapis lazuli is a rock rather than a single mineral: deep blue lazurite with flecks of golden pyrite and streaks of white calcite. The Badakhshan Ring from the Heritage collection sets a 12 mm oval lapis lazuli in sterling silver.", p, false},
		{"en-GB", "The Badakhshan Ring from the Heritage collection sets a 12 mm oval lapis lazuli in sterling silver. Lapis lazuli is a rock: deep blue lazurite with golden pyrite flecks and white calcite veins.", p, false},
		{"en-GB", "The Badakhshan Ring from the Heritage collection sets a 12 mm oval white lapis lazuli in sterling silver. Lapis lazuli is a rock: deep blue lazurite with golden pyrite flecks.", p, true},
		{"en-GB", "The Badakhshan Ring from the Heritage collection sets a 12 mm oval lapis lazuli in 18ct gold. Lapis lazuli is a rock: deep blue lazurite with golden pyrite flecks.", p, true},
		{"en-GB", "The Badakhshan Ring from the Heritage collection sets a 12 mm oval lapis lazuli in sterling silver. The white lapis lazuli holds grains of golden pyrite.", p, true},
		{"en-US", "The Badakhshan Ring from the Heritage collection sets a 12 mm oval lapis lazuli in sterling silver. Good lapis shows little white calcite and a scatter of golden pyrite.", p, false},
		{"en-US", "The Badakhshan Ring from the Heritage collection sets a 12 mm oval lapis lazuli in 14k gold. Good lapis shows a scatter of golden pyrite.", p, true},
		{"en-AU", "The Badakhshan Ring from the Heritage collection sets a 12 mm oval lapis lazuli in sterling silver. Its deep blue is lit by flecks of golden pyrite and streaks of white calcite.", p, false},
		{"en-AU", "The Badakhshan Ring from the Heritage collection sets a 12 mm oval white lapis lazuli in sterling silver.", p, true},
		{"de-DE", "Lapislazuli ist kein einzelnes Mineral, sondern ein Gestein: tiefblauer Lasurit mit goldenen Pyriteinschlüssen und weißen Calcitadern. Der Ring Badakhshan aus der Kollektion Heritage fasst einen ovalen Lapislazuli von 12 mm in Sterlingsilber.", p, false},
		{"de-DE", "Der Ring Badakhshan aus der Kollektion Heritage fasst einen ovalen Lapislazuli von 12 mm in Sterlingsilber. Der tiefblaue Stein zeigt goldenen Pyrit und weißen Calcit.", p, false},
		{"de-DE", "Der Ring Badakhshan aus der Kollektion Heritage fasst einen ovalen weißen Lapislazuli von 12 mm in Sterlingsilber.", p, true},
		{"de-DE", "Der Ring Badakhshan aus der Kollektion Heritage fasst einen ovalen Lapislazuli von 12 mm in Gold. Der tiefblaue Stein zeigt goldenen Pyrit.", p, true},
		{"fr-FR", "Le lapis-lazuli est une roche : de la lazurite bleu profond, piquetée de pyrite dorée et de veines de calcite blanche. La bague Badakhshan de la collection Heritage sertit un lapis-lazuli ovale de 12 mm sur argent sterling.", p, false},
		{"fr-FR", "La bague Badakhshan de la collection Heritage sertit un lapis-lazuli blanc de 12 mm sur argent sterling.", p, true},
		{"fr-FR", "La bague Badakhshan de la collection Heritage sertit un lapis-lazuli ovale de 12 mm sur argent sterling. Ce lapis-lazuli blanc est semé de pyrite dorée.", p, true},
		{"fr-CA", "La bague Badakhshan de la collection Heritage sertit un lapis-lazuli ovale de 12 mm sur argent sterling. Sa pierre bleue est semée de paillettes de pyrite dorée et de fines veines de calcite blanche.", p, false},
		{"fr-CA", "La bague Badakhshan de la collection Heritage sertit un lapis-lazuli blanc de 12 mm sur argent sterling.", p, true},
		{"es-ES", "El lapislázuli es una roca: lazurita de un azul intenso con motas de pirita dorada y vetas de calcita blanca. El anillo Badakhshan de la colección Heritage engasta un lapislázuli oval de 12 mm en plata de ley.", p, false},
		{"es-ES", "El anillo Badakhshan de la colección Heritage engasta un lapislázuli blanco de 12 mm en plata de ley.", p, true},
		{"es-MX", "El anillo Badakhshan de la colección Heritage engasta un lapislázuli oval de 12 mm en plata esterlina. La piedra muestra motas de pirita dorada y vetas de calcita blanca.", p, false},
		{"es-MX", "El anillo Badakhshan de la colección Heritage engasta un lapislázuli blanco de 12 mm en plata esterlina.", p, true},
		{"it-IT", "Il lapislazzuli è una roccia: lazurite blu intenso con inclusioni dorate di pirite e venature di calcite bianca. L'anello Badakhshan della collezione Heritage incastona un lapislazzuli ovale di 12 mm in argento sterling.", p, false},
		{"it-IT", "L'anello Badakhshan della collezione Heritage incastona un lapislazzuli ovale di 12 mm in argento sterling. La pietra blu notte è punteggiata di pirite dorata e calcite bianca.", p, false},
		{"it-IT", "L'anello Badakhshan della collezione Heritage incastona un lapislazzuli ovale di 12 mm in oro giallo 18 carati.", p, true},
		{"it-IT", "L'anello Badakhshan della collezione Heritage incastona un lapislazzuli ovale di 12 mm in argento sterling, con un contorno di calcite bianca.", p, true},
		{"pt-PT", "O lápis-lazúli não é um único mineral, mas uma rocha: lazurite de um azul profundo, salpicada de pirite dourada e veios de calcite branca. O Anel Badakhshan da coleção Heritage apresenta uma pedra oval de 12 mm numa armação de prata de lei.", p, false},
		{"pt-PT", "O Anel Badakhshan da coleção Heritage apresenta um lápis-lazúli branco de 12 mm numa armação de prata de lei.", p, true},
		{"pt-PT", "O Anel Badakhshan da coleção Heritage apresenta um lápis-lazúli oval de 12 mm numa armação dourada.", p, true},
		{"pt-BR", "O Anel Badakhshan da coleção Heritage traz um lápis-lazúli oval de 12 mm em prata 925. A pedra é salpicada de pirita dourada e cortada por veios de calcita branca.", p, false},
		{"pt-BR", "O Anel Badakhshan da coleção Heritage traz um lápis-lazúli branco de 12 mm em prata 925.", p, true},
		{"nl-NL", "Lapis lazuli is een gesteente: diepblauw lazuriet met gouden pyrietspikkels en witte calcietaders. De ring Badakhshan uit de Heritage-collectie draagt een ovale lapis lazuli van 12 mm in sterling zilver.", p, false},
		{"nl-NL", "De ring Badakhshan uit de Heritage-collectie draagt een ovale lapis lazuli van 12 mm in sterling zilver. De steen is diepblauw met korrels goudkleurig pyriet en wit calciet.", p, false},
		{"nl-NL", "De ring Badakhshan uit de Heritage-collectie draagt een ovale witte lapis lazuli van 12 mm in sterling zilver.", p, true},
		{"sv-SE", "Lapis lazuli är en bergart: djupblå lazurit med gyllene pyritkorn och vita kalcitådror. Ringen Badakhshan från Heritage-kollektionen har en oval lapis lazuli på 12 mm i sterlingsilver.", p, false},
		{"sv-SE", "Ringen Badakhshan från Heritage-kollektionen har en oval lapis lazuli på 12 mm i sterlingsilver. Stenen är djupblå med korn av gyllene pyrit och tunna strimmor av vit kalcit.", p, false},
		{"sv-SE", "Ringen Badakhshan från Heritage-kollektionen har en oval lapis lazuli på 12 mm i 18 karat guld.", p, true},
		{"da-DK", "Ringen Badakhshan fra Heritage-kollektionen har en oval lapis lazuli på 12 mm i sterlingsølv. Stenen er dybblå med korn af gylden pyrit og tynde striber af hvid calcit.", p, false},
		{"da-DK", "Ringen Badakhshan fra Heritage-kollektionen har en oval hvid lapis lazuli på 12 mm i sterlingsølv.", p, true},
		{"nb-NO", "Ringen Badakhshan fra Heritage-kolleksjonen har en oval lapis lazuli på 12 mm i sterlingsølv. Steinen er dypblå med korn av gyllen pyritt og tynne striper av hvit kalsitt.", p, false},
		{"nb-NO", "Ringen Badakhshan fra Heritage-kolleksjonen har en oval hvit lapis lazuli på 12 mm i sterlingsølv.", p, true},
		{"fi-FI", "Lapislatsuli on kivilaji: syvänsinistä latsuriittia, jossa on kultaisia pyriittihippuja ja valkoisia kalsiittijuonia. Heritage-malliston Badakhshan-sormuksessa on 12 mm:n soikea lapislatsuli sterlinghopeassa.", p, false},
		{"fi-FI", "Heritage-malliston Badakhshan-sormuksessa on 12 mm:n soikea lapislatsuli sterlinghopeassa. Kivessä on kultaista pyriittiä ja valkoista kalsiittia.", p, false},
		{"fi-FI", "Heritage-malliston Badakhshan-sormuksessa on 12 mm:n soikea valkoinen lapislatsuli sterlinghopeassa.", p, true},
		{"pl-PL", "Lapis lazuli to skała: głęboko niebieski lazuryt ze złotymi drobinkami pirytu i białymi żyłkami kalcytu. Pierścionek Badakhshan z kolekcji Heritage ma owalny lapis lazuli o długości 12 mm w srebrze próby 925.", p, false},
		{"pl-PL", "Pierścionek Badakhshan z kolekcji Heritage ma owalny lapis lazuli o długości 12 mm w srebrze próby 925. Kamień jest granatowy, z ziarenkami złocistego pirytu i białego kalcytu.", p, false},
		{"pl-PL", "Pierścionek Badakhshan z kolekcji Heritage ma owalny biały lapis lazuli o długości 12 mm w srebrze próby 925.", p, true},
		{"cs-CZ", "Lapis lazuli je hornina: sytě modrý lazurit se zlatými zrnky pyritu a bílými žilkami kalcitu. Prsten Badakhshan z kolekce Heritage nese oválný lapis lazuli o délce 12 mm ve stříbře 925.", p, false},
		{"cs-CZ", "Prsten Badakhshan z kolekce Heritage nese oválný lapis lazuli o délce 12 mm ve stříbře 925. Kámen je sytě modrý, se zrnky zlatavého pyritu a bílého kalcitu.", p, false},
		{"cs-CZ", "Prsten Badakhshan z kolekce Heritage nese oválný lapis lazuli o délce 12 mm ve 18karátovém zlatě.", p, true},
		{"tr-TR", "Lapis lazuli bir kayaçtır: altın sarısı pirit benekleri ve beyaz kalsit damarları taşıyan koyu mavi lazurit. Heritage koleksiyonundaki Badakhshan Yüzük, 925 ayar gümüş üzerinde 12 mm oval bir lapis lazuli taşır.", p, false},
		{"tr-TR", "Heritage koleksiyonundaki Badakhshan Yüzük, 925 ayar gümüş üzerinde 12 mm oval bir lapis lazuli taşır. Taşta altın renkli pirit ve beyaz kalsit görülür.", p, false},
		{"tr-TR", "Heritage koleksiyonundaki Badakhshan Yüzük, 925 ayar gümüş üzerinde 12 mm oval beyaz bir lapis lazuli taşır.", p, true},
		{"el-GR", "Ο λάπις λάζουλι είναι πέτρωμα: βαθυγάλανος λαζουρίτης με χρυσαφένιους κόκκους σιδηροπυρίτη και λευκές φλέβες ασβεστίτη. Το δαχτυλίδι Badakhshan της συλλογής Heritage φέρει έναν οβάλ λάπις λάζουλι 12 mm σε ασήμι στερλίνας.", p, false},
		{"el-GR", "Το δαχτυλίδι Badakhshan της συλλογής Heritage φέρει έναν οβάλ λάπις λάζουλι 12 mm σε ασήμι στερλίνας. Η πέτρα έχει κόκκους χρυσαφένιου σιδηροπυρίτη και λευκού ασβεστίτη.", p, false},
		{"el-GR", "Το δαχτυλίδι Badakhshan της συλλογής Heritage φέρει έναν οβάλ λευκό λάπις λάζουλι 12 mm σε ασήμι στερλίνας.", p, true},
		{"ar-AE", "اللازورد ليس معدناً واحداً بل صخرة: لازوريت أزرق عميق تتخلله حبيبات بيريت ذهبية وعروق من الكالسيت الأبيض. يضم خاتم بدخشان من مجموعة Heritage حجر لازورد بيضاوياً بطول 12 ملم مرصعاً في فضة استرليني.", p, false},
		{"ar-AE", "يضم خاتم بدخشان من مجموعة Heritage حجر لازورد بيضاوياً بطول 12 ملم مرصعاً في فضة استرليني. يتميز الحجر الأزرق العميق بالبيريت الذهبي والكالسيت الأبيض.", p, false},
		{"ar-AE", "يضم خاتم بدخشان من مجموعة Heritage حجر لازورد بيضاوياً بطول 12 ملم مرصعاً في ذهب عيار 18.", p, true},
		{"ar-AE", "يضم خاتم بدخشان من مجموعة Heritage حجر لازورد أبيض بطول 12 ملم مرصعاً في فضة استرليني.", p, true},
		{"ja-JP", "ラピスラズリは単一の鉱物ではなく岩石で、深い青のラズライトに金色のパイライトと白いカルサイトの筋が入ります。Heritageコレクションのバダフシャン・リングは、12mmのオーバルのラピスラズリをスターリングシルバーにセットしました。", p, false},
		{"ja-JP", "Heritageコレクションのバダフシャン・リングは、12mmのオーバルのラピスラズリをスターリングシルバーにセットしました。深い青に金色の黄鉄鉱と白い方解石が散ります。", p, false},
		{"ja-JP", "Heritageコレクションのバダフシャン・リングは、12mmのオーバルの白いラピスラズリをスターリングシルバーにセットしました。", p, true},
		{"ja-JP", "Heritageコレクションのバダフシャン・リングは、12mmのオーバルの金色のラピスラズリをスターリングシルバーにセットしました。", p, true},
		{"ko-KR", "라피스 라줄리는 단일 광물이 아니라 짙은 청색의 라주라이트에 금빛 황철석과 흰 방해석 줄무늬가 섞인 암석입니다. Heritage 컬렉션의 바다흐샨 링은 12mm 오벌 라피스 라줄리를 스털링 실버에 세팅했습니다.", p, false},
		{"ko-KR", "Heritage 컬렉션의 바다흐샨 링은 12mm 오벌 라피스 라줄리를 스털링 실버에 세팅했습니다. 짙은 청색 돌에는 금색 황철석과 흰색 방해석이 보입니다.", p, false},
		{"ko-KR", "Heritage 컬렉션의 바다흐샨 링은 12mm 오벌 라피스 라줄리를 18K 골드에 세팅했습니다.", p, true},
		{"ko-KR", "Heritage 컬렉션의 바다흐샨 링은 12mm 오벌 흰색 라피스 라줄리를 스털링 실버에 세팅했습니다.", p, true},
		{"zh-CN", "青金石不是单一矿物，而是一种岩石：深蓝色的青金石中点缀着金色的黄铁矿和白色的方解石纹路。Heritage系列Badakhshan戒指以925纯银镶嵌一颗12毫米的椭圆形青金石。", p, false},
		{"zh-CN", "Heritage系列Badakhshan戒指以925纯银镶嵌一颗12毫米的椭圆形白色青金石。", p, true},
		{"zh-CN", "Heritage系列Badakhshan戒指以925纯银镶嵌一颗12毫米的椭圆形金色青金石。", p, true},
		{"zh-TW", "青金石不是單一礦物，而是一種岩石：深藍色的青金石中點綴著金色的黃鐵礦與白色的方解石紋路。Heritage系列Badakhshan戒指以925純銀鑲嵌一顆12公釐的橢圓形青金石。", p, false},
		{"zh-TW", "Heritage系列Badakhshan戒指以925純銀鑲嵌一顆12公釐的橢圓形青金石。深藍色的石面上散布著金色黃鐵礦與白色方解石。", p, false},
		{"zh-TW", "Heritage系列Badakhshan戒指以18K金鑲嵌一顆12公釐的橢圓形青金石。", p, true},
	})
}

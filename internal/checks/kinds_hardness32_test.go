package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// TestKindsHardness32: a number that is a value of the stone (a hardness,
// an age, a year) counts no stone and is no fact of the piece (#13,
// hardness32). Before, grounding read "a hardness of 4.5 along the
// crystal", "contre 9 pour le saphir", "frente a 9 del zafiro", 硬度は4前後
// and "1亿年" as counts of the stone after them (countsStone), so the
// explanatory sentence became the piece's and the crystal or sapphire it
// compares blocked as grounding.stone; "Härte von 4,5 bis 7 braucht
// Kyanit" and "경도 4.5에서 7의 카이아나이트" blocked as grounding.count.
// grounding/numbers.go valueNumber with the packs' hardness_nouns (Mohs's
// scale; GIA; 16 CFR 23.12(a)) and time_units. Every locale has a
// blocking twin in the same shape: a hardness clause, then the piece said
// to hold 3 kyanites (a true count that still counts) or 3 sapphires (the
// other stone said of the piece).
func TestKindsHardness32(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	kyanite := core.Product{SKU: "H32K", Name: "Drop Pendant", Category: "pendant",
		Materials: []string{"sterling silver"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "kyanite", Colour: "blue", Count: 1, Origin: core.OriginNatural}},
		Colours: []string{"blue", "silver"}}
	checkKindRows(t, svc, "", []kindRow{
		{"en-GB", "This sterling silver pendant holds one blue kyanite. Kyanite has a hardness of 4.5 along the crystal and 7 across it, and is often confused with sapphire.", kyanite, false},
		{"en-US", "This sterling silver pendant holds one blue kyanite. On the Mohs scale kyanite rates 4.5 along the crystal and 7 across it, so it is often mistaken for sapphire.", kyanite, false},
		{"en-AU", "This sterling silver pendant holds one blue kyanite. Kyanite's hardness is about 4.5 along the crystal and almost 7 across it, which is why it is sometimes confused with sapphire.", kyanite, false},
		{"en-GB", "This sterling silver pendant holds one blue kyanite. Kyanite's hardness of 4.5 to 7 is well below the 9 of sapphire.", kyanite, false},
		{"en-GB", "This sterling silver pendant holds one blue kyanite. After 180 million years, sapphire and kyanite still share the same blue.", kyanite, false},
		{"de-DE", "Dieser Anhänger aus Sterlingsilber trägt einen blauen Kyanit. Die Härte von Kyanit ist richtungsabhängig: längs des Kristalls etwa 4,5, quer dazu fast 7, bei Saphir dagegen 9.", kyanite, false},
		{"de-DE", "Dieser Anhänger aus Sterlingsilber trägt einen blauen Kyanit. Die Härte liegt längs des Kristalls etwa bei 4,5, quer dazu fast bei 7, weshalb Kyanit oft mit Saphir verwechselt wird.", kyanite, false},
		{"de-DE", "Dieser Anhänger aus Sterlingsilber trägt einen blauen Kyanit. Mit einer Härte von 4,5 bis 7 braucht Kyanit sanfte Pflege.", kyanite, false},
		{"fr-FR", "Ce pendentif en argent sterling porte une kyanite bleue. La dureté de la kyanite change avec la direction : environ 4,5 le long du cristal, presque 7 en travers, contre 9 pour le saphir.", kyanite, false},
		{"fr-CA", "Ce pendentif en argent sterling porte une kyanite bleue. La kyanite a une dureté de 4,5 à 7 selon la direction, contre 9 pour le saphir, avec lequel on la confond souvent.", kyanite, false},
		{"es-ES", "Este colgante de plata de ley lleva una cianita azul. La dureza de la cianita va de 4,5 a 7 según la dirección, frente a 9 del zafiro.", kyanite, false},
		{"es-MX", "Este colgante de plata de ley lleva una cianita azul. La cianita tiene una dureza de 4,5 a 7, frente a 9 en el zafiro, con el que a menudo se confunde.", kyanite, false},
		{"it-IT", "Questo ciondolo in argento sterling porta una cianite blu. La durezza cambia con la direzione, circa 4,5 lungo il cristallo e quasi 7 di traverso, e spesso la si confonde con lo zaffiro.", kyanite, false},
		{"pt-PT", "Este pendente de prata de lei tem uma cianita azul. A dureza da cianita varia entre 4,5 e 7 conforme a direção, contra 9 da safira.", kyanite, false},
		{"pt-BR", "Este pingente de prata de lei tem uma cianita azul. A cianita tem dureza de 4,5 a 7, contra 9 da safira, com a qual é muitas vezes confundida.", kyanite, false},
		{"nl-NL", "Deze hanger van sterling zilver draagt één blauwe kyaniet. De hardheid van kyaniet is 4,5 langs het kristal en bijna 7 dwars erop, en het wordt vaak verward met saffier.", kyanite, false},
		{"sv-SE", "Det här hänget i sterlingsilver bär en blå kyanit. Kyanitens hårdhet är 4,5 till 7, mot 9 för safir.", kyanite, false},
		{"da-DK", "Dette vedhæng i sterlingsølv har en blå kyanit. Kyanits hårdhed er 4,5 til 7, mod 9 for safir.", kyanite, false},
		{"nb-NO", "Dette anhenget i sterlingsølv har en blå kyanitt. Kyanittens hardhet er 4,5 til 7, mot 9 for safir.", kyanite, false},
		{"fi-FI", "Tämän hopeisen riipuksen kivi on sininen kyaniitti. Kyaniitin kovuus vaihtelee suunnan mukaan 4,5:stä 7:ään, kun safiirin kovuus on 9.", kyanite, false},
		{"fi-FI", "Tämän hopeisen riipuksen kivi on sininen kyaniitti. Kyaniitin kovuus on kiteen suunnassa 4,5 ja poikittain lähes 7, safiirin 9.", kyanite, false},
		{"pl-PL", "Ten wisiorek ze srebra próby 925 ma jeden niebieski kyanit. Twardość kyanitu zależy od kierunku: 4,5 wzdłuż kryształu i prawie 7 w poprzek, a mylony bywa z szafirem.", kyanite, false},
		{"cs-CZ", "Tento stříbrný přívěsek nese jeden modrý kyanit. Tvrdost kyanitu je asi 4,5 podél krystalu a téměř 7 napříč, proto se často plete se safírem.", kyanite, false},
		{"tr-TR", "Bu gümüş kolye ucunda mavi bir kyanit var. Kyanitin sertliği 4,5 ila 7 arasındadır, safirde ise 9'dur.", kyanite, false},
		{"el-GR", "Αυτό το ασημένιο μενταγιόν έχει έναν μπλε κυανίτη. Η σκληρότητα του κυανίτη είναι από 4,5 έως 7, έναντι 9 για το ζαφείρι.", kyanite, false},
		{"ar-AE", "تحمل هذه الدلاية الفضية حجر كيانيت أزرق واحدا. تتراوح صلابة الكيانيت بين 4.5 و 7، مقابل 9 للياقوت الأزرق.", kyanite, false},
		{"ar-AE", "تحمل هذه الدلاية الفضية حجر كيانيت أزرق واحدا. صلابة الكيانيت 4.5 على طول البلورة و7 عرضيا، مقابل 9 في الياقوت.", kyanite, false},
		{"ja-JP", "このシルバーのペンダントには青いカイヤナイトがひとつ付いています。 カイヤナイトの硬度は方向によって4.5から7で、サファイアの9には及びません。", kyanite, false},
		{"ja-JP", "このシルバーのペンダントには青いカイヤナイトがひとつ付いています。 カイヤナイトの硬度は4前後から7で、サファイアとよく間違えられます。", kyanite, false},
		{"ko-KR", "이 실버 펜던트에는 파란 카이아나이트 하나가 달려 있습니다. 카이아나이트의 경도는 4.5에서 7로, 사파이어의 9보다 낮습니다.", kyanite, false},
		{"ko-KR", "이 실버 펜던트에는 파란 카이아나이트 하나가 달려 있습니다. 경도 4.5에서 7의 카이아나이트는 조심히 다뤄 주세요.", kyanite, false},
		{"zh-CN", "这款纯银吊坠镶有一颗蓝色蓝晶石。 蓝晶石的硬度随方向变化，为4.5至7，低于蓝宝石的9。", kyanite, false},
		{"zh-CN", "这款纯银吊坠镶有一颗蓝色蓝晶石。 经过1亿年，蓝宝石与蓝晶石在同一岩石中形成。", kyanite, false},
		{"zh-TW", "這款純銀吊墜鑲有一顆藍色藍晶石。 藍晶石的硬度隨方向變化，為4.5至7，低於藍寶石的9。", kyanite, false},
	})
	checkKindRows(t, svc, CatGrounding, []kindRow{
		{"en-GB", "Kyanite has a hardness of 4.5 to 7, and this pendant holds 3 kyanites.", kyanite, true},
		{"en-GB", "Kyanite has a hardness of 4.5 to 7, and this pendant holds 3 sapphires.", kyanite, true},
		{"en-US", "Kyanite has a hardness of 4.5 to 7, and this pendant holds 3 kyanites.", kyanite, true},
		{"en-US", "Kyanite has a hardness of 4.5 to 7, and this pendant holds 3 sapphires.", kyanite, true},
		{"en-AU", "Kyanite has a hardness of 4.5 to 7, and this pendant holds 3 kyanites.", kyanite, true},
		{"en-AU", "Kyanite has a hardness of 4.5 to 7, and this pendant holds 3 sapphires.", kyanite, true},
		{"de-DE", "Kyanit hat eine Härte von 4,5 bis 7, und dieser Anhänger trägt 3 Kyanite.", kyanite, true},
		{"de-DE", "Kyanit hat eine Härte von 4,5 bis 7, und dieser Anhänger trägt 3 Saphire.", kyanite, true},
		{"fr-FR", "La kyanite a une dureté de 4,5 à 7, et ce pendentif porte 3 kyanites.", kyanite, true},
		{"fr-FR", "La kyanite a une dureté de 4,5 à 7, et ce pendentif porte 3 saphirs.", kyanite, true},
		{"fr-CA", "La kyanite a une dureté de 4,5 à 7, et ce pendentif porte 3 kyanites.", kyanite, true},
		{"fr-CA", "La kyanite a une dureté de 4,5 à 7, et ce pendentif porte 3 saphirs.", kyanite, true},
		{"es-ES", "La cianita tiene una dureza de 4,5 a 7, y este colgante lleva 3 cianitas.", kyanite, true},
		{"es-ES", "La cianita tiene una dureza de 4,5 a 7, y este colgante lleva 3 zafiros.", kyanite, true},
		{"es-MX", "La cianita tiene una dureza de 4,5 a 7, y este colgante lleva 3 cianitas.", kyanite, true},
		{"es-MX", "La cianita tiene una dureza de 4,5 a 7, y este colgante lleva 3 zafiros.", kyanite, true},
		{"it-IT", "La cianite ha una durezza da 4,5 a 7, e questo ciondolo porta 3 cianiti.", kyanite, true},
		{"it-IT", "La cianite ha una durezza da 4,5 a 7, e questo ciondolo porta 3 zaffiri.", kyanite, true},
		{"pt-PT", "A cianita tem dureza de 4,5 a 7, e este pendente tem 3 cianitas.", kyanite, true},
		{"pt-PT", "A cianita tem dureza de 4,5 a 7, e este pendente tem 3 safiras.", kyanite, true},
		{"pt-BR", "A cianita tem dureza de 4,5 a 7, e este pingente tem 3 cianitas.", kyanite, true},
		{"pt-BR", "A cianita tem dureza de 4,5 a 7, e este pingente tem 3 safiras.", kyanite, true},
		{"nl-NL", "Kyaniet heeft een hardheid van 4,5 tot 7, en deze hanger draagt 3 kyanieten.", kyanite, true},
		{"nl-NL", "Kyaniet heeft een hardheid van 4,5 tot 7, en deze hanger draagt 3 saffieren.", kyanite, true},
		{"sv-SE", "Kyanit har en hårdhet på 4,5 till 7, och det här hänget bär 3 kyaniter.", kyanite, true},
		{"sv-SE", "Kyanit har en hårdhet på 4,5 till 7, och det här hänget bär 3 safirer.", kyanite, true},
		{"da-DK", "Kyanit har en hårdhed på 4,5 til 7, og dette vedhæng har 3 kyanitter.", kyanite, true},
		{"da-DK", "Kyanit har en hårdhed på 4,5 til 7, og dette vedhæng har 3 safirer.", kyanite, true},
		{"nb-NO", "Kyanitt har en hardhet på 4,5 til 7, og dette anhenget har 3 kyanitter.", kyanite, true},
		{"nb-NO", "Kyanitt har en hardhet på 4,5 til 7, og dette anhenget har 3 safirer.", kyanite, true},
		{"fi-FI", "Kyaniitin kovuus on 4,5–7, ja tässä riipuksessa on 3 kyaniittia.", kyanite, true},
		{"fi-FI", "Kyaniitin kovuus on 4,5–7, ja tässä riipuksessa on 3 safiiria.", kyanite, true},
		{"pl-PL", "Twardość kyanitu wynosi od 4,5 do 7, a ten wisiorek ma 3 kyanity.", kyanite, true},
		{"pl-PL", "Twardość kyanitu wynosi od 4,5 do 7, a ten wisiorek ma 3 szafiry.", kyanite, true},
		{"cs-CZ", "Tvrdost kyanitu je 4,5 až 7 a tento přívěsek nese 3 kyanity.", kyanite, true},
		{"cs-CZ", "Tvrdost kyanitu je 4,5 až 7 a tento přívěsek nese 3 safíry.", kyanite, true},
		{"tr-TR", "Kyanitin sertliği 4,5 ila 7 arasındadır ve bu kolye ucunda 3 kyanit var.", kyanite, true},
		{"tr-TR", "Kyanitin sertliği 4,5 ila 7 arasındadır ve bu kolye ucunda 3 safir var.", kyanite, true},
		{"el-GR", "Η σκληρότητα του κυανίτη είναι από 4,5 έως 7, και αυτό το μενταγιόν έχει 3 κυανίτες.", kyanite, true},
		{"el-GR", "Η σκληρότητα του κυανίτη είναι από 4,5 έως 7, και αυτό το μενταγιόν έχει 3 ζαφείρια.", kyanite, true},
		{"ar-AE", "صلابة الكيانيت بين 4.5 و7، وتحمل هذه الدلاية 3 أحجار كيانيت.", kyanite, true},
		{"ar-AE", "صلابة الكيانيت بين 4.5 و7، وتحمل هذه الدلاية 3 أحجار ياقوت أزرق.", kyanite, true},
		{"ja-JP", "カイヤナイトの硬度は4.5から7で、このペンダントにはカイヤナイトが3個付いています。", kyanite, true},
		{"ja-JP", "カイヤナイトの硬度は4.5から7で、このペンダントにはサファイアが3個付いています。", kyanite, true},
		{"ko-KR", "카이아나이트의 경도는 4.5에서 7이며, 이 펜던트에는 카이아나이트 3개가 달려 있습니다.", kyanite, true},
		{"ko-KR", "카이아나이트의 경도는 4.5에서 7이며, 이 펜던트에는 사파이어 3개가 달려 있습니다.", kyanite, true},
		{"zh-CN", "蓝晶石的硬度为4.5至7，这款吊坠镶有3颗蓝晶石。", kyanite, true},
		{"zh-CN", "蓝晶石的硬度为4.5至7，这款吊坠镶有3颗蓝宝石。", kyanite, true},
		{"zh-TW", "藍晶石的硬度為4.5至7，這款吊墜鑲有3顆藍晶石。", kyanite, true},
		{"zh-TW", "藍晶石的硬度為4.5至7，這款吊墜鑲有3顆藍寶石。", kyanite, true},
	})
}

package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// The products of rel64a's rows: a ring of 585 platinum (and its 950
// twin), a silver 970 and an argentium 935 bracelet, a fracture-filled
// ruby ring in 9k gold, titanium hoops, a hiddenite pendant and
// grandidierite earrings.
var (
	r64Plat585 = core.Product{SKU: "R64P", Name: "Timeless", Category: "ring", Collection: "Timeless",
		Metals: []core.Metal{{Base: "platinum", Fineness: "585"}}, Colours: []string{"white"}}
	r64Plat950 = core.Product{SKU: "R64P9", Name: "Timeless", Category: "ring", Collection: "Timeless",
		Metals: []core.Metal{{Base: "platinum", Fineness: "950"}}, Colours: []string{"white"}}
	r64Silver970 = core.Product{SKU: "R64S", Name: "Vlna", Category: "bracelet", Collection: "Essence",
		Metals: []core.Metal{{Base: "silver", Fineness: "970"}}, Colours: []string{"silver"}}
	r64Argentium = core.Product{SKU: "R64A", Name: "Essence", Category: "bracelet", Collection: "Essence",
		Metals: []core.Metal{{Base: "argentium silver", Fineness: "935"}}, Colours: []string{"silver"}}
	r64Ruby = core.Product{SKU: "R64R", Name: "Ruby Halo", Category: "ring", Collection: "Heritage",
		Metals:  []core.Metal{{Base: "yellow gold", Fineness: "9k"}},
		Stones:  []core.Stone{{Type: "ruby", Origin: "natural", Treatment: "fracture-filled", Colour: "red", Count: 1}},
		Colours: []string{"gold", "red"}}
	r64Titanium = core.Product{SKU: "R64T", Name: "Essence", Category: "earrings", Collection: "Essence",
		Metals: []core.Metal{{Base: "titanium"}}, Colours: []string{"grey"},
		Attributes: map[string]string{"titanium_grade": "grade 5 (Ti-6Al-4V)"}}
	r64Hiddenite = core.Product{SKU: "R64H", Name: "Grünlicht", Category: "pendant", Collection: "Lumière",
		Metals:  []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "hiddenite", Origin: "natural", Treatment: "none", Colour: "green", Count: 1}},
		Colours: []string{"silver", "green"}}
	r64Grandidierite = core.Product{SKU: "R64G", Name: "Essence", Category: "earrings", Collection: "Essence",
		Metals:  []core.Metal{{Base: "yellow gold", Fineness: "14k"}},
		Stones:  []core.Stone{{Type: "grandidierite", Origin: "natural", Colour: "blue-green", Count: 2}},
		Colours: []string{"gold", "blue", "green"}}
)

// Facts about other things read as the product's (#13, rel64a; released
// 64A/64B and probe 64C). Four kinds, each in many packs:
//
//   - a bare millesimal number that is a legal fineness of the piece's
//     own platinum (585; ISO 9202) read as gold's 14k, and the fineness of
//     a standard the copy contrasts the piece's silver with ("Na rozdíl od
//     běžného sterlingového stříbra s ryzostí 925"): FTC 16 CFR 23.6-23.7;
//   - the lead glass a fracture-filled ruby's fissures were filled with,
//     after a clause that names the stone treated or before one that names
//     the ring cared for (FTC 16 CFR 23.22);
//   - the standard of a ratio comparison ("half the weight of stainless
//     steel", "το μισό του ανοξείδωτου χάλυβα", ステンレスの約半分);
//   - a relative named as the stone's sister (hiddenite, "die grüne
//     Schwester des rosafarbenen Kunzits") and grandidierite's Chinese
//     name 硼鋁鎂石.
func TestKindsRel64a(t *testing.T) {
	t.Parallel()
	checkKindRows(t, checkService(t), CatGrounding, []kindRow{
		{"ar-AE", "صُنع هذا الخاتم المقبب من البلاتين عيار 585، أي أن البلاتين الخالص يشكّل 58.5 في المئة من وزنه.", r64Plat585, false},
		{"pl-PL", "Pierścionek wykonano z platyny próby 585. Próba 585 oznacza, że czysta platyna stanowi 58,5% masy stopu.", r64Plat585, false},
		{"cs-CZ", "Prsten je vyroben z platiny o ryzosti 585.", r64Plat585, false},
		{"da-DK", "Ringen er lavet af platin 585, altså 58,5 procent rent platin.", r64Plat585, false},
		{"nl-NL", "De ring is gemaakt van platina 585.", r64Plat585, false},
		{"sv-SE", "Ringen är gjord av platina 585.", r64Plat585, false},
		{"el-GR", "Το δαχτυλίδι είναι από πλατίνα 585.", r64Plat585, false},
		{"pt-BR", "O anel é feito de platina 585.", r64Plat585, false},
		{"nb-NO", "Ringen er laget av platina 585.", r64Plat585, false},
		{"fi-FI", "Sormus on platinaa, jonka pitoisuus on 585.", r64Plat585, false},
		{"tr-TR", "Yüzük 585 platinden yapılmıştır.", r64Plat585, false},
		{"cs-CZ", "Na rozdíl od běžného sterlingového stříbra s ryzostí 925 obsahuje 97 % čistého stříbra, a proto má bělejší a měkčí lesk.", r64Silver970, false},
		{"en-GB", "This stone is fracture-filled: fine fissures that reach its surface have been filled with lead glass, which makes it clearer and its red more even.", r64Ruby, false},
		{"en-GB", "The ruby has been fracture-filled, meaning tiny fissures that reach its surface are filled with lead glass to improve its clarity, so keep the ring away from ultrasonic cleaners.", r64Ruby, false},
		{"pt-PT", "Esta pedra foi tratada por preenchimento de fissuras: as pequenas fraturas que chegam à superfície foram preenchidas com vidro de chumbo, o que torna o rubi mais límpido.", r64Ruby, false},
		{"pt-PT", "O rubi foi tratado por preenchimento de fissuras, com vidro de chumbo nas pequenas fraturas que chegam à superfície, para ganhar limpidez.", r64Ruby, false},
		{"cs-CZ", "Tento kámen byl upraven vyplněním trhlin: jemné praskliny, které zasahují až k povrchu, byly vyplněny olovnatým sklem, takže je kámen čistší.", r64Ruby, false},
		{"es-ES", "Esta piedra ha sido tratada con relleno de fisuras: las finas grietas que llegan a la superficie se han rellenado con vidrio de plomo, lo que la hace más limpia.", r64Ruby, false},
		{"fr-FR", "Cette pierre a été traitée par remplissage de fissures : les fines fissures qui atteignent la surface ont été comblées de verre au plomb, ce qui la rend plus limpide.", r64Ruby, false},
		{"it-IT", "Questa pietra è stata trattata con riempimento delle fratture: le sottili fessure che arrivano in superficie sono state riempite con vetro al piombo, che la rende più limpida.", r64Ruby, false},
		{"pt-BR", "Esta pedra foi tratada por preenchimento de fraturas: as pequenas fissuras que chegam à superfície foram preenchidas com vidro de chumbo, o que a deixa mais límpida.", r64Ruby, false},
		{"pt-BR", "São feitas de titânio grau 5, uma liga de titânio com alumínio e vanádio. O metal pesa pouco mais da metade do aço inoxidável.", r64Titanium, false},
		{"es-ES", "Son de titanio de grado 5, una aleación de titanio con aluminio y vanadio. El metal pesa poco más de la mitad del acero inoxidable.", r64Titanium, false},
		{"pt-BR", "As argolas são de titânio. O metal pesa pouco mais da metade do aço inoxidável, então as argolas quase não são sentidas na orelha.", r64Titanium, false},
		{"fr-FR", "Les créoles sont en titane. Le métal pèse à peine plus de la moitié de l'acier inoxydable.", r64Titanium, false},
		{"es-ES", "Los aros son de titanio. El metal pesa poco más de la mitad del acero inoxidable.", r64Titanium, false},
		{"nl-NL", "De oorringen zijn van titanium. Het metaal weegt ongeveer de helft van roestvrij staal.", r64Titanium, false},
		{"sv-SE", "Ringarna är av titan. Metallen väger ungefär hälften av rostfritt stål.", r64Titanium, false},
		{"da-DK", "Ringene er af titanium. Metallet vejer omkring halvdelen af rustfrit stål.", r64Titanium, false},
		{"fi-FI", "Renkaat ovat titaania. Metalli painaa noin puolet ruostumattoman teräksen painosta.", r64Titanium, false},
		{"ja-JP", "このフープピアスはチタン製です。この金属の重さはステンレスの約半分です。", r64Titanium, false},
		{"zh-CN", "这对耳环由钛制成。这种金属的重量只有不锈钢的一半。", r64Titanium, false},
		{"tr-TR", "Halkalar titanyumdan yapılmıştır. Bu metalin ağırlığı paslanmaz çeliğin yarısı kadardır.", r64Titanium, false},
		{"ar-AE", "هذه الأقراط مصنوعة من التيتانيوم. يزن هذا المعدن نحو نصف وزن الفولاذ المقاوم للصدأ.", r64Titanium, false},
		{"de-DE", "Die Creolen sind aus Titan. Das Metall wiegt nur etwa die Hälfte des Edelstahls.", r64Titanium, false},
		{"de-DE", "Er ist gewissermaßen die grüne Schwester des rosafarbenen Kunzits und zeigt je nach Blickwinkel ein helleres oder ein tieferes Grün.", r64Hiddenite, false},
		{"zh-TW", "Essence系列硼鋁鎂石耳環，每隻鑲嵌一顆來自馬達加斯加的藍綠色硼鋁鎂石，兩顆總重0.5克拉，以14K黃K金四爪鑲嵌。", r64Grandidierite, false},
		{"zh-CN", "每只耳环镶嵌一颗来自马达加斯加的蓝绿色硼铝镁石。", r64Grandidierite, false},
		{"en-GB", "It is, in a way, the green sister of pink kunzite, and its green deepens with the angle.", r64Hiddenite, false},
		{"es-ES", "Es, en cierto modo, la hermana verde de la kunzita rosa y su verde cambia según el ángulo.", r64Hiddenite, false},
		{"it-IT", "È in un certo senso la sorella verde della kunzite rosa e il suo verde cambia con l'angolo.", r64Hiddenite, false},
		{"nl-NL", "Hij is als het ware de groene zus van de roze kunziet en zijn groen verandert met de hoek.", r64Hiddenite, false},
		{"sv-SE", "Den är på sätt och vis den gröna systern till rosa kunzit, och det gröna skiftar med vinkeln.", r64Hiddenite, false},
		{"da-DK", "Den er på en måde den grønne søster til lyserød kunzit, og det grønne skifter med vinklen.", r64Hiddenite, false},
		{"nb-NO", "Den er på et vis den grønne søsteren til rosa kunzitt, og det grønne skifter med vinkelen.", r64Hiddenite, false},
		{"pl-PL", "Jest niejako zieloną siostrą różowego kunzytu, a jego zieleń zmienia się z kątem patrzenia.", r64Hiddenite, false},
		{"pt-BR", "Ela é, de certa forma, a irmã verde da kunzita rosa, e seu verde muda com o ângulo.", r64Hiddenite, false},
		{"cs-CZ", "Je to jaksi zelená sestra růžového kunzitu a jeho zeleň se mění podle úhlu.", r64Hiddenite, false},
		{"fi-FI", "Se on ikään kuin vaaleanpunaisen kunsiitin vihreä sisar, ja sen vihreä vaihtelee kulman mukaan.", r64Hiddenite, false},
		{"el-GR", "Είναι κατά κάποιον τρόπο η πράσινη αδελφή του ροζ κουνζίτη και το πράσινό του αλλάζει με τη γωνία.", r64Hiddenite, false},
		{"zh-CN", "它可以说是粉色紫锂辉石的绿色姐妹，绿色随角度而变化。", r64Hiddenite, false},
	})
}

// TestKindsRel64aOk: rows of the same kinds that passed on main and pass
// still (a standard likened and then contrasted is apart64's).
func TestKindsRel64aOk(t *testing.T) {
	t.Parallel()
	checkKindRows(t, checkService(t), CatGrounding, []kindRow{
		{"pl-PL", "W przeciwieństwie do zwykłego srebra próby 925 zawiera 97% czystego srebra.", r64Silver970, false},
		{"en-GB", "It looks like ordinary sterling silver 925 but tarnishes far more slowly.", r64Argentium, false},
		{"nb-NO", "Det ligner vanlig sterlingsølv 925, men anløper langsommere.", r64Argentium, false},
		{"da-DK", "Det ligner almindeligt sterlingsølv 925, men anløber langsommere.", r64Argentium, false},
		{"de-DE", "Es ähnelt gewöhnlichem Sterlingsilber 925, läuft aber langsamer an.", r64Argentium, false},
		{"en-GB", "The ring is made of 585 platinum.", r64Plat585, false},
		{"de-DE", "Dieser Stein ist rissgefüllt: feine Risse, die bis an die Oberfläche reichen, wurden mit Bleiglas gefüllt, was ihn klarer macht.", r64Ruby, false},
		{"sv-SE", "Stenen är sprickfylld: fina sprickor som når ytan har fyllts med blyglas, vilket gör den klarare.", r64Ruby, false},
		{"en-GB", "The hoops are titanium. Titanium is 45% lighter than stainless steel.", r64Titanium, false},
		{"el-GR", "Τα κρικάκια είναι από τιτάνιο. Ζυγίζει λίγο περισσότερο από το μισό του ανοξείδωτου χάλυβα, γι' αυτό τα κρικάκια σχεδόν δεν γίνονται αισθητά στο αυτί.", r64Titanium, false},
		{"en-GB", "The hoops are titanium. It weighs little more than half as much as stainless steel, so the hoops are barely felt.", r64Titanium, false},
		{"en-US", "The hoops are titanium. The metal weighs about half the weight of stainless steel.", r64Titanium, false},
		{"it-IT", "I cerchi sono in titanio. Il metallo pesa poco più della metà del peso dell'acciaio inossidabile.", r64Titanium, false},
		{"el-GR", "Είναι από τιτάνιο βαθμού 5, ένα κράμα τιτανίου με 6% αλουμίνιο και 4% βανάδιο. Ζυγίζει λίγο περισσότερο από το μισό του ανοξείδωτου χάλυβα.", r64Titanium, false},
		{"en-GB", "They are grade 5 titanium, an alloy of titanium with aluminium and vanadium. The metal weighs little more than half as much as stainless steel.", r64Titanium, false},
		{"fr-FR", "Elle est en quelque sorte la sœur verte de la kunzite rose et son vert change selon l'angle.", r64Hiddenite, false},
	})
}

// TestKindsRel64aBad: the piece said to be of gold, of another fineness of
// its own metal, of sterling 925, of glass, of stainless steel or set with
// kunzite still blocks.
func TestKindsRel64aBad(t *testing.T) {
	t.Parallel()
	checkKindRows(t, checkService(t), CatGrounding, []kindRow{
		{"en-GB", "The ring is 14k gold.", r64Plat585, true},
		{"pl-PL", "Pierścionek ze złota próby 585.", r64Plat585, true},
		{"ar-AE", "خاتم من الذهب عيار 585.", r64Plat585, true},
		{"nl-NL", "De ring is gemaakt van platina 585.", r64Plat950, true},
		{"en-GB", "The ring is made of 585 platinum.", r64Plat950, true},
		{"cs-CZ", "Náramek je ze stříbra s ryzostí 925.", r64Silver970, true},
		{"sv-SE", "Armbandet är av sterlingsilver 925.", r64Argentium, true},
		{"de-DE", "Das Armband ist aus Sterlingsilber 925.", r64Argentium, true},
		{"en-GB", "The stone is glass, filled with sparkle.", r64Ruby, true},
		{"en-GB", "The ring is set with glass.", r64Ruby, true},
		{"pt-PT", "A pedra é de vidro.", r64Ruby, true},
		{"en-GB", "The hoops are stainless steel.", r64Titanium, true},
		{"en-GB", "Almost half the weight of steel, the hoops are easy to wear.", r64Titanium, true},
		{"pt-BR", "As argolas são de aço, com quase metade do peso do titânio.", r64Titanium, true},
		{"pt-BR", "As argolas são de aço inoxidável.", r64Titanium, true},
		{"el-GR", "Τα κρικάκια είναι από ανοξείδωτο χάλυβα.", r64Titanium, true},
		{"en-GB", "The pendant is set with a pink kunzite.", r64Hiddenite, true},
		{"de-DE", "Der Anhänger ist mit einem rosafarbenen Kunzit besetzt.", r64Hiddenite, true},
		{"zh-CN", "每只耳环镶嵌一颗蓝锥矿。", r64Grandidierite, true},
	})
}

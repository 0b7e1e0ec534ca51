package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// The products of late65b's rows: an 18k grey gold ring, a star ruby
// ring with diamonds, lavender jadeite earrings with diamonds and a star
// garnet pendant.
var (
	l65bGrey = core.Product{SKU: "L65BG", Name: "Nebel", Category: "ring", Collection: "Timeless",
		Metals: []core.Metal{{Base: "grey gold", Fineness: "18k"}}, Colours: []string{"grey"}}
	l65bRuby = core.Product{SKU: "L65BR", Name: "Astra", Category: "ring", Collection: "Signature",
		Metals:  []core.Metal{{Base: "white gold", Fineness: "14k"}},
		Stones:  []core.Stone{{Type: "star ruby", Colour: "red", Count: 1, Origin: "natural"}, {Type: "diamond", Colour: "clear", Count: 6, Origin: "natural"}},
		Colours: []string{"white", "red"}}
	l65bJade = core.Product{SKU: "L65BJ", Name: "Lavender", Category: "earrings", Collection: "Lumière",
		Metals:  []core.Metal{{Base: "white gold", Fineness: "18k"}},
		Stones:  []core.Stone{{Type: "jadeite", Colour: "lavender", Count: 2, Origin: "natural"}, {Type: "diamond", Colour: "clear", Count: 2, Origin: "natural"}},
		Colours: []string{"white", "lavender"}}
	l65bGarnet = core.Product{SKU: "L65BS", Name: "Sterrennacht", Category: "necklace", Collection: "Heritage",
		Metals:  []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "star garnet", Colour: "dark red", Count: 1, Origin: "natural"}},
		Colours: []string{"silver", "red"}}
)

// A stone or metal in the arm of a contrast that opens its sentence,
// the compared noun carrying a clause of its own, and a crystal word that
// names the piece's own stone's crystal (#13, late65b; grounding/contrast_opened.go):
// "不同於一般會鍍銠來提亮顏色的白K金，灰金的色調…" on grey gold, "a
// differenza dell'oro bianco, di solito rodiato …", "igiełki rutylu,
// ułożone wewnątrz kryształu", "its dense, interlocking crystals" on
// jadeite. None says the piece is of that stone or metal (16 CFR 23.4-23.7,
// 23.25).
func TestKindsLate65b(t *testing.T) {
	t.Parallel()
	checkKindRows(t, checkService(t), CatGrounding, []kindRow{
		{"en-GB", "Unlike white gold, which is usually rhodium plated to brighten its colour, grey gold takes its tone from the alloy itself.", l65bGrey, false},
		{"en-GB", "Unlike the usual rhodium-plated white gold, grey gold takes its tone from the alloy itself.", l65bGrey, false},
		{"de-DE", "Im Gegensatz zu Weißgold, das meist rhodiniert wird, um seine Farbe aufzuhellen, erhält Graugold seinen Ton aus der Legierung selbst.", l65bGrey, false},
		{"de-DE", "Im Gegensatz zu meist rhodiniertem Weißgold erhält Graugold seinen Ton aus der Legierung selbst.", l65bGrey, false},
		{"es-ES", "A diferencia del oro blanco, que suele bañarse en rodio para aclarar su color, el oro gris debe su tono a la propia aleación.", l65bGrey, false},
		{"it-IT", "A differenza dell'oro bianco, di solito rodiato per schiarirne il colore, l'oro grigio deve il suo tono alla lega stessa.", l65bGrey, false},
		{"nl-NL", "Anders dan witgoud, dat meestal wordt gerhodineerd om de kleur op te helderen, dankt grijsgoud zijn tint aan de legering zelf.", l65bGrey, false},
		{"nb-NO", "I motsetning til hvitt gull, som vanligvis rhodineres for å gjøre fargen lysere, får grått gull tonen fra selve legeringen.", l65bGrey, false},
		{"fi-FI", "Toisin kuin valkokulta, joka yleensä rodinoidaan värin kirkastamiseksi, harmaakulta saa sävynsä itse seoksesta.", l65bGrey, false},
		{"pl-PL", "W przeciwieństwie do białego złota, które zwykle się rodowuje, by rozjaśnić jego kolor, szare złoto zawdzięcza odcień samemu stopowi.", l65bGrey, false},
		{"cs-CZ", "Na rozdíl od bílého zlata, které se obvykle rhodiuje, aby se zesvětlila jeho barva, získává šedé zlato svůj odstín ze slitiny samotné.", l65bGrey, false},
		{"tr-TR", "Rengini açmak için genellikle rodyumla kaplanan beyaz altının aksine, gri altın tonunu alaşımın kendisinden alır.", l65bGrey, false},
		{"ar-AE", "على عكس الذهب الأبيض الذي يُطلى عادةً بالروديوم لتفتيح لونه، يستمد الذهب الرمادي لونه من السبيكة نفسها.", l65bGrey, false},
		{"ko-KR", "색을 밝히기 위해 보통 로듐 도금을 하는 화이트 골드와 달리, 그레이 골드의 색조는 합금 자체에서 나옵니다.", l65bGrey, false},
		{"zh-TW", "不同於一般會鍍銠來提亮顏色的白K金，灰金的色調來自合金本身，不需要任何鍍層。", l65bGrey, false},
		{"zh-CN", "与通常镀铑来提亮颜色的白色K金不同，灰金的色调来自合金本身。", l65bGrey, false},
		{"zh-CN", "不同于一般会镀铑来提亮颜色的白色K金，灰金的色调来自合金本身。", l65bGrey, false},
		{"sv-SE", "Till skillnad från vitt guld, som oftast rodineras för att ljusa upp färgen, får grått guld sin ton från själva legeringen.", l65bGrey, false},
		{"da-DK", "I modsætning til hvidguld, som normalt rhodineres for at gøre farven lysere, får gråguld sin tone fra selve legeringen.", l65bGrey, false},
		{"el-GR", "Σε αντίθεση με τον λευκό χρυσό, που συνήθως επιροδιώνεται για να φωτίσει το χρώμα του, ο γκρι χρυσός παίρνει τον τόνο του από το ίδιο το κράμα.", l65bGrey, false},
		{"pt-BR", "Ao contrário do ouro branco, que costuma receber banho de ródio para clarear a cor, o ouro cinza tira seu tom da própria liga.", l65bGrey, false},
		{"pl-PL", "Rubin szlifowany jest w kaboszon: gwiazdę tworzą mikroskopijne igiełki rutylu, ułożone wewnątrz kryształu w trzech kierunkach.", l65bRuby, false},
		{"en-GB", "The ruby is cut as a cabochon: the star comes from fine needles of rutile, aligned inside the crystal in three directions.", l65bRuby, false},
		{"de-DE", "Der Rubin ist als Cabochon geschliffen: den Stern bilden feine Rutilnadeln, ausgerichtet im Inneren des Kristalls in drei Richtungen.", l65bRuby, false},
		{"es-ES", "El rubí está tallado en cabujón: la estrella la forman finas agujas de rutilo, alineadas dentro del cristal en tres direcciones.", l65bRuby, false},
		{"en-AU", "Jadeite is the rarer of the two minerals sold as jade, and its dense, interlocking crystals give it unusual toughness for a polished stone.", l65bJade, false},
		{"en-GB", "Jadeite is the tougher of the two jade minerals, and its tiny, interlocking crystals make it hard to break.", l65bJade, false},
	})
}

// TestKindsLate65bBad: the piece said to be of the compared metal, a
// crystal set on the piece and crystals beside the stone still block.
func TestKindsLate65bBad(t *testing.T) {
	t.Parallel()
	checkKindRows(t, checkService(t), CatGrounding, []kindRow{
		{"en-GB", "Unlike white gold, this ring is set with a sapphire.", l65bGrey, true},
		{"de-DE", "Der Ring ist aus Weißgold, das meist rhodiniert wird.", l65bGrey, true},
		{"zh-TW", "這枚戒指以白K金製成，不需要任何鍍層。", l65bGrey, true},
		{"it-IT", "L'anello è in oro bianco, di solito rodiato.", l65bGrey, true},
		{"en-GB", "The earrings are set with sparkling crystals beside the jadeite.", l65bJade, true},
		{"pl-PL", "Pierścionek zdobią kryształy wokół rubinu.", l65bRuby, true},
		{"en-GB", "Unlike jadeite, the ruby ring holds a sapphire.", l65bRuby, true},
	})
}

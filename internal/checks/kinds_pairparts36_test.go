package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// pairParts36Studs are freshwater pearl studs in sterling silver, with
// posts and butterfly backs (probe 30C102's product).
func pairParts36Studs() core.Product {
	return core.Product{SKU: "PP36S", Name: "Pearl Studs", Category: "earrings", Collection: "Moments",
		Materials: []string{"sterling silver", "freshwater cultured pearl"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "cultured pearl", Colour: "white", Count: 2, Origin: "natural"}},
		Colours: []string{"white", "silver"}, Features: []string{"butterfly backs"}}
}

// pairParts36Bracelet is a garnet bracelet in gold-plated sterling silver
// with a lobster clasp.
func pairParts36Bracelet() core.Product {
	return core.Product{SKU: "PP36B", Name: "Garnet Bracelet", Category: "bracelet", Collection: "Heritage",
		Materials: []string{"gold-plated sterling silver", "garnet"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925", Plating: "gold"}},
		Stones:  []core.Stone{{Type: "garnet", Colour: "red", Count: 5, Origin: "natural"}},
		Colours: []string{"red", "gold"}}
}

// TestKindsPairParts36 (#13, pairparts36): a pairing verb said of the
// piece itself, joining its own stone to its own parts ("The studs combine
// two freshwater pearls with posts of solid gold", probe 30C102's nl-NL
// "combineren twee witte zoetwaterparels van 7 mm met steekjes en
// vlindersluitingen van massief goud"), made the metal of those parts
// another item's, so a solid gold claim on silver passed: the cross_sell
// word ("combine", "kombinieren", "combina", "razem z", "birlikte" after
// its object) or the goes_with verb with the stone as its object
// ("combineert een zoetwaterparel met") is a description when the fact
// describes a component of the piece after one of its own stones, no word
// of ours or category word stands in the object, and the verb does not
// open its clause (own_pairing.go ownPartsCombined, goes_with.go). Rows
// marked "miss" passed on main. The twins are styling suggestions of
// another item with its own clasp or hooks, imperatives, and another
// piece of the product's kind, which pass.
func TestKindsPairParts36(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	studs, bracelet := pairParts36Studs(), pairParts36Bracelet()
	block := []kindRow{
		{"en-GB", "The studs combine two freshwater pearls with posts of solid gold.", studs, true}, // miss
		{"en-GB", "The bracelet combines five red garnets with a lobster clasp in solid gold.", bracelet, true},
		{"en-US", "Each stud pairs a freshwater pearl with a post in solid gold.", studs, true},                   // miss
		{"en-AU", "The studs combine two freshwater pearls with butterfly backs of solid gold.", studs, true},     // miss
		{"de-DE", "Die Ohrstecker kombinieren zwei Süßwasserperlen mit Steckern aus massivem Gold.", studs, true}, // miss
		{"de-DE", "Das Armband kombiniert fünf rote Granate mit einem Karabinerverschluss aus massivem Gold.", bracelet, true},
		{"nl-NL", "De oorknopjes combineren twee zoetwaterparels met steekjes en vlindersluitingen van massief goud.", studs, true}, // miss
		{"nl-NL", "Elk oorknopje combineert een zoetwaterparel met steekjes van massief goud.", studs, true},                        // miss
		{"nl-NL", "De armband combineert vijf rode granaten met een karabijnsluiting van massief goud.", bracelet, true},
		{"es-ES", "Cada pendiente combina una perla de agua dulce con un poste de oro macizo.", studs, true}, // miss
		{"es-MX", "La pulsera combina cinco granates rojos con un cierre de mosquetón de oro macizo.", bracelet, true},
		{"fr-FR", "Chaque puce associe une perle d'eau douce à une tige en or massif.", studs, true}, // miss
		{"fr-CA", "Le bracelet combine cinq grenats rouges avec un fermoir mousqueton en or massif.", bracelet, true},
		{"it-IT", "Ogni orecchino abbina una perla d'acqua dolce a un perno in oro massiccio.", studs, true},   // miss
		{"pt-PT", "Cada brinco junta uma pérola de água doce ao lado de um pino de ouro maciço.", studs, true}, // miss
		{"pt-BR", "Os brincos combinam duas pérolas de água doce com pinos de ouro maciço.", studs, true},
		{"sv-SE", "Två sötvattenspärlor sitter tillsammans med stift i massivt guld.", studs, true},
		{"da-DK", "To ferskvandsperler sidder sammen med stifter i massivt guld.", studs, true},
		{"nb-NO", "To ferskvannsperler sitter sammen med stift i massivt gull.", studs, true},
		{"fi-FI", "Korvakorut yhdistävät kaksi makean veden helmeä täyskultaisiin nastoihin.", studs, true},
		{"pl-PL", "Dwie perły słodkowodne razem z sztyftami z litego złota.", studs, true},     // miss
		{"cs-CZ", "Dvě sladkovodní perly spolu s puzetami z masivního zlata.", studs, true},    // miss
		{"tr-TR", "İki tatlı su incisi, som altın çubuklarla birlikte parlıyor.", studs, true}, // miss
		{"el-GR", "Δύο μαργαριτάρια γλυκού νερού μαζί με καρφάκια από συμπαγή χρυσό.", studs, true},
		{"ar-AE", "لؤلؤتان من المياه العذبة إلى جانب دبوس من الذهب الخالص.", studs, true},
		{"ko-KR", "담수 진주 두 개가 순금 침과 함께 빛납니다.", studs, true},
	}
	pass := []kindRow{
		{"en-GB", "Pair the pearl studs with our solid gold chain.", studs, false},
		{"en-US", "Combine the pearl studs with a necklace whose clasp is solid gold.", studs, false},
		{"en-AU", "Pair the freshwater pearls with our bracelet with a clasp in solid gold.", studs, false},
		{"en-GB", "Pair the garnet bracelet with our necklace with a clasp in solid gold.", bracelet, false},
		{"de-DE", "Kombinieren Sie die Süßwasserperlen mit Creolen mit Haken aus massivem Gold.", studs, false},
		{"de-DE", "Kombinieren Sie die Perlenohrstecker mit unserer Kette mit Verschluss aus massivem Gold.", studs, false},
		{"nl-NL", "Combineer de zoetwaterparels met oorringen met haakjes van massief goud.", studs, false},
		{"nl-NL", "Combineer de parels met onze ketting met een sluiting van massief goud.", studs, false},
		{"es-ES", "Combina las perlas con nuestro collar con cierre de oro macizo.", studs, false},
		{"es-MX", "Combina las perlas con una argolla de oro macizo.", studs, false},
		{"fr-FR", "Associez les perles à notre collier au fermoir en or massif.", studs, false},
		{"fr-CA", "Combinez les perles avec un bracelet au fermoir en or massif.", studs, false},
		{"it-IT", "Abbina le perle alla nostra collana con chiusura in oro massiccio.", studs, false},
		{"pt-BR", "Combine as pérolas com nosso colar com fecho de ouro maciço.", studs, false},
		{"pt-PT", "Combine as pérolas com uma pulseira com fecho de ouro maciço.", studs, false},
		{"sv-SE", "Kombinera pärlorna med vårt halsband med lås i massivt guld.", studs, false},
		{"da-DK", "Kombiner perlerne med en halskæde med lås i massivt guld.", studs, false},
		{"nb-NO", "Kombiner perlene med et halskjede med lås i massivt gull.", studs, false},
		{"pl-PL", "Połącz perły z naszym naszyjnikiem z zapięciem z litego złota.", studs, false},
		{"cs-CZ", "Zkombinujte perly s náhrdelníkem se zapínáním z masivního zlata.", studs, false},
		{"el-GR", "Συνδυάστε τα μαργαριτάρια με ένα κολιέ με κούμπωμα από συμπαγή χρυσό.", studs, false},
		{"tr-TR", "İnciler, som altın kilitli bileklikle birlikte çok şık.", studs, false},
		{"ar-AE", "نسقيها مع قلادة بمشبك من الذهب الخالص.", studs, false},
		{"ko-KR", "진주를 순금 잠금장치가 있는 목걸이와 함께 착용하세요.", studs, false},
		{"ja-JP", "パールのピアスは、純金の留め具のネックレスと合わせて。", studs, false},
		{"zh-CN", "珍珠耳钉可搭配实心黄金扣的项链。", studs, false},
		{"zh-TW", "珍珠耳釘可搭配實心黃金扣的項鍊。", studs, false},
	}
	checkKindRows(t, svc, CatGrounding, block)
	checkKindRows(t, svc, "", pass)
}

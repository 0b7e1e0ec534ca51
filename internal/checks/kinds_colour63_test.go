package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// The products of colour63's rows: a ring with a blue sapphire of 1.2
// carats in white gold, and a ring with a colour-change alexandrite.
var (
	c63Sapphire = core.Product{SKU: "C63S", Name: "Aurora", Category: "ring", Collection: "Aurora",
		Metals:       []core.Metal{{Base: "white gold", Fineness: "18k"}},
		Stones:       []core.Stone{{Type: "sapphire", Colour: "blue", Count: 1, Origin: "natural"}},
		Measurements: []core.Measurement{{Name: "sapphire weight", Value: 1.2, Unit: "ct"}},
		Colours:      []string{"blue", "white"}}
	c63Alexandrite = core.Product{SKU: "C63A", Name: "Aurora", Category: "ring", Collection: "Aurora",
		Metals:  []core.Metal{{Base: "yellow gold", Fineness: "18k"}},
		Stones:  []core.Stone{{Type: "alexandrite", Colour: "colour-change green to red", Count: 1, Origin: "natural"}},
		Colours: []string{"green", "red", "gold"}}
	c63Pair = core.Product{SKU: "C63P", Name: "Aurora", Category: "earrings", Collection: "Aurora",
		Metals:  []core.Metal{{Base: "white gold", Fineness: "14k"}},
		Stones:  []core.Stone{{Type: "sapphire", Colour: "pink", Count: 2, Origin: "natural"}},
		Colours: []string{"pink", "white"}}
	c63Hackmanite = core.Product{SKU: "C63H", Name: "Aurora", Category: "earrings", Collection: "Aurora",
		Metals:  []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "hackmanite", Colour: "violet", Count: 2, Origin: "natural"}},
		Colours: []string{"violet", "silver"}}
)

// The piece's own stone given a colour it does not have in a phrase
// linked to it (#13, colour63): "in a / of a / di un / d'un …" after the
// stone, its weight or a count standing for it (released 63A it-IT
// 63A04-2 "la nostra pietra di 0,45 carati, di un caldo giallo miele",
// probe 63C en-US 63C04-2 "pearl in a soft silvery white", fr-CA 63C04-2
// "en présentent deux, d'un vert tendre"), the colour a colour-change
// stone is said to turn to (ko-KR 63C04-2 "보랏빛으로 변합니다"), and a
// colour before a rare stone's inflected plural (pl-PL 63D03-2 "dwa
// zielone hakmanity"). 16 CFR 23.25(a).
func TestKindsColour63(t *testing.T) {
	t.Parallel()
	checkKindRows(t, checkService(t), CatGrounding, []kindRow{
		{"en-GB", "The ring holds a 1.2 carat sapphire of a warm honey yellow.", c63Sapphire, true},
		{"en-US", "A single 1.2 ct sapphire in a soft pink sits on the white gold band.", c63Sapphire, true},
		{"de-DE", "Der Saphir von 1,2 Karat in einem warmen Gelb sitzt in Weißgold.", c63Sapphire, true},
		{"fr-FR", "Notre saphir de 1,2 carat, d'un jaune très chaud, repose sur l'or blanc.", c63Sapphire, true},
		{"it-IT", "La nostra pietra di 1,2 carati, di un caldo giallo, è montata in oro bianco.", c63Sapphire, true},
		{"es-ES", "Un zafiro de 1,2 quilates de un cálido amarillo corona el anillo.", c63Sapphire, true},
		{"pt-BR", "Uma safira de 1,2 quilate de um amarelo quente coroa o anel.", c63Sapphire, true},
		{"nl-NL", "Een saffier van 1,2 karaat in een warm geel siert de ring.", c63Sapphire, true},
		{"sv-SE", "En safir på 1,2 karat i en varm gul ton pryder ringen.", c63Sapphire, true},
		{"da-DK", "En safir på 1,2 karat i en varm gul nuance pryder ringen.", c63Sapphire, true},
		{"nb-NO", "En safir på 1,2 karat i en varm gul tone pryder ringen.", c63Sapphire, true},
		{"pl-PL", "Szafir o masie 1,2 karata w ciepłym żółtym odcieniu zdobi pierścionek.", c63Sapphire, true},
		{"cs-CZ", "Safír o hmotnosti 1,2 karátu v teplém žlutém odstínu zdobí prsten.", c63Sapphire, true},
		{"fr-CA", "Les boucles d'oreilles en présentent deux, d'un vert tendre, sous une monture en or blanc.", c63Pair, true},
		{"en-US", "In candlelight the alexandrite turns yellow.", c63Alexandrite, true},
		{"ko-KR", "촛불 아래에서 이 알렉산드라이트는 보랏빛으로 변합니다.", c63Alexandrite, true},
		{"de-DE", "Der Alexandrit wechselt zu Gelb, sobald Kerzenlicht ihn trifft.", c63Alexandrite, true},
		{"es-ES", "Con luz de velas la alejandrita cambia a amarillo.", c63Alexandrite, true},
		{"fi-FI", "Kynttilänvalossa aleksandriitti muuttuu keltaiseksi.", c63Alexandrite, true},
		{"tr-TR", "Bu aleksandrit akşamları sarıya döner.", c63Alexandrite, true},
		{"pl-PL", "Kolczyki z kolekcji Aurora mają dwa zielone hakmanity w oprawach ze srebra próby 925.", c63Hackmanite, true},
	})
}

// TestKindsColour63Ok: the right colour in the same shapes, the colour of
// clothing or another thing in a phrase after the stone, and either
// colour of a colour-change stone pass.
func TestKindsColour63Ok(t *testing.T) {
	t.Parallel()
	checkKindRows(t, checkService(t), CatGrounding, []kindRow{
		{"en-GB", "The ring holds a 1.2 carat sapphire of a deep cornflower blue.", c63Sapphire, false},
		{"en-US", "A single 1.2 ct sapphire in a soft blue sits on the white gold band.", c63Sapphire, false},
		{"de-DE", "Der Saphir von 1,2 Karat in einem tiefen Blau sitzt in Weißgold.", c63Sapphire, false},
		{"fr-FR", "Notre saphir de 1,2 carat, d'un bleu profond, repose sur l'or blanc.", c63Sapphire, false},
		{"it-IT", "La nostra pietra di 1,2 carati, di un blu intenso, è montata in oro bianco.", c63Sapphire, false},
		{"es-ES", "Un zafiro de 1,2 quilates de un azul intenso corona el anillo.", c63Sapphire, false},
		{"pt-BR", "Uma safira de 1,2 quilate de um azul profundo coroa o anel.", c63Sapphire, false},
		{"nl-NL", "Een saffier van 1,2 karaat in een diep blauw siert de ring.", c63Sapphire, false},
		{"sv-SE", "En safir på 1,2 karat i en djup blå ton pryder ringen.", c63Sapphire, false},
		{"pl-PL", "Szafir o masie 1,2 karata w głębokim niebieskim odcieniu zdobi pierścionek.", c63Sapphire, false},
		{"fr-CA", "Les boucles d'oreilles en présentent deux, d'un rose tendre, sous une monture en or blanc.", c63Pair, false},
		{"en-US", "Wear the sapphire ring with a dress in a soft pink.", c63Sapphire, false},
		{"en-US", "The sapphire arrives in a pink velvet box.", c63Sapphire, false},
		{"en-US", "In daylight the alexandrite is green; in candlelight it turns red.", c63Alexandrite, false},
		{"en-US", "In candlelight the alexandrite turns red.", c63Alexandrite, false},
		{"ko-KR", "햇빛 아래에서 이 알렉산드라이트는 초록색으로, 촛불 아래에서는 빨간색으로 변합니다.", c63Alexandrite, false},
		{"ja-JP", "ろうそくの光の下では、このアレキサンドライトは赤に変わります。", c63Alexandrite, false},
		{"zh-CN", "在烛光下，这颗亚历山大变石变为红色。", c63Alexandrite, false},
		{"pl-PL", "Kolczyki mają dwa różowe szafiry w oprawach z białego złota.", c63Pair, false},
		{"pl-PL", "Kolczyki z kolekcji Aurora mają dwa fioletowe hakmanity w oprawach ze srebra próby 925.", c63Hackmanite, false},
	})
}

// TestKindsColour63Bad: the shapes that blocked on main still block: the
// colour a colour-change stone turns to as a verb-final predicate (ko, ja)
// or after a colour copula (zh), a wrong colour right beside the stone,
// and the copula forms.
func TestKindsColour63Bad(t *testing.T) {
	t.Parallel()
	checkKindRows(t, checkService(t), CatGrounding, []kindRow{
		{"ko-KR", "촛불 아래에서 이 알렉산드라이트는 노란색으로 변합니다.", c63Alexandrite, true},
		{"ja-JP", "ろうそくの光の下では、このアレキサンドライトは黄色に変わります。", c63Alexandrite, true},
		{"zh-CN", "在烛光下，这颗亚历山大变石变为黄色。", c63Alexandrite, true},
		{"en-US", "The ring holds a yellow sapphire of 1.2 carats.", c63Sapphire, true},
		{"en-US", "The sapphire is a warm honey yellow.", c63Sapphire, true},
		{"fr-FR", "Le saphir est d'un jaune profond.", c63Sapphire, true},
		{"pl-PL", "Kolczyki mają dwa zielone szafiry.", c63Pair, true},
	})
}

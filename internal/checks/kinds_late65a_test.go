package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// The products of late65a's rows: a sterling silver ring with blue
// enamel, a gold-plated brass bracelet, and star stones of the hosts of
// rutile silk.
var (
	l65aEnamel = core.Product{SKU: "L65E", Name: "Fjord", Category: "ring", Collection: "Essence",
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Colours: []string{"silver", "blue"},
		Features: []string{"blue enamel", "hallmarked"}}
	l65aBrass = core.Product{SKU: "L65B", Name: "Elos", Category: "bracelet", Collection: "Essence",
		Metals: []core.Metal{{Base: "brass", Plating: "gold", PlatingMicrons: 0.5}}, Colours: []string{"gold"}}
	l65aStarRuby = core.Product{SKU: "L65R", Name: "Stella", Category: "ring", Collection: "Signature",
		Metals:  []core.Metal{{Base: "white gold", Fineness: "14k"}},
		Stones:  []core.Stone{{Type: "star ruby", Origin: "natural", Colour: "red", Count: 1}},
		Colours: []string{"red", "white"}}
)

var l65aStarRubyDia = core.Product{SKU: "L65RD", Name: "Stella", Category: "ring", Collection: "Signature",
	Metals: []core.Metal{{Base: "white gold", Fineness: "14k"}},
	Stones: []core.Stone{{Type: "star ruby", Origin: "natural", Colour: "red", Count: 1},
		{Type: "diamond", Origin: "natural", Colour: "clear", Count: 6}},
	Colours: []string{"red", "white"}}

func l65aStar(t string) core.Product {
	p := l65aStarRuby
	p.SKU = "L65S-" + t
	p.Stones = []core.Stone{{Type: t, Origin: "natural", Colour: "pink", Count: 1}}
	p.Colours = []string{"pink", "white"}
	return p
}

// TestKindsEnamelGlass65: enamel, a feature or material of the piece,
// explained as glass fused to metal in every language.
func TestKindsEnamelGlass65(t *testing.T) {
	t.Parallel()
	checkKindRows(t, checkService(t), CatGrounding, pairRows(l65aEnamel, false, [][2]string{
		{"nb-NO", "Ringen har et bånd av blå emalje. Emaljen er glass som er smeltet fast på metallet, og gir en dyp farge."},
		{"nb-NO", "Ringen har et bånd av blå emalje. Emaljen er glass smeltet på metallet."},
		{"da-DK", "Ringen har et bånd af blå emalje. Emaljen er glas, der er smeltet fast på metallet."},
		{"sv-SE", "Ringen har ett band av blå emalj. Emaljen är glas som smälts fast på metallen."},
		{"de-DE", "Der Ring trägt ein Band aus blauer Emaille. Die Emaille ist Glas, das auf das Metall aufgeschmolzen wird."},
		{"nl-NL", "De ring heeft een band van blauw email. Het email is glas dat op het metaal is gesmolten."},
		{"fr-FR", "La bague porte un bandeau d'émail bleu. L'émail est du verre fondu sur le métal."},
		{"es-ES", "El anillo lleva una banda de esmalte azul. El esmalte es vidrio fundido sobre el metal."},
		{"pt-PT", "O anel tem uma faixa de esmalte azul. O esmalte é vidro fundido sobre o metal."},
		{"it-IT", "L'anello ha una fascia di smalto blu. Lo smalto è vetro fuso sul metallo."},
		{"pl-PL", "Pierścionek ma pas niebieskiej emalii. Emalia to szkło stopione z metalem."},
		{"cs-CZ", "Prsten má pruh modrého smaltu. Smalt je sklo natavené na kov."},
		{"fi-FI", "Sormuksessa on sininen emali. Emali on lasia, joka on sulatettu metallin pintaan."},
		{"tr-TR", "Yüzükte mavi mine bir bant var. Mine, metalin üzerine eritilmiş camdır."},
		{"el-GR", "Το δαχτυλίδι έχει μια λωρίδα από μπλε σμάλτο. Το σμάλτο είναι γυαλί λιωμένο πάνω στο μέταλλο."},
		{"ar-AE", "يحمل الخاتم شريطًا من المينا الزرقاء. المينا زجاج مصهور على المعدن."},
		{"ja-JP", "リングには青いエナメルの帯があります。エナメルは金属に焼き付けたガラスです。"},
		{"ja-JP", "リングには青い七宝の帯があります。七宝は金属に焼き付けたガラスです。"},
		{"ko-KR", "반지에는 파란 에나멜 띠가 있습니다. 에나멜은 금속 위에 녹여 붙인 유리입니다."},
		{"ko-KR", "반지에는 파란 칠보 띠가 있습니다. 칠보는 금속 위에 녹여 붙인 유리입니다."},
		{"zh-CN", "戒指上有一圈蓝色珐琅。珐琅是熔融在金属上的玻璃。"},
		{"zh-TW", "戒指上有一圈藍色琺瑯。琺瑯是熔附在金屬上的玻璃。"},
		{"en-GB", "The ring has a band of blue enamel. The enamel is glass fused onto the metal."},
	}))
}

// TestKindsEnamelGlass65Bad: the piece itself of glass, or set with glass
// stones, still blocks.
func TestKindsEnamelGlass65Bad(t *testing.T) {
	t.Parallel()
	checkKindRows(t, checkService(t), CatGrounding, pairRows(l65aEnamel, true, [][2]string{
		{"nb-NO", "Ringen er laget av glass."},
		{"da-DK", "Ringen er lavet af glas."},
		{"sv-SE", "Ringen är gjord av glas."},
		{"de-DE", "Der Ring ist aus Glas."},
		{"fr-FR", "La bague est en verre."},
		{"es-ES", "El anillo es de vidrio."},
		{"pt-PT", "O anel é de vidro."},
		{"pl-PL", "Pierścionek jest ze szkła."},
		{"en-GB", "The ring is made of glass."},
	}))
}

// TestKindsMetalHomograph65: a word that is both a metal and a common
// verb read as the verb.
func TestKindsMetalHomograph65(t *testing.T) {
	t.Parallel()
	checkKindRows(t, checkService(t), CatGrounding, pairRows(l65aBrass, false, [][2]string{
		{"pt-PT", "Uma camada fina de ouro, com meio mícron, cobre os elos de latão e dá-lhes um tom quente."},
		{"pt-BR", "O banho de ouro cobre toda a superfície do latão."},
		{"pt-PT", "Uma película de ouro cobre a pulseira inteira."},
		{"es-ES", "Es posible que se le cobre un suplemento por el grabado."},
		{"es-MX", "No se cobre el envío en pedidos grandes: la pulsera de latón bañado en oro llega gratis."},
		{"fr-FR", "Or, cette pulsera reste légère au poignet."},
		{"nl-NL", "De koper krijgt de armband in een geschenkdoos."},
	}))
}

// TestKindsMetalHomograph65Bad: the metal itself still blocks.
func TestKindsMetalHomograph65Bad(t *testing.T) {
	t.Parallel()
	checkKindRows(t, checkService(t), CatGrounding, pairRows(l65aBrass, true, [][2]string{
		{"pt-PT", "A pulseira é de cobre."},
		{"pt-BR", "O cobre dá à pulseira um tom quente."},
		{"pt-PT", "Os elos são de cobre maciço."},
		{"es-ES", "La pulsera es de cobre."},
		{"es-ES", "El cobre da a la pulsera un tono cálido."},
		{"fr-FR", "La pulsera est en cuivre."},
		{"nl-NL", "De armband is van koper."},
	}))
}

// TestKindsStarSilk65: the rutile needles of a star stone's asterism,
// named by the copy that explains the star, in each host.
func TestKindsStarSilk65(t *testing.T) {
	t.Parallel()
	checkKindRows(t, checkService(t), CatGrounding, []kindRow{
		{"pl-PL", "Rubin to odmiana korundu, a gwiazda powstaje dzięki cieniutkim igiełkom rutylu w krysztale, które odbijają światło w sześć promieni.", l65aStarRuby, false},
		{"pl-PL", "Gwiazda powstaje dzięki igłom rutylu w kamieniu.", l65aStarRuby, false},
		{"pl-PL", "W centrum osadzono rubin gwiaździsty oszlifowany en cabochon, a obok niego sześć diamentów. Rubin to odmiana korundu, a gwiazda powstaje dzięki cieniutkim igiełkom rutylu w krysztale, które odbijają światło w sześć promieni.", l65aStarRubyDia, false},
		{"cs-CZ", "Uprostřed je hvězdicový rubín a vedle něj šest diamantů. Hvězda vzniká díky jemným jehličkám rutilu v krystalu.", l65aStarRubyDia, false},
		{"en-GB", "The star comes from fine needles of rutile inside the stone.", l65aStar("rose quartz"), false},
		{"en-GB", "The star comes from fine needles of rutile inside the stone.", l65aStar("diopside"), false},
		{"en-GB", "The star comes from fine needles of rutile inside the stone.", l65aStar("spinel"), false},
		{"en-GB", "The star comes from fine needles of rutile inside the stone.", l65aStar("star sapphire"), false},
		{"de-DE", "Der Stern entsteht durch feine Nadeln aus Rutil im Stein.", l65aStar("rose quartz"), false},
		{"fr-FR", "L'étoile naît de fines aiguilles de rutile dans la pierre.", l65aStar("spinel"), false},
		{"es-ES", "La estrella nace de finas agujas de rutilo dentro de la piedra.", l65aStar("diopside"), false},
		{"it-IT", "La stella nasce da sottili aghi di rutilo nella pietra.", l65aStar("rose quartz"), false},
		{"cs-CZ", "Hvězda vzniká díky jemným jehličkám rutilu v kameni.", l65aStarRuby, false},
		{"pl-PL", "Pierścionek ozdobiono rutylem.", l65aStarRuby, true},
		{"en-GB", "The ring is set with a rutile.", l65aStar("spinel"), true},
		{"en-GB", "The ring is set with a rutile.", l65aStar("rose quartz"), true},
	})
}

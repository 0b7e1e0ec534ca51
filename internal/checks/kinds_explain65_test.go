package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// The products of explain65's rows: a star garnet ring, a bumblebee
// jasper pendant and a petrified wood pendant in sterling silver, a seed
// pearl bracelet in yellow gold, cloisonné enamel earrings on gold vermeil
// and an amethyst necklace in sterling silver.
var (
	e65Garnet = core.Product{SKU: "E65G", Name: "Estrella", Category: "ring", Collection: "Signature",
		Metals:  []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "star garnet", Origin: "natural", Colour: "dark red", Count: 1}},
		Colours: []string{"silver", "red"}}
	e65Bumblebee = core.Product{SKU: "E65B", Name: "Bourdon", Category: "pendant", Collection: "Essence",
		Metals:  []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "bumblebee jasper", Origin: "natural", Colour: "yellow", Count: 1}},
		Colours: []string{"yellow", "black", "orange", "silver"}}
	e65Wood = core.Product{SKU: "E65W", Name: "Madeira", Category: "pendant", Collection: "Heritage",
		Metals:  []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "petrified wood", Origin: "natural", Colour: "brown", Count: 1}},
		Colours: []string{"silver", "brown"}}
	e65Seed = core.Product{SKU: "E65S", Name: "Seed", Category: "bracelet", Collection: "Timeless",
		Metals:  []core.Metal{{Base: "yellow gold", Fineness: "14k"}},
		Stones:  []core.Stone{{Type: "seed pearl", Colour: "white", Count: 30}},
		Colours: []string{"gold", "white"}, Features: []string{"silk-knotted"}}
	e65Enamel = core.Product{SKU: "E65E", Name: "Kloazone", Category: "earrings", Collection: "Reflexions",
		Materials: []string{"cloisonné enamel"},
		Metals:    []core.Metal{{Base: "sterling silver", Fineness: "925", Plating: "gold", PlatingMicrons: 2.5}},
		Colours:   []string{"gold", "turquoise", "red"}}
	e65Triplet = core.Product{SKU: "E65T", Name: "Lumière", Category: "pendant", Collection: "Lumière",
		Metals:  []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "opal triplet", Origin: "natural", Colour: "blue-green", Count: 1}},
		Colours: []string{"blue", "green", "silver"}}
	e65Red = core.Product{SKU: "E65R", Name: "Heritage", Category: "bangle", Collection: "Heritage",
		Metals: []core.Metal{{Base: "red gold", Fineness: "18k"}}, Colours: []string{"red gold"}}
	e65Silver = core.Product{SKU: "E65A", Name: "Amethyst", Category: "necklace", Collection: "Moments",
		Metals:  []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "amethyst", Origin: "natural", Colour: "purple", Count: 1}},
		Colours: []string{"silver", "purple"}}
)

// Copy that explains the product's material names what it is made of, what
// it holds or what a fixed phrase of its story calls it, none of which is a
// claim about the piece's own materials (#13, explain65; released 65A
// es-MX 65A04-1, probe 65C fr-CA 65C03-1, pt-PT 65C04-1, 65D ja-JP 65D01-1
// and -3, tr-TR 65D04-1, pt-BR 65D03-1 and -3, ar-AE 65D04-3):
//
//   - the needles of rutile that make a star garnet's star (canon
//     hosted_stones garnet: rutile; GIA Gem Encyclopedia, "Garnet");
//   - the calcite a bumblebee "jasper" is made of (canon stone_families
//     bumblebee jasper, read from the data's type as written: Mindat.org,
//     "Bumblebee Jasper");
//   - the glass a fired (cloisonné, champlevé) enamel is, as vitreous
//     enamel's already was (Encyclopaedia Britannica, "enamelwork");
//   - 割金, the alloy metal added to silver or gold, whose 金 is no gold;
//   - a stone the piece is likened to with the piece as the subject after
//     the verb, in a verb-second clause ("So erinnert das Stück an einen
//     massiven Schwarzopal", probe 65C de-DE 65C03-1; apart64.go);
//   - the red a red gold's name holds ("هذا النحاس هو سر اللون الأحمر",
//     released 65B ar-AE 65B04-1; canon metal_name_shades);
//   - the growth rings of wood ("anéis de crescimento", "growth rings",
//     Jahresringe) and the knots between pearls (Arabic عُقَد, plural with a
//     feminine adjective: "العقد الصغيرة بين الحبات"), no ring and no
//     necklace (عِقْد).
func TestKindsExplain65(t *testing.T) {
	t.Parallel()
	checkKindRows(t, checkService(t), CatGrounding, []kindRow{
		{"es-MX", "El anillo lleva un granate estrella de 9 mm. Bajo una luz directa aparece una estrella de cuatro rayos. La forman finísimas agujas de rutilo alineadas dentro de la piedra.", e65Garnet, false},
		{"en-GB", "The ring holds a star garnet. Under a direct light a four-rayed star appears. It is formed by fine needles of rutile aligned inside the stone.", e65Garnet, false},
		{"fr-CA", "Le pendentif porte un cabochon de jaspe bourdon. Malgré son nom, cette pierre n'est pas un vrai jaspe : c'est une roche formée près des évents volcaniques de Java, où la calcite s'est mêlée à des minéraux jaune vif et orange.", e65Bumblebee, false},
		{"pt-PT", "O pendente tem um cabochão de jaspe abelha. Apesar do nome, esta pedra não é um verdadeiro jaspe: é uma rocha vulcânica da ilha de Java, onde a calcite se misturou com minerais amarelos e laranja.", e65Bumblebee, false},
		{"en-US", "The pendant holds a bumblebee jasper cabochon. Despite its name, it is no true jasper but a volcanic rock from Java, where calcite mixed with bright yellow and orange minerals.", e65Bumblebee, false},
		{"pt-BR", "O pingente traz uma lâmina de madeira petrificada. A madeira petrificada nasce quando a sílica substitui a matéria orgânica, preservando os anéis de crescimento.", e65Wood, false},
		{"en-GB", "The pendant holds a slice of petrified wood. Petrified wood forms when silica replaces the wood, keeping its growth rings.", e65Wood, false},
		{"es-ES", "El colgante lleva una lámina de madera petrificada. La sílice sustituye la materia orgánica y conserva los anillos de crecimiento.", e65Wood, false},
		{"it-IT", "Il ciondolo porta una lamina di legno pietrificato. La silice sostituisce la materia organica e conserva gli anelli di accrescimento.", e65Wood, false},
		{"fr-FR", "Le pendentif porte une lame de bois pétrifié. La silice remplace la matière organique et garde les anneaux de croissance.", e65Wood, false},
		{"de-DE", "Der Anhänger trägt eine Scheibe versteinertes Holz. Die Kieselsäure ersetzt das Holz und bewahrt seine Jahresringe.", e65Wood, false},
		{"ar-AE", "سوار لؤلؤ البذور من الذهب الأصفر عيار 14. والعقد الصغيرة بين الحبات تمنعها من الاحتكاك ببعضها.", e65Seed, false},
		{"tr-TR", "Kloazone Mineli Küpe turkuaz ve kırmızı minelerle süslü. Hücreler toz halindeki cam mineyle doldurulur ve cam eriyene kadar fırınlanır. Mine camdır, bu yüzden darbelerden koruyun.", e65Enamel, false},
		{"en-GB", "The earrings are decorated with cloisonné enamel. The cells are filled with powdered glass and fired until the glass melts.", e65Enamel, false},
		{"ja-JP", "アメジストをひと粒あしらったシルバー925のネックレスです。シルバー925は純銀に7.5%の割金を加えた素材です。", e65Silver, false},
		{"de-DE", "Der Anhänger zeigt eine Opal-Triplette in Sterlingsilber. So erinnert das Stück an einen massiven Schwarzopal aus Australien, der weit seltener ist.", e65Triplet, false},
		{"ar-AE", "سوار من الذهب الأحمر عيار 18، والباقي سبيكة يغلب عليها النحاس. هذا النحاس هو سر اللون الأحمر الدافئ.", e65Red, false},
		{"en-GB", "The bangle is made of 18k red gold. The copper in the alloy gives the metal its warm red colour.", e65Red, false},
		{"de-DE", "Der Armreif ist aus 18 Karat Rotgold. Das Kupfer der Legierung gibt ihm seine warme rote Farbe.", e65Red, false},
	})
}

// TestKindsExplain65Bad: the piece itself said to be of rutile or calcite,
// a ring or a necklace, or of gold, still blocks.
func TestKindsExplain65Bad(t *testing.T) {
	t.Parallel()
	checkKindRows(t, checkService(t), CatGrounding, []kindRow{
		{"es-MX", "El anillo está engastado con un rutilo de 9 mm.", e65Garnet, true},
		{"en-GB", "The ring is set with a rutile cabochon.", e65Garnet, true},
		{"fr-CA", "Le pendentif est serti d'une calcite jaune.", e65Bumblebee, true},
		{"pt-PT", "O pendente tem um cabochão de calcite amarela.", e65Bumblebee, true},
		{"pt-BR", "Este anel de prata 925 traz uma lâmina de madeira petrificada.", e65Wood, true},
		{"en-GB", "This silver ring holds a slice of petrified wood.", e65Wood, true},
		{"de-DE", "Dieser Ring aus Silber trägt eine Scheibe versteinertes Holz.", e65Wood, true},
		{"ar-AE", "هذا العقد من الذهب الأصفر عيار 14.", e65Seed, true},
		{"ja-JP", "このネックレスは金でできています。", e65Silver, true},
		{"de-DE", "Der Anhänger ist mit einem Schwarzopal besetzt.", e65Triplet, true},
		{"de-DE", "So ist das Stück mit einem massiven Schwarzopal besetzt.", e65Triplet, true},
		{"en-GB", "The bangle is a bright green.", e65Red, true},
		{"ar-AE", "السوار باللون الأزرق.", e65Red, true},
	})
}

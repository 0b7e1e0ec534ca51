package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// TestKindsConstituent33: a metal or material word that names a
// constituent of a material, or what a material becomes, in a sentence that
// explains it is not the piece's (#13, constituent33). Three kinds:
//
//   - a base metal that colours or makes up a mineral (canon
//     chromophore_metals) opening a sentence that names a colour or a
//     mineral noun after one about the product's stone: released 32's
//     tr-TR 32B132 "Bakır bu mineralde oldukça nadir bulunur ve taşa neon
//     mavisi bir ışıltı verir" on a Paraíba tourmaline in white gold;
//   - Polish and Czech "po" read as the distributive "each" where it means
//     "after" or "up to" ("po podgrzaniu", "od Iranu po południowy zachód"),
//     and the copula "to" after a stone read as the demonstrative "this"
//     ("Turkus to fosforan miedzi"): probe 31D107 and 31D109 (cytryn,
//     miedź);
//   - tooth enamel, the body's enamel (released 32's fr-CA 32A116 "le
//     minéral même qui compose l'émail des dents", of apatite).
//
// Each pass row blocked on main (e841f374) before; rows that passed there
// are left out (fr-FR, es-MX, pt-PT, sv-SE, da-DK, nb-NO and tr-TR tooth
// enamel; cs-CZ "po zahřátí"). Each twin says the metal, the stone or the
// enamel of the piece and blocks, before and after.
func TestKindsConstituent33(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	mal := core.Product{SKU: "C33M", Name: "Essence Studs", Category: "earrings", Collection: "Essence",
		Materials: []string{"14k yellow gold"}, Metals: []core.Metal{{Base: "yellow gold", Fineness: "14k"}},
		Stones:  []core.Stone{{Type: "malachite", Colour: "green", Count: 2, Origin: core.OriginNatural}},
		Colours: []string{"gold", "green"}}
	ame := core.Product{SKU: "C33A", Name: "Heritage Pendant", Category: "pendant", Collection: "Heritage",
		Materials: []string{"9k yellow gold"}, Metals: []core.Metal{{Base: "yellow gold", Fineness: "9k"}},
		Stones:  []core.Stone{{Type: "amethyst", Colour: "purple", Count: 1, Origin: core.OriginNatural}},
		Colours: []string{"gold", "purple"}}
	apat := core.Product{SKU: "C33P", Name: "Apatite Drops", Category: "earrings", Collection: "Signature",
		Materials: []string{"sterling silver"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "apatite", Colour: "blue", Count: 2, Origin: core.OriginNatural}},
		Colours: []string{"silver", "blue"}}
	checkKindRows(t, svc, "", []kindRow{
		// chromophore metals opening a sentence
		{"en-GB", "The studs set two malachites in 14k yellow gold. Malachite forms where copper ore weathers. Copper gives it its banded green.", mal, false},
		{"en-US", "The studs set two malachites in 14k yellow gold. Malachite forms where copper ore weathers. Copper is rare in most minerals but gives it its green.", mal, false},
		{"en-AU", "The studs set two malachites in 14k yellow gold. Malachite forms where copper ore weathers. Copper gives it its banded green.", mal, false},
		{"de-DE", "Die Ohrstecker tragen zwei Malachite in 14 Karat Gelbgold. Malachit entsteht in trockenen Gegenden. Kupfer gibt ihm seine grüne Farbe.", mal, false},
		{"fr-FR", "Les puces portent deux malachites sur or jaune 14 carats. La malachite se forme dans les régions arides. Le cuivre lui donne sa couleur verte.", mal, false},
		{"es-ES", "Los pendientes llevan dos malaquitas en oro amarillo de 14 quilates. La malaquita se forma en zonas áridas. El cobre le da su color verde.", mal, false},
		{"it-IT", "Gli orecchini portano due malachiti in oro giallo 14 carati. La malachite si forma nelle zone aride. Il rame le dà il suo colore verde.", mal, false},
		{"pt-BR", "Os brincos trazem duas malaquitas em ouro amarelo 14k. A malaquita se forma em regiões secas. O cobre lhe dá a cor verde.", mal, false},
		{"nl-NL", "De oorknopjes dragen twee malachieten in 14 karaat geelgoud. Malachiet ontstaat in droge streken. Koper geeft het zijn groene kleur.", mal, false},
		{"sv-SE", "Örhängena bär två malakiter i 14 karats gult guld. Malakit bildas i torra trakter. Koppar ger den dess gröna färg.", mal, false},
		{"da-DK", "Øreringene bærer to malakitter i 14 karat gult guld. Malakit dannes i tørre egne. Kobber giver den dens grønne farve.", mal, false},
		{"nb-NO", "Øredobbene bærer to malakitter i 14 karat gult gull. Malakitt dannes i tørre strøk. Kobber gir den sin grønne farge.", mal, false},
		{"pl-PL", "Kolczyki mają dwa malachity w 14-karatowym żółtym złocie. Malachit powstaje w suchym klimacie. Miedź nadaje mu zieloną barwę.", mal, false},
		{"cs-CZ", "Náušnice nesou dva malachity ve 14karátovém žlutém zlatě. Malachit vzniká v suchých oblastech. Měď mu dává zelenou barvu.", mal, false},
		{"tr-TR", "Küpelerde 14 ayar sarı altına iki malahit yerleştirilmiştir. Malahit kurak bölgelerde oluşur. Bakır bu mineralde bolca bulunur ve ona yeşil rengini verir.", mal, false},
		{"el-GR", "Τα σκουλαρίκια φέρουν δύο μαλαχίτες σε κίτρινο χρυσό 14 καρατίων. Ο μαλαχίτης σχηματίζεται σε ξηρές περιοχές. Ο χαλκός του δίνει το πράσινο χρώμα.", mal, false},
		{"ja-JP", "このピアスは14金イエローゴールドにマラカイトを2つ留めています。マラカイトは乾燥した土地で生まれます。銅が緑色を与えます。", mal, false},
		// Polish and Czech "po" (after, up to) and the copula "to"
		{"pl-PL", "Zawieszka to owalny ametyst w oprawie z żółtego złota próby 375. Po podgrzaniu ametyst staje się złocisty i trafia do sprzedaży jako cytryn.", ame, false},
		// tooth enamel
		{"en-GB", "The drops hold two apatites in sterling silver. Apatite is the very mineral that makes up tooth enamel.", apat, false},
		{"en-US", "The drops hold two apatites in sterling silver. Apatite is the mineral that forms the enamel of our teeth.", apat, false},
		{"fr-CA", "Les pendants portent deux apatites sur argent sterling. L'apatite est un phosphate de calcium, le minéral même qui compose l'émail des dents.", apat, false},
		{"es-ES", "Los pendientes llevan dos apatitas en plata de ley. La apatita es el mineral que forma el esmalte de los dientes.", apat, false},
		{"it-IT", "Gli orecchini portano due apatiti in argento sterling. L'apatite è il minerale che forma lo smalto dei denti.", apat, false},
		{"pt-BR", "Os brincos trazem duas apatitas em prata 925. A apatita é o mineral que forma o esmalte dos dentes.", apat, false},
		{"pl-PL", "Kolczyki mają dwa apatyty w srebrze próby 925. Apatyt to minerał, z którego zbudowana jest emalia zębów.", apat, false},
		{"cs-CZ", "Náušnice nesou dva apatity ve stříbře. Apatit je minerál, z něhož je tvořen zubní smalt.", apat, false},
		{"el-GR", "Τα σκουλαρίκια φέρουν δύο απατίτες σε ασήμι. Ο απατίτης είναι το ορυκτό που σχηματίζει το σμάλτο των δοντιών.", apat, false},
		{"ar-AE", "تحمل الأقراط حجرين من الأباتيت في الفضة الإسترليني. الأباتيت هو المعدن الذي يكوّن مينا الأسنان.", apat, false},
		{"ja-JP", "このピアスはスターリングシルバーにアパタイトを2つ留めています。アパタイトは歯のエナメル質をつくる鉱物です。", apat, false},
		{"ko-KR", "이 귀걸이는 스털링 실버에 아파타이트 두 개를 세팅했습니다. 아파타이트는 치아 에나멜을 이루는 광물입니다.", apat, false},
		{"zh-CN", "这对耳环在纯银上镶嵌两颗磷灰石。磷灰石正是构成牙齿珐琅质的矿物。", apat, false},
		{"zh-TW", "這對耳環在純銀上鑲嵌兩顆磷灰石。磷灰石正是構成牙齒琺瑯質的礦物。", apat, false},
	})
	checkKindRows(t, svc, CatGrounding, []kindRow{
		{"en-GB", "The studs set two malachites in 14k yellow gold. Malachite forms in dry country. Copper gives the studs a warm glow.", mal, true},
		{"en-US", "The studs set two malachites in 14k yellow gold. Malachite forms in dry country. A copper chain completes them.", mal, true},
		{"en-AU", "The studs set two malachites in 14k yellow gold. Malachite forms in dry country. The studs hang from copper hooks.", mal, true},
		{"de-DE", "Die Ohrstecker tragen zwei Malachite in 14 Karat Gelbgold. Malachit entsteht in trockenen Gegenden. Kupfer gibt den Ohrsteckern ihren warmen Glanz.", mal, true},
		{"fr-FR", "Les puces portent deux malachites sur or jaune 14 carats. La malachite se forme dans les régions arides. Le cuivre donne aux puces leur éclat chaud.", mal, true},
		{"es-ES", "Los pendientes llevan dos malaquitas en oro amarillo de 14 quilates. La malaquita se forma en zonas áridas. El cobre da a los pendientes su brillo cálido.", mal, true},
		{"it-IT", "Gli orecchini portano due malachiti in oro giallo 14 carati. La malachite si forma nelle zone aride. Il rame dà agli orecchini il loro calore.", mal, true},
		{"pt-BR", "Os brincos trazem duas malaquitas em ouro amarelo 14k. A malaquita se forma em regiões secas. O cobre dá aos brincos o seu brilho quente.", mal, true},
		{"nl-NL", "De oorknopjes dragen twee malachieten in 14 karaat geelgoud. Malachiet ontstaat in droge streken. Koper geeft de oorknopjes hun warme gloed.", mal, true},
		{"sv-SE", "Örhängena bär två malakiter i 14 karats gult guld. Malakit bildas i torra trakter. Koppar ger örhängena deras varma glans.", mal, true},
		{"da-DK", "Øreringene bærer to malakitter i 14 karat gult guld. Malakit dannes i tørre egne. Kobber giver øreringene deres varme glød.", mal, true},
		{"nb-NO", "Øredobbene bærer to malakitter i 14 karat gult gull. Malakitt dannes i tørre strøk. Kobber gir øredobbene deres varme glød.", mal, true},
		{"pl-PL", "Kolczyki mają dwa malachity w 14-karatowym żółtym złocie. Malachit powstaje w suchym klimacie. Miedź nadaje kolczykom ciepły blask.", mal, true},
		{"cs-CZ", "Náušnice nesou dva malachity ve 14karátovém žlutém zlatě. Malachit vzniká v suchých oblastech. Měď dává náušnicím teplý lesk.", mal, true},
		{"tr-TR", "Küpelerde 14 ayar sarı altına iki malahit yerleştirilmiştir. Malahit kurak bölgelerde oluşur. Bakır küpelere sıcak bir parıltı verir.", mal, true},
		{"el-GR", "Τα σκουλαρίκια φέρουν δύο μαλαχίτες σε κίτρινο χρυσό 14 καρατίων. Ο μαλαχίτης σχηματίζεται σε ξηρές περιοχές. Ο χαλκός δίνει στα σκουλαρίκια ζεστή λάμψη.", mal, true},
		{"ja-JP", "このピアスは14金イエローゴールドにマラカイトを2つ留めています。マラカイトは乾燥した土地で生まれます。銅がピアスに温かな輝きを与えます。", mal, true},
		// "po" before a numeral is still distributive; the stone said of the piece
		{"pl-PL", "Zawieszka to owalny ametyst w oprawie z żółtego złota próby 375. Obok ametystu błyszczą po dwa cytryny.", ame, true},
		{"pl-PL", "Zawieszka to owalny ametyst w oprawie z żółtego złota próby 375. Zawieszkę zdobi też cytryn.", ame, true},
		{"cs-CZ", "Přívěsek nese oválný ametyst ve žlutém zlatě. Vedle ametystu září po dvou citrínech.", ame, true},
		// enamel of the piece
		{"en-GB", "The drops hold two apatites in sterling silver, edged in blue enamel.", apat, true},
		{"en-US", "The drops hold two apatites in sterling silver, edged in blue enamel.", apat, true},
		{"fr-CA", "Les pendants portent deux apatites sur argent sterling, bordées d'émail bleu.", apat, true},
		{"fr-FR", "Les pendants portent deux apatites sur argent sterling, bordées d'émail bleu.", apat, true},
		{"es-ES", "Los pendientes llevan dos apatitas en plata de ley con esmalte azul.", apat, true},
		{"es-MX", "Los aretes llevan dos apatitas en plata de ley con esmalte azul.", apat, true},
		{"it-IT", "Gli orecchini portano due apatiti in argento sterling con smalto blu.", apat, true},
		{"pt-BR", "Os brincos trazem duas apatitas em prata 925 com esmalte azul.", apat, true},
		{"pt-PT", "Os brincos têm duas apatites em prata de lei com esmalte azul.", apat, true},
		{"sv-SE", "Örhängena bär två apatiter i sterlingsilver med blå emalj.", apat, true},
		{"da-DK", "Øreringene bærer to apatitter i sterlingsølv med blå emalje.", apat, true},
		{"nb-NO", "Øredobbene bærer to apatitter i sterlingsølv med blå emalje.", apat, true},
		{"pl-PL", "Kolczyki mają dwa apatyty w srebrze próby 925 i niebieską emalię.", apat, true},
		{"cs-CZ", "Náušnice nesou dva apatity ve stříbře s modrým smaltem.", apat, true},
		{"tr-TR", "Küpelerde gümüşe iki apatit yerleştirilmiştir ve kenarları mavi mineyle kaplıdır.", apat, true},
		{"el-GR", "Τα σκουλαρίκια φέρουν δύο απατίτες σε ασήμι με μπλε σμάλτο.", apat, true},
		{"ar-AE", "تحمل الأقراط حجرين من الأباتيت في الفضة الإسترليني مع المينا الزرقاء.", apat, true},
		{"ja-JP", "このピアスはスターリングシルバーにアパタイトを2つ留め、青いエナメルで縁取っています。", apat, true},
		{"ko-KR", "이 귀걸이는 스털링 실버에 아파타이트 두 개를 세팅하고 파란 에나멜로 장식했습니다.", apat, true},
		{"zh-CN", "这对耳环在纯银上镶嵌两颗磷灰石，并饰以蓝色珐琅。", apat, true},
		{"zh-TW", "這對耳環在純銀上鑲嵌兩顆磷灰石，並飾以藍色琺瑯。", apat, true},
	})
}

package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// The products of compare62's rows: a datolite ring in sterling silver, a
// sinhalite pendant in palladium 500, shibuichi pieces and an ammolite ring
// in 10k yellow gold.
var (
	c62Datolite = core.Product{SKU: "C62D", Name: "Heritage", Category: "ring", Collection: "Heritage",
		Metals:  []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "datolite", Colour: "white", Count: 1, Origin: "natural"}},
		Colours: []string{"silver", "white"}}
	c62Sinhalite = core.Product{SKU: "C62S", Name: "Oasis", Category: "pendant", Collection: "Heritage",
		Metals:  []core.Metal{{Base: "palladium", Fineness: "500"}},
		Stones:  []core.Stone{{Type: "sinhalite", Colour: "golden brown", Count: 1, Origin: "natural"}},
		Colours: []string{"white", "brown"}}
	c62Shibuichi = core.Product{SKU: "C62B", Name: "Mist", Category: "ring", Collection: "Timeless",
		Metals: []core.Metal{{Base: "shibuichi"}}, Colours: []string{"grey"}}
	c62Ammolite = core.Product{SKU: "C62A", Name: "Heritage", Category: "ring", Collection: "Heritage",
		Metals:  []core.Metal{{Base: "yellow gold", Fineness: "10k"}},
		Stones:  []core.Stone{{Type: "ammolite", Colour: "iridescent", Count: 1, Origin: "natural", Treatment: "stabilised"}},
		Colours: []string{"gold", "multicolour"}}
	c62WhiteGold = core.Product{SKU: "C62W", Name: "Heritage", Category: "earrings", Collection: "Heritage",
		Metals:  []core.Metal{{Base: "white gold", Plating: "rhodium", Fineness: "10k"}},
		Colours: []string{"white"}}
)

// Other materials named inside an explanation of the product's own are not
// the product's (#13, compare62: held-out 61A en-US 61A03-1, probe 61D
// ar-AE 61D02-2, probe 60C en-GB, es-MX, nl-NL, fi-FI, held-out 57B pl-PL
// and zh-CN 57B03-2): what the stone's look is closer to, what experts took
// it for, what its metal is compared with, what a craft used beside the
// alloy, the alloy's recipe in parts, what shares its mineral, another
// metal set against the piece's across a semicolon, and a place named for
// a metal (grounding/compare62.go). 16 CFR 23.4-23.7 and 23.25
// govern what the piece is said to be; naming another thing beside it is
// no misdescription.
func TestKindsCompare62(t *testing.T) {
	t.Parallel()
	checkKindRows(t, checkService(t), CatGrounding, []kindRow{
		{"en-US", "Cut as a smooth cabochon, it has a creamy white, almost porcelain look, closer to fine jade or chalcedony than to a faceted gem.", c62Datolite, false},
		{"en-US", "The ring is set with a 14 mm datolite from Michigan, where the mineral forms rounded nodules in the old copper-mining country along Lake Superior.", c62Datolite, false},
		{"de-DE", "Der Cabochon hat einen cremeweißen Glanz, näher an feiner Jade als an einem facettierten Edelstein.", c62Datolite, false},
		{"es-ES", "Tallada en cabujón, tiene un aspecto cremoso, más cercano al jade que a una gema facetada.", c62Datolite, false},
		{"sv-SE", "Slipad som cabochon har den en krämvit lyster, närmare fin jade än en fasetterad ädelsten.", c62Datolite, false},
		{"es-ES", "El mineral se encontró en las antiguas minas de cobre del lago Superior.", c62Datolite, false},
		{"ar-AE", "فقد ظلّ خبراء الأحجار عقوداً يحسبونه نوعاً بنيّاً من الزبرجد الزيتوني (البيريدوت)، إلى أن ثبت عام 1952 أنه معدن مستقل.", c62Sinhalite, false},
		{"ar-AE", "ويُقارَن البلاديوم عادةً بالبلاتين، فهو من العائلة نفسها لكنه أخف وزناً.", c62Sinhalite, false},
		{"es-MX", "En el Japón de la era Edo, los orfebres usaban el shibuichi junto con el shakudō, una aleación casi negra de cobre y oro, y con incrustaciones de plata pura para pintar paisajes en metal.", c62Shibuichi, false},
		{"nl-NL", "In het Japan van de Edo-periode gebruikten makers van zwaardbeslag deze legering van zilver en koper naast shakudō, een bijna zwarte mengeling van koper en een beetje goud, en inlegwerk van puur zilver.", c62Shibuichi, false},
		{"en-GB", "In Edo-period Japan, makers of sword fittings prized shibuichi, one part silver to three of copper, for the subtle greys it takes in a patina bath.", c62Shibuichi, false},
		{"fi-FI", "Shibuichi on japanilainen metalliseos. Perinteisesti siinä on yksi osa hopeaa ja kolme osaa kuparia.", c62Shibuichi, false},
		{"pl-PL", "Jej blask tworzy aragonit, ten sam minerał, z którego zbudowana jest masa perłowa.", c62Ammolite, false},
		{"zh-CN", "它的彩色层会随光线变幻，这种光彩来自文石层，与珍珠层的成分相同。", c62Ammolite, false},
		{"ja-JP", "カボションにカットすると、ファセットの宝石よりもヒスイに近い、クリーミーな白い質感になります。", c62Datolite, false},
		{"ko-KR", "카보숑으로 연마하면 비취에 가까운 크림빛 흰색을 띱니다.", c62Datolite, false},
		{"zh-CN", "切割成弧面后，它呈现奶白色，更接近翡翠或玉髓，而不像刻面宝石。", c62Datolite, false},
		{"fr-FR", "Le minéral se trouve dans l'ancien pays minier du cuivre, près des mines de cuivre.", c62Datolite, false},
		{"tr-TR", "Taş, eski bakır madenciliği bölgesinden geliyor.", c62Datolite, false},
		{"it-IT", "Lo shibuichi veniva usato accanto allo shakudō, una lega quasi nera di rame e oro.", c62Shibuichi, false},
		{"de-DE", "Traditionell besteht Shibuichi aus einem Teil Silber und drei Teilen Kupfer.", c62Shibuichi, false},
		{"da-DK", "Platin er hvidt helt igennem og klarer sig uden belægning; hvidguld får sin hvide glans af rhodium.", c62WhiteGold, false},
		{"en-GB", "Platinum is white all the way through and needs no plating; white gold takes its white shine from rhodium.", c62WhiteGold, false},
	})
}

// TestKindsCompare62Bad: the piece itself said to be the other stone or
// metal still blocks, in the same languages.
func TestKindsCompare62Bad(t *testing.T) {
	t.Parallel()
	checkKindRows(t, checkService(t), CatGrounding, []kindRow{
		{"en-US", "The ring is jade.", c62Datolite, true},
		{"en-US", "The ring is set with fine jade and a copper band.", c62Datolite, true},
		{"de-DE", "Der Ring ist mit Jade besetzt.", c62Datolite, true},
		{"fr-FR", "La bague est sertie de jade.", c62Datolite, true},
		{"es-ES", "El anillo está engastado con jade.", c62Datolite, true},
		{"ar-AE", "قلادة مرصعة بالزبرجد.", c62Sinhalite, true},
		{"ar-AE", "القلادة مصنوعة من البلاتين.", c62Sinhalite, true},
		{"en-GB", "The pendant is set with peridot.", c62Sinhalite, true},
		{"en-GB", "The pendant is made of platinum.", c62Sinhalite, true},
		{"es-MX", "El anillo es de shibuichi junto con oro de 18 quilates.", c62Shibuichi, true},
		{"nl-NL", "Deze ring is van goud.", c62Shibuichi, true},
		{"en-GB", "The band is one part gold to three of platinum.", c62Shibuichi, true},
		{"pl-PL", "Pierścionek jest wykonany z masy perłowej.", c62Ammolite, true},
		{"zh-CN", "这枚戒指镶嵌珍珠。", c62Ammolite, true},
		{"ja-JP", "ヒスイをセットしたリングです。", c62Datolite, true},
		{"fr-FR", "La bague est en cuivre.", c62Datolite, true},
		{"it-IT", "L'anello è in oro.", c62Shibuichi, true},
		{"de-DE", "Der Ring besteht aus Silber.", c62Shibuichi, true},
		{"da-DK", "Creolerne er af platin; hvidguld er billigere.", c62WhiteGold, true},
		{"en-GB", "These hoops are platinum; white gold would need plating.", c62WhiteGold, true},
	})
}

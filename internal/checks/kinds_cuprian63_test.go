package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// The products of cuprian63's rows: a cuprian tourmaline ring in 18k yellow
// gold, cuprian tourmaline earrings in Pt900 and in 18k white gold, a
// sillimanite ring and a bracelet of cultured freshwater soufflé pearls.
var (
	c63Ring = core.Product{SKU: "C63", Name: "Lagoon Ring", Category: "ring", Collection: "Lumière",
		Metals:  []core.Metal{{Base: "yellow gold", Fineness: "18k"}},
		Stones:  []core.Stone{{Type: "cuprian tourmaline", Origin: "natural", Treatment: "heated", Colour: "blue", Count: 1}},
		Colours: []string{"blue", "gold"}}
	c63Pt = core.Product{SKU: "C63P", Name: "ネオンブルー ピアス", Category: "earrings", Collection: "Lumière",
		Metals:  []core.Metal{{Base: "platinum", Fineness: "900"}},
		Stones:  []core.Stone{{Type: "cuprian tourmaline", Origin: "natural", Treatment: "heated", Colour: "blue", Count: 2}},
		Colours: []string{"blue", "white"}}
	c63White = core.Product{SKU: "C63W", Name: "Brincos Lagoa", Category: "earrings", Collection: "Lumière",
		Metals:  []core.Metal{{Base: "white gold", Fineness: "18k"}},
		Stones:  []core.Stone{{Type: "cuprian tourmaline", Origin: "natural", Treatment: "heated", Colour: "blue", Count: 2}},
		Colours: []string{"blue", "white"}}
	c63Sill = core.Product{SKU: "C63S", Name: "Anillo Silliman", Category: "ring", Collection: "Lumière",
		Metals: []core.Metal{{Base: "yellow gold", Fineness: "18k"}},
		Stones: []core.Stone{{Type: "sillimanite", Origin: "natural", Colour: "blue", Count: 1},
			{Type: "diamond", Origin: "natural", Colour: "clear", Count: 6}},
		Colours: []string{"blue", "gold"}}
	c63Pearl = core.Product{SKU: "C63F", Name: "云朵珍珠手链", Category: "bracelet", Collection: "Moments",
		Metals:  []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "cultured freshwater soufflé pearl", Colour: "purple", Count: 3}},
		Colours: []string{"purple", "silver"}}
)

// What a stone is made of, its trade names and its relatives, named in copy
// that explains the piece's own stone, are not another material or stone of
// the piece (#13, cuprian63): copper as the colouring element of cuprian
// (copper-bearing) tourmaline, Paraíba as its trade name (GIA, "Paraíba
// tourmaline"; LMHC), kyanite and andalusite as the polymorphs of
// sillimanite (Al2SiO5), 淡水养殖珍珠 as the generic name of a freshwater
// soufflé pearl.
func TestKindsCuprian63(t *testing.T) {
	t.Parallel()
	checkKindRows(t, checkService(t), CatGrounding, []kindRow{
		{"en-AU", "The Lagoon Ring from the Lumière collection sets a 0.8-carat cuprian tourmaline in four claws of 18k yellow gold. Cuprian means copper-bearing: traces of copper give this tourmaline its electric blue, a colour first found in the late 1980s in Paraíba, Brazil, and later in Mozambique and Nigeria.", c63Ring, false},
		{"ar-AE", "خاتم البحيرة من مجموعة Lumière يحمل حجر تورمالين نحاسي بوزن 1.1 قيراط، مثبتاً بمخالب من الذهب الأصفر عيار 18. يُقصد بالتورمالين النحاسي التورمالين الذي يحتوي على النحاس، وهو العنصر الذي يمنحه هذا الأزرق المتوهج الذي اكتُشف أول مرة في ولاية بارايبا البرازيلية أواخر الثمانينيات.", c63Ring, false},
		{"ja-JP", "Lumièreコレクションの「ネオンブルー ピアス」は、合計0.6カラットの銅含有トルマリン2石をPt900プラチナで留めました。銅を含むことで生まれる鮮やかな青は、1980年代末にブラジルのパライバ州で初めて発見されました。", c63Pt, false},
		{"ja-JP", "Lumièreコレクションから、合計0.6カラットの銅含有トルマリン2石をPt900プラチナで留めました。銅を含むトルマリンは、最初の産地にちなみ「パライバトルマリン」の名で知られ、現在は産地を問わずこの名で呼ばれます。", c63Pt, false},
		{"pt-BR", "Os Brincos Lagoa da coleção Lumière trazem duas turmalinas cupríferas, somando 1 quilate, em ouro branco 18k. O nome comercial turmalina paraíba vem do estado brasileiro onde esse azul foi encontrado pela primeira vez, e hoje é usado para turmalinas coloridas por cobre de qualquer origem.", c63White, false},
		{"es-ES", "El Anillo Silliman de la colección Lumière tiene en el centro una silimanita azul y, a cada lado, tres diamantes pequeños: seis en total sobre un aro de oro amarillo de 18 quilates. La silimanita debe su nombre al químico estadounidense Benjamin Silliman. Comparte fórmula con la cianita y la andalucita, pero cristaliza de otra manera, y las piezas de talla facetada en este tono azul violáceo son poco frecuentes. Tiene una dureza de 6 a 7,5, pero se exfolia con facilidad en una dirección, así que conviene evitar los golpes y la limpieza por ultrasonidos.", c63Sill, false},
		{"zh-CN", "Moments系列云朵珍珠手链由三颗紫色舒芙蕾珍珠与925银链组成，长17厘米。舒芙蕾珍珠是淡水养殖珍珠，以泥核代替贝壳珠核培育，采收后将泥核从钻孔中冲出，珍珠内部因此中空，个头饱满却异常轻盈，名字正来自蓬松的法式甜点。珍珠质地较软，请在喷香水后再佩戴，并用软布擦拭后单独存放。", c63Pearl, false},
		{"zh-CN", "想挑一份送给自己的礼物？Moments系列云朵珍珠手链以三颗紫色舒芙蕾珍珠点缀925银链，长17厘米。舒芙蕾珍珠是淡水养殖珍珠，培育时以泥为核，采收后将泥核冲出，珍珠便成为中空，个头大却很轻。“舒芙蕾”之名来自蓬松的法式甜点。珍珠质地柔软，请最后佩戴、最先取下，并单独存放。", c63Pearl, false},
	})
}

// TestKindsCuprian63Bad: copper named as the piece's metal, kyanite said to
// be the stone, a sea pearl on a freshwater pearl, still block.
func TestKindsCuprian63Bad(t *testing.T) {
	t.Parallel()
	checkKindRows(t, checkService(t), CatGrounding, []kindRow{
		{"en-AU", "The Lagoon Ring is made of copper and set with a cuprian tourmaline.", c63Ring, true},
		{"pt-BR", "Os brincos são de cobre, com turmalinas cupríferas.", c63White, true},
		{"ja-JP", "このピアスは銅製で、トルマリンを留めています。", c63Pt, true},
		{"es-ES", "El anillo lleva una cianita azul en el centro.", c63Sill, true},
		{"zh-CN", "这条手链由三颗南洋珍珠组成。", c63Pearl, true},
	})
}

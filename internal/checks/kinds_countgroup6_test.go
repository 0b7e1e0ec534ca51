package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/grounding"
)

// cgRing is an 18k white gold ring with one white diamond between three
// blue sapphires.
var cgRing = core.Product{SKU: "G6R", Name: "Vega Ring", Category: "ring",
	Metals: []core.Metal{{Base: "white gold", Fineness: "18k"}},
	Stones: []core.Stone{{Type: "diamond", Colour: "white", Count: 1, Origin: core.OriginNatural},
		{Type: "sapphire", Colour: "blue", Count: 3, Origin: core.OriginNatural}},
	Colours: []string{"silver", "white", "blue"}}

// cgHoops are sterling silver hoops with 16 white cubic zirconia, eight on
// each hoop, and two blue ones.
var cgHoops = core.Product{SKU: "G6H", Name: "Nova Hoops", Category: "earrings",
	Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
	Stones: []core.Stone{{Type: "cubic zirconia", Colour: "white", Count: 16, Origin: core.OriginSimulant},
		{Type: "cubic zirconia", Colour: "blue", Count: 2, Origin: core.OriginSimulant}},
	Colours: []string{"silver", "white", "blue"}}

// TestKindsCountGroup6 (issue #13, misses): a count with a colour and a
// generic noun ("four blue stones") is the count of that colour's group;
// a per-earring count is half the pair's.
func TestKindsCountGroup6(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	ringTrue := []lt{
		{"en-US", "The Vega ring sets one white diamond between three small blue stones."},
		{"en-GB", "A white diamond sits between three blue accent stones on the Vega ring."},
		{"en-AU", "One white diamond, flanked by three blue stones."},
		{"fr-FR", "La bague Vega sertit un diamant blanc entre trois petites pierres bleues."},
		{"fr-CA", "Un diamant blanc entouré de trois pierres bleues."},
		{"de-DE", "Der Ring Vega fasst einen weißen Diamanten zwischen drei kleinen blauen Steinen."},
		{"it-IT", "L'anello Vega incastona un diamante bianco tra tre piccole pietre blu."},
		{"es-ES", "El anillo Vega engasta un diamante blanco entre tres pequeñas piedras azules."},
		{"es-MX", "Un diamante blanco rodeado de tres piedras azules."},
		{"pt-BR", "O anel Vega traz um diamante branco entre três pequenas pedras azuis."},
		{"pt-PT", "O anel Vega tem um diamante branco entre três pequenas pedras azuis."},
		{"nl-NL", "De ring Vega zet één witte diamant tussen drie kleine blauwe stenen."},
		{"da-DK", "Ringen Vega har en hvid diamant mellem tre små blå sten."},
		{"sv-SE", "Ringen Vega har en vit diamant mellan tre små blå stenar."},
		{"nb-NO", "Ringen Vega har en hvit diamant mellom tre små blå steiner."},
		{"fi-FI", "Vega-sormuksessa on valkoinen timantti kolmen pienen sinisen kiven välissä."},
		{"pl-PL", "Pierścionek Vega ma biały diament między trzema małymi niebieskimi kamieniami."},
		{"cs-CZ", "Prsten Vega má bílý diamant mezi třemi malými modrými kameny."},
		{"el-GR", "Το δαχτυλίδι Vega έχει ένα λευκό διαμάντι ανάμεσα σε τρεις μικρές μπλε πέτρες."},
		{"tr-TR", "Vega yüzükte üç küçük mavi taşın arasında beyaz bir pırlanta var."},
		{"ar-AE", "يضم خاتم Vega ماسة بيضاء بين ثلاثة أحجار زرقاء صغيرة."},
		{"ja-JP", "Vegaリングは、小さな青い石3つの間に白いダイヤモンドを1つ留めています。"},
		{"ko-KR", "Vega 반지는 작은 파란 스톤 세 개 사이에 화이트 다이아몬드 한 개를 세팅했습니다."},
		{"zh-CN", "Vega戒指在三颗蓝色小宝石之间镶嵌一颗白钻。"},
		{"zh-TW", "Vega戒指在三顆藍色小寶石之間鑲嵌一顆白鑽。"},
	}
	ringFalse := []lt{
		{"en-US", "The Vega ring sets one white diamond between four small blue stones."},
		{"en-GB", "A white diamond sits between four blue accent stones on the Vega ring."},
		{"en-AU", "One white diamond, flanked by five blue stones."},
		{"fr-FR", "La bague Vega sertit un diamant blanc entre quatre petites pierres bleues."},
		{"fr-CA", "Un diamant blanc entouré de cinq pierres bleues."},
		{"de-DE", "Der Ring Vega fasst einen weißen Diamanten zwischen vier kleinen blauen Steinen."},
		{"it-IT", "L'anello Vega incastona un diamante bianco tra quattro piccole pietre blu."},
		{"es-ES", "El anillo Vega engasta un diamante blanco entre cuatro pequeñas piedras azules."},
		{"es-MX", "Un diamante blanco rodeado de cinco piedras azules."},
		{"pt-BR", "O anel Vega traz um diamante branco entre quatro pequenas pedras azuis."},
		{"pt-PT", "O anel Vega tem um diamante branco entre quatro pequenas pedras azuis."},
		{"nl-NL", "De ring Vega zet één witte diamant tussen vier kleine blauwe stenen."},
		{"da-DK", "Ringen Vega har en hvid diamant mellem fire små blå sten."},
		{"sv-SE", "Ringen Vega har en vit diamant mellan fyra små blå stenar."},
		{"nb-NO", "Ringen Vega har en hvit diamant mellom fire små blå steiner."},
		{"fi-FI", "Vega-sormuksessa on valkoinen timantti neljän pienen sinisen kiven välissä."},
		{"pl-PL", "Pierścionek Vega ma biały diament między czterema małymi niebieskimi kamieniami."},
		{"cs-CZ", "Prsten Vega má bílý diamant mezi čtyřmi malými modrými kameny."},
		{"el-GR", "Το δαχτυλίδι Vega έχει ένα λευκό διαμάντι ανάμεσα σε τέσσερις μικρές μπλε πέτρες."},
		{"tr-TR", "Vega yüzükte dört küçük mavi taşın arasında beyaz bir pırlanta var."},
		{"ar-AE", "يضم خاتم Vega ماسة بيضاء بين أربعة أحجار زرقاء صغيرة."},
		{"ja-JP", "Vegaリングは、小さな青い石4つの間に白いダイヤモンドを1つ留めています。"},
		{"ko-KR", "Vega 반지는 작은 파란 스톤 네 개 사이에 화이트 다이아몬드 한 개를 세팅했습니다."},
		{"zh-CN", "Vega戒指在四颗蓝色小宝石之间镶嵌一颗白钻。"},
		{"zh-TW", "Vega戒指在四顆藍色小寶石之間鑲嵌一顆白鑽。"},
	}
	hoopsTrue := []lt{
		{"en-US", "Sixteen white zirconia, eight on each hoop, with two blue ones at the front."},
		{"fr-FR", "Seize oxydes de zirconium blancs, huit sur chaque créole, et deux bleus devant."},
		{"de-DE", "Sechzehn weiße Zirkonia, acht pro Creole, dazu zwei blaue vorne."},
		{"it-IT", "Sedici zirconie bianche, otto su ogni cerchio, e due blu sul davanti."},
		{"es-ES", "Dieciséis circonitas blancas, ocho en cada aro, y dos azules delante."},
		{"pt-BR", "Dezesseis zircônias brancas, oito em cada argola, e duas azuis na frente."},
		{"nl-NL", "Zestien witte zirkonia's, acht per oorring, en twee blauwe vooraan."},
		{"sv-SE", "Sexton vita zirkonior, åtta på varje creol, och två blå framtill."},
		{"pl-PL", "Szesnaście białych cyrkonii, po osiem na każdym kółku, i dwie niebieskie z przodu."},
		{"zh-CN", "十六颗白色立方氧化锆，每只耳圈八颗，前面还有两颗蓝色立方氧化锆。"},
	}
	hoopsFalse := []lt{
		{"en-US", "Sixteen white zirconia, nine on each hoop, with two blue ones at the front."},
		{"fr-FR", "Seize oxydes de zirconium blancs, neuf sur chaque créole, et deux bleus devant."},
		{"de-DE", "Sechzehn weiße Zirkonia, neun pro Creole, dazu zwei blaue vorne."},
		{"it-IT", "Sedici zirconie bianche, nove su ogni cerchio, e due blu sul davanti."},
		{"es-ES", "Dieciséis circonitas blancas, nueve en cada aro, y dos azules delante."},
		{"pt-BR", "Dezesseis zircônias brancas, nove em cada argola, e duas azuis na frente."},
		{"nl-NL", "Zestien witte zirkonia's, negen per oorring, en twee blauwe vooraan."},
		{"sv-SE", "Sexton vita zirkonior, nio på varje creol, och två blå framtill."},
		{"pl-PL", "Szesnaście białych cyrkonii, po dziewięć na każdym kółku, i dwie niebieskie z przodu."},
		{"zh-CN", "十六颗白色立方氧化锆，每只耳圈九颗，前面还有两颗蓝色立方氧化锆。"},
	}
	runKinds(t, c, guide(t), []kindTable{
		{"count group: colour and generic noun, true", cgRing, "", ringTrue},
		{"count group: colour and generic noun, one group wrong", cgRing, CatGrounding, ringFalse},
		{"count group: per hoop, true", cgHoops, "", hoopsTrue},
		{"count group: per hoop, wrong", cgHoops, CatGrounding, hoopsFalse},
	})
}

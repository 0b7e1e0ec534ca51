package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// Products of TestKindsMisc51 (#13, misc51): probe 51's palladium 500 band.
var (
	misc51Pd       = misses49Product(`{"sku": "P51D-027", "name": "Palladium Band", "category": "ring", "collection": "Timeless", "materials": ["palladium 500"], "stones": [], "colours": ["white"], "features": ["nickel-free", "hallmarked"], "metals": [{"base": "palladium", "fineness": "500"}], "measurements": [{"name": "band width", "value": 3, "unit": "mm"}]}`)
	misc51Sterling = misses49Product(`{"sku": "M51-002", "name": "Hoops", "category": "earrings", "collection": "Essence", "materials": ["sterling silver"], "stones": [], "colours": ["silver"], "metals": [{"base": "sterling silver", "fineness": "925"}]}`)
	misc51Gold22   = misses49Product(`{"sku": "M51-003", "name": "Band", "category": "ring", "collection": "Heritage", "materials": ["22k yellow gold"], "stones": [], "colours": ["gold"], "metals": [{"base": "yellow gold", "fineness": "22k"}]}`)
	misc51Vermeil  = misses49Product(`{"sku": "M51-004", "name": "Vermeil Ring", "category": "ring", "collection": "Moments", "materials": ["gold vermeil"], "stones": [], "colours": ["gold"], "metals": [{"base": "sterling silver", "fineness": "925", "plating": "18k gold", "plating_microns": 2.5}]}`)
)

// TestKindsMisc51Fineness (#13, misc51): a fineness the piece does not
// have, given as its hallmark's number beside a word of the mark and no
// metal word ("hallmark 950", "Stempel 950", دمغة 950, 刻印の「950」) on
// palladium 500, blocks as grounding.karat in every locale. Every row
// passed on main 7ff2e44a (probe 51D ar-AE 51D104-3 and ja-JP 51D103-3).
func TestKindsMisc51Fineness(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, CatGrounding, pairRows(misc51Pd, true, [][2]string{
		{"en-GB", "The band carries the hallmark 950: 95 per cent of its alloy is pure palladium."},
		{"en-US", "Its 950 stamp means the alloy is 95% pure palladium."},
		{"en-AU", "Stamped 950, the band is 95 per cent palladium."},
		{"de-DE", "Der Stempel 950 bedeutet, dass die Legierung zu 95 Prozent aus Palladium besteht."},
		{"fr-FR", "Le poinçon 950 indique que l'alliage contient 95 % de palladium pur."},
		{"fr-CA", "Le poinçon 950 indique que l'alliage contient 95 % de palladium pur."},
		{"es-ES", "El contraste 950 indica que la aleación es un 95 % paladio puro."},
		{"es-MX", "El sello 950 indica que la aleación es 95 % paladio puro."},
		{"it-IT", "Il marchio 950 indica che la lega è al 95% palladio puro."},
		{"pt-PT", "A marca 950 indica que a liga tem 95% de paládio puro."},
		{"pt-BR", "O selo 950 indica que a liga tem 95% de paládio puro."},
		{"nl-NL", "Het keurmerk 950 betekent dat de legering voor 95 procent uit palladium bestaat."},
		{"nb-NO", "Stempelet 950 betyr at legeringen er 95 prosent rent palladium."},
		{"da-DK", "Stemplet 950 betyder, at legeringen er 95 procent rent palladium."},
		{"sv-SE", "Stämpeln 950 betyder att legeringen är 95 procent rent palladium."},
		{"fi-FI", "Leima 950 kertoo, että seoksesta 95 prosenttia on puhdasta palladiumia."},
		{"pl-PL", "Próba 950 oznacza, że stop zawiera 95 procent czystego palladu."},
		{"cs-CZ", "Punc 950 znamená, že slitina obsahuje 95 procent čistého palladia."},
		{"el-GR", "Η σφραγίδα 950 σημαίνει ότι το κράμα είναι 95% καθαρό παλλάδιο."},
		{"tr-TR", "950 damgası, alaşımın yüzde 95 saf paladyum olduğunu gösterir."},
		{"ar-AE", "ويحمل الخاتم دمغة 950، أي أن 95 بالمئة من سبيكته من البالاديوم الخالص."},
		{"ja-JP", "刻印の「950」は、合金の95%が純パラジウムであることを示しています。"},
		{"ko-KR", "950 각인은 합금의 95%가 순수 팔라듐이라는 뜻입니다."},
		{"zh-CN", "戒圈上的“950”印记表示合金中95%为纯钯。"},
		{"zh-TW", "戒圈上的「950」印記表示合金中95%為純鈀。"},
	}))
}

// TestKindsMisc51FinenessTrue (#13, misc51): the piece's own hallmark
// passes beside the same words, in every locale: palladium 500 marked 500,
// sterling marked 925, 22 karat gold marked 916 or 917, and a vermeil's
// silver (925) and gold (750) marks.
func TestKindsMisc51FinenessTrue(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	var rows []kindRow
	for _, set := range []struct {
		p    core.Product
		rows [][2]string
	}{
		{misc51Pd, [][2]string{
			{"en-GB", "The band carries the hallmark 500, the mark of palladium 500."},
			{"de-DE", "Der Stempel 500 zeigt den Feingehalt."},
			{"fr-FR", "Le poinçon 500 indique le titre du palladium."},
			{"ar-AE", "ويحمل الخاتم دمغة 500."},
			{"ja-JP", "刻印の「500」が純度を示します。"},
			{"ko-KR", "500 각인이 순도를 보여 줍니다."},
			{"zh-CN", "戒圈内侧有“500”印记。"},
			{"tr-TR", "500 damgası saflığını gösterir."},
		}},
		{misc51Sterling, [][2]string{
			{"en-US", "Each hoop is stamped 925 inside."},
			{"it-IT", "Il marchio 925 garantisce l'argento sterling."},
			{"pl-PL", "Próba 925 jest wybita na zapięciu."},
			{"cs-CZ", "Punc 925 najdete na zapínání."},
			{"sv-SE", "Stämpeln 925 sitter på låset."},
			{"el-GR", "Η σφραγίδα 925 βρίσκεται στο κούμπωμα."},
		}},
		{misc51Gold22, [][2]string{
			{"en-GB", "The band is hallmarked 916 by the Birmingham Assay Office."},
			{"nl-NL", "Het keurmerk 917 staat aan de binnenkant."},
			{"fi-FI", "Leima 916 on sormuksen sisäpuolella."},
		}},
		{misc51Vermeil, [][2]string{
			{"en-GB", "Inside, the stamp 925 marks the sterling silver beneath the vermeil."},
			{"es-ES", "El contraste 925 certifica la plata bajo el baño de oro."},
			{"da-DK", "Stemplet 925 viser sølvet under forgyldningen."},
		}},
	} {
		rows = append(rows, pairRows(set.p, false, set.rows)...)
	}
	checkKindRows(t, svc, "", rows)
}

// TestKindsMisc51FinenessOpen (#13, misc51): a purity given as a percent
// beside the metal ("95 per cent palladium" on palladium 500) is not
// compared with the product's fineness yet: it needs per-locale pure and
// link words between the percent and the metal, so that "95% recycled
// silver" (a recycled share) is not read as a fineness.
func TestKindsMisc51FinenessOpen(t *testing.T) {
	t.Skip("open (#13, misc51): a percent purity beside the metal is not compared with the product's fineness")
	svc := checkService(t)
	checkKindRows(t, svc, CatGrounding, pairRows(misc51Pd, true, [][2]string{
		{"en-GB", "The band is 95 per cent palladium."},
		{"en-GB", "The band is 95% pure palladium."},
		{"de-DE", "Die Legierung besteht zu 95 Prozent aus Palladium."},
		{"ja-JP", "合金の95%が純パラジウムです。"},
	}))
}

// misc51Cufflinks is released 7B's pair of onyx cufflinks: one onyx each.
var misc51Cufflinks = misses49Product(`{"sku": "H7B10", "name": "Noir Onyx Cufflinks", "category": "cufflinks", "collection": "Heritage", "materials": ["rhodium-plated brass", "onyx"], "metals": [{"base": "brass", "plating": "rhodium"}], "stones": [{"type": "onyx", "colour": "black", "count": 2, "origin": "natural"}], "colours": ["silver", "black"], "measurements": [{"name": "face diameter", "value": 15, "unit": "mm"}]}`)

// misc51Topaz is probe 51D's Swiss blue topaz pendant: one stone.
var misc51Topaz = misses49Product(`{"sku": "P51D-048", "name": "Swiss Blue Pendant", "category": "pendant", "collection": "Essence", "materials": ["recycled 925 sterling silver"], "stones": [{"type": "topaz", "colour": "Swiss blue", "count": 1, "origin": "natural", "treatment": "irradiated"}], "colours": ["blue", "silver"], "metals": [{"base": "sterling silver", "fineness": "925"}], "measurements": [{"name": "stone size", "value": 9, "unit": "mm"}, {"name": "chain length", "value": 45, "unit": "cm"}]}`)

// TestKindsMisc51Count (#13, misc51): a wrong count with a size between
// the number and its stone blocks where the size's unit is several tokens
// (Chinese 毫米, 厘米: one character a token) or a German size adjective
// follows it ("9 mm große", which folds as the stop "Größe"). Every row
// passed on main 7ff2e44a (probe 51D zh-CN 51D104-3).
func TestKindsMisc51Count(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, CatGrounding, pairRows(misc51Topaz, true, [][2]string{
		{"zh-CN", "三颗9毫米水滴形托帕石，悬于45厘米的再生925银链上。"},
		{"zh-CN", "三颗9毫米托帕石悬于银链上。"},
		{"zh-CN", "三颗9毫米的托帕石悬于银链上。"},
		{"zh-CN", "三颗水滴形9毫米托帕石悬于银链上。"},
		{"zh-TW", "三顆9毫米水滴形托帕石，懸於45公分的銀鍊上。"},
		{"de-DE", "Drei 9 mm große Topase hängen an der Kette."},
		{"de-DE", "Drei große tropfenförmige Topase hängen an der Kette."},
	}))
	// the true count, and sizes (Größen) that count no stone, pass
	checkKindRows(t, svc, "", pairRows(misc51Topaz, false, [][2]string{
		{"zh-CN", "一颗9毫米水滴形托帕石，悬于45厘米的再生925银链上。"},
		{"zh-TW", "一顆9毫米水滴形托帕石，懸於45公分的銀鍊上。"},
		{"de-DE", "Ein 9 mm großer Topas hängt an der Kette."},
		{"de-DE", "Der Anhänger ist in zwei Größen erhältlich: mit einem Topas von 9 mm oder 7 mm."},
	}))
	// A pair of cufflinks counted per piece, as earrings are: one onyx
	// each of two (these blocked on main 7ff2e44a, the size-free rows
	// too; released 7B zh-CN H7B10-1 would have with the size read).
	checkKindRows(t, svc, "", pairRows(misc51Cufflinks, false, [][2]string{
		{"zh-CN", "Heritage系列的Noir袖扣，以镀铑黄铜为框，镶嵌一枚直径15毫米的圆形黑玛瑙。"},
		{"zh-CN", "Heritage系列的Noir袖扣，以镀铑黄铜为框，镶嵌一枚圆形黑玛瑙。"},
		{"en-GB", "The Noir cufflinks frame one round 15 mm black onyx in rhodium-plated brass."},
	}))
	checkKindRows(t, svc, CatGrounding, pairRows(misc51Cufflinks, true, [][2]string{
		{"en-GB", "The Noir cufflinks frame three round black onyx stones in rhodium-plated brass."},
	}))
}

// misc51CZ is probe 51D's cubic zirconia studs.
var misc51CZ = misses49Product(`{"sku": "P51D-029", "name": "Kolczyki z cyrkoniami", "category": "earrings", "collection": "Moments", "materials": ["recycled 925 sterling silver"], "stones": [{"type": "cubic zirconia", "colour": "clear", "count": 2, "origin": "simulant"}], "colours": ["silver", "clear"], "metals": [{"base": "sterling silver", "fineness": "925"}], "measurements": [{"name": "stone diameter", "value": 5, "unit": "mm"}]}`)

// TestKindsMisc51Zirconium (#13, misc51): Polish "cyrkon" is also the
// element zirconium; after a word for oxide ("z tlenku cyrkonu",
// zirconium dioxide) it is what cubic zirconia is made of, not the zircon
// the example guide forbids. The pass rows blocked glossary.forbidden on
// main 7ff2e44a (probe 51D pl-PL 51D101-1 and -3); the gem's name still
// blocks.
func TestKindsMisc51Zirconium(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, "", pairRows(misc51CZ, false, [][2]string{
		{"pl-PL", "Cyrkonia sześcienna to kryształ wytwarzany w laboratorium z tlenku cyrkonu."},
		{"pl-PL", "Cyrkonię sześcienną wytwarza się z dwutlenku cyrkonu w bardzo wysokiej temperaturze."},
		{"pl-PL", "Tlenek cyrkonu topi się w temperaturze ponad 2700 stopni."},
	}))
	checkKindRows(t, svc, CatGlossary, pairRows(misc51CZ, true, [][2]string{
		{"pl-PL", "Kolczyki zdobią dwa lśniące cyrkony."},
		{"pl-PL", "Każdy kolczyk ma oczko z cyrkonu o średnicy 5 mm."},
	}))
}

package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// TestKindsDimensionCount24 (#13, dimcount24; blind 24's H24a03-0): a
// number that is a side of a dimension is a size, never a count of the
// stone after it. "鑲嵌一顆 12×10 公釐的橢圓蛋面太陽石" (one 12×10 mm oval
// cabochon sunstone) was blocked as ten sunstones (grounding.count): 公釐,
// Taiwan's millimetre, was no unit the vocabulary knew, so the last side
// "10" was read as a count. The side of a dimension written with a sign
// (12×10, 12 x 10, 12 × 10 × 6) is now a size whatever follows it, and
// 公釐 (zh), 粍 and 糎 (ja) are units of the measure check. Rows in the
// CJK locales with every unit spelling (毫米, 公釐, 公厘, 厘米, 公分, 釐米,
// mm, ミリ, ミリメートル, 粍, センチ, 밀리미터, 밀리, 센티미터, cm), pairs and
// triples, with and without spaces, no unit at all, and the same in
// alphabetic locales; the controls are counts said as counts ("十顆太陽石",
// "10 sunstones"), which still block.
func TestKindsDimensionCount24(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	ring := core.Product{SKU: "DC24", Name: "Heritage", Category: "ring", Collection: "Heritage",
		Materials: []string{"9k yellow gold"}, Metals: []core.Metal{{Base: "yellow gold", Fineness: "9k"}},
		Stones:  []core.Stone{{Type: "sunstone", Colour: "orange", Count: 1, Origin: core.OriginNatural}},
		Colours: []string{"gold", "orange"},
		Measurements: []core.Measurement{{Name: "face length", Value: 12, Unit: "mm"}, {Name: "face width", Value: 10, Unit: "mm"},
			{Name: "stone depth", Value: 6, Unit: "mm"}, {Name: "band width", Value: 2.5, Unit: "mm"}}}
	var rows []kindRow
	for _, x := range []struct{ locale, text string }{
		{"zh-TW", "戒面以平鑲方式鑲嵌一顆 12×10 公釐的橢圓蛋面太陽石，橘色閃光隨著手勢流動。"},
		{"zh-TW", "戒面鑲嵌一顆12×10公釐的橢圓蛋面太陽石。"},
		{"zh-TW", "戒面鑲嵌一顆 12 × 10 毫米的橢圓蛋面太陽石。"},
		{"zh-TW", "戒面鑲嵌一顆 12x10 公厘的橢圓蛋面太陽石。"},
		{"zh-TW", "戒面鑲嵌一顆 1.2×1 公分的橢圓蛋面太陽石。"},
		{"zh-TW", "戒面鑲嵌一顆 12×10×6 公釐的橢圓蛋面太陽石。"},
		{"zh-TW", "戒面鑲嵌一顆 12×10 的橢圓蛋面太陽石。"},
		{"zh-TW", "戒面鑲嵌一顆 12×10 mm 的橢圓蛋面太陽石，2.5 公釐的戒圈。"},
		{"zh-CN", "戒面镶嵌一颗 12×10 毫米的椭圆蛋面太阳石。"},
		{"zh-CN", "戒面镶嵌一颗12×10公釐的椭圆蛋面太阳石。"},
		{"zh-CN", "戒面镶嵌一颗 1.2×1.0 厘米的椭圆蛋面太阳石。"},
		{"zh-CN", "戒面镶嵌一颗 1.2 × 1 釐米的椭圆蛋面太阳石。"},
		{"zh-CN", "戒面镶嵌一颗12x10mm椭圆蛋面太阳石。"},
		{"zh-CN", "戒面镶嵌一颗 12 乘 10 毫米的椭圆蛋面太阳石。"},
		{"ja-JP", "12×10ミリのオーバルカボションのサンストーンを一石留めました。"},
		{"ja-JP", "12×10mmのオーバルサンストーンを一石留めました。"},
		{"ja-JP", "12×10ミリメートルのサンストーンを一石あしらいました。"},
		{"ja-JP", "12×10粍のサンストーンを一石あしらいました。"},
		{"ja-JP", "1.2×1センチのサンストーンを一石あしらいました。"},
		{"ja-JP", "12×10×6mmのサンストーンを一石あしらいました。"},
		{"ko-KR", "12×10 밀리미터 오벌 카보숑 선스톤 한 개를 세팅했습니다."},
		{"ko-KR", "12 x 10mm 오벌 선스톤 한 개를 세팅했습니다."},
		{"ko-KR", "12×10밀리 오벌 선스톤 한 개를 세팅했습니다."},
		{"ko-KR", "1.2×1 센티미터 오벌 선스톤 한 개를 세팅했습니다."},
		{"ko-KR", "12×10×6mm 선스톤 한 개를 세팅했습니다."},
		{"en-US", "One 12 x 10 mm oval cabochon sunstone is flush-set in the face."},
		{"en-US", "One 12×10 mm oval sunstone is flush-set in the face."},
		{"en-GB", "One 12 × 10 millimetre oval sunstone is flush-set in the face."},
		{"en-US", "One 12x10x6mm oval sunstone is flush-set in the face."},
		{"de-DE", "Ein 12 x 10 mm großer ovaler Sonnenstein im Cabochonschliff."},
		{"fr-FR", "Une pierre de soleil ovale de 12 × 10 mm sertie à fleur."},
		{"es-ES", "Una piedra sol oval de 12 x 10 mm engastada a ras."},
		{"it-IT", "Una pietra del sole ovale di 12×10 mm incastonata a filo."},
		{"nl-NL", "Een ovale zonnesteen van 12 x 10 mm, verzonken gezet."},
		{"pl-PL", "Owalny kamień słoneczny 12 × 10 mm osadzony na płasko."},
		{"tr-TR", "12 x 10 mm oval bir güneş taşı düz mıhlamayla yerleştirildi."},
		{"el-GR", "Ένας οβάλ ηλιόλιθος 12 x 10 mm σε χωνευτή δέση."},
		{"sv-SE", "En oval solsten på 12 x 10 mm, infälld i ytan."},
	} {
		rows = append(rows, kindRow{x.locale, x.text, ring, false})
	}
	checkKindRows(t, svc, "", rows)
	// Counts said as counts still count.
	checkKindRows(t, svc, CatGrounding, []kindRow{
		{"zh-TW", "戒面鑲嵌十顆太陽石。", ring, true},
		{"zh-CN", "戒面镶嵌10颗太阳石。", ring, true},
		{"zh-TW", "戒面鑲嵌 10 顆太陽石。", ring, true},
		{"ja-JP", "サンストーンを10石留めました。", ring, true},
		{"ko-KR", "선스톤 10개를 세팅했습니다.", ring, true},
		{"en-US", "Set with 10 oval sunstones.", ring, true},
		{"de-DE", "10 Sonnensteine schmücken den Ring.", ring, true},
		{"fr-FR", "Sertie de 10 pierres de soleil.", ring, true},
	})
}

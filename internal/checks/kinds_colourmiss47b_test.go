package checks

import "testing"

// TestKindsColourMiss47B (#13, colourmiss47b): a wrong colour said of the
// piece's own stone gave no finding where colourmiss47 read no copula: zh
// 呈 (shows as) and 为/為 (is, written style) before the colour
// (蓝宝石呈深黄色, a new pack list colour_copulas read by copulaStone
// alone), and ja colours written with 色 (青色, 緑色, 紫色, 赤色, 黒色,
// オレンジ色), which were no colour form, so このサファイアは青色です named
// no colour at all; ar the nominal sentence with no copula, an indefinite
// colour ending its clause after a definite word, a definite stone of the
// piece before it ("الياقوت في هذا الخاتم أصفر", nominalPredicateStone). The right colour said the same way and a species'
// usual colour set against the piece's pass.
func TestKindsColourMiss47B(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	pk := colour47Pink
	checkKindRows(t, svc, "grounding", []kindRow{
		// bad twins
		{"ja-JP", "このサファイアは青色です。", pk, true},
		{"ja-JP", "サファイアは青色です。", pk, true},
		{"ja-JP", "このリングのサファイアは青色です。", pk, true},
		{"ja-JP", "このサファイアは黄色です。", pk, true},
		{"ja-JP", "このサファイアは緑色です。", pk, true},
		{"ja-JP", "このサファイアは紫色です。", pk, true},
		{"ja-JP", "このサファイアは赤色です。", pk, true},
		{"ja-JP", "このサファイアは黒色です。", pk, true},
		{"ja-JP", "このサファイアはオレンジ色です。", pk, true},
		{"ja-JP", "サファイアは通常ピンクですが、このサファイアは青色です。", pk, true},
		{"zh-CN", "蓝宝石呈深黄色。", pk, true},
		{"zh-CN", "这枚戒指的蓝宝石呈黄色。", pk, true},
		{"zh-TW", "這枚戒指的藍寶石呈黃色。", pk, true},
		{"zh-CN", "这枚戒指的蓝宝石呈现蓝色。", pk, true},
		{"zh-CN", "这枚戒指的蓝宝石为黄色。", pk, true},
		{"zh-TW", "這枚戒指的藍寶石為黃色。", pk, true},
		{"zh-CN", "蓝宝石是黄色的。", pk, true},
		{"ar-AE", "الياقوت في هذا الخاتم أصفر.", pk, true},
		{"ar-AE", "الياقوت في خاتمنا أخضر.", pk, true},
		{"ar-AE", "الياقوت في هذا الخاتم أزرق، وهو مرصع بالذهب الأبيض.", pk, true},
		// clean twins: the right colour said the same way, the species'
		// usual colour set against the piece's
		{"ja-JP", "このサファイアはピンク色です。", pk, false},
		{"ja-JP", "このサファイアはピンクです。", pk, false},
		{"ja-JP", "サファイアは通常青色ですが、このサファイアはピンクです。", pk, false},
		{"zh-CN", "蓝宝石呈粉色。", pk, false},
		{"zh-CN", "这枚戒指的蓝宝石呈粉色。", pk, false},
		{"zh-TW", "這枚戒指的藍寶石呈粉色。", pk, false},
		{"zh-CN", "这枚戒指的蓝宝石为粉色。", pk, false},
		{"zh-TW", "這枚戒指的藍寶石為粉色。", pk, false},
		{"zh-CN", "这枚戒指的蓝宝石呈现柔和的粉色。", pk, false},
		{"zh-CN", "蓝宝石通常呈蓝色，这枚是粉色的。", pk, false},
		{"ar-AE", "الياقوت في هذا الخاتم وردي.", pk, false},
		{"ar-AE", "الياقوت وردي.", pk, false},
		{"ar-AE", "عادةً ما يكون الياقوت أزرق، لكن هذا وردي.", pk, false},
		{"ar-AE", "خاتم بالياقوت الوردي من ذهب أبيض.", pk, false},
		{"ar-AE", "الياقوت الوردي مرصع في الذهب الأبيض.", pk, false},
		{"ar-AE", "يتألق الياقوت الوردي مع فستان أصفر.", pk, false},
	})
}

// TestKindsColourMiss47BOpen (#13, colourmiss47b): rows not reached. ar
// "الياقوت أزرق" with the stone alone as subject (no finding at all), ar
// "لكن هذا أزرق" (the demonstrative's stone in another clause); sv/da/nb
// definite forms of the stone ("Safiren"), no stone of the packs.
func TestKindsColourMiss47BOpen(t *testing.T) {
	t.Skip("colourmiss47b: open rows, see the doc comment")
	svc := checkService(t)
	pk := colour47Pink
	checkKindRows(t, svc, "grounding", []kindRow{
		{"ar-AE", "عادةً ما يكون الياقوت ورديًا، لكن هذا أزرق.", pk, true},
		{"sv-SE", "Safiren i den här ringen är gul.", pk, true},
		{"sv-SE", "Safiren är gul.", pk, true},
		{"da-DK", "Safiren i denne ring er gul.", pk, true},
		{"nb-NO", "Safiren i denne ringen er gul.", pk, true},
	})
}

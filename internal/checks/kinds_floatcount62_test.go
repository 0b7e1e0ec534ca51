package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// A count that floats after its noun and particle (#13, floatcount62;
// held-out 62B ja-JP 62B03-3 "天然真珠を2粒あしらいました" on one quahog
// pearl): Japanese and Korean may place the number and its counter after
// the stone and its case particle ("noun を/が/は + number + counter", a
// floating quantifier): 真珠を2粒, 진주를 2알, 다이아몬드가 3개. That count is
// the stone's and is compared with the stone group's. The pearl's own
// word ended in a bead noun (真珠, 珍珠 end in 珠), which the count reader
// took for a bead noun between the stone and the number (grounding
// bead.go beadBeforeNumber), so the count reached no stone.

// float62Pearl is a necklace of n natural quahog pearls.
func float62Pearl(n int) core.Product {
	return core.Product{SKU: "F62P", Name: "クアホッグパール ネックレス", Category: "necklace", Collection: "Timeless",
		Metals:  []core.Metal{{Base: "yellow gold", Fineness: "18k"}},
		Stones:  []core.Stone{{Type: "quahog pearl", Colour: "purple", Count: n, Origin: "natural"}},
		Colours: []string{"gold", "purple"}}
}

// float62Diamonds is a ring of n white diamonds.
func float62Diamonds(n int) core.Product {
	return core.Product{SKU: "F62D", Name: "Ring", Category: "ring",
		Metals:  []core.Metal{{Base: "white gold", Fineness: "18k"}},
		Stones:  []core.Stone{{Type: "diamond", Colour: "white", Count: n, Origin: "natural"}},
		Colours: []string{"white", "silver"}}
}

// float62PearlTwo are texts giving two pearls after the noun and its
// particle (or none), the pearl's word ending in 珠 (each failed on main).
var float62PearlTwo = [][2]string{
	{"ja-JP", "北米大西洋岸の二枚貝クアホッグからまれに見つかる天然真珠を2粒あしらいました。"},
	{"ja-JP", "天然真珠を2粒あしらいました。"},
	{"ja-JP", "天然の真珠を二粒あしらったネックレスです。"},
	{"ja-JP", "真珠は2粒です。"},
	{"zh-CN", "镶嵌天然珍珠2颗。"},
	{"zh-TW", "鑲嵌天然珍珠2顆。"},
}

// float62PearlTwoHeld are the same order main already read: a pearl word
// with no bead noun in it (パール, 진주).
var float62PearlTwoHeld = [][2]string{
	{"ja-JP", "クアホッグパールが2粒揺れます。"},
	{"ko-KR", "천연 진주 두 알을 달았습니다."},
	{"ko-KR", "천연 진주를 2알 세팅했습니다."},
	{"ko-KR", "진주가 2알 달려 있습니다."},
}

// float62DiamondThree are texts giving three diamonds after the noun and
// particle (main read them).
var float62DiamondThree = [][2]string{
	{"ja-JP", "天然ダイヤモンドを3石留めました。"},
	{"ja-JP", "ダイヤモンドは3個です。"},
	{"ko-KR", "다이아몬드 3개가 빛납니다."},
	{"ko-KR", "천연 다이아몬드를 3개 세팅했습니다."},
}

// TestKindsFloatCount62: a wrong count after a pearl word that ends in a
// bead noun blocks (each row passed on main).
func TestKindsFloatCount62(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, CatGrounding, pairRows(float62Pearl(1), true, float62PearlTwo))
}

// TestKindsFloatCount62Bad: wrong counts in the same order with other
// stone words still block.
func TestKindsFloatCount62Bad(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	var rows []kindRow
	rows = append(rows, pairRows(float62Pearl(1), true, float62PearlTwoHeld)...)
	rows = append(rows, pairRows(float62Pearl(3), true, float62PearlTwo, float62PearlTwoHeld)...)
	rows = append(rows, pairRows(float62Diamonds(1), true, float62DiamondThree)...)
	checkKindRows(t, svc, CatGrounding, rows)
}

// TestKindsFloatCount62Ok: true counts and counts of other things pass.
func TestKindsFloatCount62Ok(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	var rows []kindRow
	rows = append(rows, pairRows(float62Pearl(2), false, float62PearlTwo, float62PearlTwoHeld)...)
	rows = append(rows, pairRows(float62Diamonds(3), false, float62DiamondThree)...)
	rows = append(rows, []kindRow{
		{"ja-JP", "天然真珠を1粒あしらい、K18のチェーンを2本重ねました。", float62Pearl(1), false},
		{"ja-JP", "天然真珠を1粒あしらいました。", float62Pearl(1), false},
		{"ko-KR", "천연 진주 한 알을 달았습니다.", float62Pearl(1), false},
		{"ko-KR", "천연 진주를 1알 달고 체인을 2개 겹쳤습니다.", float62Pearl(1), false},
		{"ja-JP", "チェーンを2本重ねた真珠のネックレスです。", float62Pearl(1), false},
		{"zh-CN", "镶嵌天然珍珠1颗，配两条链子。", float62Pearl(1), false},
	}...)
	checkKindRows(t, svc, CatGrounding, rows)
}

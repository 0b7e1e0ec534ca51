package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// A nickel disclosure in an inflected negated verb (#13, nickel_tr19;
// released20b tr-TR H20b04-2): "Nikel içermezler" (they contain no nickel)
// on 18k green gold earrings with a "nickel-free" feature blocked
// grounding.material: the negators after the material knew "içermez", not
// its plural, progressive or formal forms, nor the same disclosure in the
// plain or polite negative of the other verb-final languages. The metal
// stated is still a wrong material.
func TestKindsNickelTr19(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	ear := core.Product{SKU: "N19", Name: "Leaf Drop Earrings", Category: "earrings",
		Materials: []string{"18k green gold"}, Metals: []core.Metal{{Base: "green gold", Fineness: "18k"}},
		Colours: []string{"green gold"}, Features: []string{"nickel-free", "hook fastening"}}
	checkKindRows(t, svc, "grounding", []kindRow{
		{"tr-TR", "Nikel içermezler ve o kadar hafifler ki takılı olduklarını unutursunuz.", ear, false},
		{"tr-TR", "Küpeler nikel içermiyor.", ear, false},
		{"tr-TR", "Küpeler nikel içermiyorlar.", ear, false},
		{"tr-TR", "Bu küpeler nikel içermemektedir.", ear, false},
		{"tr-TR", "Alaşım nikel barındırmaz.", ear, false},
		{"tr-TR", "Alaşımda nikel bulunmaz.", ear, false},
		{"tr-TR", "Alaşımda nikel bulunmamaktadır.", ear, false},
		{"tr-TR", "Alaşımda nikel yoktur.", ear, false},
		{"ja-JP", "ニッケルを含まないので安心です。", ear, false},
		{"ja-JP", "ニッケルは使用していません。", ear, false},
		{"ko-KR", "니켈을 함유하지 않아 편안합니다.", ear, false},
		{"ko-KR", "니켈이 들어 있지 않습니다.", ear, false},
		{"zh-CN", "这对耳环不含镍。", ear, false},
		// still blocks: the metal stated
		{"tr-TR", "Küpeler nikelden yapılmıştır.", ear, true},
		{"tr-TR", "Nikel küpeler, yaprak desenli.", ear, true},
		{"ja-JP", "ニッケル製のピアスです。", ear, true},
	})
}

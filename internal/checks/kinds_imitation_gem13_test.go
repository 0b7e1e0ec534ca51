package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// A simulant disclosed as an imitation gem (#13, the thirteenth session,
// found by probing fresh copy for the thirteenth set's crystal nose stud):
// "a clear crystal, a simulated gemstone", zh 水晶（仿宝石）, fr "imitation
// de pierre précieuse" are the disclosure the FTC Jewelry Guides ask of an
// imitation (16 CFR 23.25(e): "imitation", "simulated"), yet the gem word
// blocked as regulatory.simulant_gem. A gem word beside an imitation word
// of its language passes; a simulant called a gem or precious stone
// without one still blocks.
func TestKindsImitationGem13(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	stud := core.Product{SKU: "H13N", Name: "Crystal Nose Stud", Category: "nose stud", Collection: "Essence",
		Materials: []string{"316L surgical steel", "crystal"}, Metals: []core.Metal{{Base: "316L surgical steel"}},
		Stones: []core.Stone{{Type: "crystal", Colour: "clear", Count: 1, Origin: core.OriginSimulant}}, Colours: []string{"silver"}}
	for _, r := range []struct {
		locale, text string
		block        bool
	}{
		{"en-US", "A steel nose stud topped with a clear crystal, a simulated gemstone.", false},
		{"en-GB", "A steel nose stud with a clear crystal (an imitation gemstone).", false},
		{"en-GB", "A steel nose stud with a clear crystal, a faux gem.", false},
		{"zh-CN", "鼻钉顶端镶一颗透明水晶（仿宝石）。", false},
		{"zh-CN", "鼻钉顶端镶一颗透明水晶（仿制宝石）。", false},
		{"zh-TW", "鼻釘頂端鑲一顆透明水晶（仿寶石）。", false},
		{"ja-JP", "クリアクリスタル（イミテーション宝石）付きの鼻ピアス。", false},
		{"ko-KR", "투명 크리스탈(모조 보석)을 얹은 코 피어싱입니다.", false},
		{"fr-FR", "Un piercing orné d'un cristal clair (imitation de pierre précieuse).", false},
		{"de-DE", "Ein Nasenstecker mit einem klaren Kristall, einem imitierten Edelstein.", false},
		{"es-ES", "Un piercing con un cristal transparente, una imitación de piedra preciosa.", false},
		{"pt-PT", "Um piercing com um cristal transparente, uma imitação de pedra preciosa.", false},
		{"nl-NL", "Een neuspiercing met een heldere kristal, een imitatie-edelsteen.", false},
		{"pl-PL", "Kolczyk z przezroczystym kryształem, imitacją kamienia szlachetnego.", false},
		{"sv-SE", "En näspiercing med en klar kristall, en imiterad ädelsten.", false},
		{"tr-TR", "Şeffaf kristal taşlı burun piercingi (imitasyon değerli taş).", false},
		{"it-IT", "Un piercing con un cristallo trasparente, una gemma d'imitazione.", false},
		{"en-US", "A steel nose stud topped with a clear crystal, a precious gemstone.", true},
		{"en-US", "A simulated look, and a real gemstone on top.", true},
		{"zh-CN", "鼻钉顶端镶一颗透明宝石。", true},
		{"de-DE", "Ein Nasenstecker mit einem klaren Edelstein.", true},
		{"fr-FR", "Un piercing orné d'une pierre précieuse éclatante.", true},
		{"ko-KR", "빛나는 보석을 얹은 코 피어싱입니다.", true},
	} {
		blocked, fs := blockedIn(t, svc, CatRegulatory, stud, r.locale, r.text)
		if blocked != r.block {
			t.Errorf("%s %q: blocked %v, want %v: %+v", r.locale, r.text, blocked, r.block, fs)
		}
	}
}

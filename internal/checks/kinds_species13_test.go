package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// A gem named by its species or group (#13, the thirteenth session, found
// by probing fresh copy for the thirteenth set's products): jadeite and
// nephrite are the two jades, amethyst, citrine and smoky and rose quartz
// are quartz, onyx, agate and carnelian are chalcedony, tsavorite is a
// garnet (CIBJO Gemstone Book; GIA gem encyclopedia). "Natural green jade,
// untreated Type A jadeite" on a jadeite bangle and "amethyst is a purple
// quartz" on amethyst earrings were blocked as another stone. The group word
// is true of its members only: jade on an emerald, quartz on an onyx and
// chalcedony on an amethyst still block.
func TestKindsSpecies13(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	stone := func(typ, colour string) core.Product {
		return core.Product{SKU: "H13S", Name: "Piece", Category: "bangle", Collection: "Timeless",
			Materials: []string{typ}, Stones: []core.Stone{{Type: typ, Colour: colour, Count: 1, Origin: "natural"}},
			Colours: []string{colour}}
	}
	for _, r := range []struct {
		locale string
		p      core.Product
		text   string
		block  bool
	}{
		{"en-US", stone("jadeite", "green"), "Carved from natural green jade, untreated Type A jadeite.", false},
		{"en-GB", stone("nephrite", "green"), "A bangle of polished green nephrite jade.", false},
		{"fr-FR", stone("jadeite", "green"), "Jonc en jade vert naturel, poli à la main.", false},
		{"es-ES", stone("jadeite", "green"), "Brazalete de jade verde natural, pulido a mano.", false},
		{"de-DE", stone("jadeite", "green"), "Armreif aus natürlicher grüner Jade, poliert.", false},
		{"zh-CN", stone("jadeite", "green"), "这款手镯由天然绿色翡翠制成。", false},
		{"zh-TW", stone("jadeite", "green"), "這款手鐲由天然綠色翡翠製成。", false},
		{"ja-JP", stone("jadeite", "green"), "天然のグリーン翡翠のバングルです。", false},
		{"ko-KR", stone("jadeite", "green"), "천연 녹색 비취로 만든 뱅글입니다.", false},
		{"en-US", stone("amethyst", "purple"), "Amethyst is a purple quartz, and this one is a deep violet.", false},
		{"de-DE", stone("amethyst", "purple"), "Amethyst ist ein violetter Quarz von tiefer Farbe.", false},
		{"en-US", stone("citrine", "yellow"), "Citrine, the golden-yellow quartz, in a bezel.", false},
		{"en-US", stone("onyx", "black"), "Black onyx, a banded chalcedony dyed to an even black.", false},
		{"es-ES", stone("onyx", "black"), "Ónix negro, una calcedonia teñida de negro uniforme.", false},
		{"en-GB", stone("tsavorite", "green"), "Tsavorite, the green garnet of Kenya, in a bezel.", false},
		{"en-US", stone("emerald", "green"), "Carved from natural green jade, polished by hand.", true},
		{"en-US", stone("onyx", "black"), "Black onyx, a quartz dyed to an even black.", true},
		{"en-US", stone("amethyst", "purple"), "Amethyst, a purple chalcedony, in a bezel.", true},
		{"de-DE", stone("emerald", "green"), "Armreif aus natürlicher grüner Jade, poliert.", true},
		{"en-GB", stone("nephrite", "green"), "A bangle of untreated Type A jadeite.", true},
		{"fr-FR", stone("jadeite", "green"), "Un jonc en néphrite verte, poli à la main.", true},
		{"ja-JP", stone("nephrite", "green"), "硬玉のバングルです。", true},
	} {
		blocked, fs := groundingBlocked(t, svc, r.p, r.locale, r.text)
		if blocked != r.block {
			t.Errorf("%s %s %q: blocked %v, want %v: %+v", r.locale, r.p.Stones[0].Type, r.text, blocked, r.block, fs)
		}
	}
}

// Korean 금이 가다 (a crack forms; 금 here is a crack, not gold) in care
// advice on a piece without gold: "강한 충격에 금이 갈 수 있으니" was blocked
// as gold. Gold named as the piece's metal still blocks.
func TestKindsKoreanCrack13(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	jade := core.Product{SKU: "H13K", Name: "Jadeite Bangle", Category: "bangle", Collection: "Timeless",
		Materials: []string{"jadeite"}, Stones: []core.Stone{{Type: "jadeite", Colour: "green", Count: 1, Origin: "natural"}}, Colours: []string{"green"}}
	for _, r := range []struct {
		text  string
		block bool
	}{
		{"강한 충격에 금이 갈 수 있으니 운동 전에는 빼 두세요.", false},
		{"떨어뜨리면 금이 가거나 깨질 수 있습니다.", false},
		{"금이 간 경우 착용을 멈추세요.", false},
		{"이 뱅글은 금으로 만들었습니다.", true},
		{"금이 들어간 뱅글입니다.", true},
	} {
		blocked, fs := groundingBlocked(t, svc, jade, "ko-KR", r.text)
		if blocked != r.block {
			t.Errorf("%q: blocked %v, want %v: %+v", r.text, blocked, r.block, fs)
		}
	}
}

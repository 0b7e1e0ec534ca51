package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// Labradorescence named in Chinese after the stone it is seen in (拉長石暈彩)
// is the effect, not labradorite (#13, labradorescence24; the
// rare-material probe dev-probe25a zh-TW P25a04, a larvikite bracelet,
// was blocked grounding.stone "拉長石"). Labradorite said of the piece still
// blocks.
func TestKindsLabradorescence24(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	bracelet := core.Product{SKU: "K24B", Name: "Larvik", Category: "bracelet", Collection: "Essence",
		Materials: []string{"larvikite", "elastic cord"},
		Stones:    []core.Stone{{Type: "larvikite", Colour: "grey", Count: 21, Origin: "natural"}}}
	pass := func(loc, text string) kindRow { return kindRow{loc, text, bracelet, false} }
	block := func(loc, text string) kindRow { return kindRow{loc, text, bracelet, true} }
	checkKindRows(t, svc, "grounding", []kindRow{
		pass("zh-TW", "光線掠過灰色石面時會閃現藍光，稱為拉長石暈彩。"),
		pass("zh-CN", "光线掠过灰色石面时会闪现蓝光，称为拉长石晕彩。"),
		block("zh-TW", "這條手鍊以21顆拉長石串成。"),
		block("zh-CN", "这条手链由21颗拉长石串成。"),
	})
}

package offline

import (
	"encoding/json"
	"testing"

	copydesk "github.com/copydesk/copydesk"
	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/styleguide"
)

func TestQuickPack(t *testing.T) {
	var in core.LaunchInput
	json.Unmarshal(copydesk.SampleLaunch, &in)
	g, _ := styleguide.Parse(copydesk.ExampleStyleGuide)
	for _, l := range []string{"ja-JP", "zh-TW", "ko-KR", "pl-PL", "ar-AE", "pt-PT"} {
		for _, ch := range []string{"pdp", "social"} {
			t.Logf("%s %s: %s", l, ch, Write(core.GenerateRequest{Product: in.Products[1], Locale: l, Channel: ch, Guide: g, Attempt: 1}))
		}
	}
}

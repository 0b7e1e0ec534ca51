package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/grounding"
)

// A Japanese relative clause qualifies the stone after it however many
// kana endings it has (issue #13, seen by fbB: "ラボで育成されたダイヤモンド",
// diamonds grown in a lab, blocked as unqualified: the segmenter makes で,
// さ, れ, た tokens, which put ラボ six tokens back). The window counts
// content words; a case or topic particle ends it, so a clause that
// qualifies another noun ("…サファイアを囲むダイヤモンド") does not reach
// the diamond.
func TestKindsJapaneseRelativeQualifier(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	runKinds(t, c, guide(t), []kindTable{
		{"a lab-grown diamond qualified by a relative clause", m7LabRing, "", []lt{
			{"ja-JP", "リングにはラボで育成されたダイヤモンドを3石あしらいました。"},
			{"ja-JP", "研究所で作られたダイヤモンドが3石輝きます。"},
		}},
		{"a lab-grown diamond the clause does not reach", m7LabRing, CatRegulatory, []lt{
			{"ja-JP", "リングにはダイヤモンドを3石あしらいました。"},
			{"ja-JP", "ラボの技術を使ったリングにダイヤモンドを3石あしらいました。"},
		}},
	})
}

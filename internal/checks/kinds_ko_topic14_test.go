package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// A Korean particle right after a closing bracket or quote belongs to the
// word before it (#13, the fourteenth session's kotopic14, probe 14e): ko
// "Signature 컬렉션 타이 클립(넥타이핀)은 브러시드 스테인리스 스틸에" on a steel tie
// bar blocked grounding.material and regulatory.plating "은": the topic
// particle 은 split off by the bracket was read as 은, silver. The
// tokeniser drops a particle glued to a closing bracket or quote (not to
// an opening one, nor one standing after a space); 은 said as a word
// still blocks.
func TestKindsKoTopic14(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	bar := core.Product{SKU: "H14T", Name: "Enamel Tie Bar", Category: "tie bar", Collection: "Signature",
		Materials: []string{"stainless steel", "enamel"}, Metals: []core.Metal{{Base: "stainless steel"}},
		Colours: []string{"steel grey", "black"}}
	for _, r := range []struct {
		locale, text string
		block        bool
	}{
		{"ko-KR", "Signature 컬렉션 타이 클립(넥타이핀)은 브러시드 스테인리스 스틸에 블랙 에나멜 라인을 넣었습니다.", false},
		{"ko-KR", "타이 바(Tie Bar)은 스테인리스 스틸로 만들었습니다.", false},
		{"ko-KR", "「Enamel Tie Bar」은 스테인리스 스틸에 에나멜을 더했습니다.", false},
		{"ko-KR", "『Signature』 타이 바의 소재(스테인리스 스틸)은 녹에 강합니다.", false},
		{"ko-KR", "“Enamel Tie Bar”은 브러시드 스테인리스 스틸 소재입니다.", false},
		{"ko-KR", "'Enamel Tie Bar'은 브러시드 스테인리스 스틸 소재입니다.", false},
		{"ko-KR", "《Enamel Tie Bar》은 스테인리스 스틸입니다.", false},
		{"ko-KR", "넥타이핀(길이 55mm)은 스테인리스 스틸로 만들었습니다.", false},
		{"ko-KR", "타이 클립（넥타이핀）은 스테인리스 스틸입니다.", false},
		{"ko-KR", "타이 클립(넥타이핀)는 스테인리스 스틸이며 블랙 에나멜(에나멜)을 넣었습니다.", false},
		{"ja-JP", "タイバー（ネクタイピン）はステンレススチール製です。", false},
		// 은 said as a word still blocks
		{"ko-KR", "타이 클립(넥타이핀) 은 소재로 만들었습니다.", true},
		{"ko-KR", "타이 클립(넥타이핀)은 은으로 만들었습니다.", true},
		{"ko-KR", "'은' 소재의 타이 클립입니다.", true},
		{"ko-KR", "타이 클립(은)입니다.", true},
		{"ko-KR", "「은」으로 만든 타이 클립입니다.", true},
		{"ko-KR", "이 타이 클립은 은 소재입니다.", true},
		{"ko-KR", "금·은 타이 클립입니다.", true},
	} {
		blocked, fs := blockedIn(t, svc, "", bar, r.locale, r.text)
		if blocked != r.block {
			t.Errorf("%s %q: blocked %v, want %v: %+v", r.locale, r.text, blocked, r.block, fs)
		}
	}
}

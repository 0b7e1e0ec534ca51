package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/grounding"
)

// competitorScripts are, per locale, sentences naming a guide competitor
// in a script other than Latin (the locale's own, or Cyrillic and Greek
// in Latin-script copy), which must block as competitor, and the
// locale's ordinary copy full of loanwords, which must not.
var competitorScripts = map[string]struct{ named, ok []string }{
	"ja-JP": {[]string{"スワロフスキーにも負けない輝きです。", "ケンドラ・スコットのようなデザインです。"},
		[]string{"スターリングシルバーのペンダントは、45センチのチェーンでお届けします。", "キュービックジルコニアがきらめくデザインです。", "ゴールドのピアスとも好相性です。", "パールグレーのニットにもよく合います。"}},
	"ko-KR": {[]string{"스와로브스키 못지않게 반짝입니다.", "스와로브스키처럼 반짝입니다."},
		[]string{"스털링 실버 펜던트는 데일리 스타일에 잘 어울립니다.", "큐빅 지르코니아가 반짝이는 디자인입니다."}},
	"el-GR": {[]string{"Λάμπει σαν κρύσταλλο Σβαρόφσκι."},
		[]string{"Το μενταγιόν από ασήμι στερλίνας κρέμεται από αλυσίδα 45 εκατοστών.", "Το μενταγιόν λάμπει με κυβικές ζιρκόνιες."}},
	"ar-AE": {[]string{"يلمع مثل كريستال سواروفسكي.", "يلمع مثل كريستال بسواروفسكي."},
		[]string{"قلادة من الفضة الإسترلينية بسلسلة طولها 45 سم.", "تتألق بأحجار الزركونيا المكعبة.", "هذه القلادة مناسبة لكل يوم."}},
	"zh-CN": {[]string{"光芒不输施华洛世奇。", "优雅如蒂芙尼。"}, []string{"这款纯银吊坠搭配45厘米的链子。"}},
	"zh-TW": {[]string{"光芒不輸施華洛世奇。", "設計令人想起卡地亞。"}, []string{"這款純銀墜飾搭配45公分的鍊子。"}},
	"en-GB": {[]string{"It shines like Сваровски crystal."}, nil},
	"de-DE": {[]string{"Er funkelt wie ein Kristall von Σβαρόφσκι."}, nil},
	"tr-TR": {[]string{"Сваровски kristalleri kadar parlak."}, nil},
}

// TestKindsCompetitorScripts: a competitor transliterated into katakana,
// Hangul, Greek, Arabic or Cyrillic, or named by its Chinese name, blocks
// as competitor; ordinary copy of those scripts does not.
func TestKindsCompetitorScripts(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	var tables []kindTable
	for loc, x := range competitorScripts {
		for _, s := range x.named {
			tables = append(tables, kindTable{"competitor in another script " + loc, czPendant, CatCompetitor, []lt{{loc, s}}})
		}
		for _, s := range x.ok {
			tables = append(tables, kindTable{"loanwords, no competitor " + loc, czPendant, "", []lt{{loc, s}}})
		}
	}
	runKinds(t, c, guide(t), tables)
}

// TestSkeleton: the sound skeletons of a Latin name and of its spellings
// in other scripts agree.
func TestSkeleton(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ text, want string }{
		{"swarovski", "SBRBSK"}, {"スワロフスキー", "SBRBSK"}, {"스와로브스키", "SBRBSK"}, {"Сваровски", "SBRBSK"},
		{"Σβαρόφσκι", "SBRBSK"}, {"سواروفسكي", "SBRBSK"}, {"tiffany", "TBN"}, {"ティファニー", "TBN"}, {"티파니", "TBN"},
		{"bulgari", "BLKR"}, {"ブルガリ", "BRKR"}, {"Булгари", "BLKR"}, {"thomassabo", "TMSB"}, {"トーマス・サボ", "TMSB"},
	} {
		got := ""
		scriptRuns(tc.text, func(s, e int, sk string, merged bool) {
			if s == 0 && e == len(tc.text) {
				got = sk
			}
		})
		if tc.text[0] < 0x80 {
			got = skeleton(tc.text, false)
		}
		if got != tc.want {
			t.Errorf("%s: skeleton %q, want %q", tc.text, got, tc.want)
		}
	}
}

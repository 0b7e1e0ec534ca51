package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/grounding"
)

// TestKoreanLengthComparable (issue #13, the length rule): Korean was
// counted in spaced words (eojeol), each a noun or verb with its
// particles and endings glued on, about 0.6 of an English word count for
// the same copy, so a pdp description as long as a 50-word English one
// (34 eojeol, 104 syllables) was blocked under the 40-word minimum. Korean
// now counts characters, as Japanese and Chinese do, with the channel's
// word limits converted (ko-KR pack, length.chars_per_word). Copy far too
// short or far too long still blocks, in Korean as in the other languages.
func TestKoreanLengthComparable(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	g := guide(t)
	lengthBlock := func(locale, text string) bool {
		fs := c.Check(core.CheckInput{Product: silverNecklace, Locale: locale, Channel: "pdp", Text: text, Guide: g})
		for _, f := range fs {
			if f.Category == CatLength && f.Severity == core.SeverityBlock {
				return true
			}
		}
		return false
	}
	fair := []lt{
		{"en-GB", "The Bar necklace is a delicate bar pendant made of 925 sterling silver. Its smoothly finished surface glows softly, and it is light enough to wear comfortably all day. Style it every day with a crisp shirt or a soft knit. It also makes a lovely gift for someone special in your life."},
		{"ko-KR", "Bar 목걸이는 925 스털링 실버로 만든 섬세한 바 펜던트 목걸이입니다. 매끄럽게 다듬은 표면이 은은하게 빛나며, 가벼워서 하루 종일 편안하게 착용할 수 있습니다. 셔츠나 니트와 함께 데일리로 연출해 보세요. 소중한 사람을 위한 선물로도 좋습니다."},
		{"ko-KR", "925 스털링 실버로 완성한 Bar 목걸이는 가느다란 체인에 작은 바 펜던트가 달려 있습니다. 목선을 따라 자연스럽게 떨어지는 디자인이라 단독으로도, 다른 목걸이와 레이어드해도 잘 어울립니다. 부드러운 천으로 닦아 보관하면 오래도록 광택을 유지할 수 있습니다."},
		{"ja-JP", "Barネックレスは925スターリングシルバーで仕立てた繊細なバーペンダントです。なめらかに磨いた表面がやわらかく輝き、軽いので一日中快適に着けられます。シャツやニットに合わせて毎日のコーディネートにどうぞ。大切な方への贈り物にもおすすめです。"},
	}
	short := []lt{
		{"en-GB", "A delicate sterling silver bar necklace for every day."},
		{"ko-KR", "매일 착용하기 좋은 섬세한 스털링 실버 바 목걸이입니다."},
		{"ko-KR", "스털링 실버 바 목걸이. 데일리로 착용하세요. 선물로도 좋습니다."},
	}
	for _, x := range fair {
		if lengthBlock(x.locale, x.text) {
			t.Errorf("%s %q: blocked as length", x.locale, x.text)
		}
	}
	for _, x := range short {
		if !lengthBlock(x.locale, x.text) {
			t.Errorf("%s %q: not blocked as too short", x.locale, x.text)
		}
	}
	// Far too long: four times a fair copy.
	for _, x := range fair {
		long := x.text + " " + x.text + " " + x.text + " " + x.text
		if !lengthBlock(x.locale, long) {
			t.Errorf("%s: four fair copies in one not blocked as too long", x.locale)
		}
	}
}

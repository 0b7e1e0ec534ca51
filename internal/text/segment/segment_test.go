package segment

import (
	"strings"
	"sync"
	"testing"
)

func words(lang, s string) []string {
	var out []string
	For(lang).Each(s, func(w textWord) bool { out = append(out, w.Text); return true })
	return out
}

func TestDictionaryWords(t *testing.T) {
	t.Parallel()
	tests := []struct {
		lang, text string
		want       string // words joined by "|"
	}{
		// Kagome splits what UAX #29 leaves as one run of kana and kanji.
		{"ja", "14Kゴールドメッキを施したスターリングシルバーのリングです。", "14K|ゴールド|メッキ|を|施し|た|スターリング|シルバー|の|リング|です"},
		{"ja", "料金は金曜日にお支払いください。", "料金|は|金曜日|に|お|支払い|ください"},
		{"ja", "金属アレルギーの方にも安心です。", "金属|アレルギー|の|方|に|も|安心|です"},
		{"zh-CN", "这款戒指为14K镀金925银。", "这款|戒指|为|14K|镀金|925|银"},
		{"zh", "不会过敏，适合敏感肌肤。", "不会|过敏|适合|敏感|肌肤"},
		{"zh-TW", "這款戒指為14K鍍金925銀，永不褪色。", "這款|戒指|為|14K|鍍金|925|銀|永不|褪色"},
		// Other languages keep UAX #29 alone.
		{"fr", "Une bague plaquée or.", "Une|bague|plaquée|or"},
	}
	for _, tt := range tests {
		if got := strings.Join(words(tt.lang, tt.text), "|"); got != tt.want {
			t.Errorf("%s %q:\n got  %s\n want %s", tt.lang, tt.text, got, tt.want)
		}
	}
}

func TestWordSpansAreRunes(t *testing.T) {
	t.Parallel()
	s := "金属アレルギーの方にも安心です。"
	rs := []rune(s)
	For("ja").Each(s, func(w textWord) bool {
		if string(rs[w.Start:w.End]) != w.Text {
			t.Errorf("span %d-%d is %q, word %q", w.Start, w.End, string(rs[w.Start:w.End]), w.Text)
		}
		return true
	})
}

func TestCountsWordsOfJapanese(t *testing.T) {
	t.Parallel()
	// UAX #29 alone counts each kanji as a word and a kana run as one.
	c := For("ja").Count("金属アレルギーの方にも安心です。")
	if c.Words != 8 {
		t.Errorf("Words = %d, want 8", c.Words)
	}
	if !c.CountsByChars() {
		t.Error("Japanese counts by characters")
	}
}

func TestConcurrentUse(t *testing.T) {
	t.Parallel()
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if n := len(words("ja", "シルバーのリングです。")); n != 4 {
				t.Errorf("ja: %d words", n)
			}
			if n := len(words("zh", "这款戒指为银。")); n != 4 {
				t.Errorf("zh: %d words", n)
			}
		}()
	}
	wg.Wait()
}

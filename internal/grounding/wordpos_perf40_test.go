package grounding

import (
	"testing"

	utext "github.com/copydesk/copydesk/internal/text"
)

// TestTokenWordPosAsWord: every token tokenize makes keeps its word's
// filter bit (wpos), and startsPhraseAt answers as startsPhrase on the
// word, in every locale's lexicon.
func TestTokenWordPosAsWord(t *testing.T) {
	texts := []string{
		"A 14k gold ring with a 2.5 mm cubic zirconia, set in sterling silver.",
		"Das Herz misst 1,5 cm an einer 45 cm langen Kette mit einem Silberanhänger.",
		"Bague en or jaune 18 carats, sertie d'un saphir bleu.",
		"金の指輪、ダイヤモンド付き。", "타이 클립(넥타이핀)은 은으로", "gоld with a Cyrillic о", "",
	}
	for _, loc := range []string{"en-GB", "de-DE", "fr-FR", "ja-JP", "ko-KR", "zh-CN", "fi-FI", "ar-AE", "el-GR", "tr-TR"} {
		lx := lexiconForLocale(loc)
		if lx == nil {
			t.Fatalf("%s: no lexicon", loc)
		}
		for _, text := range texts {
			for _, tk := range tokenize(text, nil) {
				if tk.wpos != 1+uint32(utext.WordPos(tk.s)) {
					t.Errorf("%q: wpos %d, want %d", tk.s, tk.wpos, 1+uint32(utext.WordPos(tk.s)))
				}
				if lx.startsPhraseAt(&tk) != lx.startsPhrase(tk.s) {
					t.Errorf("%s %q: startsPhraseAt differs", loc, tk.s)
				}
				bare := token{s: tk.s}
				if lx.startsPhraseAt(&bare) != lx.startsPhrase(tk.s) {
					t.Errorf("%s %q: startsPhraseAt without wpos differs", loc, tk.s)
				}
			}
		}
	}
}

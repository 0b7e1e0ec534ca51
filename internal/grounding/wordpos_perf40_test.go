package grounding

import (
	"reflect"
	"strings"
	"testing"
	"unsafe"

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

// wordListsOf returns every wordList held in v (a struct, followed through
// its fields, arrays and slices; not through pointers or maps).
func wordListsOf(v reflect.Value, out []wordList) []wordList {
	switch v.Kind() {
	case reflect.Struct:
		if v.Type() == reflect.TypeOf(wordList{}) {
			return append(out, reflect.NewAt(v.Type(), unsafe.Pointer(v.UnsafeAddr())).Elem().Interface().(wordList))
		}
		for i := range v.NumField() {
			out = wordListsOf(v.Field(i), out)
		}
	case reflect.Array, reflect.Slice:
		for i := range v.Len() {
			out = wordListsOf(v.Index(i), out)
		}
	}
	return out
}

// TestWordListFilterAsEnds: a word list's at and span, which skip a token
// whose word ends none of its phrases by the list's filter (lasts), answer
// as asking its phrases at every token, for every word list of every
// locale's lexicon on the evaluation texts of the package's tests and the
// list's own phrases.
func TestWordListFilterAsEnds(t *testing.T) {
	texts := []string{
		"Unlike quartz or diamond, this ring is set with a blue sapphire, not glass.",
		"Le lapis-lazuli, contrairement au verre, est parsemé de paillettes dorées de pyrite.",
		"Anders als Glas ist der Bergkristall ein Quarz; er bildet sich in Hohlräumen.",
	}
	lists, checked := 0, 0
	for _, loc := range []string{"en-GB", "en-US", "de-DE", "fr-FR", "fr-CA", "es-ES", "it-IT", "pt-PT", "pt-BR", "nl-NL", "pl-PL", "sv-SE", "da-DK", "nb-NO", "fi-FI", "cs-CZ", "tr-TR", "el-GR", "ar-AE", "ja-JP", "ko-KR", "zh-CN", "zh-TW"} {
		lx := lexiconForLocale(loc)
		if lx == nil {
			t.Fatalf("%s: no lexicon", loc)
		}
		wls := wordListsOf(reflect.ValueOf(lx).Elem(), nil)
		lists += len(wls)
		var ts []string
		ts = append(ts, texts...)
		for _, w := range wls {
			for _, ps := range w.ends.each() {
				for _, p := range ps {
					ts = append(ts, "x "+strings.Join(p, " ")+" y, "+strings.Join(p, " "))
				}
			}
		}
		for _, text := range ts {
			toks := tokenize(text, nil)
			for _, w := range wls {
				if w.lasts == nil {
					t.Fatalf("%s: a word list without its filter", loc)
				}
				for k := range toks {
					checked++
					if got, want := w.at(toks, k), w.affixAt(toks, k) || w.ends.endsAt(toks, k); got != want {
						t.Errorf("%s %q token %d: at %v, want %v", loc, text, k, got, want)
					}
					want := k
					if !w.affixAt(toks, k) {
						want = w.ends.startOf(toks, k)
					}
					if got := w.span(toks, k); got != want {
						t.Errorf("%s %q token %d: span %d, want %d", loc, text, k, got, want)
					}
				}
			}
		}
	}
	if lists == 0 {
		t.Fatal("no word lists found")
	}
	t.Logf("%d word lists, %d answers", lists, checked)
}

package checks

import (
	"slices"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/grounding"
	"github.com/copydesk/copydesk/internal/styleguide"
)

var silverCharm = core.Product{SKU: "S1", Name: "Heart Charm", Category: "charm", Materials: []string{"sterling silver"},
	Stones: []core.Stone{{Type: "cubic zirconia", Colour: "clear", Count: 12}}, Colours: []string{"silver", "clear"}}

// TestLocaleIdentity: each locale's copy is judged in its own language,
// script and variant, with close languages told apart.
func TestLocaleIdentity(t *testing.T) {
	g := guide(t)
	c := NewScoped(grounding.CheckScoped)
	for _, tc := range []struct {
		name, locale, text, rule, sev string // rule "" wants no locale finding
	}{
		{"Spanish in es-ES", "es-ES", "Este charm de plata de ley está engastado con doce circonitas transparentes y es un regalo perfecto para una persona especial.", "", ""},
		{"Catalan in es-ES", "es-ES", "Aquest charm de plata de llei està encastat amb dotze zirconites transparents i és un regal perfecte per a una persona especial.", "locale.language", "block"},
		{"Norwegian in nb-NO", "nb-NO", "Denne charmen i sterlingsølv er pyntet med tolv klare zirkonia og er en fin gave til noen du er glad i, og den passer til alt.", "", ""},
		{"Danish in nb-NO", "nb-NO", "Denne charm i sterlingsølv er prydet med tolv klare zirkonia og er en fin gave til en, du holder af, og den passer til noget af hvert.", "locale.language", "block"},
		{"Swedish in da-DK", "da-DK", "Den här berlocken i sterlingsilver är prydd med tolv klara zirkonia och är en fin present till någon du tycker om, och den passar till allt.", "locale.language", "block"},
		{"pt-BR spelling in pt-PT", "pt-PT", "Este charm de prata de lei tem doze zircônias incolores e é um presente de fato especial para quem você ama, para usar todos os dias.", "locale.variant", "warn"},
		{"Chinese in ja-JP", "ja-JP", "这款串饰采用925银制作，点缀12颗透明锆石，是送礼的理想之选，适合每天佩戴。", "locale.language", "block"},
		{"Japanese in zh-CN", "zh-CN", "このチャームはスターリングシルバー製で、12個のクリアなキュービックジルコニアがあしらわれています。", "locale.language", "block"},
		{"Traditional in zh-CN", "zh-CN", "這款串飾採用925銀製作，點綴12顆透明鋯石，是送禮的理想之選，適合每天佩戴。", "locale.language", "block"},
		{"Simplified in zh-TW", "zh-TW", "这款串饰采用925银制作，点缀12颗透明锆石，是送礼的理想之选，适合每天佩戴。", "locale.language", "block"},
		{"English in ar-AE", "ar-AE", "This sterling silver charm is set with twelve clear cubic zirconia and makes a lovely gift.", "locale.script", "block"},
		{"Arabic in ar-AE", "ar-AE", "هذه التعليقة من الفضة الإسترلينية مرصعة باثني عشر حجر زركونيا شفافا وهي هدية جميلة لكل يوم.", "", ""},
		{"Greek in el-GR", "el-GR", "Αυτό το charm από ασήμι 925 είναι διακοσμημένο με δώδεκα διάφανα ζιργκόν και είναι ένα όμορφο δώρο.", "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []core.Finding
			for _, f := range c.Check(core.CheckInput{Product: silverCharm, Locale: tc.locale, Channel: "social", Text: tc.text, Guide: g}) {
				if strings.HasPrefix(f.Rule, "locale.") && f.Rule != "locale.typography" {
					got = append(got, f)
				}
			}
			if tc.rule == "" {
				if len(got) > 0 {
					t.Fatalf("want no locale finding, got %+v", got)
				}
				return
			}
			for _, f := range got {
				if f.Rule == tc.rule && f.Severity == tc.sev {
					return
				}
			}
			t.Fatalf("want %s (%s), got %+v", tc.rule, tc.sev, got)
		})
	}
}

// TestUncheckedLocale: a locale no pack reads is never a quiet pass.
func TestUncheckedLocale(t *testing.T) {
	g := *guide(t)
	c := NewScoped(grounding.CheckScoped)
	in := core.CheckInput{Product: silverCharm, Locale: "th-TH", Channel: "social", Text: "สร้อยคอทองคำ", Guide: &g}
	find := func() *core.Finding {
		for _, f := range c.Check(in) {
			if f.Rule == "locale.unchecked" {
				return &f
			}
		}
		return nil
	}
	if f := find(); f == nil || f.Severity != core.SeverityBlock || !strings.Contains(f.Message, "ja-JP") {
		t.Fatalf("th-TH: want a blocking locale.unchecked naming the supported locales, got %+v", f)
	}
	g.UncheckedLocale = "warn"
	if f := find(); f == nil || f.Severity != core.SeverityWarn {
		t.Fatalf("guide level warn: got %+v", f)
	}
	in.Locale = "ja-JP"
	if f := find(); f != nil {
		t.Fatalf("ja-JP has a pack: %+v", f)
	}
}

// TestCharactersAndLookAlikes: bidi controls (also in right-to-left copy),
// invisible characters, look-alike and full-width letters are caught in
// the locales' scripts, and a fact hidden by them still is.
func TestCharactersAndLookAlikes(t *testing.T) {
	g := guide(t)
	c := NewScoped(grounding.CheckScoped)
	for _, tc := range []struct {
		name, locale, text string
		rules              []string
	}{
		{"bidi override in Arabic", "ar-AE", "تعليقة من الفضة \u202eالإسترلينية\u202c.", []string{"safety.bidi"}},
		{"zero-width space", "en-GB", "A charm in ster\u200bling silver.", []string{"safety.invisible"}},
		{"Cyrillic o in gold", "en-GB", "A charm in gоld.", []string{"safety.lookalike", "grounding.material"}},
		{"full-width GOLD", "en-GB", "A charm in ＧＯＬＤ.", []string{"grounding.material"}},
		{"full-width 18K in Japanese", "ja-JP", "１８Ｋゴールドのチャームです。", []string{"grounding.karat", "grounding.material"}},
		{"Arabic-Indic digits count", "ar-AE", "مرصعة بـ ١٠ حجر زركون.", []string{"grounding.count"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fs := c.Check(core.CheckInput{Product: silverCharm, Locale: tc.locale, Channel: "social", Text: tc.text, Guide: g})
			have := map[string]bool{}
			for _, f := range fs {
				if f.Severity == core.SeverityBlock {
					have[f.Rule] = true
				}
				if f.End > len([]rune(tc.text)) || f.Start > f.End {
					t.Errorf("span %d..%d outside the text", f.Start, f.End)
				}
			}
			for _, r := range tc.rules {
				if !have[r] {
					t.Errorf("want blocking %s, got %+v", r, fs)
				}
			}
		})
	}
}

// TestCJKLengthByCharacters: Japanese and Chinese limits count characters
// (the pdp's 40 to 120 words are 100 to 300 Japanese characters), and the
// guide may make a locale count words instead.
func TestCJKLengthByCharacters(t *testing.T) {
	g := *guide(t)
	c := New(nil)
	short := "スターリングシルバーのチャームです。"
	long := strings.Repeat("スターリングシルバーのチャームです。", 21) // 378 characters, over the 360 a 120-word pdp takes at the measured 3.0
	ok := strings.Repeat("スターリングシルバーのチャームです。", 8)
	rules := func(text string) map[string]bool {
		m := map[string]bool{}
		for _, f := range c.Check(core.CheckInput{Product: silverCharm, Locale: "ja-JP", Channel: "pdp", Text: text, Guide: &g}) {
			if f.Category == CatLength {
				m[f.Rule] = true
			}
		}
		return m
	}
	if r := rules(short); !r["length.min_chars"] || r["length.min_words"] {
		t.Errorf("short: %v", r)
	}
	if r := rules(long); !r["length.max_chars"] {
		t.Errorf("long: %v", r)
	}
	if r := rules(ok); len(r) > 0 {
		t.Errorf("144 characters: %v", r)
	}
	// Counting words, Japanese is segmented by dictionary (kagome):
	// スターリング|シルバー|の|チャーム|です is five words, so eight
	// sentences meet the pdp's 40-word minimum that a count of runs between
	// spaces (one "word" per sentence) would block.
	g.Locales = map[string]styleguide.LocaleConfig{"ja-JP": {Length: "words"}}
	if r := rules(ok); r["length.min_words"] {
		t.Errorf("guide counts words, 40 dictionary words: %v", r)
	}
	if r := rules(strings.Repeat("スターリングシルバーのチャームです。", 7)); !r["length.min_words"] {
		t.Errorf("guide counts words, 35 dictionary words: %v", r)
	}
}

// TestArabicSpansUnderBidi: in right-to-left copy, finding spans are rune
// offsets of the original text (logical order), so the span of a false
// metal covers the Arabic word for gold, also when bidi controls the
// checker folds away stand inside it; every embedding, override or
// isolate is a blocking safety finding whose span is the control itself,
// while the marks RLM and ALM, which do a job in Arabic, pass (see
// internal/text Unsafe).
func TestArabicSpansUnderBidi(t *testing.T) {
	g := guide(t)
	c := New(grounding.CheckCollections)
	for _, tc := range []struct {
		name, text string
		controls   int // embeddings, overrides and isolates
	}{
		{"plain", "تعليقة من الذهب الخالص.", 0},
		{"right-to-left mark before", "تعليقة من \u200fالذهب الخالص.", 0},
		{"isolate around", "تعليقة من \u2067الذهب\u2069 الخالص.", 2},
		{"override around", "تعليقة \u202eمن الذهب\u202c الخالص.", 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rs := []rune(tc.text)
			var metal, bidi []core.Finding
			for _, f := range c.Check(core.CheckInput{Product: silverCharm, Locale: "ar-AE", Channel: "social", Text: tc.text, Guide: g}) {
				switch f.Rule {
				case "grounding.material":
					metal = append(metal, f)
				case "safety.bidi":
					bidi = append(bidi, f)
				}
			}
			if len(metal) == 0 {
				t.Fatalf("gold on a silver charm not found in %q", tc.text)
			}
			if got := string(rs[metal[0].Start:metal[0].End]); !strings.Contains(got, "ذهب") {
				t.Errorf("metal span %d..%d is %q, want the word for gold", metal[0].Start, metal[0].End, got)
			}
			if tc.controls > 0 && len(bidi) == 0 || tc.controls == 0 && len(bidi) > 0 {
				t.Fatalf("%d bidi controls, safety.bidi findings %+v", tc.controls, bidi)
			}
			for _, f := range bidi {
				if f.Severity != core.SeverityBlock {
					t.Errorf("safety.bidi is %s, want block", f.Severity)
				}
				for _, r := range rs[f.Start:f.End] {
					if r != '\u2067' && r != '\u2069' && r != '\u202e' && r != '\u202c' {
						t.Errorf("bidi span %d..%d holds %q", f.Start, f.End, string(rs[f.Start:f.End]))
						break
					}
				}
			}
		})
	}
}

// TestGuidePhrasesInJapaneseAndChinese: a guide's banned words are found
// inside Japanese and Chinese copy, which has no spaces, as dictionary
// words (a run of letters as a whole would never equal them), and not
// inside another word.
func TestGuidePhrasesInJapaneseAndChinese(t *testing.T) {
	g := *guide(t)
	g.Rules = append(slices.Clone(g.Rules), styleguide.Rule{ID: "no-cheap-cjk", Type: styleguide.TypeExistence, Level: core.SeverityBlock, Tokens: []string{"激安", "格安", "便宜", "最低价", "最低價"}})
	c := New(nil)
	for _, tc := range []struct {
		locale, text string
		want         bool
	}{
		{"ja-JP", "激安のシルバーチャームです。", true},
		{"ja-JP", "格安なのに上品なチャームです。", true},
		{"ja-JP", "安心してお使いいただけるチャームです。", false},
		{"zh-CN", "这款串饰非常便宜。", true},
		{"zh-CN", "全网最低价的串饰。", true},
		{"zh-TW", "全網最低價的串飾。", true},
		{"zh-CN", "方便佩戴的串饰。", false},
	} {
		found := false
		for _, f := range c.Check(core.CheckInput{Product: silverCharm, Locale: tc.locale, Channel: "social", Text: tc.text, Guide: &g}) {
			if f.Rule == "no-cheap-cjk" {
				found = true
				if got := string([]rune(tc.text)[f.Start:f.End]); !strings.Contains("激安格安便宜最低价最低價", got) {
					t.Errorf("%s %q: span %q", tc.locale, tc.text, got)
				}
			}
		}
		if found != tc.want {
			t.Errorf("%s %q: banned word found %v, want %v", tc.locale, tc.text, found, tc.want)
		}
	}
}

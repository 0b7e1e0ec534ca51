package reviewui

import (
	"reflect"
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

func TestHighlight(t *testing.T) {
	block := func(s, e int) core.Finding {
		return core.Finding{Rule: "b", Severity: core.SeverityBlock, Start: s, End: e}
	}
	warn := func(s, e int) core.Finding {
		return core.Finding{Rule: "w", Severity: core.SeverityWarn, Start: s, End: e}
	}
	type seg struct {
		Text     string
		Findings []int
		Severity string
		Ends     []int
	}
	tests := []struct {
		name     string
		text     string
		findings []core.Finding
		want     []seg
		quotes   []string
	}{
		{"no findings", "Un bijou.", nil, []seg{{Text: "Un bijou."}}, nil},
		{"one span", "Un bijou pas cher.", []core.Finding{block(9, 17)},
			[]seg{{Text: "Un bijou "}, {"pas cher", []int{1}, "block", []int{1}}, {Text: "."}}, []string{"pas cher"}},
		// Rune offsets: "é" and "ö" are one character each.
		{"runes, not bytes", "Éclat doré, schön", []core.Finding{warn(6, 10)},
			[]seg{{Text: "Éclat "}, {"doré", []int{1}, "warn", []int{1}}, {Text: ", schön"}}, []string{"doré"}},
		// Overlaps: the block is listed (and numbered) first; the shared run
		// carries both and shows the worse severity.
		{"overlapping", "abcdefgh", []core.Finding{warn(1, 5), block(3, 7)},
			[]seg{{Text: "a"}, {"bc", []int{2}, "warn", nil}, {"de", []int{1, 2}, "block", []int{2}}, {"fg", []int{1}, "block", []int{1}}, {Text: "h"}},
			[]string{"defg", "bcde"}},
		{"whole-text and out-of-range spans", "abc", []core.Finding{warn(0, 0), block(2, 99), warn(-5, 1)},
			[]seg{{"a", []int{2}, "warn", []int{2}}, {Text: "b"}, {"c", []int{1}, "block", []int{1}}},
			[]string{"c", "a", ""}},
		{"empty text", "", []core.Finding{block(0, 4)}, nil, []string{""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			segs, views := highlight(tt.text, tt.findings)
			var got []seg
			for _, s := range segs {
				got = append(got, seg{s.Text, s.Findings, s.Severity, s.Ends})
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("segments\n got %+v\nwant %+v", got, tt.want)
			}
			var quotes []string
			for i, v := range views {
				if v.N != i+1 {
					t.Errorf("finding %d numbered %d", i, v.N)
				}
				quotes = append(quotes, v.Quote)
			}
			if !reflect.DeepEqual(quotes, tt.quotes) {
				t.Errorf("quotes %q, want %q", quotes, tt.quotes)
			}
			joined := ""
			for _, s := range segs {
				joined += s.Text
			}
			if joined != tt.text {
				t.Errorf("segments join to %q", joined)
			}
		})
	}
}

func TestLocaleDir(t *testing.T) {
	for locale, want := range map[string]string{
		"en-GB": "ltr", "fr-FR": "ltr", "ja-JP": "ltr", "ar-AE": "rtl", "ar": "rtl", "he-IL": "rtl",
		"fa-IR": "rtl", "ur-PK": "rtl", "az-Latn-AZ": "ltr", "az-Arab": "rtl", "not a locale!": "auto",
	} {
		if got := localeDir(locale); got != want {
			t.Errorf("localeDir(%q) = %q, want %q", locale, got, want)
		}
	}
}

package core

import (
	"errors"
	"slices"
	"strconv"
	"strings"
	"testing"
)

func validLaunch() LaunchInput {
	return LaunchInput{
		Name: "Spring", SourceLocale: "en-GB", Locales: []string{"en-GB", "fr-fr"}, Channels: []string{"pdp"},
		Products: []Product{
			{SKU: "A1", Name: "Heart Charm", Category: "charm", Materials: []string{"sterling silver"}},
			{SKU: "A2", Name: "Star Charm", Category: "charm", Stones: []Stone{{Type: "cubic zirconia", Count: 3}}},
		},
	}
}

func knownChannel(c string) bool { return c == "pdp" || c == "social" }

func fieldsOf(t *testing.T, err error) []string {
	t.Helper()
	var e *Error
	if !errors.As(err, &e) || e.Code != CodeInvalid {
		t.Fatalf("want an invalid error, got %v", err)
	}
	var out []string
	for _, f := range e.Fields {
		out = append(out, f.Field)
	}
	return out
}

func TestValidateLaunch(t *testing.T) {
	tests := []struct {
		name   string
		mutate func(*LaunchInput)
		fields []string // fields that must be reported; nil means valid
	}{
		{"valid", func(*LaunchInput) {}, nil},
		{"missing name", func(l *LaunchInput) { l.Name = "" }, []string{"name"}},
		{"no products", func(l *LaunchInput) { l.Products = nil }, []string{"products"}},
		{"missing sku", func(l *LaunchInput) { l.Products[1].SKU = "" }, []string{"products[1].sku"}},
		{"duplicate sku", func(l *LaunchInput) { l.Products[1].SKU = "A1" }, []string{"products[1].sku"}},
		{"bad locale", func(l *LaunchInput) { l.Locales[1] = "xx-??" }, []string{"locales[1]"}},
		{"unknown language", func(l *LaunchInput) { l.Locales[1] = "xyz" }, []string{"locales[1]"}},
		{"duplicate locale", func(l *LaunchInput) { l.Locales[1] = "en-gb" }, []string{"locales[1]"}},
		{"unknown channel", func(l *LaunchInput) { l.Channels = []string{"billboard"} }, []string{"channels[0]"}},
		{"bad source locale", func(l *LaunchInput) { l.SourceLocale = "!!" }, []string{"source_locale"}},
		{"negative count", func(l *LaunchInput) { l.Products[1].Stones[0].Count = -1 }, []string{"products[1].stones[0].count"}},
		{"bad go live", func(l *LaunchInput) { l.GoLive = "next spring" }, []string{"go_live"}},
		{"bad callback", func(l *LaunchInput) { l.CallbackURL = "ftp://x" }, []string{"callback_url"}},
		{"invalid utf-8", func(l *LaunchInput) { l.Products[0].Name = "Heart \xff" }, []string{"products[0].name"}},
		{"too long name", func(l *LaunchInput) { l.Name = strings.Repeat("n", 201) }, []string{"name"}},
		{"bad mode", func(l *LaunchInput) { l.Mode = "shout" }, []string{"mode"}},
		{"too many drafts", func(l *LaunchInput) {
			l.Products = nil
			for i := range 10001 {
				l.Products = append(l.Products, Product{SKU: "S" + strconv.Itoa(i), Name: "n", Category: "c"})
			}
		}, []string{"products"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := validLaunch()
			tt.mutate(&l)
			err := ValidateLaunch(&l, knownChannel)
			if tt.fields == nil {
				if err != nil {
					t.Fatalf("want valid, got %v", err)
				}
				return
			}
			got := fieldsOf(t, err)
			for _, f := range tt.fields {
				if !slices.Contains(got, f) {
					t.Errorf("fields %v lack %q", got, f)
				}
			}
		})
	}
}

func TestValidateLaunchCanonicalisesLocales(t *testing.T) {
	l := validLaunch()
	if err := ValidateLaunch(&l, knownChannel); err != nil {
		t.Fatal(err)
	}
	if l.Locales[1] != "fr-FR" {
		t.Fatalf("locale = %q, want fr-FR", l.Locales[1])
	}
}

func TestCanonicalLocale(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"en-GB", "en-GB", true},
		{"de-de", "de-DE", true},
		// The usual script of the region is dropped: the packs' form.
		{"zh-Hant-TW", "zh-TW", true},
		{"zh-hant-tw", "zh-TW", true},
		{"zh-Hans-CN", "zh-CN", true},
		{"en-Latn-GB", "en-GB", true},
		{"ja-Jpan-JP", "ja-JP", true},
		// Another script than the region's usual one is kept (and then
		// refused as unsupported); so is a script with no region.
		{"zh-Hans-TW", "zh-Hans-TW", true},
		{"zh-Hant-CN", "zh-Hant-CN", true},
		{"sr-Latn-RS", "sr-Latn-RS", true},
		{"zh-Hant", "zh-Hant", true},
		{"de-DE-1996", "de-DE-1996", true},
		{"", "", false},
		{"english", "", false},
		{"en_GB!", "", false},
		// No language: und guesses en (low confidence), und-GB en (high);
		// neither names a language, nor does private use.
		{"und", "", false},
		{"UND", "", false},
		{"und-GB", "", false},
		{"und-Latn", "", false},
		{"qaa", "", false},
		{"qaa-GB", "", false},
		{"qtz", "", false},
		{"x-klingon", "", false},
		{"en-x-private", "en-x-private", true},
	}
	for _, tt := range tests {
		got, err := CanonicalLocale(tt.in)
		if (err == nil) != tt.ok || got != tt.want {
			t.Errorf("CanonicalLocale(%q) = %q, %v; want %q, ok=%v", tt.in, got, err, tt.want, tt.ok)
		}
	}
}

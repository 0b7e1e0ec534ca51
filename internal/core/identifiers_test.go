package core_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

func TestNormaliseSKU(t *testing.T) {
	tests := []struct{ in, want, msg string }{
		{"190001C01", "190001C01", ""},
		{"  190001C01\t", "190001C01", ""},
		{"ＡＢ１２", "AB12", ""}, // full-width forms fold under NFKC
		{"ab-1_2.3", "ab-1_2.3", ""},
		{"", "", "required"},
		{"   ", "", "required"},
		{"A/B", "", "'/'"},
		{"A B", "", "' '"},
		{"A\tB", "", "'\\t'"},
		{"A\u200bB", "", "U+200B"},
		{"A\u00adB", "", "U+00AD"},
		{".", "", "start with"},
		{"..", "", "start with"},
		{"-x", "", "start with"},
		{"Ä1", "", "U+00C4"},
		{"a\x00b", "", "U+0000"},
		{strings.Repeat("X", 65), "", "at most 64"},
	}
	for _, tt := range tests {
		got, msg := core.NormaliseSKU(tt.in)
		if got != tt.want || (tt.msg == "") != (msg == "") || !strings.Contains(msg, tt.msg) {
			t.Errorf("NormaliseSKU(%q) = %q, %q; want %q, %q", tt.in, got, msg, tt.want, tt.msg)
		}
	}
}

func TestLaunchSKUsAreOneAlphabetAndUniqueByKey(t *testing.T) {
	in := launchInput("AB1", "ab1", " AB1 ", "ＡＢ１", "AB\u200b1", "A/B", " ", "A B", "C1", " c1 ")
	err := core.ValidateLaunch(&in, nil)
	e, ok := err.(*core.Error)
	if !ok {
		t.Fatalf("ValidateLaunch = %v", err)
	}
	want := map[string]string{
		"products[1].sku": "duplicate SKU",
		"products[2].sku": "duplicate SKU",
		"products[3].sku": "duplicate SKU",
		"products[4].sku": "U+200B",
		"products[5].sku": "'/'",
		"products[6].sku": "required",
		"products[7].sku": "' '",
		"products[9].sku": "duplicate SKU",
	}
	got := map[string]string{}
	for _, f := range e.Fields {
		got[f.Field] = f.Message
	}
	for field, part := range want {
		if !strings.Contains(got[field], part) {
			t.Errorf("%s: %q, want %q", field, got[field], part)
		}
	}
	for _, field := range []string{"products[0].sku", "products[8].sku"} {
		if _, bad := got[field]; bad {
			t.Errorf("%s refused: %q", field, got[field])
		}
	}
	// Accepted SKUs are stored in their normal form.
	in = launchInput(" ＡＢ１ ", "c2")
	if err := core.ValidateLaunch(&in, nil); err != nil {
		t.Fatal(err)
	}
	if in.Products[0].SKU != "AB1" || in.Products[1].SKU != "c2" {
		t.Fatalf("stored SKUs = %q, %q", in.Products[0].SKU, in.Products[1].SKU)
	}
}

type listingChecker struct {
	goldChecker
	locales []string
}

func (c listingChecker) SupportedLocales() []string { return c.locales }

type listingGenerator struct {
	*recordingGenerator
	locales []string
}

func (g listingGenerator) SupportedLocales() []string { return g.locales }

func TestUnsupportedLocalesAreRefusedNamingTheSupported(t *testing.T) {
	f := newFixture(t, "A sterling silver charm.")
	ctx := context.Background()
	svc := core.NewService(core.Deps{Store: f.store, Queue: f.queue,
		Generator: listingGenerator{f.gen, []string{"en-GB", "fr-FR", "ja-JP"}},
		Checker:   listingChecker{locales: []string{"de-DE", "en-GB", "fr-FR"}}}, core.Config{})
	if got := strings.Join(svc.SupportedLocales(), ","); got != "en-GB,fr-FR" {
		t.Fatalf("SupportedLocales = %s; want the intersection", got)
	}
	for _, loc := range []string{"ja-JP", "de-DE", "zh-Hant-TW", "en-Latn-US", "und", "qaa", "en-GB-x-private!", "xx-$$"} {
		in := launchInput("S1")
		in.Locales = []string{"en-GB", loc}
		_, _, err := svc.SubmitLaunch(ctx, f.admin, in, "")
		e, ok := err.(*core.Error)
		if !ok || e.Code != core.CodeInvalid || len(e.Fields) != 1 || e.Fields[0].Field != "locales[1]" {
			t.Errorf("%s: %v %+v", loc, err, e)
			continue
		}
		if loc == "ja-JP" && !strings.Contains(e.Fields[0].Message, "en-GB, fr-FR") {
			t.Errorf("%s: %q does not name the supported locales", loc, e.Fields[0].Message)
		}
	}
	// A script subtag that is the region's usual one names the pack's
	// locale; another script is refused, saying which script the pack of
	// that region writes.
	sc := launchInput("S1")
	sc.Locales = []string{"en-Latn-GB", "fr-Latn-FR"}
	if l, _, err := svc.SubmitLaunch(ctx, f.admin, sc, ""); err != nil || strings.Join(l.Locales, ",") != "en-GB,fr-FR" {
		t.Errorf("en-Latn-GB, fr-Latn-FR: %v %v, want en-GB and fr-FR", l, err)
	}
	sc = launchInput("S2")
	sc.Locales = []string{"en-GB", "fr-Cyrl-FR"}
	_, _, serr := svc.SubmitLaunch(ctx, f.admin, sc, "")
	if e, ok := serr.(*core.Error); !ok || len(e.Fields) != 1 || !strings.Contains(e.Fields[0].Message, "the fr-FR pack writes the Latn script, not Cyrl") {
		t.Errorf("fr-Cyrl-FR: %v", serr)
	}
	in := launchInput("S1")
	in.SourceLocale, in.Locales = "ja-JP", []string{"ja-JP"}
	_, _, err := svc.SubmitLaunch(ctx, f.admin, in, "")
	if e, ok := err.(*core.Error); !ok || len(e.Fields) != 2 {
		t.Errorf("ja-JP source: %v", err)
	}
	if _, err := svc.EstimateLaunch(ctx, f.admin, in); !core.IsCode(err, core.CodeInvalid) {
		t.Errorf("dry run of ja-JP: %v", err)
	}
	// The checker alone decides what /v1/checks judges.
	_, err = svc.CheckText(ctx, core.CheckRequest{Product: core.Product{SKU: "1", Name: "n", Category: "c"}, Locale: "ja-JP", Channel: "pdp", Text: "x"})
	if e, ok := err.(*core.Error); !ok || len(e.Fields) != 1 || e.Fields[0].Field != "locale" || !strings.Contains(e.Fields[0].Message, "de-DE, en-GB, fr-FR") {
		t.Errorf("check in ja-JP: %v", err)
	}
	if _, err := svc.CheckText(ctx, core.CheckRequest{Product: core.Product{SKU: "1", Name: "n", Category: "c"}, Locale: "de-de", Channel: "pdp", Text: "x"}); err != nil {
		t.Errorf("check in de-DE: %v", err)
	}
}

func TestHugeLaunchesAreRefusedWithTheLimit(t *testing.T) {
	in := launchInput()
	in.Products = make([]core.Product, 200000)
	err := core.ValidateLaunch(&in, nil)
	if e, ok := err.(*core.Error); !ok || len(e.Fields) != 1 || e.Fields[0].Field != "products" || !strings.Contains(e.Fields[0].Message, "at most 5000") {
		t.Errorf("200,000 products: %v", err)
	}
	in = launchInput("S1")
	for i := 0; i < 500; i++ {
		in.Locales = append(in.Locales, "en-GB")
	}
	err = core.ValidateLaunch(&in, nil)
	if e, ok := err.(*core.Error); !ok || len(e.Fields) != 1 || e.Fields[0].Field != "locales" || !strings.Contains(e.Fields[0].Message, "at most 40") {
		t.Errorf("500 locales: %v", err)
	}
}

// unlistingChecker judges without saying which locales: with a generator
// that does not list either (a decorator that hid core.LocaleLister), no
// locale is supported, and every one is refused rather than every one
// allowed.
type unlistingChecker struct{}

func (unlistingChecker) Check(core.CheckInput) []core.Finding { return nil }

func TestNoListerFailsClosed(t *testing.T) {
	f := newFixture(t, "A sterling silver charm.")
	ctx := context.Background()
	svc := core.NewService(core.Deps{Store: f.store, Queue: f.queue, Generator: f.gen, Checker: unlistingChecker{}}, core.Config{})
	if err := svc.CheckLocales(); !errors.Is(err, core.ErrNoLocales) {
		t.Fatalf("CheckLocales = %v; want ErrNoLocales", err)
	}
	in := launchInput("S1")
	in.Locales = []string{"en-GB"}
	_, _, err := svc.SubmitLaunch(ctx, f.admin, in, "")
	if e, ok := err.(*core.Error); !ok || e.Code != core.CodeInvalid {
		t.Fatalf("submit with no lister = %v; want invalid", err)
	}
	_, err = svc.CheckText(ctx, core.CheckRequest{Locale: "en-GB", Channel: "pdp", Text: "A charm.",
		Product: core.Product{SKU: "1", Name: "Heart Charm", Category: "charm", Materials: []string{"sterling silver"}}})
	if e, ok := err.(*core.Error); !ok || e.Code != core.CodeInvalid {
		t.Fatalf("check with no lister = %v; want invalid", err)
	}
	_, _, err = svc.CreateToken(ctx, f.admin, core.TokenInput{Name: "R", Role: core.RoleReviewer, Locales: []string{"en-GB"}})
	if e, ok := err.(*core.Error); !ok || e.Code != core.CodeInvalid {
		t.Fatalf("reviewer token with no lister = %v; want invalid", err)
	}
}

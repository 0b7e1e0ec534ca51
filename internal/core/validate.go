package core

import (
	"errors"
	"fmt"
	"net/url"
	"reflect"
	"slices"
	"strings"
	"time"

	"github.com/go-playground/validator/v10"
	"golang.org/x/text/language"
)

// Limits that keep one launch within what a worker fleet and a reviewer
// team can handle; a bigger launch is split by the caller.
const (
	MaxDraftsPerLaunch = 20000
	// MaxProductsPerLaunch and MaxLocalesPerLaunch repeat the max= tags of
	// LaunchInput, so that a launch far over them is refused before its
	// items are validated one by one.
	MaxProductsPerLaunch = 5000
	MaxLocalesPerLaunch  = 40
	MaxCommentLength     = 2000
	MaxTextLength        = 10000
)

var validate = newValidator()

func newValidator() *validator.Validate {
	v := validator.New(validator.WithRequiredStructEnabled())
	// Report fields by their JSON names so callers see "products[3].sku".
	v.RegisterTagNameFunc(func(f reflect.StructField) string {
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name == "-" {
			return ""
		}
		return name
	})
	_ = v.RegisterValidation("fineness", func(fl validator.FieldLevel) bool {
		_, ok := ParseFineness(fl.Field().String())
		return ok
	})
	return v
}

// ValidateStruct runs the struct tags of v and returns an invalid error with
// one field error per failed tag, or nil.
func ValidateStruct(v any) error {
	err := validate.Struct(v)
	if err == nil {
		return nil
	}
	verrs, ok := err.(validator.ValidationErrors)
	if !ok {
		return Invalid("invalid input")
	}
	fields := make([]FieldError, 0, len(verrs))
	for _, fe := range verrs {
		fields = append(fields, FieldError{Field: fieldPath(fe.Namespace()), Message: tagMessage(fe)})
	}
	return Invalid("the request has invalid fields", fields...)
}

// fieldPath drops the struct name that validator puts first:
// "LaunchInput.products[3].sku" -> "products[3].sku".
func fieldPath(ns string) string {
	if i := strings.IndexByte(ns, '.'); i >= 0 {
		return ns[i+1:]
	}
	return ns
}

func tagMessage(fe validator.FieldError) string {
	switch fe.Tag() {
	case "required":
		return "is required"
	case "max":
		if fe.Kind() == reflect.String {
			return fmt.Sprintf("must be at most %s characters", fe.Param())
		}
		if fe.Kind() == reflect.Slice || fe.Kind() == reflect.Map {
			return fmt.Sprintf("must have at most %s items", fe.Param())
		}
		return fmt.Sprintf("must be at most %s", fe.Param())
	case "min":
		if fe.Kind() == reflect.Slice {
			return fmt.Sprintf("must have at least %s items", fe.Param())
		}
		return fmt.Sprintf("must be at least %s", fe.Param())
	case "gte":
		return fmt.Sprintf("must be at least %s", fe.Param())
	case "lte":
		return fmt.Sprintf("must be at most %s", fe.Param())
	case "oneof":
		return fmt.Sprintf("must be one of: %s", fe.Param())
	case "gt":
		return fmt.Sprintf("must be greater than %s", fe.Param())
	case "fineness":
		return fmt.Sprintf("%q is not a fineness: write a karat such as 14k (8k to 24k), a millesimal such as 925 (300 to 999) or a gold-filled mark such as 12/20", fe.Value())
	case "excluded_without":
		return fmt.Sprintf("needs %s", fe.Param())
	}
	return fmt.Sprintf("fails the %q rule", fe.Tag())
}

// CanonicalLocale parses a BCP 47 tag and returns its canonical form
// ("fr-fr" -> "fr-FR"), or an error for tags that are malformed or unknown.
// A script subtag that is the language's usual script in that region is
// dropped, so that a tag names the locale packs' form: zh-Hant-TW is
// zh-TW, zh-Hans-CN zh-CN, en-Latn-GB en-GB (CLDR likely subtags). A script
// the region does not usually write (zh-Hans-TW: Simplified Chinese for
// Taiwan; sr-Latn-RS) is kept, and the tag is then refused at submit as
// unsupported unless a pack has it (unsupportedLocale says which pack
// writes which script).
func CanonicalLocale(s string) (string, error) {
	if s == "" {
		return "", fmt.Errorf("is required")
	}
	tag, err := language.Parse(s)
	if err != nil {
		return "", fmt.Errorf("%q is not a valid BCP 47 language tag", s)
	}
	// The language as written, not tag.Base()'s guess: for "und" Base()
	// answers en (low confidence), for "und-GB" en (high).
	base, _, _ := tag.Raw()
	if base.String() == "und" {
		return "", fmt.Errorf("%q has no known language: name one (und is undetermined)", s)
	}
	if base.IsPrivateUse() {
		return "", fmt.Errorf("%q is a private-use language (qaa-qtz), which copydesk cannot write", s)
	}
	return withoutUsualScript(tag).String(), nil
}

// withoutUsualScript drops an explicit script subtag that is the likely
// script of the tag's language and region; tags with variants or
// extensions, or without a region, are left as they are.
func withoutUsualScript(tag language.Tag) language.Tag {
	b, script, region := tag.Raw()
	if _, conf := tag.Script(); conf != language.Exact || region.String() == "ZZ" ||
		len(tag.Variants()) > 0 || len(tag.Extensions()) > 0 {
		return tag
	}
	plain, err := language.Compose(b, region)
	if err != nil {
		return tag
	}
	if usual, _ := plain.Script(); usual != script {
		return tag
	}
	return plain
}

// ValidateLaunch checks a launch beyond its struct tags: locales, channels
// known to the style guide, unique SKUs, valid UTF-8 and sane sizes. It
// canonicalises locales in place.
func ValidateLaunch(in *LaunchInput, knownChannel func(string) bool) error {
	var fields []FieldError
	add := func(field, format string, args ...any) {
		fields = append(fields, FieldError{Field: field, Message: fmt.Sprintf(format, args...)})
	}
	// Far too many items: say so at once, without validating each one.
	var over []FieldError
	if n := len(in.Products); n > MaxProductsPerLaunch {
		over = append(over, FieldError{Field: "products", Message: fmt.Sprintf("has %d items; at most %d are allowed per launch: split it", n, MaxProductsPerLaunch)})
	}
	if n := len(in.Locales); n > MaxLocalesPerLaunch {
		over = append(over, FieldError{Field: "locales", Message: fmt.Sprintf("has %d items; at most %d are allowed per launch", n, MaxLocalesPerLaunch)})
	}
	if len(over) > 0 {
		return Invalid("the launch is too big", over...)
	}
	if err := ValidateStruct(in); err != nil {
		var e *Error
		if errors.As(err, &e) {
			fields = append(fields, e.Fields...)
		}
	}
	fields = append(fields, CheckStrings(in)...)

	if in.SourceLocale != "" {
		if c, err := CanonicalLocale(in.SourceLocale); err != nil {
			add("source_locale", "%s", err)
		} else {
			in.SourceLocale = c
		}
	}
	seenLocale := map[string]bool{}
	for i, l := range in.Locales {
		c, err := CanonicalLocale(l)
		if err != nil {
			add(fmt.Sprintf("locales[%d]", i), "%s", err)
			continue
		}
		if seenLocale[c] {
			add(fmt.Sprintf("locales[%d]", i), "%q is listed twice", c)
		}
		seenLocale[c] = true
		in.Locales[i] = c
	}
	if in.Mode == ModeTranslate && in.SourceLocale != "" && !seenLocale[in.SourceLocale] {
		add("source_locale", "translate mode needs the source locale %q among the locales", in.SourceLocale)
	}
	seenChannel := map[string]bool{}
	for i, c := range in.Channels {
		if knownChannel != nil && !knownChannel(c) {
			add(fmt.Sprintf("channels[%d]", i), "unknown channel %q: the style guide does not define it", c)
		}
		if seenChannel[c] {
			add(fmt.Sprintf("channels[%d]", i), "%q is listed twice", c)
		}
		seenChannel[c] = true
	}
	if in.GoLive != "" {
		if _, err := time.Parse(time.DateOnly, in.GoLive); err != nil {
			add("go_live", "must be a date like 2027-02-01")
		}
	}
	if in.CallbackURL != "" {
		u, err := url.Parse(in.CallbackURL)
		if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
			add("callback_url", "must be an absolute http or https URL")
		}
	}
	seenSKU := map[string]int{}
	for i := range in.Products {
		p := &in.Products[i]
		field := fmt.Sprintf("products[%d].sku", i)
		if p.SKU == "" || slices.ContainsFunc(fields, func(f FieldError) bool { return f.Field == field }) {
			continue // already reported (required, too long, bad characters)
		}
		sku, msg := NormaliseSKU(p.SKU)
		if msg != "" {
			add(field, "%s", msg)
			continue
		}
		p.SKU = sku
		key := SKUKey(sku)
		if j, dup := seenSKU[key]; dup {
			add(field, "duplicate SKU %q (also products[%d]: SKUs are compared after NFKC, trimming and case folding)", sku, j)
			continue
		}
		seenSKU[key] = i
	}
	if n := len(in.Products) * len(in.Locales) * len(in.Channels); n > MaxDraftsPerLaunch {
		add("products", "the launch would make %d drafts; at most %d are allowed per launch", n, MaxDraftsPerLaunch)
	}
	if len(fields) > 0 {
		return Invalid("the launch is not valid", fields...)
	}
	return nil
}

func joinPath(path, name string) string {
	if path == "" {
		return name
	}
	return path + "." + name
}

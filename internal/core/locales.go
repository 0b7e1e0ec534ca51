package core

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"golang.org/x/text/language"
)

// LocaleLister is implemented by a Generator or a Checker that writes or
// judges only some locales. SupportedLocales returns canonical BCP 47 tags
// ("fr-FR"); adding a locale pack widens what the checker lists.
type LocaleLister interface {
	SupportedLocales() []string
}

// SupportedLocales returns the locales both the generator and the checker
// support, sorted, or nil when neither restricts them (then any valid
// language tag is accepted). A lister answering nil restricts nothing.
func (s *Service) SupportedLocales() []string {
	var sets [][]string
	for _, v := range []any{s.gen, s.checker} {
		if l, ok := v.(LocaleLister); ok {
			if set := l.SupportedLocales(); set != nil {
				sets = append(sets, set)
			}
		}
	}
	if len(sets) == 0 {
		return nil
	}
	out := slices.Clone(sets[0])
	for _, set := range sets[1:] {
		out = slices.DeleteFunc(out, func(l string) bool { return !slices.Contains(set, l) })
	}
	slices.Sort(out)
	return out
}

// checkableLocales returns the locales the checker judges, or nil when it
// does not say (POST /v1/checks writes nothing, so the generator's do not
// matter there).
func (s *Service) checkableLocales() []string {
	if l, ok := s.checker.(LocaleLister); ok {
		return l.SupportedLocales()
	}
	return nil
}

// unsupportedLocale returns why a canonical locale cannot be written and
// checked, naming the supported ones, or "" when it can.
func unsupportedLocale(locale string, supported []string) string {
	if supported == nil || slices.Contains(supported, locale) {
		return ""
	}
	// A script its region does not usually write (zh-Hans-TW): name the
	// pack of that region and the script it writes.
	if tag, err := language.Parse(locale); err == nil {
		b, script, region := tag.Raw()
		if plain, err := language.Compose(b, region); err == nil && slices.Contains(supported, plain.String()) {
			usual, _ := plain.Script()
			return fmt.Sprintf("%q is not supported: the %s pack writes the %s script, not %s; use %s, or a locale whose pack writes %s; supported locales: %s",
				locale, plain, usual, script, plain, script, strings.Join(supported, ", "))
		}
	}
	return fmt.Sprintf("%q is not supported; supported locales: %s", locale, strings.Join(supported, ", "))
}

// validateLaunch is ValidateLaunch with the channels of guide and the
// locales the generator and the checker support.
func (s *Service) validateLaunch(in *LaunchInput, knownChannel func(string) bool) error {
	err := ValidateLaunch(in, knownChannel)
	var fields []FieldError
	if err != nil {
		e, ok := err.(*Error)
		if !ok || e.Code != CodeInvalid {
			return err
		}
		fields = e.Fields
	}
	supported := s.SupportedLocales()
	named := func(field string) bool {
		return slices.ContainsFunc(fields, func(f FieldError) bool { return f.Field == field })
	}
	check := func(field, locale string) {
		if locale == "" || named(field) {
			return
		}
		if msg := unsupportedLocale(locale, supported); msg != "" {
			fields = append(fields, FieldError{Field: field, Message: msg})
		}
	}
	check("source_locale", in.SourceLocale)
	for i, l := range in.Locales {
		check(fmt.Sprintf("locales[%d]", i), l)
	}
	if !named("callback_url") {
		var e *Error
		if errors.As(s.checkCallbackURL(in.CallbackURL), &e) {
			fields = append(fields, e.Fields...)
		}
	}
	if len(fields) > 0 {
		return Invalid("the launch is not valid", fields...)
	}
	return nil
}

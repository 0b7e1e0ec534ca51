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
// support, sorted. A lister answering nil restricts nothing, but at least
// one of them must list: with no lister (a wrapper that hid it, say) the
// result is empty and every locale is refused, never every tag allowed.
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
		return []string{}
	}
	out := slices.Clone(sets[0])
	for _, set := range sets[1:] {
		out = slices.DeleteFunc(out, func(l string) bool { return !slices.Contains(set, l) })
	}
	slices.Sort(out)
	return out
}

// checkableLocales returns the locales the checker judges (POST /v1/checks
// writes nothing, so the generator's do not matter there), or the
// generator's when the checker does not say; empty when neither lists, and
// then every locale is refused.
func (s *Service) checkableLocales() []string {
	if l, ok := s.checker.(LocaleLister); ok {
		if set := l.SupportedLocales(); set != nil {
			return set
		}
	}
	return s.SupportedLocales()
}

// ErrNoLocales is returned by CheckLocales when neither the generator nor
// the checker lists the locales it supports.
var ErrNoLocales = errors.New("neither the generator nor the checker lists supported locales (a wrapper hides core.LocaleLister?): every locale would be refused")

// CheckLocales reports ErrNoLocales when the wiring yields no supported
// locale; cmd/* call it at start so that a decorator that drops
// core.LocaleLister stops the process instead of refusing every launch.
func (s *Service) CheckLocales() error {
	if len(s.SupportedLocales()) == 0 {
		return ErrNoLocales
	}
	return nil
}

// unsupportedLocale returns why a canonical locale cannot be written and
// checked, naming the supported ones, or "" when it can.
func unsupportedLocale(locale string, supported []string) string {
	if slices.Contains(supported, locale) {
		return ""
	}
	if len(supported) == 0 {
		return fmt.Sprintf("%q is not supported: this server lists no supported locale (its generator and checker name none)", locale)
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

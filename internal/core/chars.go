package core

import (
	"fmt"
	"reflect"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/copydesk/copydesk/internal/text"
)

// TextKind says which characters a string field may hold. The rule is the
// same at every edge (HTTP decoding, core validation, model replies) and
// for every store, so that no store ever sees a byte another would refuse.
type TextKind int

const (
	// SingleLine fields (names, identifiers, locales, channels, attribute
	// keys and most product facts) may hold no control character at all,
	// no line or paragraph separator and no bidirectional control.
	SingleLine TextKind = iota
	// MultiLine fields (copy, edits, comments, attribute values, the style
	// guide) may hold TAB, LF and CR, and nothing else below U+0020.
	MultiLine
)

// StringProblem returns why s may not be stored in a field of kind k, as a
// message that follows the field's name ("contains a NUL character
// (U+0000)"), or "" when s is acceptable. Refused everywhere:
//   - bytes that are not valid UTF-8;
//   - U+0000 (NUL), which PostgreSQL cannot store in text;
//   - C0 controls (U+0001–U+001F) other than TAB, LF and CR in MultiLine
//     fields, DEL (U+007F) and the C1 controls (U+0080–U+009F): ANSI
//     escapes, BEL and the like, which corrupt terminals and logs
//     (text.IsControl); TAB, LF, CR, U+2028 and U+2029 in SingleLine ones;
//   - the bidirectional embedding, override and isolate controls
//     (U+202A–U+202E, U+2066–U+2069), which make text read differently
//     from how it is stored (Unicode TR 9; CVE-2021-42574 "Trojan Source").
//
// Invisible formatting characters that have legitimate uses (zero-width
// joiner, soft hyphen, LRM/RLM) are not refused here: in copy they are the
// checker's concern, and SKUs have their own alphabet (NormaliseSKU).
func StringProblem(s string, k TextKind) string {
	if !utf8.ValidString(s) {
		return "is not valid UTF-8"
	}
	for _, r := range s {
		switch {
		case r == 0:
			return "contains a NUL character (U+0000)"
		case r == '\t' || r == '\n' || r == '\r' || r == 0x2028 || r == 0x2029:
			if k != MultiLine {
				return fmt.Sprintf("contains a tab or line break (%U); it must be a single line", r)
			}
		case text.IsControl(r):
			return fmt.Sprintf("contains the control character %U", r)
		case text.IsBidiControl(r) && !isBidiMark(r):
			return fmt.Sprintf("contains the bidirectional control character %U", r)
		}
	}
	return ""
}

// isBidiMark reports the zero-width directional marks (LRM, RLM, ALM),
// which right-to-left text legitimately needs; text.IsBidiControl counts
// them with the embeddings, overrides and isolates refused here.
func isBidiMark(r rune) bool { return r == 0x200E || r == 0x200F || r == 0x061C }

// SanitizeText returns s with what StringProblem refuses in a field of kind
// k removed (invalid bytes become U+FFFD): it is how text that copydesk did
// not receive from a caller (a model's reply) is made storable.
func SanitizeText(s string, k TextKind) string {
	if StringProblem(s, k) == "" {
		return s
	}
	s = strings.ToValidUTF8(s, "\uFFFD")
	return strings.Map(func(r rune) rune {
		if StringProblem(string(r), k) != "" {
			if k == SingleLine && (r == '\t' || r == '\n' || r == '\r' || r == 0x2028 || r == 0x2029) {
				return ' '
			}
			return -1
		}
		return r
	}, s)
}

// CheckStrings walks the exported fields of v (a struct or a pointer to
// one) and returns one FieldError per string that StringProblem refuses,
// named by its JSON path ("products[3].attributes.care"). A field tagged
// `text:"multiline"` holds MultiLine strings (for a slice or map, its
// elements or values); every other string, and every map key, is
// SingleLine.
func CheckStrings(v any) []FieldError {
	var out []FieldError
	rv := reflect.ValueOf(v)
	walkStrings(rv, "", SingleLine, &out)
	return out
}

func walkStrings(v reflect.Value, path string, k TextKind, out *[]FieldError) {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			walkStrings(v.Elem(), path, k, out)
		}
	case reflect.String:
		if p := StringProblem(v.String(), k); p != "" {
			*out = append(*out, FieldError{Field: path, Message: p})
		}
	case reflect.Struct:
		t := v.Type()
		for i := 0; i < v.NumField(); i++ {
			f := t.Field(i)
			if !f.IsExported() {
				continue
			}
			name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			if name == "-" {
				continue
			}
			if name == "" {
				name = f.Name
			}
			fk := SingleLine
			if f.Tag.Get("text") == "multiline" {
				fk = MultiLine
			}
			walkStrings(v.Field(i), joinPath(path, name), fk, out)
		}
	case reflect.Slice, reflect.Array:
		if v.Kind() == reflect.Slice && v.Type().Elem().Kind() == reflect.Uint8 {
			return // []byte is data, not text
		}
		for i := 0; i < v.Len(); i++ {
			walkStrings(v.Index(i), fmt.Sprintf("%s[%d]", path, i), k, out)
		}
	case reflect.Map:
		keys := v.MapKeys()
		sort.Slice(keys, func(i, j int) bool { return fmt.Sprint(keys[i].Interface()) < fmt.Sprint(keys[j].Interface()) })
		for _, key := range keys {
			name := fmt.Sprint(key.Interface())
			if key.Kind() == reflect.String {
				if p := StringProblem(key.String(), SingleLine); p != "" {
					*out = append(*out, FieldError{Field: path, Message: fmt.Sprintf("has a key %q that %s", key.String(), p)})
					continue
				}
			}
			walkStrings(v.MapIndex(key), joinPath(path, name), k, out)
		}
	}
}

// printableASCII reports whether s holds only U+0021–U+007E, the
// characters of an opaque key sent in a header (Idempotency-Key).
func printableASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 0x21 || s[i] > 0x7e {
			return false
		}
	}
	return true
}

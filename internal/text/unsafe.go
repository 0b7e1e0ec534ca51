package text

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Kind is the kind of a character that may hide, disguise or reorder text.
type Kind int

// Kinds of unsafe characters.
const (
	// Control is a C0 control other than tab and line feed (a carriage
	// return is allowed only before a line feed), DEL, a C1 control, or a
	// line or paragraph separator (U+2028, U+2029).
	Control Kind = iota + 1
	// Escape is an ANSI/ECMA-48 escape sequence (ESC or CSI and what
	// follows up to its final byte), reported as one span.
	Escape
	// Bidi is a bidirectional formatting character: embeddings and
	// overrides (U+202A–U+202E), isolates (U+2066–U+2069), and the marks
	// LRM, RLM, ALM (U+200E, U+200F, U+061C) in text with no right-to-left
	// letters.
	Bidi
	// Invisible is a default-ignorable code point (soft hyphen, zero-width
	// space, word joiner, BOM, variation selectors, tag characters, Hangul
	// fillers…) where no script needs it: ZWJ and ZWNJ are allowed next to
	// emoji and in scripts that join (Arabic, Indic…), variation selectors
	// after emoji and non-Latin/Greek/Cyrillic characters.
	Invisible
	// Noncharacter is U+FFFE, U+FFFF and the other permanently unassigned
	// code points, the replacement character U+FFFD (the trace of invalid
	// input), and NUL.
	Noncharacter
	// LookAlike is a word that mixes look-alike letters of another script
	// into a Latin word ("gоld" with a Cyrillic о), or a word of another
	// script made only of Latin look-alikes in Latin text.
	LookAlike
	// Mark is a combining mark over a letter it composes with into no
	// letter of an orthography ("g\u0336old", "ski\u0308n"): Fold drops
	// it, so the word is read, and the mark that disguised it is reported.
	Mark
	// Width is a full-width (or half-width) form of a Latin letter or
	// digit in copy not written in Chinese or Japanese ("ｓｏｌｉｄ"): NFKC
	// reads it as the plain letter, and the disguise is reported.
	Width
)

func (k Kind) String() string {
	switch k {
	case Control:
		return "control character"
	case Escape:
		return "terminal escape sequence"
	case Bidi:
		return "bidirectional control character"
	case Invisible:
		return "invisible character"
	case Noncharacter:
		return "invalid character"
	case LookAlike:
		return "look-alike letters from another script"
	case Mark:
		return "combining mark that forms no letter"
	case Width:
		return "full-width letters"
	}
	return "unknown"
}

// Issue is one unsafe character (or escape sequence, or look-alike word)
// at rune span [Start, End) of the text it was found in.
type Issue struct {
	Kind       Kind
	Start, End int
	// Rune is the first offending character.
	Rune rune
}

// Describe is a reviewer-readable sentence naming the character.
func (i Issue) Describe() string {
	switch i.Kind {
	case LookAlike:
		return fmt.Sprintf("%s (%U %s); retype the word", i.Kind, i.Rune, scriptName(i.Rune))
	case Mark, Width:
		return fmt.Sprintf("%s (%U); retype the word", i.Kind, i.Rune)
	}
	return fmt.Sprintf("%s %U; remove it", i.Kind, i.Rune)
}

// ignorable is Default_Ignorable_Code_Point (Unicode 15.1
// DerivedCoreProperties.txt).
var ignorable = &unicode.RangeTable{
	R16: []unicode.Range16{
		{0x00AD, 0x00AD, 1},
		{0x034F, 0x034F, 1},
		{0x061C, 0x061C, 1},
		{0x115F, 0x1160, 1},
		{0x17B4, 0x17B5, 1},
		{0x180B, 0x180F, 1},
		{0x200B, 0x200F, 1},
		{0x202A, 0x202E, 1},
		{0x2060, 0x206F, 1},
		{0x3164, 0x3164, 1},
		{0xFE00, 0xFE0F, 1},
		{0xFEFF, 0xFEFF, 1},
		{0xFFA0, 0xFFA0, 1},
		{0xFFF0, 0xFFF8, 1},
	},
	R32: []unicode.Range32{
		{0x1BCA0, 0x1BCA3, 1},
		{0x1D173, 0x1D17A, 1},
		{0xE0000, 0xE0FFF, 1},
	},
}

// IsIgnorable reports whether r is a default-ignorable code point: it has
// no visible glyph of its own (soft hyphen, zero-width space and joiners,
// word joiner, BOM, bidi controls, variation selectors, tag characters,
// Hangul fillers). Fold removes them all.
func IsIgnorable(r rune) bool {
	if r < 0xAD {
		return false
	}
	return unicode.Is(ignorable, r)
}

// IsBidiControl reports whether r is a bidi embedding, override, isolate
// or mark (UAX #9).
func IsBidiControl(r rune) bool {
	return r == 0x061C || r == 0x200E || r == 0x200F || (r >= 0x202A && r <= 0x202E) || (r >= 0x2066 && r <= 0x2069)
}

// IsControl reports whether r is a control character no copy needs: a C0
// control other than tab, line feed and carriage return, DEL, a C1
// control, or U+2028/U+2029.
func IsControl(r rune) bool {
	switch {
	case r == '\t' || r == '\n' || r == '\r':
		return false
	case r < 0x20 || (r >= 0x7F && r <= 0x9F):
		return true
	case r == 0x2028 || r == 0x2029:
		return true
	}
	return false
}

func isNonchar(r rune) bool {
	return r == 0 || r == utf8.RuneError || (r >= 0xFDD0 && r <= 0xFDEF) || r&0xFFFE == 0xFFFE
}

// IsUnsafeRune is the context-free predicate for short fields (a SKU, a
// name, a token name): true for controls (tab and newlines included),
// bidi controls, default-ignorables and noncharacters. Free text should
// use Unsafe, which allows what a script or an emoji needs.
func IsUnsafeRune(r rune) bool {
	return r < 0x20 || IsControl(r) || IsIgnorable(r) || isNonchar(r)
}

// needsCheck is a quick byte test: text of printable ASCII, tabs and
// newlines holds nothing unsafe.
func needsCheck(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x7F || (c < 0x20 && c != '\t' && c != '\n') {
			return true
		}
	}
	return false
}

// Unsafe returns every control character, escape sequence, bidi control,
// needless invisible character and noncharacter of s, with rune spans in
// s, in order. Invalid UTF-8 is reported as Noncharacter U+FFFD. Look-alike
// words are found by Fold, not here.
func Unsafe(s string) []Issue {
	if !needsCheck(s) {
		return nil
	}
	var out []Issue
	rtl := -1 // hasRTL(s), computed when a bidi mark needs it
	var prev rune = -1
	ri := 0
	for bi := 0; bi < len(s); {
		if c := s[bi]; c < 0x7F && (c >= 0x20 || c == '\t' || c == '\n') {
			prev = rune(c)
			bi, ri = bi+1, ri+1
			continue
		}
		r, n := utf8.DecodeRuneInString(s[bi:])
		if r == utf8.RuneError && n <= 1 {
			out = append(out, Issue{Kind: Noncharacter, Start: ri, End: ri + 1, Rune: utf8.RuneError})
			bi, ri, prev = bi+1, ri+1, r
			continue
		}
		switch {
		case r == 0x1B || r == 0x9B:
			// ESC [ params final, ESC ] … BEL/ST, ESC X: one span.
			nb, nr := escapeLen(s[bi:])
			out = append(out, Issue{Kind: Escape, Start: ri, End: ri + nr, Rune: r})
			bi, ri, prev = bi+nb, ri+nr, r
			continue
		case r == '\r':
			if bi+1 >= len(s) || s[bi+1] != '\n' {
				out = append(out, Issue{Kind: Control, Start: ri, End: ri + 1, Rune: r})
			}
		case isNonchar(r):
			out = append(out, Issue{Kind: Noncharacter, Start: ri, End: ri + 1, Rune: r})
		case IsControl(r):
			out = append(out, Issue{Kind: Control, Start: ri, End: ri + 1, Rune: r})
		case IsBidiControl(r):
			if rtl < 0 {
				rtl = 0
				if hasRTL(s) {
					rtl = 1
				}
			}
			next, _ := utf8.DecodeRuneInString(s[bi+n:])
			// A mark inside a word (between two letters) changes no
			// direction: it splits the word for matching and nothing else.
			inWord := unicode.IsLetter(prev) && unicode.IsLetter(next)
			if r >= 0x202A || rtl == 0 || inWord {
				out = append(out, Issue{Kind: Bidi, Start: ri, End: ri + 1, Rune: r})
			}
		case IsIgnorable(r):
			next, _ := utf8.DecodeRuneInString(s[bi+n:])
			if !ignorableNeeded(prev, r, next) {
				out = append(out, Issue{Kind: Invisible, Start: ri, End: ri + 1, Rune: r})
			}
		}
		if !IsIgnorable(r) {
			prev = r
		}
		bi += n
		ri++
	}
	return out
}

// escapeLen is the byte and rune length of the escape sequence at the
// start of s (ECMA-48: CSI parameters and intermediates then a final byte
// 0x40–0x7E; OSC up to BEL or ST; otherwise ESC and one character).
func escapeLen(s string) (int, int) {
	i := 1
	if s[0] == 0xC2 { // U+009B CSI in UTF-8
		i = 2
	} else if len(s) > 1 && s[1] == '[' {
		i = 2
	} else if len(s) > 1 && s[1] == ']' {
		for j := 2; j < len(s); j++ {
			if s[j] == 0x07 {
				return j + 1, utf8.RuneCountInString(s[:j+1])
			}
			if s[j] == 0x1B && j+1 < len(s) && s[j+1] == '\\' {
				return j + 2, utf8.RuneCountInString(s[:j+2])
			}
			if s[j] == '\n' {
				return j, utf8.RuneCountInString(s[:j])
			}
		}
		return len(s), utf8.RuneCountInString(s)
	} else {
		if len(s) > 1 && s[1] >= 0x20 && s[1] < 0x7F {
			return 2, 2
		}
		return 1, 1
	}
	// CSI: parameters 0x30–0x3F, intermediates 0x20–0x2F, final 0x40–0x7E.
	j := i
	for j < len(s) && s[j] >= 0x20 && s[j] <= 0x3F {
		j++
	}
	if j < len(s) && s[j] >= 0x40 && s[j] <= 0x7E {
		j++
	}
	return j, utf8.RuneCountInString(s[:j])
}

// ignorableNeeded reports whether the default-ignorable r between prev and
// next does a job: ZWJ/ZWNJ in joining scripts and emoji sequences,
// variation selectors after emoji, symbols and CJK, the Mongolian free
// variation selectors after Mongolian.
func ignorableNeeded(prev, r, next rune) bool {
	switch {
	case r == 0x200C || r == 0x200D:
		return isEmoji(prev) || isEmoji(next) || joins(prev) || joins(next)
	case r == 0xFE0E || r == 0xFE0F:
		// Text and emoji presentation selectors follow emoji and symbols
		// (emoji-variation-sequences.txt), a keycap's digit, # or * only
		// before the keycap mark U+20E3 (UTS #51); no letter of any script
		// has an emoji presentation (#13, hidden28: "プラ\ufe0fチナ").
		if prev >= 0 && prev < 0x80 {
			return (prev >= '0' && prev <= '9' || prev == '#' || prev == '*') && next == 0x20E3
		}
		return prev == 0x2139 || prev >= 0 && !unicode.IsLetter(prev) && !unicode.IsSpace(prev) // ℹ is a letter with an emoji form
	case r >= 0xFE00 && r <= 0xFE0D:
		// Standardized variation sequences (StandardizedVariants.txt):
		// CJK ideographs, Myanmar, Phags-pa and mathematical or other
		// symbols; none follows a Latin, Greek, Cyrillic, Arabic, kana or
		// Hangul letter.
		return prev >= 0x80 && (unicode.In(prev, unicode.Han, unicode.Myanmar, unicode.Phags_Pa, unicode.Mongolian) ||
			!unicode.IsLetter(prev) && !unicode.IsSpace(prev) && !unicode.IsDigit(prev) && !unicode.IsPunct(prev))
	case r >= 0xE0100 && r <= 0xE01EF:
		// Ideographic variation sequences (Unicode IVD): a Han ideograph's
		// registered glyph (葛\U000E0100), as Japanese names use them.
		return unicode.Is(unicode.Han, prev)
	case r >= 0xE0020 && r <= 0xE007F:
		// Tags spell emoji flags of subdivisions (🏴 + tags + cancel tag).
		return prev == 0x1F3F4 || (prev >= 0xE0020 && prev <= 0xE007F)
	case r >= 0x180B && r <= 0x180F:
		return unicode.Is(unicode.Mongolian, prev)
	case r == 0x3164 || r == 0x115F || r == 0x1160 || r == 0xFFA0:
		return false
	}
	return false
}

// isLGC reports whether r is a letter, digit or mark of Latin, Greek or
// Cyrillic (or ASCII), where no invisible character has a job.
func isLGC(r rune) bool {
	if r < 0x80 {
		return true
	}
	return unicode.In(r, unicode.Latin, unicode.Greek, unicode.Cyrillic)
}

func isEmoji(r rune) bool {
	return (r >= 0x1F000 && r <= 0x1FAFF) || (r >= 0x2600 && r <= 0x27BF) || (r >= 0x2B00 && r <= 0x2BFF) ||
		r == 0x2764 || r == 0x20E3 || (r >= 0x1F3FB && r <= 0x1F3FF)
}

// joins reports whether r belongs to a script whose shaping uses ZWJ/ZWNJ.
func joins(r rune) bool {
	if r < 0x0590 {
		return false
	}
	return unicode.In(r, unicode.Arabic, unicode.Syriac, unicode.Hebrew, unicode.Devanagari, unicode.Bengali,
		unicode.Gurmukhi, unicode.Gujarati, unicode.Oriya, unicode.Tamil, unicode.Telugu, unicode.Kannada,
		unicode.Malayalam, unicode.Sinhala, unicode.Khmer, unicode.Myanmar, unicode.Mongolian, unicode.Nko,
		unicode.Thaana)
}

// hasRTL reports whether s holds a right-to-left letter (Hebrew, Arabic,
// Syriac, Thaana, N'Ko…), where the bidi marks LRM, RLM and ALM do a job.
func hasRTL(s string) bool {
	for _, r := range s {
		if (r >= 0x0590 && r <= 0x08FF) || (r >= 0xFB1D && r <= 0xFDFF) || (r >= 0xFE70 && r <= 0xFEFF) || (r >= 0x10800 && r <= 0x10FFF) || (r >= 0x1E800 && r <= 0x1EFFF) {
			return true
		}
	}
	return false
}

// Error is a refused string: the first unsafe character, its rune offset
// and its kind.
type Error struct {
	Issue
}

func (e *Error) Error() string {
	return fmt.Sprintf("%s %U at character %d", e.Kind, e.Rune, e.Start)
}

// Clean is the boundary normalisation of free text (a description, an
// edit, a comment): it refuses invalid UTF-8, NUL and every Unsafe
// character with an *Error naming the first, and returns s in NFC.
// Tabs and newlines are kept; CRLF is kept as it came.
func Clean(s string) (string, error) {
	if !utf8.ValidString(s) {
		bi := 0
		for bi < len(s) {
			r, n := utf8.DecodeRuneInString(s[bi:])
			if r == utf8.RuneError && n <= 1 {
				break
			}
			bi += n
		}
		return "", &Error{Issue{Kind: Noncharacter, Start: utf8.RuneCountInString(s[:bi]), End: utf8.RuneCountInString(s[:bi]) + 1, Rune: utf8.RuneError}}
	}
	if is := Unsafe(s); len(is) > 0 {
		return "", &Error{is[0]}
	}
	return NFC(s), nil
}

// CleanLine is Clean for one-line fields (a SKU, a product or launch
// name, an attribute): tabs and newlines are refused too (IsUnsafeRune),
// and surrounding white space is trimmed.
func CleanLine(s string) (string, error) {
	if !utf8.ValidString(s) {
		return Clean(s)
	}
	ri := 0
	for _, r := range s {
		if IsUnsafeRune(r) {
			k := Control
			switch {
			case IsBidiControl(r):
				k = Bidi
			case IsIgnorable(r):
				k = Invisible
			case isNonchar(r):
				k = Noncharacter
			}
			return "", &Error{Issue{Kind: k, Start: ri, End: ri + 1, Rune: r}}
		}
		ri++
	}
	return strings.TrimSpace(NFC(s)), nil
}

// NFC returns s in Normalization Form C, the form copydesk stores.
func NFC(s string) string {
	if norm.NFC.IsNormalString(s) {
		return s
	}
	return norm.NFC.String(s)
}

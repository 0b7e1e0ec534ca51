package core

import (
	"fmt"
	"strings"

	"golang.org/x/text/unicode/norm"
)

// MaxSKULength bounds a SKU, in characters.
const MaxSKULength = 64

// NormaliseSKU returns the stored form of a SKU, or a message saying why it
// is refused (to follow the field's name). The SKU alphabet:
//
//   - the input is NFKC-normalised (UAX #15), so full-width "ＡＢ１" is
//     "AB1", and trimmed of surrounding white space;
//   - what remains is 1 to 64 of the ASCII letters A–Z and a–z, the
//     digits 0–9, '-', '_' and '.', starting with a letter or a digit.
//
// So a blank SKU, one holding '/', inner white space, a tab, a zero-width
// or any other character is refused, and "." or ".." can never be a path
// segment. SKUs are compared case-insensitively (SKUKey) for uniqueness.
func NormaliseSKU(s string) (string, string) {
	s = strings.TrimSpace(norm.NFKC.String(s))
	if s == "" {
		return "", "is required"
	}
	if len(s) > MaxSKULength {
		return "", fmt.Sprintf("must be at most %d characters", MaxSKULength)
	}
	for i, r := range s {
		switch {
		case r >= 'A' && r <= 'Z', r >= 'a' && r <= 'z', r >= '0' && r <= '9':
		case (r == '-' || r == '_' || r == '.') && i > 0:
		default:
			if i == 0 && (r == '-' || r == '_' || r == '.') {
				return "", fmt.Sprintf("must start with a letter or a digit, not %q", r)
			}
			return "", fmt.Sprintf("may hold only letters A-Z, digits, '-', '_' and '.'; %q (%U) is not allowed", r, r)
		}
	}
	return s, ""
}

// SKUKey is the form two SKUs are compared in: two SKUs with the same key
// are the same product.
func SKUKey(sku string) string {
	n, msg := NormaliseSKU(sku)
	if msg != "" {
		return sku
	}
	return strings.ToUpper(n)
}

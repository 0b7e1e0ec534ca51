package grounding

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
)

// attrListPattern finds a list or range of numbers that share one unit in
// an attribute value, which arrives in English: "38 and 40 cm", "16, 17 or
// 18 mm", "40/45 cm", "41-46 cm", "from 16 to 18 cm". Every number of the
// list is a measurement of the product (issue #13, false blocks: a chain
// that "closes at 38 cm" too, on a product adjustable to "38 and 40 cm",
// was blocked because only 40 carried the unit).
var attrListPattern = regexp.MustCompile(`(?i)(\d+(?:[.,]\d+)?)((?:\s*(?:,|/|-|–|to|and|or|&|,\s*or|,\s*and)\s*\d+(?:[.,]\d+)?)+)\s*(mm|cm|millimet(?:re|er)s?|centimet(?:re|er)s?|inch(?:es)?|in\b|"|″|ct\b|carats?)`)

var attrListNumber = regexp.MustCompile(`\d+(?:[.,]\d+)?`)

// attributeListMeasures returns the numbers of every list in v with their
// shared unit (mm, cm, in or ct), as parseMeasure reads them.
func attributeListMeasures(v string) (nums []float64, units []string) {
	if !strings.ContainsAny(v, "0123456789") {
		return nil, nil
	}
	for _, m := range attrListPattern.FindAllStringSubmatch(v, -1) {
		all := append([]string{m[1]}, attrListNumber.FindAllString(m[2], -1)...)
		for _, s := range all {
			if n, unit, ok := parseMeasure(s, m[3]); ok {
				nums, units = append(nums, n), append(units, unit)
			}
		}
	}
	return nums, units
}

// attrDimensionSeparators are the signs and words written between the sides
// of a dimension in an attribute value ("18 x 13", "14 × 10 × 5", "7*5",
// "7 by 5", "7 por 5", "7 на 5", "7乘5"): the signs of dimensionSigns and
// every language's dimension_by words (#13, attr_measure19).
const attrDimensionSeparators = `[×xX*✕✖хХ]|by|por|per|sur|mal|na|bij|на|乘|επί|επι|في`

// attrDimensionPattern finds a dimension, a list or a range of bare numbers
// in an attribute value whose key carries the unit ("stone_size_mm": "18 x
// 13", "bead_size_mm": "6-8", "size (mm)": "14 × 10 × 5").
var attrDimensionPattern = regexp.MustCompile(`(?i)\d+(?:[.,]\d+)?(?:\s*(?:` + attrDimensionSeparators + `|,|/|-|–|to|and|or|&)\s*\d+(?:[.,]\d+)?)*`)

// attrDimensionUnitPattern is attrListPattern with the dimension signs and
// words as separators: "18 x 13 mm", "25 × 18 mm", "14 by 10 mm" give both
// sides, read only where the key names a size (a "side_stones": "6 x 1.5
// mm" is six stones of 1.5 mm, not a side of 6 mm).
var attrDimensionUnitPattern = regexp.MustCompile(`(?i)(\d+(?:[.,]\d+)?)((?:\s*(?:` + attrDimensionSeparators + `)\s*\d+(?:[.,]\d+)?)+)\s*(mm|cm|millimet(?:re|er)s?|centimet(?:re|er)s?|inch(?:es)?|in\b|"|″)`)

// keyUnits are the unit words an attribute key can carry ("stone_size_mm",
// "Size (mm)", "size in mm", "bead_size_millimetres", "weight_ct",
// "carat_weight", "weight_g"), with the unit parseMeasure gives them.
// "in" and "g" count only as the key's last word ("made_in" is no inch).
var keyUnits = map[string]string{"mm": "mm", "millimeter": "mm", "millimeters": "mm", "millimetre": "mm", "millimetres": "mm",
	"cm": "cm", "centimeter": "cm", "centimeters": "cm", "centimetre": "cm", "centimetres": "cm",
	"inch": "in", "inches": "in", "ct": "ct", "cts": "ct", "ctw": "ct", "tcw": "ct", "carat": "ct", "carats": "ct",
	"gram": "g", "grams": "g"}

// sizeKeyWords are the words of an attribute key that name a size, whose
// value's "18 x 13 mm" is a dimension.
var sizeKeyWords = []string{"size", "dimension", "measure", "length", "width", "height", "diameter", "depth"}

// keyUnit returns the unit an attribute key carries (mm, cm, in, ct or g),
// or "" (#13, attr_measure19: "stone_size_mm": "18 x 13" was read as no
// measurement, so the copy's "18 x 13 mm" blocked).
func keyUnit(k string) string {
	words := strings.FieldsFunc(strings.ToLower(k), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	for _, w := range words {
		if u, ok := keyUnits[w]; ok {
			return u
		}
	}
	if n := len(words); n > 1 && (words[n-1] == "in" || words[n-1] == "g") {
		return words[n-1]
	}
	return ""
}

// sizeKey reports whether an attribute key names a size or carries a unit.
func sizeKey(k string) bool {
	if keyUnit(k) != "" {
		return true
	}
	lk := strings.ToLower(k)
	for _, w := range sizeKeyWords {
		if strings.Contains(lk, w) {
			return true
		}
	}
	return false
}

// attributeKeyMeasures returns the numbers of an attribute value that its
// key gives a unit to ("stone_size_mm": "18 x 13" → 18 and 13 mm) when the
// value writes no unit of its own, and the sides of a dimension written
// with its unit ("stone_size": "18 x 13 mm"), as parseMeasure reads them.
func attributeKeyMeasures(k, v string) (nums []float64, units []string) {
	if !strings.ContainsAny(v, "0123456789") || !sizeKey(k) {
		return nil, nil
	}
	for _, m := range attrDimensionUnitPattern.FindAllStringSubmatch(v, -1) {
		for _, s := range append([]string{m[1]}, attrListNumber.FindAllString(m[2], -1)...) {
			if n, unit, ok := parseMeasure(s, m[3]); ok {
				nums, units = append(nums, n), append(units, unit)
			}
		}
	}
	u := keyUnit(k)
	if u == "" || len(nums) > 0 || measurePattern.MatchString(v) {
		return nums, units
	}
	for _, run := range attrDimensionPattern.FindAllString(v, -1) {
		for _, s := range attrListNumber.FindAllString(run, -1) {
			if n, err := strconv.ParseFloat(strings.ReplaceAll(s, ",", "."), 64); err == nil && n > 0 {
				nums, units = append(nums, n), append(units, u)
			}
		}
	}
	return nums, units
}

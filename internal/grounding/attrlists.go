package grounding

import (
	"regexp"
	"strings"
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

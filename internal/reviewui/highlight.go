package reviewui

import (
	"sort"
	"strconv"
	"strings"

	"github.com/copydesk/copydesk/internal/core"
	"golang.org/x/text/language"
)

// findingView is one finding as the draft page lists it, numbered from 1.
type findingView struct {
	core.Finding
	N      int
	Quote  string // the text at the span, "" for a whole-text finding
	Anchor string // "finding-N"
}

// segment is a run of the draft text covered by the same findings.
type segment struct {
	Text string
	// Findings are the numbers of the findings covering the run; Severity
	// is the worst of them ("" when none).
	Findings []int
	Severity string
	// Ends are the numbers of findings whose span ends with this run: the
	// page puts a reference to each after it.
	Ends []int
}

// Describedby lists the finding anchors for aria-describedby.
func (s segment) Describedby() string {
	ids := make([]string, len(s.Findings))
	for i, n := range s.Findings {
		ids[i] = "finding-" + strconv.Itoa(n)
	}
	return strings.Join(ids, " ")
}

// highlight cuts text at every finding's span (rune offsets, as findings
// carry them) into runs, so that overlapping findings each mark their
// whole span. Spans outside the text are clamped; an empty span (the
// whole-text findings) marks nothing.
func highlight(text string, findings []core.Finding) ([]segment, []findingView) {
	rs := []rune(text)
	n := len(rs)
	// Blocks first, then by position: the list reads worst first, and the
	// numbers in the text follow the list.
	findings = append([]core.Finding(nil), findings...)
	sort.SliceStable(findings, func(i, j int) bool {
		bi, bj := findings[i].Severity == core.SeverityBlock, findings[j].Severity == core.SeverityBlock
		if bi != bj {
			return bi
		}
		return findings[i].Start < findings[j].Start
	})
	views := make([]findingView, len(findings))
	cuts := map[int]bool{0: true, n: true}
	type span struct{ start, end, num int }
	var spans []span
	for i, f := range findings {
		views[i] = findingView{Finding: f, N: i + 1, Anchor: "finding-" + strconv.Itoa(i+1)}
		start, end := clamp(f.Start, 0, n), clamp(f.End, 0, n)
		if end <= start {
			continue
		}
		views[i].Quote = string(rs[start:end])
		spans = append(spans, span{start, end, i + 1})
		cuts[start], cuts[end] = true, true
	}
	bounds := make([]int, 0, len(cuts))
	for c := range cuts {
		bounds = append(bounds, c)
	}
	sort.Ints(bounds)
	segs := make([]segment, 0, len(bounds))
	for i := 0; i+1 < len(bounds); i++ {
		a, b := bounds[i], bounds[i+1]
		seg := segment{Text: string(rs[a:b])}
		for _, sp := range spans {
			if sp.start <= a && b <= sp.end {
				seg.Findings = append(seg.Findings, sp.num)
				sev := findings[sp.num-1].Severity
				if sev == core.SeverityBlock || seg.Severity == "" {
					seg.Severity = sev
				}
			}
			if sp.end == b {
				seg.Ends = append(seg.Ends, sp.num)
			}
		}
		segs = append(segs, seg)
	}
	return segs, views
}

func clamp(v, lo, hi int) int { return max(lo, min(v, hi)) }

// rtlScripts are the scripts written right to left.
var rtlScripts = map[string]bool{"Arab": true, "Hebr": true, "Thaa": true, "Syrc": true, "Nkoo": true,
	"Adlm": true, "Rohg": true, "Samr": true, "Mand": true}

// localeDir is the text direction of a locale: "rtl" for Arabic, Hebrew,
// Persian, Urdu and the other right-to-left scripts, else "ltr". It
// follows the locale's likely script (CLDR likely subtags), so "ar-AE" and
// "fa-IR" are rtl and "az-Latn" is not.
func localeDir(locale string) string {
	tag, err := language.Parse(locale)
	if err != nil {
		return "auto"
	}
	script, _ := tag.Script()
	if rtlScripts[script.String()] {
		return "rtl"
	}
	return "ltr"
}

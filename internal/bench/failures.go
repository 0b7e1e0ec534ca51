package bench

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"sort"
	"strings"

	"github.com/copydesk/copydesk/internal/core"
)

// Failure is one failed draft of a bench launch: the offline writer's copy
// never fails a clean checker, so each is a false block to explain.
type Failure struct {
	SKU, Locale, Reason, Text string
	Blocks                    []core.Finding // its blocking findings
}

// maxFailures bounds the failed drafts a case reads back.
const maxFailures = 1000

// failures reads the failed drafts of the launches (at most maxFailures)
// through GET /v1/launches/{id}/drafts?status=failed.
func failures(ctx context.Context, hc *http.Client, base, token string, ids []string) ([]Failure, error) {
	var out []Failure
	for _, id := range ids {
		cursor := ""
		for len(out) < maxFailures {
			q := url.Values{"status": {string(core.StatusFailed)}, "limit": {"100"}}
			if cursor != "" {
				q.Set("cursor", cursor)
			}
			var page struct {
				Items      []core.Draft `json:"items"`
				NextCursor string       `json:"next_cursor"`
			}
			if err := call(ctx, hc, http.MethodGet, base+"/v1/launches/"+id+"/drafts?"+q.Encode(), token, nil, http.StatusOK, &page); err != nil {
				return out, err
			}
			for _, d := range page.Items {
				f := Failure{SKU: d.SKU, Locale: d.Locale, Reason: d.Reason, Text: d.Text}
				for _, fi := range d.Findings {
					if fi.Severity == core.SeverityBlock {
						f.Blocks = append(f.Blocks, fi)
					}
				}
				out = append(out, f)
			}
			if page.NextCursor == "" {
				break
			}
			cursor = page.NextCursor
		}
	}
	return out, nil
}

// printFailures prints how many failed drafts each blocking rule (in each
// locale) accounts for, and up to three examples of each with the
// finding's message and the text, so that a false block can be read.
func printFailures(w io.Writer, fs []Failure) {
	if len(fs) == 0 {
		return
	}
	type group struct {
		n   int
		ex  []string
		key string
	}
	groups := map[string]*group{}
	// add counts one failed draft under key k, keeping up to three examples.
	add := func(k string, example func() string) {
		g := groups[k]
		if g == nil {
			g = &group{key: k}
			groups[k] = g
		}
		g.n++
		if len(g.ex) < 3 {
			g.ex = append(g.ex, example())
		}
	}
	for _, f := range fs {
		rules := map[string]bool{}
		for _, b := range f.Blocks {
			k := b.Rule + " " + f.Locale
			if rules[k] {
				continue
			}
			rules[k] = true
			add(k, func() string {
				return fmt.Sprintf("%s: %s [%d:%d %q]\n      text: %s", f.SKU, b.Message, b.Start, b.End, excerpt(f.Text, b.Start, b.End), f.Text)
			})
		}
		if len(f.Blocks) == 0 {
			add("(no blocking finding) "+f.Locale, func() string { return fmt.Sprintf("%s: reason %q", f.SKU, f.Reason) })
		}
	}
	list := make([]*group, 0, len(groups))
	for _, g := range groups {
		list = append(list, g)
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].n != list[j].n {
			return list[i].n > list[j].n
		}
		return list[i].key < list[j].key
	})
	fmt.Fprintf(w, "failed drafts: %d, by blocking rule and locale:\n", len(fs))
	for _, g := range list {
		fmt.Fprintf(w, "  %d  %s\n", g.n, g.key)
		for _, e := range g.ex {
			fmt.Fprintf(w, "    %s\n", e)
		}
	}
}

// excerpt is the text's runes [start, end) (the finding's span), or ""
// when the span is empty or outside the text.
func excerpt(text string, start, end int) string {
	r := []rune(text)
	if start < 0 || end <= start || end > len(r) {
		return ""
	}
	return strings.TrimSpace(string(r[start:end]))
}

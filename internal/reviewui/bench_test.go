package reviewui_test

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/copydesk/copydesk/internal/core"
)

// BenchmarkQueuePage1000 measures the queue page of a reviewer with 1,000
// drafts waiting (the page's maximum), each with a full description and
// two findings: the store query, the launches' progress and the HTML,
// through the real handler on the embedded SQLite store.
func BenchmarkQueuePage1000(b *testing.B) {
	h := newHarness(b)
	ctx := context.Background()
	const products = 250
	locales := []string{"en-GB", "fr-FR", "de-DE", "it-IT"}
	l := &core.Launch{Name: "Queue benchmark", SourceLocale: "en-GB", Locales: locales, Channels: []string{"pdp"},
		GoLive: "2027-01-15", Mode: core.ModeGenerate, CreatedAt: time.Now().UTC()}
	var ps []core.Product
	var ds []*core.Draft
	text := strings.Repeat("A sterling silver charm with a clear cubic zirconia heart, hand-finished for everyday wear. ", 5)
	for i := range products {
		sku := fmt.Sprintf("B%07d", i)
		ps = append(ps, core.Product{SKU: sku, Name: "Bench Charm", Category: "charm", Materials: []string{"sterling silver"}})
		for _, loc := range locales {
			ds = append(ds, &core.Draft{SKU: sku, Locale: loc, Channel: "pdp", Status: core.StatusInReview, Text: text, Version: 1,
				Findings: []core.Finding{
					{Rule: "no-cheap", Category: "banned_term", Severity: core.SeverityBlock, Message: "'cheap' is banned", Start: 2, End: 8},
					{Rule: "reading-level", Category: "readability", Severity: core.SeverityWarn, Message: "too long"},
				}, CreatedAt: l.CreatedAt, UpdatedAt: l.CreatedAt})
		}
	}
	if err := h.app.Service.CreateLaunch(ctx, l, ps, ds); err != nil {
		b.Fatal(err)
	}
	url := "/review/?launch=" + l.ID
	cl := newClient(b, h.srv.URL)
	cl.signIn(adminSecret)
	resp, body := cl.get(url)
	if resp.StatusCode != http.StatusOK || strings.Count(body, `<th scope="row">`) != 1000 {
		b.Fatalf("queue: %d with %d rows", resp.StatusCode, strings.Count(body, `<th scope="row">`))
	}
	size := len(body)
	for b.Loop() {
		resp, _ := cl.get(url)
		if resp.StatusCode != http.StatusOK {
			b.Fatal(resp.Status)
		}
	}
	b.ReportMetric(float64(size)/1024, "KiB/page")
}

package faults

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/copydesk/copydesk/internal/fakellm"
)

// llmFault is how the fake model treats one kind of product: the first
// Times requests get Reply (every request when Times is 0), later ones a
// normal reply.
type llmFault struct {
	Kind  string
	Reply fakellm.Scripted
	Times int
	// Fails says the drafts must end failed (with a reason holding
	// Reason); otherwise they must be written (in_review or published).
	Fails  bool
	Reason string
	// One says a single product meets the fault (not two): a fault that
	// cools the provider for 10 s (no Retry-After) holds up every draft.
	One bool
}

// TestModelFaults runs one launch whose products each meet one fault of a
// model provider: 429 storms, 5xx, timeouts and malformed JSON for a while
// (drafts written once they pass), truncated output, refusals and
// NUL-laden text for good (drafts fail with the reason), NUL-laden text
// once (re-asked, then written). Every draft settles, attempts stay within
// MAX_ATTEMPTS, model calls per draft within the faults plus the attempt
// budget, and no stored text holds a control character.
func TestModelFaults(t *testing.T) {
	t.Parallel()
	faults := []llmFault{
		{Kind: "Plain"},
		{Kind: "Storm", Reply: fakellm.Scripted{Fault: fakellm.FaultRateLimit, RetryAfter: 1}, Times: 6},
		{Kind: "Outage", Reply: fakellm.Scripted{Status: 502, RetryAfter: 1}, Times: 2},
		{Kind: "Unavailable", Reply: fakellm.Scripted{Fault: fakellm.FaultServerError}, Times: 1, One: true},
		{Kind: "Slow", Reply: fakellm.Scripted{Fault: fakellm.FaultHang}, Times: 1, One: true},
		{Kind: "Garbled", Reply: fakellm.Scripted{Fault: fakellm.FaultMalformed}, Times: 1, One: true},
		{Kind: "Cut", Reply: fakellm.Scripted{Fault: fakellm.FaultTruncated}, Fails: true, Reason: "cut off"},
		{Kind: "Refused", Reply: fakellm.Scripted{Fault: fakellm.FaultRefusal}, Fails: true, Reason: "refused"},
		{Kind: "Filtered", Reply: fakellm.Scripted{Fault: fakellm.FaultFiltered}, Fails: true, Reason: "content filter"},
		{Kind: "Nul", Reply: fakellm.Scripted{Fault: fakellm.FaultNUL}, Fails: true, Reason: "blocking findings"},
		{Kind: "NulOnce", Reply: fakellm.Scripted{Fault: fakellm.FaultNUL}, Times: 1},
	}
	var mu sync.Mutex
	calls := map[string]int{} // model requests by product name
	byName := map[string]llmFault{}
	var ps []product
	for _, f := range faults {
		n := 2
		if f.One {
			n = 1
		}
		for i, p := range products(f.Kind, n) {
			p.SKU = fmt.Sprintf("%s-%d", strings.ToUpper(f.Kind), i)
			ps = append(ps, p)
			byName[p.Name] = f
		}
	}
	plan := func(req fakellm.ChatRequest) (fakellm.Scripted, bool) {
		user := ""
		for _, m := range req.Messages {
			if m.Role == "user" {
				user = m.Content
			}
		}
		for name, f := range byName {
			if !strings.Contains(user, `"`+name+`"`) {
				continue
			}
			mu.Lock()
			calls[name]++
			n := calls[name]
			mu.Unlock()
			if f.Reply != (fakellm.Scripted{}) && (f.Times == 0 || n <= f.Times) {
				return f.Reply, true
			}
			return fakellm.Scripted{}, false
		}
		return fakellm.Scripted{}, false
	}
	s := newStack(t, stackOptions{Workers: 2, Concurrency: 4,
		LLM: fakellm.Options{Latency: 50 * time.Millisecond, HangFor: 5 * time.Second, Plan: plan}})
	start := time.Now()
	launch := s.submit("model faults", []string{"en-GB"}, ps)
	done := s.waitSettled(launch, 150*time.Second)
	ds := s.checkOutcome(launch)
	t.Logf("launch of %d drafts settled in %v: %v; model calls by product %v; fake stats %+v",
		len(ds), done.Sub(start).Round(100*time.Millisecond), statusCounts(ds), calls, s.llm.Stats())

	maxAttempts := 2
	sku := map[string]draftRow{}
	for _, d := range ds {
		sku[d.SKU] = d
	}
	for _, p := range ps {
		f, d := byName[p.Name], sku[p.SKU]
		switch {
		case f.Fails && (d.Status != "failed" || !strings.Contains(d.Reason, f.Reason)):
			t.Errorf("%s (%s): %s %q, want failed with a reason naming %q", p.Name, f.Kind, d.Status, d.Reason, f.Reason)
		case !f.Fails && d.Status == "failed":
			t.Errorf("%s (%s): failed (%q), want it written once the fault passed", p.Name, f.Kind, d.Reason)
		}
		// Transient faults are retried without spending attempts; each
		// attempt is one call; the fault's own calls come on top. A re-ask
		// that meets the provider cooling down waits inside the round, so
		// no paid attempt is bought again.
		if limit := f.Times + maxAttempts; calls[p.Name] > limit {
			t.Errorf("%s (%s): %d model calls, want at most %d", p.Name, f.Kind, calls[p.Name], limit)
		}
	}
	for _, kind := range []string{"Nul"} {
		for _, p := range ps {
			if byName[p.Name].Kind == kind && sku[p.SKU].Attempts != maxAttempts {
				t.Errorf("%s: %d attempts, want the whole budget (%d) spent re-asking", p.Name, sku[p.SKU].Attempts, maxAttempts)
			}
		}
	}
	var dirty int
	if err := s.db.QueryRow(context.Background(), `SELECT count(*) FROM drafts WHERE launch_id = $1
		AND text ~ '[\x01-\x08\x0b\x0c\x0e-\x1f\x7f\u202a-\u202e\u2066-\u2069]'`, launch).Scan(&dirty); err != nil {
		t.Fatal(err)
	}
	if dirty > 0 {
		t.Errorf("%d stored drafts hold control or bidi characters", dirty)
	}
	s.checkNoSecrets()
}

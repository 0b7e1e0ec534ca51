package faults

import (
	"context"
	"encoding/json"
	"net/http"
	"sync"
	"testing"
	"time"

	"github.com/copydesk/copydesk/internal/fakellm"
)

// TestPostgresConnectionsTerminatedMidLaunch ends every database
// connection of the API and the workers (pg_terminate_backend, by their
// application_name) every 200 ms for four seconds mid-launch, while a
// client reads the launch, its drafts and one draft over the API: the
// launch settles, nothing is published twice, and no read answers 500
// (a dropped connection is retried or answered 503 with Retry-After).
func TestPostgresConnectionsTerminatedMidLaunch(t *testing.T) {
	t.Parallel()
	s := newStack(t, stackOptions{Workers: 2, Concurrency: 3,
		Env: map[string]string{"AUTO_APPROVE": "en-GB:0"},
		LLM: fakellm.Options{Latency: 300 * time.Millisecond}})
	launch := s.submit("connections terminated", []string{"en-GB"}, products("Pg", 30))
	var page struct {
		Items []struct{ ID string } `json:"items"`
	}
	if status, _, b := s.do(http.MethodGet, "/v1/launches/"+launch+"/drafts?limit=1", nil, &page); status != 200 || len(page.Items) == 0 {
		t.Fatalf("drafts: %d %s", status, b)
	}
	draft := page.Items[0].ID

	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	var mu sync.Mutex
	answers := map[int]int{}
	var bad []string
	wg.Add(1)
	go func() {
		defer wg.Done()
		paths := []string{"/v1/launches/" + launch, "/v1/launches/" + launch + "/drafts?limit=50", "/v1/drafts/" + draft,
			"/v1/launches/" + launch + "/events?after=0&limit=50", "/v1/catalogue?limit=10"}
		for i := 0; ctx.Err() == nil; i++ {
			status, h, b, err := s.request(http.MethodGet, paths[i%len(paths)], nil, nil)
			mu.Lock()
			if err != nil {
				bad = append(bad, err.Error())
			}
			answers[status]++
			switch {
			case status == http.StatusServiceUnavailable:
				var p struct{ Type string }
				if h.Get("Retry-After") == "" || h.Get("Content-Type") != "application/problem+json" || json.Unmarshal(b, &p) != nil {
					bad = append(bad, "503 without Retry-After or problem+json: "+string(b))
				}
			case status >= 500:
				bad = append(bad, paths[i%len(paths)]+": "+string(b))
			}
			mu.Unlock()
		}
	}()
	waitFor(t, 60*time.Second, "some drafts written", func() bool {
		c := s.counts(launch)
		return c["in_review"]+c["published"] >= 3
	})
	before := s.counts(launch)
	terminated := 0
	start := time.Now()
	for time.Since(start) < 4*time.Second {
		terminated += s.terminate()
		time.Sleep(200 * time.Millisecond)
	}
	last := time.Now()
	done := s.waitSettled(launch, 150*time.Second)
	cancel()
	wg.Wait()
	ds := s.checkOutcome(launch)
	t.Logf("terminated %d connections over 4 s from drafts %v; launch settled %v after the last (%v); API reads answered %v",
		terminated, before, done.Sub(last).Round(100*time.Millisecond), statusCounts(ds), answers)
	if terminated == 0 {
		t.Error("no connection of the processes was terminated: the test did not exercise the fault")
	}
	for _, b := range bad {
		t.Errorf("read during terminations: %s", b)
	}
	s.checkNoSecrets()
}

package faults

import (
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/copydesk/copydesk/internal/fakellm"
)

// TestWorkerKilledMidLaunch SIGKILLs one of three workers while it holds
// generation tasks (the fake LLM has just received its request, which it
// answers slowly): the other two finish the launch, the sweep rescues the
// dead worker's tasks once their Asynq lease expires, every draft settles,
// nothing is published twice. Drafts without findings are auto-approved,
// so publish tasks run during the kill too.
func TestWorkerKilledMidLaunch(t *testing.T) {
	t.Parallel()
	keys := []string{secret("sk-w0-"), secret("sk-w1-"), secret("sk-w2-")}
	var mu sync.Mutex
	seen := map[string]int{} // requests by Authorization header
	s := newStack(t, stackOptions{Workers: 3, Concurrency: 3, Keys: keys,
		Env: map[string]string{"AUTO_APPROVE": "en-GB:0"},
		LLM: fakellm.Options{Latency: 1500 * time.Millisecond, Plan: func(req fakellm.ChatRequest) (fakellm.Scripted, bool) {
			mu.Lock()
			seen[req.Header.Get("Authorization")]++
			mu.Unlock()
			return fakellm.Scripted{}, false
		}}})
	launch := s.submit("killed worker", []string{"en-GB"}, products("Kill", 24))
	// A token made through the API and used: it must not reach the logs
	// either (checkNoSecrets), nor may a wrong one.
	tok := s.makeToken("integration")
	if status, _, b, err := s.requestAs(tok, "GET", "/v1/launches/"+launch, nil, nil); err != nil || status != 200 {
		t.Fatalf("read with a made token: %d %s %v", status, b, err)
	}
	wrong := tok[:len(tok)-4] + "abcd"
	s.madeTokens = append(s.madeTokens, wrong)
	if status, _, _, _ := s.requestAs(wrong, "GET", "/v1/launches/"+launch, nil, nil); status != 401 {
		t.Errorf("a wrong token answered %d, want 401", status)
	}

	// worker0 (keys[0]; the API never calls the model) has a request in
	// flight: kill it now.
	waitFor(t, 60*time.Second, "worker0's first model request", func() bool {
		mu.Lock()
		defer mu.Unlock()
		return seen["Bearer "+keys[0]] > 0
	})
	s.workers[0].kill()
	killed := time.Now()
	before := s.counts(launch)

	done := s.waitSettled(launch, 150*time.Second)
	ds := s.checkOutcome(launch)
	rescued := strings.Contains(s.logs(), "sweep rescued the tasks of a dead worker")
	t.Logf("killed worker0 with drafts %v; launch settled %v after the kill (%v); orphans rescued by the sweep: %v",
		before, done.Sub(killed).Round(100*time.Millisecond), statusCounts(ds), rescued)
	if !rescued {
		t.Error("no sweep logged rescuing the dead worker's tasks, though it was killed with a model request in flight")
	}
	s.checkNoSecrets()
	if c := statusCounts(ds); c["published"] == 0 {
		t.Errorf("no draft was published (%v): the test does not exercise publishing", c)
	}
}

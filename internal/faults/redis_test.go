package faults

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/internal/fakellm"
)

// redisFault runs a launch over two workers, applies fault once a few
// drafts are written and others still wait in Redis, and checks that the
// sweep (STUCK_AFTER 4s, RECONCILE_INTERVAL 1s) finishes the launch.
func redisFault(t *testing.T, name string, fault func(s *stack)) {
	s := newStack(t, stackOptions{Workers: 2, Concurrency: 2,
		Env: map[string]string{"AUTO_APPROVE": "en-GB:0"},
		LLM: fakellm.Options{Latency: 400 * time.Millisecond}})
	launch := s.submit(name, []string{"en-GB"}, products("Redis", 24))
	waitFor(t, 60*time.Second, "some drafts written", func() bool {
		c := s.counts(launch)
		return c["in_review"]+c["published"]+c["approved"] >= 4
	})
	before := s.counts(launch)
	at := time.Now()
	fault(s)
	done := s.waitSettled(launch, 150*time.Second)
	ds := s.checkOutcome(launch)
	t.Logf("%s with drafts %v; launch settled %v after it (%v)", name, before,
		done.Sub(at).Round(100*time.Millisecond), statusCounts(ds))
	if c := statusCounts(ds); c["published"] == 0 {
		t.Errorf("no draft was published (%v)", c)
	}
	s.checkNoSecrets()
}

// TestRedisFlushedMidLaunch empties Redis (FLUSHALL) mid-launch: queued
// tasks are gone, the database still has the drafts, the sweep enqueues
// them again.
func TestRedisFlushedMidLaunch(t *testing.T) {
	t.Parallel()
	redisFault(t, "Redis flushed", func(s *stack) { s.redis.flush() })
}

// TestRedisRestartedMidLaunch kills the test's own redis-server (no
// persistence: it comes back empty) and starts it again on the same port
// two seconds later; workers and API reconnect, the sweep refills the
// queue.
func TestRedisRestartedMidLaunch(t *testing.T) {
	t.Parallel()
	redisFault(t, "Redis restarted", func(s *stack) {
		s.redis.kill()
		time.Sleep(2 * time.Second)
		s.redis.start()
	})
}

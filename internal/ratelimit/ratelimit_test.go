package ratelimit

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"sync"
	"testing"
	"time"

	"github.com/copydesk/copydesk/internal/testutil"

	"github.com/alicebob/miniredis/v2"
	"github.com/redis/go-redis/v9"

	"github.com/copydesk/copydesk/internal/llm"
)

// newRedisClient connects to url and registers its closing.
func newRedisClient(t testing.TB, url string) *redis.Client {
	t.Helper()
	opt, err := redis.ParseURL(url)
	if err != nil {
		t.Fatal(err)
	}
	c := redis.NewClient(opt)
	t.Cleanup(func() { c.Close() })
	return c
}

// testPrefix is a random key prefix whose keys are deleted after the test,
// so that tests share a database with others and each other.
func testPrefix(t testing.TB, c *redis.Client) string {
	t.Helper()
	b := make([]byte, 6)
	_, _ = rand.Read(b)
	prefix := "copydesk-test:" + hex.EncodeToString(b) + ":"
	t.Cleanup(func() {
		ctx := context.Background()
		iter := c.Scan(ctx, 0, prefix+"*", 100).Iterator()
		var keys []string
		for iter.Next(ctx) {
			keys = append(keys, iter.Val())
		}
		if len(keys) > 0 {
			c.Del(ctx, keys...)
		}
	})
	return prefix
}

type limiter interface {
	llm.Limiter
}

// implementations returns every limiter to run the conformance tests on.
func implementations(t *testing.T) map[string]func(t *testing.T) limiter {
	return map[string]func(t *testing.T) limiter{
		"memory": func(t *testing.T) limiter { return NewMemory(nil) },
		"miniredis": func(t *testing.T) limiter {
			mr := miniredis.RunT(t)
			c := redis.NewClient(&redis.Options{Addr: mr.Addr()})
			t.Cleanup(func() { c.Close() })
			return NewRedis(c, "")
		},
		"redis": func(t *testing.T) limiter {
			c := newRedisClient(t, testutil.ServiceURL(t, "TEST_REDIS_URL"))
			return NewRedis(c, testPrefix(t, c))
		},
	}
}

// near reports whether got is want within the slack that a test's own
// running time adds.
// near reports whether a wait is the one booked: want, less the time that
// has really passed since t0 (when the subtest's first slot was booked, or
// before), so a loaded machine never fails it; never more than want.
func near(got, want time.Duration, t0 time.Time) bool {
	const tick = 10 * time.Millisecond // clock reads on either side
	return got >= want-time.Since(t0)-tick && got <= want+tick
}

func TestLimiterConformance(t *testing.T) {
	ctx := context.Background()
	for name, newLimiter := range implementations(t) {
		t.Run(name, func(t *testing.T) {
			t.Run("requests are spaced at 60s/rpm", func(t *testing.T) {
				l := newLimiter(t)
				t0 := time.Now()
				lim := llm.Limit{RPM: 60}
				for i, want := range []time.Duration{0, time.Second, 2 * time.Second} {
					wait, ok, err := l.Reserve(ctx, "p", lim, 0, 10*time.Second)
					if err != nil || !ok || !near(wait, want, t0) {
						t.Fatalf("reservation %d: wait %v ok %v err %v, want %v", i, wait, ok, err, want)
					}
				}
			})
			t.Run("a wait beyond the bound books nothing", func(t *testing.T) {
				l := newLimiter(t)
				t0 := time.Now()
				lim := llm.Limit{RPM: 30} // one every 2 s
				if _, ok, _ := l.Reserve(ctx, "p", lim, 0, time.Second); !ok {
					t.Fatal("first reservation refused")
				}
				for range 3 {
					wait, ok, err := l.Reserve(ctx, "p", lim, 0, time.Second)
					if err != nil || ok || !near(wait, 2*time.Second, t0) {
						t.Fatalf("over the bound: wait %v ok %v err %v", wait, ok, err)
					}
				}
				// The refusals booked nothing: the next slot is still 2 s out.
				wait, ok, err := l.Reserve(ctx, "p", lim, 0, 5*time.Second)
				if err != nil || !ok || !near(wait, 2*time.Second, t0) {
					t.Fatalf("after refusals: wait %v ok %v err %v", wait, ok, err)
				}
			})
			t.Run("tokens are spaced by their share of tpm", func(t *testing.T) {
				l := newLimiter(t)
				t0 := time.Now()
				lim := llm.Limit{TPM: 6000} // 100 tokens a second
				if _, ok, _ := l.Reserve(ctx, "p", lim, 300, time.Minute); !ok {
					t.Fatal("refused")
				}
				wait, ok, err := l.Reserve(ctx, "p", lim, 100, time.Minute)
				if err != nil || !ok || !near(wait, 3*time.Second, t0) {
					t.Fatalf("wait %v ok %v err %v, want 3s", wait, ok, err)
				}
			})
			t.Run("the tighter of rpm and tpm wins", func(t *testing.T) {
				l := newLimiter(t)
				t0 := time.Now()
				lim := llm.Limit{RPM: 600, TPM: 6000} // 0.1 s a request, 1 s per 100 tokens
				l.Reserve(ctx, "p", lim, 100, time.Minute)
				if wait, _, _ := l.Reserve(ctx, "p", lim, 100, time.Minute); !near(wait, time.Second, t0) {
					t.Fatalf("wait %v, want the token spacing of 1s", wait)
				}
			})
			t.Run("a penalty holds every slot", func(t *testing.T) {
				l := newLimiter(t)
				t0 := time.Now()
				if err := l.Penalize(ctx, "p", 3*time.Second); err != nil {
					t.Fatal(err)
				}
				// A shorter penalty does not shorten the longer one.
				if err := l.Penalize(ctx, "p", time.Second); err != nil {
					t.Fatal(err)
				}
				wait, ok, err := l.Reserve(ctx, "p", llm.Limit{RPM: 6000}, 0, 10*time.Second)
				if err != nil || !ok || !near(wait, 3*time.Second, t0) {
					t.Fatalf("wait %v ok %v err %v, want 3s", wait, ok, err)
				}
			})
			t.Run("keys are independent and no limit means no wait", func(t *testing.T) {
				l := newLimiter(t)
				l.Reserve(ctx, "a", llm.Limit{RPM: 1}, 0, time.Minute)
				if wait, ok, _ := l.Reserve(ctx, "b", llm.Limit{RPM: 1}, 0, time.Minute); !ok || wait > 50*time.Millisecond {
					t.Fatalf("b waited %v for a's booking", wait)
				}
				for range 5 {
					if wait, ok, _ := l.Reserve(ctx, "c", llm.Limit{}, 1000, 0); !ok || wait != 0 {
						t.Fatalf("unlimited key waited %v", wait)
					}
				}
			})
			t.Run("negative limits are refused", func(t *testing.T) {
				l := newLimiter(t)
				if _, _, err := l.Reserve(ctx, "p", llm.Limit{RPM: -1}, 0, time.Second); err == nil {
					t.Fatal("accepted")
				}
			})
		})
	}
}

// TestProcessesShareTheLimit: three processes of four callers each book
// slots on one shared limit as fast as they can, sleeping never. The
// limiter books one slot per interval across all of them, so how many
// reservations it grants within maxWait is fixed by the interval, not by
// how fast this machine runs: at least every slot up to maxWait after the
// first call, at most one per interval up to maxWait after the last.
// Refused reservations booked nothing and said why (a wait past the
// bound). The pace under real sleeping is measured by the benchmark
// (BenchmarkRouterAgainstProvider), not asserted here.
func TestProcessesShareTheLimit(t *testing.T) {
	url := testutil.ServiceURL(t, "TEST_REDIS_URL")
	const (
		processes = 3
		callers   = 4
		calls     = 10 // per caller: 120 in all, far more than the slots
		rpm       = 1200
		maxWait   = time.Second
	)
	interval := time.Minute / rpm // 50 ms: 20 slots within maxWait
	prefix := testPrefix(t, newRedisClient(t, url))
	var mu sync.Mutex
	var granted []time.Duration
	var wg sync.WaitGroup
	ctx := context.Background()
	start := time.Now()
	for range processes {
		l := NewRedis(newRedisClient(t, url), prefix)
		for range callers {
			wg.Go(func() {
				for range calls {
					wait, ok, err := l.Reserve(ctx, "shared", llm.Limit{RPM: rpm}, 0, maxWait)
					if err != nil {
						t.Error(err)
						return
					}
					if ok != (wait <= maxWait) {
						t.Errorf("reserve: wait %v, ok %v with a bound of %v", wait, ok, maxWait)
					}
					if ok {
						mu.Lock()
						granted = append(granted, wait)
						mu.Unlock()
					}
				}
			})
		}
	}
	wg.Wait()
	elapsed := time.Since(start)
	least := int(maxWait / interval)
	most := int((maxWait+elapsed)/interval) + 1
	if n := len(granted); n < least || n > most {
		t.Fatalf("%d reservations granted in %v; the shared limit books between %d and %d", n, elapsed, least, most)
	}
	t.Logf("%d of %d reservations granted (bounds %d..%d, calls took %v)", len(granted), processes*callers*calls, least, most, elapsed.Round(time.Millisecond))
}

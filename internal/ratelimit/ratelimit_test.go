package ratelimit

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"slices"
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
func near(got, want time.Duration) bool {
	const slack = 150 * time.Millisecond
	return got >= want-slack && got <= want+slack
}

func TestLimiterConformance(t *testing.T) {
	ctx := context.Background()
	for name, newLimiter := range implementations(t) {
		t.Run(name, func(t *testing.T) {
			t.Run("requests are spaced at 60s/rpm", func(t *testing.T) {
				l := newLimiter(t)
				lim := llm.Limit{RPM: 60}
				for i, want := range []time.Duration{0, time.Second, 2 * time.Second} {
					wait, ok, err := l.Reserve(ctx, "p", lim, 0, 10*time.Second)
					if err != nil || !ok || !near(wait, want) {
						t.Fatalf("reservation %d: wait %v ok %v err %v, want %v", i, wait, ok, err, want)
					}
				}
			})
			t.Run("a wait beyond the bound books nothing", func(t *testing.T) {
				l := newLimiter(t)
				lim := llm.Limit{RPM: 30} // one every 2 s
				if _, ok, _ := l.Reserve(ctx, "p", lim, 0, time.Second); !ok {
					t.Fatal("first reservation refused")
				}
				for range 3 {
					wait, ok, err := l.Reserve(ctx, "p", lim, 0, time.Second)
					if err != nil || ok || !near(wait, 2*time.Second) {
						t.Fatalf("over the bound: wait %v ok %v err %v", wait, ok, err)
					}
				}
				// The refusals booked nothing: the next slot is still 2 s out.
				wait, ok, err := l.Reserve(ctx, "p", lim, 0, 5*time.Second)
				if err != nil || !ok || !near(wait, 2*time.Second) {
					t.Fatalf("after refusals: wait %v ok %v err %v", wait, ok, err)
				}
			})
			t.Run("tokens are spaced by their share of tpm", func(t *testing.T) {
				l := newLimiter(t)
				lim := llm.Limit{TPM: 6000} // 100 tokens a second
				if _, ok, _ := l.Reserve(ctx, "p", lim, 300, time.Minute); !ok {
					t.Fatal("refused")
				}
				wait, ok, err := l.Reserve(ctx, "p", lim, 100, time.Minute)
				if err != nil || !ok || !near(wait, 3*time.Second) {
					t.Fatalf("wait %v ok %v err %v, want 3s", wait, ok, err)
				}
			})
			t.Run("the tighter of rpm and tpm wins", func(t *testing.T) {
				l := newLimiter(t)
				lim := llm.Limit{RPM: 600, TPM: 6000} // 0.1 s a request, 1 s per 100 tokens
				l.Reserve(ctx, "p", lim, 100, time.Minute)
				if wait, _, _ := l.Reserve(ctx, "p", lim, 100, time.Minute); !near(wait, time.Second) {
					t.Fatalf("wait %v, want the token spacing of 1s", wait)
				}
			})
			t.Run("a penalty holds every slot", func(t *testing.T) {
				l := newLimiter(t)
				if err := l.Penalize(ctx, "p", 3*time.Second); err != nil {
					t.Fatal(err)
				}
				// A shorter penalty does not shorten the longer one.
				if err := l.Penalize(ctx, "p", time.Second); err != nil {
					t.Fatal(err)
				}
				wait, ok, err := l.Reserve(ctx, "p", llm.Limit{RPM: 6000}, 0, 10*time.Second)
				if err != nil || !ok || !near(wait, 3*time.Second) {
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

// TestProcessesShareTheLimit stands several processes up as separate Redis
// clients, each with concurrent callers that reserve, wait and "send", and
// checks that the sends together keep to the limit and use it.
func TestProcessesShareTheLimit(t *testing.T) {
	url := testutil.ServiceURL(t, "TEST_REDIS_URL")
	const (
		processes = 3
		callers   = 4
		rpm       = 1200 // one request every 50 ms
		run       = 2 * time.Second
	)
	interval := time.Minute / rpm
	prefix := testPrefix(t, newRedisClient(t, url))
	var mu sync.Mutex
	var sends []time.Time
	var wg sync.WaitGroup
	ctx := context.Background()
	deadline := time.Now().Add(run)
	for range processes {
		l := NewRedis(newRedisClient(t, url), prefix)
		for range callers {
			wg.Go(func() {
				for time.Now().Before(deadline) {
					wait, ok, err := l.Reserve(ctx, "shared", llm.Limit{RPM: rpm}, 0, 5*time.Second)
					if err != nil {
						t.Error(err)
						return
					}
					if !ok {
						t.Errorf("wait %v over the bound", wait)
						return
					}
					time.Sleep(wait)
					mu.Lock()
					sends = append(sends, time.Now())
					mu.Unlock()
				}
			})
		}
	}
	wg.Wait()
	slices.SortFunc(sends, func(a, b time.Time) int { return a.Compare(b) })
	if len(sends) < 2 {
		t.Fatalf("%d sends", len(sends))
	}
	span := sends[len(sends)-1].Sub(sends[0])
	// Under the limit: in any window of 10 intervals there are at most 10
	// sends plus one for the scheduling jitter of a loaded machine.
	for i := range sends {
		j := i
		for j < len(sends) && sends[j].Sub(sends[i]) < 10*interval {
			j++
		}
		if j-i > 11 {
			t.Fatalf("%d sends within %v at %d: over the limit", j-i, 10*interval, i)
		}
	}
	// And using it: the pace is close to the limit.
	pace := float64(len(sends)-1) / span.Minutes()
	if pace > rpm*1.02 || pace < rpm*0.9 {
		t.Errorf("pace %.0f rpm, want about %d", pace, rpm)
	}
	t.Logf("%d sends from %d clients in %v: %.0f rpm of %d", len(sends), processes, span.Round(time.Millisecond), pace, rpm)
}

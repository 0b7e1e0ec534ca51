package ratelimit

import (
	"context"
	"errors"
	"net/http/httptest"
	"os"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/alicebob/miniredis/v2"
	"github.com/redis/go-redis/v9"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/fakellm"
	"github.com/copydesk/copydesk/internal/llm"
	"github.com/copydesk/copydesk/internal/openai"
)

// BenchmarkRouterAgainstRateLimitedProvider drives the whole LLM path
// (llm.Router → openai.Generator → HTTP) against fakellm with a latency and
// a strict requests-per-minute window, the way a fleet of workers would:
// concurrent callers, and an unavailable answer retried after its
// RetryAfter as the queue would. It reports the pace the provider admitted
// as a fraction of its limit, the 429s it had to send, and the time.
//
// The default run is 200 calls at 120 rpm with 300 ms latency, about 100 s
// per case, so run it on its own:
//
//	TEST_REDIS_URL=redis://127.0.0.1:6379/15 go test -run '^$' -bench RouterAgainst -benchtime 1x ./internal/ratelimit
//
// COPYDESK_BENCH_CALLS and COPYDESK_BENCH_RPM shorten it (e.g. 200 and
// 600: about 20 s a case). Without TEST_REDIS_URL the limiter runs on an
// in-process miniredis.
func BenchmarkRouterAgainstRateLimitedProvider(b *testing.B) {
	calls := envInt(b, "COPYDESK_BENCH_CALLS", 200)
	rpm := envInt(b, "COPYDESK_BENCH_RPM", 120)
	const callers = 20
	cases := []struct {
		name      string
		processes int     // routers, each with its own Redis client
		limited   bool    // a shared limiter books requests before calling
		headroom  float64 // fraction of the limit booked; 0: the router's default
	}{
		{"limiter=redis/processes=1", 1, true, 0},
		{"limiter=redis/processes=2", 2, true, 0},
		// Booking the full limit shows why the router keeps 2% headroom.
		{"limiter=redis/processes=2/headroom=1.00", 2, true, 1},
		{"limiter=off/processes=1", 1, false, 0},
		{"limiter=off/processes=2", 2, false, 0},
	}
	for _, bc := range cases {
		b.Run(bc.name, func(b *testing.B) {
			for range b.N {
				res := runScenario(b, scenario{calls: calls, rpm: rpm, callers: callers,
					processes: bc.processes, limited: bc.limited, headroom: bc.headroom, latency: 300 * time.Millisecond})
				b.ReportMetric(res.pace/float64(rpm), "pace/limit")
				b.ReportMetric(float64(res.rateLimited), "429s")
				b.ReportMetric(100*float64(res.rateLimited)/float64(res.requests), "%429")
				b.ReportMetric(res.elapsed.Seconds(), "s/run")
				b.ReportMetric(float64(res.maxInWindow), "max/60s")
				b.Logf("%s: %d calls, %d requests, %d answered 429, admitted pace %.1f rpm of %d (%.1f%%), max %d in any 60 s, %v",
					bc.name, calls, res.requests, res.rateLimited, res.pace, rpm, 100*res.pace/float64(rpm), res.maxInWindow, res.elapsed.Round(time.Millisecond))
			}
		})
	}
}

type scenario struct {
	calls, rpm, callers, processes int
	limited                        bool
	headroom                       float64
	latency                        time.Duration
}

type scenarioResult struct {
	pace                               float64
	requests, rateLimited, maxInWindow int
	elapsed                            time.Duration
}

func runScenario(b *testing.B, sc scenario) scenarioResult {
	b.Helper()
	fake := fakellm.New(fakellm.Options{Latency: sc.latency, RPM: sc.rpm})
	srv := httptest.NewServer(fake)
	defer srv.Close()

	newClient, prefix := benchRedis(b)
	routers := make([]*llm.Router, sc.processes)
	for i := range routers {
		gen := openai.New(openai.Config{Name: "fake", BaseURL: srv.URL + "/v1", APIKey: "sk-bench", Model: "m", Timeout: 10 * time.Second})
		opts := llm.Options{MaxWait: time.Minute, Headroom: sc.headroom}
		if sc.limited {
			opts.Limiter = NewRedis(newClient(), prefix)
		}
		r, err := llm.NewRouter([]llm.Provider{{Name: "fake", Generator: gen, Weight: 1,
			Limit: llm.Limit{RPM: float64(sc.rpm)}}}, opts)
		if err != nil {
			b.Fatal(err)
		}
		routers[i] = r
	}

	req := core.GenerateRequest{Product: core.Product{SKU: "1", Name: "Heart Charm", Category: "charm"}, Locale: "en-GB", Channel: "pdp"}
	var next atomic.Int64
	var wg sync.WaitGroup
	ctx := context.Background()
	start := time.Now()
	b.ResetTimer()
	for c := range sc.callers {
		router := routers[c%len(routers)]
		wg.Go(func() {
			for next.Add(1) <= int64(sc.calls) {
				// The queue's part: an unavailable call is retried after
				// its RetryAfter without counting as an attempt.
				for {
					_, err := router.Generate(ctx, req)
					if err == nil {
						break
					}
					var cerr *core.Error
					if !errors.As(err, &cerr) || cerr.Code != core.CodeUnavailable {
						b.Errorf("call failed: %v", err)
						return
					}
					time.Sleep(max(time.Duration(cerr.RetryAfter*float64(time.Second)), 100*time.Millisecond))
				}
			}
		})
	}
	wg.Wait()
	b.StopTimer()
	st := fake.Stats()
	return scenarioResult{pace: st.Pace(), requests: st.Requests, rateLimited: st.RateLimited,
		maxInWindow: st.MaxInWindow, elapsed: time.Since(start)}
}

// benchRedis returns a factory of clients (one per stand-in process) on
// TEST_REDIS_URL, or on an in-process miniredis without it, and a fresh
// key prefix.
func benchRedis(b *testing.B) (func() redis.UniversalClient, string) {
	url := os.Getenv("TEST_REDIS_URL")
	if url == "" {
		mr := miniredis.RunT(b)
		return func() redis.UniversalClient {
			c := redis.NewClient(&redis.Options{Addr: mr.Addr()})
			b.Cleanup(func() { c.Close() })
			return c
		}, ""
	}
	prefix := testPrefix(b, newRedisClient(b, url))
	return func() redis.UniversalClient { return newRedisClient(b, url) }, prefix
}

func envInt(b *testing.B, name string, def int) int {
	v := os.Getenv(name)
	if v == "" {
		return def
	}
	n, err := strconv.Atoi(v)
	if err != nil || n <= 0 {
		b.Fatalf("%s must be a positive whole number, got %q", name, v)
	}
	return n
}

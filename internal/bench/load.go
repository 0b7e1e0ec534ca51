package bench

import (
	"context"
	"io"
	"net/http"
	"slices"
	"sync"
	"time"
)

// LoadResult is the outcome of a bounded HTTP load.
type LoadResult struct {
	Requests int
	Errors   int // transport errors and non-2xx answers
	PerSec   float64
	P50, P99 time.Duration
}

// Load sends GET url with the bearer token from conns connections at once
// until dur has passed or maxRequests have been sent, whichever is first,
// and reports the rate and latency percentiles. It only ever targets the
// URL given (a loopback server of the bench).
func Load(ctx context.Context, url, token string, conns int, dur time.Duration, maxRequests int) LoadResult {
	tr := &http.Transport{MaxIdleConns: conns, MaxIdleConnsPerHost: conns, MaxConnsPerHost: conns}
	defer tr.CloseIdleConnections()
	client := &http.Client{Transport: tr, Timeout: 10 * time.Second}
	// Requests in flight at the deadline finish: only new ones stop, so the
	// server sees no cancelled requests.
	deadline := time.Now().Add(dur)

	var (
		mu        sync.Mutex
		latencies []time.Duration
		errs      int
		sent      int
		wg        sync.WaitGroup
	)
	take := func() bool {
		mu.Lock()
		defer mu.Unlock()
		if sent >= maxRequests {
			return false
		}
		sent++
		return true
	}
	start := time.Now()
	for range conns {
		wg.Go(func() {
			var mine []time.Duration
			bad := 0
			for ctx.Err() == nil && time.Now().Before(deadline) && take() {
				req, _ := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
				req.Header.Set("Authorization", "Bearer "+token)
				t0 := time.Now()
				resp, err := client.Do(req)
				if err != nil {
					bad++
					continue
				}
				_, _ = io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				mine = append(mine, time.Since(t0))
				if resp.StatusCode/100 != 2 {
					bad++
				}
			}
			mu.Lock()
			latencies = append(latencies, mine...)
			errs += bad
			mu.Unlock()
		})
	}
	wg.Wait()
	elapsed := time.Since(start)
	slices.Sort(latencies)
	r := LoadResult{Requests: len(latencies), Errors: errs}
	if len(latencies) > 0 {
		r.PerSec = float64(len(latencies)) / elapsed.Seconds()
		r.P50 = latencies[len(latencies)/2]
		r.P99 = latencies[min(len(latencies)-1, len(latencies)*99/100)]
	}
	return r
}

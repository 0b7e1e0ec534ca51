package httpapi_test

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/copydesk/copydesk/internal/httpapi"
)

// TestRateLimit: a token over its limit gets 429 with Retry-After; other
// tokens are unaffected; a limiter failure lets requests through.
func TestRateLimit(t *testing.T) {
	t.Parallel()
	var mu sync.Mutex
	booked := map[string]int{}
	var down bool
	e := newEnv(t, func(o *httpapi.Options) {
		o.RateLimit = func(_ context.Context, tokenID string) (time.Duration, error) {
			mu.Lock()
			defer mu.Unlock()
			if down {
				return 0, errors.New("redis down")
			}
			booked[tokenID]++
			if booked[tokenID] > 2 {
				return 1500 * time.Millisecond, nil
			}
			return 0, nil
		}
	})
	for range 2 {
		wantStatus(t, e.do(request{method: "GET", path: "/v1/styleguide", token: e.merch}), 200)
	}
	rec := e.do(request{method: "GET", path: "/v1/styleguide", token: e.merch})
	p := checkProblem(t, rec, 429)
	if rec.Header().Get("Retry-After") != "2" || p.Type != "https://copydesk.dev/problems/too_many_requests" {
		t.Errorf("429: Retry-After %q, type %q", rec.Header().Get("Retry-After"), p.Type)
	}
	wantStatus(t, e.do(request{method: "GET", path: "/v1/styleguide", token: e.integration}), 200)
	mu.Lock()
	down = true
	mu.Unlock()
	wantStatus(t, e.do(request{method: "GET", path: "/v1/styleguide", token: e.merch}), 200)
}

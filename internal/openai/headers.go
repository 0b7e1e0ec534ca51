package openai

import (
	"context"
	"math"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"
)

// go-openai returns response headers only with successful replies; on an
// error it gives a status and a body. The Retry-After of a 429 matters to
// every worker sharing the provider's limit, so a wrapping transport copies
// the headers of each response into a capture carried by the request's
// context.

type captureKey struct{}

type responseCapture struct {
	mu     sync.Mutex
	header http.Header
}

func (c *responseCapture) set(h http.Header) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.header = h.Clone()
}

// Header returns the captured header, nil before any response.
func (c *responseCapture) Header() http.Header {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.header
}

func withCapture(ctx context.Context, c *responseCapture) context.Context {
	return context.WithValue(ctx, captureKey{}, c)
}

type captureTransport struct{ base http.RoundTripper }

func (t captureTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	resp, err := t.base.RoundTrip(req)
	if resp != nil {
		if c, ok := req.Context().Value(captureKey{}).(*responseCapture); ok {
			c.set(resp.Header)
		}
	}
	return resp, err
}

// withHeaderCapture returns a copy of base (or of a pooled default) whose
// transport captures response headers.
func withHeaderCapture(base *http.Client) *http.Client {
	var c http.Client
	if base != nil {
		c = *base
	}
	rt := c.Transport
	if rt == nil {
		t := http.DefaultTransport.(*http.Transport).Clone()
		// Many workers share one provider: keep enough idle connections
		// for a worker's concurrency instead of redialling TLS.
		t.MaxIdleConnsPerHost = 64
		rt = t
	}
	c.Transport = captureTransport{base: rt}
	return &c
}

// RetryAfter reads how long a provider asked us to wait, in seconds:
// retry-after-ms (OpenAI, Azure), then Retry-After as seconds or an HTTP
// date. It returns 0 when the header says nothing usable.
func RetryAfter(h http.Header, now time.Time) float64 {
	if h == nil {
		return 0
	}
	if v := strings.TrimSpace(h.Get("Retry-After-Ms")); v != "" {
		if ms, err := strconv.ParseFloat(v, 64); err == nil && ms > 0 && !math.IsInf(ms, 0) {
			return ms / 1000
		}
	}
	v := strings.TrimSpace(h.Get("Retry-After"))
	if v == "" {
		return 0
	}
	if s, err := strconv.ParseFloat(v, 64); err == nil {
		if s > 0 && !math.IsInf(s, 0) {
			return s
		}
		return 0
	}
	if at, err := http.ParseTime(v); err == nil {
		if d := at.Sub(now).Seconds(); d > 0 {
			return d
		}
	}
	return 0
}

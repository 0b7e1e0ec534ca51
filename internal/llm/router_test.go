package llm

import (
	"context"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/copydesk/copydesk/internal/core"
)

// fakeGenerator answers with its name, or with the errors queued in errs.
type fakeGenerator struct {
	name  string
	mu    sync.Mutex
	calls int
	errs  []error
}

func (g *fakeGenerator) Generate(ctx context.Context, req core.GenerateRequest) (*core.Generation, error) {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.calls++
	if len(g.errs) > 0 {
		err := g.errs[0]
		g.errs = g.errs[1:]
		if err != nil {
			return nil, err
		}
	}
	return &core.Generation{Text: "copy", Model: g.name}, nil
}

func (g *fakeGenerator) failNext(errs ...error) {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.errs = append(g.errs, errs...)
}

func (g *fakeGenerator) Calls() int {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.calls
}

// fakeLimiter grants waits from a table and records what it was asked.
type fakeLimiter struct {
	mu        sync.Mutex
	waits     map[string]time.Duration // key → wait it grants
	reserved  map[string]int           // key → tokens booked
	limits    map[string]Limit
	penalties map[string]time.Duration
	err       error
}

func newFakeLimiter() *fakeLimiter {
	return &fakeLimiter{waits: map[string]time.Duration{}, reserved: map[string]int{},
		limits: map[string]Limit{}, penalties: map[string]time.Duration{}}
}

func (l *fakeLimiter) Reserve(ctx context.Context, key string, lim Limit, tokens int, maxWait time.Duration) (time.Duration, bool, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.err != nil {
		return 0, false, l.err
	}
	l.limits[key] = lim
	w := l.waits[key]
	if w > maxWait {
		return w, false, nil
	}
	l.reserved[key] += tokens
	return w, true, nil
}

func (l *fakeLimiter) Penalize(ctx context.Context, key string, d time.Duration) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.penalties[key] = d
	return nil
}

// fakeClock is a settable clock whose Sleep advances time at once.
type fakeClock struct {
	mu    sync.Mutex
	now   time.Time
	slept []time.Duration
}

func (c *fakeClock) Now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.now }
func (c *fakeClock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
}
func (c *fakeClock) Sleep(ctx context.Context, d time.Duration) error {
	c.mu.Lock()
	c.slept = append(c.slept, d)
	c.mu.Unlock()
	c.Advance(d)
	return ctx.Err()
}

var req = core.GenerateRequest{Product: core.Product{SKU: "1", Name: "Heart Charm", Category: "charm"}, Locale: "en-GB", Channel: "pdp"}

func unavailable(retryAfter float64) error {
	return &core.Error{Code: core.CodeUnavailable, Message: "provider failed (503)", RetryAfter: retryAfter}
}

func newTestRouter(t *testing.T, lim Limiter, ps ...Provider) (*Router, *fakeClock) {
	t.Helper()
	clock := &fakeClock{now: time.Date(2026, 11, 23, 1, 0, 0, 0, time.UTC)}
	opts := Options{Limiter: lim, Now: clock.Now, Sleep: clock.Sleep, MaxWait: 10 * time.Second}
	r, err := NewRouter(ps, opts)
	if err != nil {
		t.Fatal(err)
	}
	return r, clock
}

func TestWeightedRoutingIsDeterministicAndInterleaved(t *testing.T) {
	tests := []struct {
		name    string
		weights []int
		calls   int
		want    string
	}{
		{"equal", []int{1, 1}, 4, "a b a b"},
		{"three to one", []int{3, 1}, 8, "a a b a a a b a"},
		{"five one one", []int{5, 1, 1}, 7, "a a b a c a a"},
		{"fallback only is never picked", []int{1, 0}, 3, "a a a"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var ps []Provider
			for i, w := range tt.weights {
				name := string(rune('a' + i))
				ps = append(ps, Provider{Name: name, Generator: &fakeGenerator{name: name}, Weight: w})
			}
			r, _ := newTestRouter(t, nil, ps...)
			var got []string
			for range tt.calls {
				gen, err := r.Generate(context.Background(), req)
				if err != nil {
					t.Fatal(err)
				}
				got = append(got, gen.Model)
			}
			if strings.Join(got, " ") != tt.want {
				t.Errorf("picked %q, want %q", strings.Join(got, " "), tt.want)
			}
		})
	}
}

func TestFallbackAndCooldown(t *testing.T) {
	a, b := &fakeGenerator{name: "a"}, &fakeGenerator{name: "b"}
	lim := newFakeLimiter()
	r, clock := newTestRouter(t, lim,
		Provider{Name: "a", Generator: a, Weight: 3, Limit: Limit{RPM: 100}},
		Provider{Name: "b", Generator: b, Weight: 1, Limit: Limit{RPM: 100}})

	a.failNext(unavailable(20))
	gen, err := r.Generate(context.Background(), req)
	if err != nil || gen.Model != "b" {
		t.Fatalf("first call: %v %v, want a fallback to b", gen, err)
	}
	if lim.penalties["a"] != 20*time.Second {
		t.Errorf("penalty %v, want the 20 s Retry-After shared", lim.penalties["a"])
	}
	// While a cools down every call goes to b, and a is not even tried.
	for range 3 {
		if gen, err := r.Generate(context.Background(), req); err != nil || gen.Model != "b" {
			t.Fatalf("during cooldown: %v %v", gen, err)
		}
	}
	if a.Calls() != 1 {
		t.Errorf("a called %d times during its cooldown", a.Calls())
	}
	clock.Advance(21 * time.Second)
	if gen, err := r.Generate(context.Background(), req); err != nil || gen.Model != "a" {
		t.Fatalf("after cooldown: %v %v, want a back", gen, err)
	}
}

func TestUnavailableWithoutRetryAfterUsesDefaultCooldownAndNoPenalty(t *testing.T) {
	a, b := &fakeGenerator{name: "a"}, &fakeGenerator{name: "b"}
	lim := newFakeLimiter()
	r, clock := newTestRouter(t, lim, Provider{Name: "a", Generator: a, Weight: 1}, Provider{Name: "b", Generator: b, Weight: 0})
	a.failNext(unavailable(0))
	if gen, err := r.Generate(context.Background(), req); err != nil || gen.Model != "b" {
		t.Fatalf("%v %v", gen, err)
	}
	if len(lim.penalties) != 0 {
		t.Errorf("penalised without a Retry-After: %v", lim.penalties)
	}
	clock.Advance(9 * time.Second)
	if gen, _ := r.Generate(context.Background(), req); gen.Model != "b" {
		t.Errorf("a back before the default 10 s cooldown")
	}
	clock.Advance(2 * time.Second)
	if gen, _ := r.Generate(context.Background(), req); gen.Model != "a" {
		t.Errorf("a not back after the default cooldown")
	}
}

func TestAllProvidersDownIsUnavailableWithRetryAfter(t *testing.T) {
	a, b := &fakeGenerator{name: "a"}, &fakeGenerator{name: "b"}
	r, clock := newTestRouter(t, nil, Provider{Name: "a", Generator: a, Weight: 1}, Provider{Name: "b", Generator: b, Weight: 1})
	a.failNext(unavailable(30))
	b.failNext(unavailable(12))
	_, err := r.Generate(context.Background(), req)
	var cerr *core.Error
	if !errors.As(err, &cerr) || cerr.Code != core.CodeUnavailable || cerr.RetryAfter != 12 {
		t.Fatalf("error %v, want unavailable retry after 12", err)
	}
	if !strings.Contains(cerr.Message, "a: provider failed") || !strings.Contains(cerr.Message, "b: provider failed") {
		t.Errorf("message %q does not name both failures", cerr.Message)
	}
	if errors.Is(err, core.ErrNoCall) {
		t.Error("calls that reached providers are marked ErrNoCall: the queue would not count them")
	}
	// Both cooling: the router answers at once without calling anyone.
	clock.Advance(2 * time.Second)
	_, err = r.Generate(context.Background(), req)
	if !errors.As(err, &cerr) || cerr.Code != core.CodeUnavailable || cerr.RetryAfter != 10 || !errors.Is(err, core.ErrNoCall) {
		t.Fatalf("error %v, want unavailable retry after 10, marked ErrNoCall", err)
	}
	if a.Calls() != 1 || b.Calls() != 1 {
		t.Errorf("calls a=%d b=%d, want 1 each", a.Calls(), b.Calls())
	}
}

func TestInvalidErrorsDoNotFallBack(t *testing.T) {
	a, b := &fakeGenerator{name: "a"}, &fakeGenerator{name: "b"}
	r, _ := newTestRouter(t, nil, Provider{Name: "a", Generator: a, Weight: 1}, Provider{Name: "b", Generator: b, Weight: 0})
	a.failNext(core.Errorf(core.CodeInvalid, "the model refused"))
	_, err := r.Generate(context.Background(), req)
	if !core.IsCode(err, core.CodeInvalid) || b.Calls() != 0 {
		t.Fatalf("error %v, b calls %d: an invalid reply must reach the caller", err, b.Calls())
	}
}

func TestLimiterWaitIsBounded(t *testing.T) {
	a, b := &fakeGenerator{name: "a"}, &fakeGenerator{name: "b"}
	lim := newFakeLimiter()
	r, clock := newTestRouter(t, lim,
		Provider{Name: "a", Generator: a, Weight: 1, Limit: Limit{RPM: 60, TPM: 1000}, ReplyTokens: 100},
		Provider{Name: "b", Generator: b, Weight: 0, Limit: Limit{RPM: 60}})

	// a grants a short wait: the router sleeps it and calls a.
	lim.waits["a"] = 3 * time.Second
	if gen, err := r.Generate(context.Background(), req); err != nil || gen.Model != "a" {
		t.Fatalf("%v %v", gen, err)
	}
	if len(clock.slept) != 1 || clock.slept[0] != 3*time.Second {
		t.Errorf("slept %v, want [3s]", clock.slept)
	}
	if got := lim.limits["a"]; got.RPM != 60*0.98 || got.TPM != 1000*0.98 {
		t.Errorf("booked against %+v, want the limits with 2%% headroom", got)
	}
	if lim.reserved["a"] < 100+10 {
		t.Errorf("booked %d tokens, want the prompt estimate plus the reply's 100", lim.reserved["a"])
	}

	// a is booked out beyond MaxWait: b takes the call.
	lim.waits["a"] = time.Minute
	if gen, err := r.Generate(context.Background(), req); err != nil || gen.Model != "b" {
		t.Fatalf("%v %v, want b", gen, err)
	}
	// Both booked out: unavailable with the shorter wait, nobody called.
	lim.waits["b"] = 40 * time.Second
	calls := a.Calls() + b.Calls()
	_, err := r.Generate(context.Background(), req)
	var cerr *core.Error
	if !errors.As(err, &cerr) || cerr.Code != core.CodeUnavailable || cerr.RetryAfter != 40 || !errors.Is(err, core.ErrNoCall) {
		t.Fatalf("error %v, want unavailable retry after 40, marked ErrNoCall", err)
	}
	if a.Calls()+b.Calls() != calls {
		t.Error("a provider was called beyond its limit")
	}
}

func TestLimiterFailureIsUnavailable(t *testing.T) {
	lim := newFakeLimiter()
	lim.err = errors.New("dial tcp: connection refused")
	a := &fakeGenerator{name: "a"}
	r, _ := newTestRouter(t, lim, Provider{Name: "a", Generator: a, Weight: 1, Limit: Limit{RPM: 10}})
	if _, err := r.Generate(context.Background(), req); !core.IsCode(err, core.CodeUnavailable) || a.Calls() != 0 {
		t.Fatalf("error %v calls %d", err, a.Calls())
	}
}

func TestNewRouterRefusesBadProviders(t *testing.T) {
	g := &fakeGenerator{}
	for name, ps := range map[string][]Provider{
		"none":     nil,
		"no name":  {{Generator: g}},
		"twice":    {{Name: "a", Generator: g}, {Name: "a", Generator: g}},
		"no gen":   {{Name: "a"}},
		"negative": {{Name: "a", Generator: g, Weight: -1}},
	} {
		if _, err := NewRouter(ps, Options{}); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

var _ core.Generator = (*Router)(nil)

// estimatingGenerator is a fakeGenerator that can forecast a call.
type estimatingGenerator struct{ fakeGenerator }

func (g *estimatingGenerator) Estimate(core.GenerateRequest) core.CallEstimate {
	return core.CallEstimate{Model: g.name, PromptTokens: 100, CompletionTokens: 50, Cost: 0.01}
}

func TestEstimateSumsTheWeightedProvidersPace(t *testing.T) {
	a := &estimatingGenerator{fakeGenerator{name: "a/m"}}
	b := &fakeGenerator{name: "b/m"}
	tests := []struct {
		name      string
		providers []Provider
		wantRPM   float64
	}{
		{"limited", []Provider{
			{Name: "a", Generator: a, Limit: Limit{RPM: 100}, Weight: 1},
			{Name: "b", Generator: b, Limit: Limit{RPM: 50}, Weight: 1},
			{Name: "fallback", Generator: b, Limit: Limit{RPM: 1000}, Weight: 0},
		}, 147},
		{"one unlimited", []Provider{
			{Name: "a", Generator: a, Limit: Limit{RPM: 100}, Weight: 1},
			{Name: "b", Generator: b, Weight: 1},
		}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := NewRouter(tt.providers, Options{})
			if err != nil {
				t.Fatal(err)
			}
			est := r.Estimate(core.GenerateRequest{})
			if est.Model != "a/m" || est.PromptTokens != 100 || est.RequestsPerMinute != tt.wantRPM {
				t.Fatalf("estimate = %+v, want %v rpm", est, tt.wantRPM)
			}
			if a.Calls()+b.Calls() != 0 {
				t.Fatal("Estimate called a provider")
			}
		})
	}
}

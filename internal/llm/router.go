// Package llm composes several language-model providers into one
// core.Generator: weighted routing, fallback when a provider is
// unavailable, a cooldown that remembers it, and a shared rate limit
// reserved before every call so that all worker processes together stay
// under each provider's requests and tokens per minute. It is pure
// composition: the providers and the limiter are interfaces, implemented
// by internal/openai and internal/ratelimit.
package llm

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"strings"
	"sync"
	"time"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/prompts"
)

// Limit is a provider's allowance per minute; zero means no limit.
type Limit struct {
	RPM float64 // requests per minute
	TPM float64 // tokens (prompt and completion) per minute
}

// Unlimited reports whether l limits nothing.
func (l Limit) Unlimited() bool { return l.RPM <= 0 && l.TPM <= 0 }

// Limiter books capacity at a provider, shared by every process that calls
// it (internal/ratelimit keeps the books in Redis).
type Limiter interface {
	// Reserve books one request and tokens against key within limit and
	// returns how long the caller must wait before sending. When that wait
	// would exceed maxWait nothing is booked, ok is false and wait says
	// how long until the capacity is expected.
	Reserve(ctx context.Context, key string, limit Limit, tokens int, maxWait time.Duration) (wait time.Duration, ok bool, err error)
	// Penalize stops all bookings against key for d: the provider said
	// (429 Retry-After) that it is over its limit whatever our books say.
	Penalize(ctx context.Context, key string, d time.Duration) error
}

// Provider is one named generator with its limits and routing weight.
type Provider struct {
	Name      string
	Generator core.Generator
	Limit     Limit
	// Weight is the provider's share of traffic relative to the others;
	// 0 makes it a fallback only, used when the weighted ones cannot serve.
	Weight int
	// ReplyTokens estimates a reply's tokens when booking against TPM
	// (the provider's max tokens is a safe choice); default 800.
	ReplyTokens int
}

// Options tunes a Router; zero values take the defaults.
type Options struct {
	// Limiter books requests and tokens before each call; nil disables
	// shared rate limiting (each provider's own 429s still cool it down).
	Limiter Limiter
	// MaxWait bounds how long a call waits for rate-limit capacity before
	// the router gives up with CodeUnavailable so that the queue retries
	// later instead of holding a worker (default 30 s).
	MaxWait time.Duration
	// Headroom is the fraction of each limit the router books (default
	// 0.98): providers measure their windows their own way, and sending at
	// exactly the limit lets network jitter tip a request over it.
	Headroom float64
	// Cooldown is how long an unavailable provider is skipped when it did
	// not say (default 10 s).
	Cooldown time.Duration
	// MaxCooldown caps a provider-given Retry-After (default 5 minutes).
	MaxCooldown time.Duration
	Logger      *slog.Logger
	// Now and Sleep are the clock (tests).
	Now   func() time.Time
	Sleep func(ctx context.Context, d time.Duration) error
}

// Router is a core.Generator over several providers. It is safe for
// concurrent use.
type Router struct {
	providers []*route
	opts      Options

	mu sync.Mutex // guards current and coolUntil of every route
}

type route struct {
	Provider
	current   int       // smooth weighted round robin state
	coolUntil time.Time // skipped until then
}

// NewRouter makes a Router over providers, tried in weighted order.
func NewRouter(providers []Provider, opts Options) (*Router, error) {
	if len(providers) == 0 {
		return nil, errors.New("llm: at least one provider is required")
	}
	if opts.MaxWait <= 0 {
		opts.MaxWait = 30 * time.Second
	}
	if opts.Headroom <= 0 || opts.Headroom > 1 {
		opts.Headroom = 0.98
	}
	if opts.Cooldown <= 0 {
		opts.Cooldown = 10 * time.Second
	}
	if opts.MaxCooldown <= 0 {
		opts.MaxCooldown = 5 * time.Minute
	}
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.DiscardHandler)
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.Sleep == nil {
		opts.Sleep = sleep
	}
	r := &Router{opts: opts}
	seen := map[string]bool{}
	for _, p := range providers {
		switch {
		case p.Name == "":
			return nil, errors.New("llm: a provider has no name")
		case seen[p.Name]:
			return nil, fmt.Errorf("llm: provider %q is listed twice", p.Name)
		case p.Generator == nil:
			return nil, fmt.Errorf("llm: provider %q has no generator", p.Name)
		case p.Weight < 0:
			return nil, fmt.Errorf("llm: provider %q has a negative weight", p.Name)
		}
		seen[p.Name] = true
		if p.ReplyTokens <= 0 {
			p.ReplyTokens = 800
		}
		r.providers = append(r.providers, &route{Provider: p})
	}
	return r, nil
}

// Generate writes one draft with the next provider in weighted order,
// falling back to the others while a provider is unavailable or its rate
// limit is booked out beyond MaxWait. When none can serve it returns
// CodeUnavailable with the shortest wait as RetryAfter, so the queue
// retries without spending the draft's attempt budget.
func (r *Router) Generate(ctx context.Context, req core.GenerateRequest) (*core.Generation, error) {
	order, soonest := r.order()
	if len(order) == 0 {
		return nil, &core.Error{Code: core.CodeUnavailable, RetryAfter: seconds(soonest), Err: core.ErrNoCall,
			Message: "every LLM provider is cooling down after failures"}
	}
	tokens := estimateTokens(req)
	var reasons []string
	var lastErr error
	retryAfter := time.Duration(math.MaxInt64)
	for _, rt := range order {
		if err := ctx.Err(); err != nil {
			return nil, core.Wrap(core.CodeUnavailable, err, "generation was cancelled")
		}
		wait, ok, err := r.reserve(ctx, rt, tokens+rt.ReplyTokens)
		if err != nil {
			// The shared limiter is down (Redis unreachable): sending
			// anyway could overrun every provider, so let the queue retry.
			return nil, core.Wrap(core.CodeUnavailable, err, "the shared rate limiter is unavailable")
		}
		if !ok {
			reasons = append(reasons, fmt.Sprintf("%s is at its rate limit for %v", rt.Name, wait.Round(time.Second)))
			retryAfter = min(retryAfter, wait)
			continue
		}
		if wait > 0 {
			if err := r.opts.Sleep(ctx, wait); err != nil {
				return nil, core.Wrap(core.CodeUnavailable, err, "generation was cancelled while waiting for the rate limit")
			}
		}
		gen, err := rt.Generator.Generate(ctx, req)
		if err == nil {
			return gen, nil
		}
		if !core.IsCode(err, core.CodeUnavailable) || ctx.Err() != nil {
			return nil, err
		}
		cool := r.coolDown(ctx, rt, err)
		retryAfter = min(retryAfter, cool)
		reasons = append(reasons, fmt.Sprintf("%s: %s", rt.Name, core.ErrorMessage(err)))
		lastErr = err
	}
	if s := r.soonestCooldownEnd(); s > 0 {
		retryAfter = min(retryAfter, s)
	}
	if retryAfter == time.Duration(math.MaxInt64) {
		retryAfter = 0
	}
	if lastErr == nil {
		lastErr = core.ErrNoCall // every provider was booked out: nothing was sent
	}
	return nil, &core.Error{Code: core.CodeUnavailable, RetryAfter: seconds(retryAfter), Err: lastErr,
		Message: "no LLM provider could take the request: " + strings.Join(reasons, "; ")}
}

// reserve books capacity for one call at rt, or says how long until there
// is some.
// Estimate forecasts one call (core.Estimator) as the weighted providers
// would share it: the first weighted provider that can estimate gives the
// tokens and cost, and the pace is the sum of the weighted providers'
// request limits (zero when any of them is unlimited).
func (r *Router) Estimate(req core.GenerateRequest) core.CallEstimate {
	var est core.CallEstimate
	rpm, limited := 0.0, true
	for _, rt := range r.providers {
		if rt.Weight == 0 {
			continue
		}
		if e, ok := rt.Generator.(core.Estimator); ok && est.Model == "" {
			est = e.Estimate(req)
		}
		if rt.Limit.RPM <= 0 {
			limited = false
		}
		rpm += rt.Limit.RPM * r.opts.Headroom
	}
	if limited {
		est.RequestsPerMinute = rpm
	}
	return est
}

func (r *Router) reserve(ctx context.Context, rt *route, tokens int) (time.Duration, bool, error) {
	if r.opts.Limiter == nil || rt.Limit.Unlimited() {
		return 0, true, nil
	}
	lim := Limit{RPM: rt.Limit.RPM * r.opts.Headroom, TPM: rt.Limit.TPM * r.opts.Headroom}
	return r.opts.Limiter.Reserve(ctx, rt.Name, lim, tokens, r.opts.MaxWait)
}

// coolDown takes an unavailable provider out of rotation for its
// Retry-After (or the default) and, when it named a wait, tells the shared
// limiter so that every process backs off. It returns the cooldown.
func (r *Router) coolDown(ctx context.Context, rt *route, err error) time.Duration {
	var cerr *core.Error
	given := time.Duration(0)
	if errors.As(err, &cerr) && cerr.RetryAfter > 0 {
		given = time.Duration(cerr.RetryAfter * float64(time.Second))
	}
	d := min(max(given, 0), r.opts.MaxCooldown)
	if d == 0 {
		d = r.opts.Cooldown
	}
	r.mu.Lock()
	if until := r.opts.Now().Add(d); until.After(rt.coolUntil) {
		rt.coolUntil = until
	}
	r.mu.Unlock()
	if given > 0 && r.opts.Limiter != nil {
		if perr := r.opts.Limiter.Penalize(ctx, rt.Name, min(given, r.opts.MaxCooldown)); perr != nil {
			r.opts.Logger.Warn("llm: could not share a provider's Retry-After", "provider", rt.Name, "error", perr)
		}
	}
	r.opts.Logger.Info("llm: provider unavailable, cooling down", "provider", rt.Name, "for", d, "reason", core.ErrorMessage(err))
	return d
}

// order returns the providers to try for one call: the smooth weighted
// round robin pick first, then the other weighted ones by weight, then the
// fallback-only ones, all skipping providers that are cooling down. When
// none is available it returns how long until the first cools.
func (r *Router) order() ([]*route, time.Duration) {
	r.mu.Lock()
	defer r.mu.Unlock()
	now := r.opts.Now()
	var ready []*route
	for _, rt := range r.providers {
		if !now.Before(rt.coolUntil) {
			ready = append(ready, rt)
		}
	}
	if len(ready) == 0 {
		soonest := time.Duration(math.MaxInt64)
		for _, rt := range r.providers {
			soonest = min(soonest, rt.coolUntil.Sub(now))
		}
		return nil, soonest
	}
	// Smooth weighted round robin (as in nginx): deterministic, and it
	// interleaves rather than sending runs to the heaviest provider.
	total := 0
	var pick *route
	for _, rt := range ready {
		if rt.Weight == 0 {
			continue
		}
		rt.current += rt.Weight
		total += rt.Weight
		if pick == nil || rt.current > pick.current {
			pick = rt
		}
	}
	order := make([]*route, 0, len(ready))
	if pick != nil {
		pick.current -= total
		order = append(order, pick)
	}
	var rest []*route
	for _, rt := range ready {
		if rt != pick {
			rest = append(rest, rt)
		}
	}
	// Fallbacks: heavier first, list order among equals.
	for w := maxWeight(rest); w >= 0; w-- {
		for _, rt := range rest {
			if rt.Weight == w {
				order = append(order, rt)
			}
		}
	}
	return order, 0
}

func maxWeight(rs []*route) int {
	m := 0
	for _, r := range rs {
		m = max(m, r.Weight)
	}
	return m
}

// soonestCooldownEnd is how long until the first cooling provider is
// back, 0 if none is cooling.
func (r *Router) soonestCooldownEnd() time.Duration {
	r.mu.Lock()
	defer r.mu.Unlock()
	now := r.opts.Now()
	soonest := time.Duration(0)
	for _, rt := range r.providers {
		if d := rt.coolUntil.Sub(now); d > 0 && (soonest == 0 || d < soonest) {
			soonest = d
		}
	}
	return soonest
}

// estimateTokens approximates the prompt's tokens at four characters a
// token, the usual rule for English; booking a little high is harmless.
func estimateTokens(req core.GenerateRequest) int {
	p := prompts.Build(req)
	return (len(p.System)+len(p.User))/4 + 8
}

func seconds(d time.Duration) float64 {
	if d <= 0 {
		return 0
	}
	return math.Ceil(d.Seconds()*1000) / 1000
}

func sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// Package app is copydesk's composition root for cmd/api: the wiring every
// process runs (internal/appcore: configuration, store, queue, generator,
// checker, workers and sweep) with the HTTP API, the reviewer UI, the
// queue monitor and the embedded mode (an in-process Redis and in-process
// workers) added. cmd/worker is built on internal/appcore
// alone and links none of these. It holds no business rules.
package app

import (
	"context"
	"errors"
	"log/slog"
	"net/http"
	"sync"
	"time"

	"github.com/alicebob/miniredis/v2"
	"github.com/hibiken/asynq"
	"github.com/hibiken/asynqmon"

	"github.com/copydesk/copydesk/internal/appcore"
	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/httpapi"
	"github.com/copydesk/copydesk/internal/llm"
	"github.com/copydesk/copydesk/internal/ratelimit"
	"github.com/copydesk/copydesk/internal/reviewui"
)

// App holds the wired service (appcore.App: its Config, Service, Store,
// workers and sweep) and what the API and the embedded mode add.
type App struct {
	*appcore.App

	miniredis *miniredis.Miniredis
	streams   chan struct{} // closed to end event streams on shutdown
	stopOnce  sync.Once
	monitor   *asynqmon.HTTPHandler
}

// New opens the store and Redis (an in-process one when REDIS_URL is
// unset), builds the generator and checker, and installs the style guide
// (appcore.New, with the in-process Redis).
func New(ctx context.Context, cfg Config, log *slog.Logger) (*App, error) {
	a := &App{streams: make(chan struct{})}
	c, err := appcore.New(ctx, cfg, log, appcore.Options{
		StartRedis: func() (asynq.RedisConnOpt, func(), error) {
			m := miniredis.NewMiniRedis()
			if err := m.Start(); err != nil {
				return nil, nil, err
			}
			a.miniredis = m
			return asynq.RedisClientOpt{Addr: m.Addr()}, m.Close, nil
		},
	})
	if err != nil {
		return nil, err
	}
	a.App = c
	return a, nil
}

// Handler returns the HTTP API with the reviewer UI mounted at /review/,
// /metrics, and the queue monitor (asynqmon, admin only) at
// /admin/queues/. The two adapters sit side by side over the same service;
// neither imports the other.
func (a *App) Handler() http.Handler {
	if a.monitor == nil {
		a.monitor = asynqmon.New(asynqmon.Options{RootPath: "/admin/queues", RedisConnOpt: a.Redis})
	}
	api := httpapi.New(a.Service, httpapi.Options{Logger: a.Log, Ready: a.pingRedis,
		Metrics: a.Metrics, MetricsHandler: a.Metrics.Handler(), Admin: a.monitor, Done: a.streams,
		RateLimit: a.rateLimit()})
	// The UI answers X-Request-Id like the API, and carries it into what
	// its actions cause.
	ui := httpapi.RequestID(reviewui.New(a.Service, reviewui.Options{Logger: a.Log}))
	mux := http.NewServeMux()
	mux.Handle("/review/", ui)
	mux.Handle("/review", ui)
	mux.Handle("/", api)
	return mux
}

// apiBurst is how far ahead a token may book requests: a burst of
// API_RATE_LIMIT/6 requests passes, then they are spaced evenly.
const apiBurst = 10 * time.Second

// rateLimit books each token's requests in the GCRA limiter in Redis shared
// by every replica (the providers' limiter, under its own keys).
func (a *App) rateLimit() func(ctx context.Context, tokenID string) (time.Duration, error) {
	if a.Config.APIRateLimit <= 0 {
		return nil
	}
	lim := llm.Limit{RPM: float64(a.Config.APIRateLimit)}
	limiter := ratelimit.NewRedis(a.RDB, "copydesk:api")
	return func(ctx context.Context, tokenID string) (time.Duration, error) {
		wait, ok, err := limiter.Reserve(ctx, "token:"+tokenID, lim, 0, apiBurst)
		if err != nil || ok {
			return 0, err
		}
		return wait - apiBurst, nil
	}
}

// StopStreams ends the open event streams, so that a graceful shutdown
// (http.Server.Shutdown waits for active connections) is not held up by
// clients that never hang up; they reconnect to another replica with
// Last-Event-ID.
func (a *App) StopStreams() { a.stopOnce.Do(func() { close(a.streams) }) }

func (a *App) pingRedis(ctx context.Context) error {
	insp := asynq.NewInspector(a.Redis)
	defer insp.Close()
	if _, err := insp.Queues(); err != nil {
		return core.Wrap(core.CodeUnavailable, err, "redis is unreachable")
	}
	return nil
}

// Close releases everything New opened.
func (a *App) Close() error {
	var errs []error
	if a.monitor != nil {
		errs = append(errs, a.monitor.Close())
	}
	if a.App != nil {
		errs = append(errs, a.App.Close())
	}
	return errors.Join(errs...)
}

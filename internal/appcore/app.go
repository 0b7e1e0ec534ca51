package appcore

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/hibiken/asynq"
	asynqmetrics "github.com/hibiken/asynq/x/metrics"
	"github.com/redis/go-redis/v9"

	"github.com/copydesk/copydesk"
	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/grounding"
	"github.com/copydesk/copydesk/internal/metrics"
	"github.com/copydesk/copydesk/internal/nearredis"
	"github.com/copydesk/copydesk/internal/postgres"
	"github.com/copydesk/copydesk/internal/sqlite"
	"github.com/copydesk/copydesk/internal/tasks"
	"github.com/copydesk/copydesk/internal/text/segment"
	"github.com/copydesk/copydesk/internal/webhook"
)

// App holds the wired service and the resources it must release.
type App struct {
	Config  Config
	Service *core.Service
	Store   core.Store
	Queue   *tasks.Queue
	Log     *slog.Logger
	Metrics *metrics.Metrics
	// Redis is the queue's connection (REDIS_URL's, or the in-process
	// Redis's in the embedded mode); RDB the rate limiter's client on it.
	Redis asynq.RedisConnOpt
	RDB   redis.UniversalClient
	// Started is when New began: in the embedded mode, drafts last changed
	// before it are a previous run's (RunSweep's first pass).
	Started time.Time
	// OnSweep, if set before RunSweep, is told of each of its passes
	// (tests).
	OnSweep func(core.SweepReport, error)

	stopRedis func()           // the in-process Redis's (Options.StartRedis)
	window    *tasks.Window    // the embedded default's feed of launches (tasks.Window)
	inspector *asynq.Inspector // Asynq's queue metrics
}

// Options are what a process adds to the wiring beyond REDIS_URL
// (internal/app's embedded mode); a worker passes none.
type Options struct {
	// StartRedis starts an in-process Redis when REDIS_URL is unset and
	// returns its connection and how to stop it; nil: REDIS_URL is
	// required.
	StartRedis func() (asynq.RedisConnOpt, func(), error)
}

// New opens the store and Redis, builds the generator and checker, and
// installs the style guide. Without REDIS_URL it needs opts.StartRedis.
func New(ctx context.Context, cfg Config, log *slog.Logger, opts Options) (*App, error) {
	if cfg.Embedded() && opts.StartRedis == nil {
		return nil, errors.New("REDIS_URL is required: the worker takes its work from Redis (the API runs workers itself when REDIS_URL is unset)")
	}
	// Where the dictionaries' tables are kept between processes, before
	// any Chinese or Japanese text loads them.
	segment.SetCacheDir(cfg.DictCacheDir)
	// Every locale pack (internal/locales/packs/<tag>/) is validated and its
	// vocabulary compiled at start: a broken pack stops the process with an
	// error naming its folder and field, never passes copy unchecked.
	if err := grounding.Validate(); err != nil {
		return nil, fmt.Errorf("locale packs: %w", err)
	}
	a := &App{Config: cfg, Log: log, Metrics: metrics.New(), Started: core.StoreTime(time.Now())}
	store, err := OpenStore(ctx, withPoolSize(cfg.DatabaseURL, cfg.WorkerConcurrency, cfg.PoolSize))
	if err != nil {
		return nil, err
	}
	a.Store = store
	if cfg.Embedded() {
		opt, stop, err := opts.StartRedis()
		if err != nil {
			a.Close()
			return nil, fmt.Errorf("start in-process redis: %w", err)
		}
		a.stopRedis = stop
		a.Redis = smallBuffers(opt)
	} else {
		opt, err := ParseRedisURL(cfg.RedisURL)
		if err != nil {
			a.Close()
			return nil, fmt.Errorf("REDIS_URL: %w", err)
		}
		a.Redis = smallBuffers(opt)
	}
	var queue core.Queue
	if cfg.Embedded() {
		// The in-process Redis pushes in O(n): a launch's tasks wait in a
		// window and enter it a thousand at a time (tasks.Window).
		w, err := tasks.NewWindow(a.Redis, tasks.DefaultWindow, log.Warn)
		if err != nil {
			a.Close()
			return nil, err
		}
		a.window, a.Queue, queue = w, w.Queue, w
	} else {
		a.Queue = tasks.NewQueue(a.Redis)
		queue = a.Queue
	}
	rdb, ok := a.Redis.MakeRedisClient().(redis.UniversalClient)
	if !ok {
		a.Close()
		return nil, errors.New("REDIS_URL: unsupported connection kind")
	}
	a.RDB = rdb
	a.inspector = asynq.NewInspector(a.Redis)
	if err := a.Metrics.Register(asynqmetrics.NewQueueMetricsCollector(a.inspector)); err != nil {
		a.Close()
		return nil, err
	}
	gen, genID, err := NewGenerator(cfg, cfg.Getenv, rdb, log, a.Metrics.Generator)
	if err != nil {
		a.Close()
		return nil, err
	}
	guard := webhook.NewGuard(cfg.WebhookAllowedHosts)
	deps := core.Deps{Store: store, Queue: queue, Generator: gen, Checker: a.Metrics.Checker(NewChecker()), Logger: log,
		CheckCallback: guard.CheckURL}
	if cfg.NearIndex == NearIndexRedis {
		deps.NearIndex = nearredis.New(rdb, nearredis.DefaultPrefix)
	}
	if cfg.WebhookSecret != "" {
		deps.WebhookQueue = a.Queue
		deps.WebhookSender = a.Metrics.WebhookSender(&webhook.Sender{Client: guard.Client(webhookTimeout), Secret: []byte(cfg.WebhookSecret)})
	} else {
		log.Warn("WEBHOOK_SECRET is unset: callbacks are not sent")
	}
	a.Service = core.NewService(deps,
		core.Config{MaxAttempts: cfg.MaxAttempts, StuckAfter: cfg.StuckAfter, AdminToken: cfg.AdminToken, GeneratorID: genID,
			AutoApprove: cfg.AutoApprove})
	// The generator and checker arrive wrapped (metrics); a wrapper that hid
	// core.LocaleLister would leave no supported locale. Stop here rather
	// than refuse every launch.
	if err := a.Service.CheckLocales(); err != nil {
		a.Close()
		return nil, err
	}
	if err := a.Metrics.Register(a.Metrics.Drafts(a.Service.StatusCounts)); err != nil {
		a.Close()
		return nil, err
	}
	if err := a.installGuide(ctx); err != nil {
		a.Close()
		return nil, err
	}
	return a, nil
}

// installGuide records STYLE_GUIDE as a guide version, or the bundled
// example guide when the store has none yet.
func (a *App) installGuide(ctx context.Context) error {
	if a.Config.StyleGuidePath == "" {
		_, err := a.Service.InstallStyleGuide(ctx, copydesk.ExampleStyleGuide, true)
		return err
	}
	body, err := os.ReadFile(a.Config.StyleGuidePath)
	if err != nil {
		return fmt.Errorf("STYLE_GUIDE: %w", err)
	}
	if _, err := a.Service.InstallStyleGuide(ctx, body, false); err != nil {
		return fmt.Errorf("STYLE_GUIDE %s: %s", a.Config.StyleGuidePath, core.ErrorMessage(err))
	}
	return nil
}

// OpenStore opens PostgreSQL for postgres:// URLs and SQLite for
// sqlite:PATH (a worker beside cmd/api on one SQLite file, over REDIS_URL).
func OpenStore(ctx context.Context, url string) (core.Store, error) {
	switch {
	case strings.HasPrefix(url, "postgres://"), strings.HasPrefix(url, "postgresql://"):
		s, err := postgres.Open(ctx, url)
		if err != nil {
			return nil, fmt.Errorf("open PostgreSQL: %s", core.ErrorMessage(err))
		}
		return s, nil
	case strings.HasPrefix(url, "sqlite:"):
		s, err := sqlite.Open(ctx, strings.TrimPrefix(url, "sqlite:"))
		if err != nil {
			return nil, fmt.Errorf("open SQLite: %w", err)
		}
		return s, nil
	}
	return nil, errors.New("DATABASE_URL must start with postgres:// or sqlite:")
}

// WorkerPoolSize is a worker process's PostgreSQL pool (pgx's
// pool_max_conns) unless DATABASE_URL sets one: sized for what the server
// can run at once, not for the worker's concurrency (cmd/worker sets
// Config.PoolSize to it). Tasks wait in the pool for a connection instead
// of each holding a backend of its own, and the server runs a few busy
// backends instead of tens that take turns on its cores: on the 2-core
// development machine a worker of concurrency 50 with a pool of 55 (the
// old size, WORKER_CONCURRENCY + 5) cost PostgreSQL 4.5-4.7 ms of CPU a
// draft of a 10,000-draft launch against 2.7-3.1 with this pool, at 1.2x
// the pace (docs/PERFORMANCE.md, "The seventeenth session's PostgreSQL
// pipeline"); the usual advice is a pool of about twice the server's
// cores (PostgreSQL wiki, "Number Of Database Connections"). A generation
// task holds a connection only for a statement or a batch's transaction,
// never while the model writes, so a small pool serves a large
// concurrency.
const WorkerPoolSize = 8

// withPoolSize sizes the PostgreSQL pool unless the URL says otherwise
// (pool_max_conns=N in DATABASE_URL): pool connections when pool > 0 (a
// worker), else enough for the concurrency (the API and the embedded
// mode's in-process workers: an API request holds its connection across
// a read-only transaction's round trips, and pgx's default, 4 on a small
// machine, would make 20 concurrent requests queue for connections).
func withPoolSize(dbURL string, concurrency, pool int) string {
	if !strings.HasPrefix(dbURL, "postgres") || strings.Contains(dbURL, "pool_max_conns=") {
		return dbURL
	}
	sep := "?"
	if strings.Contains(dbURL, "?") {
		sep = "&"
	}
	if pool <= 0 {
		pool = max(10, concurrency+5)
	}
	return dbURL + sep + "pool_max_conns=" + strconv.Itoa(pool)
}

// webhookTimeout bounds one webhook delivery attempt.
const webhookTimeout = 10 * time.Second

// RunWorkers processes tasks, and relays the outbox's webhook events to
// the queue, until ctx is done.
func (a *App) RunWorkers(ctx context.Context) error {
	opts := tasks.ServerOptions{WebhookBackoff: a.Config.WebhookBackoff, ShutdownTimeout: a.Config.ShutdownTimeout}
	if a.Config.WebhookBackoff < 2*time.Second {
		// Retries due sooner than the 1 s forwarding check (tasks.
		// ServerConfig's default) would wait for it.
		opts.DelayedTaskCheckInterval = max(a.Config.WebhookBackoff/2, 50*time.Millisecond)
	}
	srv := asynq.NewServer(a.Redis, tasks.ServerConfig(a.Config.WorkerConcurrency, a.Log, opts))
	mux := asynq.NewServeMux()
	tasks.NewHandlers(a.Service, a.Log).Register(mux)
	if err := srv.Start(mux); err != nil {
		return fmt.Errorf("start workers: %w", err)
	}
	relayDone := make(chan struct{})
	go func() {
		defer close(relayDone)
		a.RunWebhookRelay(ctx)
	}()
	<-ctx.Done()
	srv.Shutdown()
	<-relayDone
	return nil
}

// RunWebhookRelay moves webhook events from the outbox to the queue every
// WebhookPoll (at once again while whole batches come) until ctx is done.
// Every worker runs one; they share the store's cursor.
func (a *App) RunWebhookRelay(ctx context.Context) {
	t := time.NewTicker(a.Config.WebhookPoll)
	defer t.Stop()
	failing := false
	for {
		_, more, err := a.Service.RelayWebhooks(ctx)
		switch {
		case err != nil && ctx.Err() == nil:
			if !failing {
				a.Log.Warn("webhook relay failed; retrying", "err", err)
			}
			failing = true
		case err == nil:
			failing = false
		}
		if more && err == nil {
			continue
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// RunSweep re-enqueues stuck drafts every ReconcileInterval until ctx is
// done. In embedded mode the in-process Redis starts empty, so the first
// pass enqueues at once every unfinished draft left by a previous run:
// those last changed before this App was made (App.Started, a fixed
// cutoff), without waiting for STUCK_AFTER. Drafts of this run are never
// in it: their submission enqueues their tasks (with its request id), and
// a sweep racing it would take them over. (The cutoff was once recomputed
// as an age when the pass began and turned back into a time after the
// pass had asked the queue for orphans: on a busy start the demo's launch,
// stored in between, fell before it, and tasks that had run in the
// meantime were enqueued again as "lost".) Later passes take drafts older
// than STUCK_AFTER, and of those only the truly lost (core.SweepBefore).
func (a *App) RunSweep(ctx context.Context) {
	t := time.NewTicker(a.Config.ReconcileInterval)
	defer t.Stop()
	first := a.Config.Embedded()
	for {
		var (
			r   core.SweepReport
			err error
		)
		if first {
			r, err = a.Service.SweepBefore(ctx, a.Started)
			first = false
		} else {
			r, err = a.Service.Sweep(ctx, a.Config.StuckAfter)
		}
		// Only tasks really enqueued are logged as such; drafts the queue
		// still holds (a healthy backlog) or that were on their way (being
		// enqueued, or run since the sweep read them) are not stuck.
		if len(r.Orphans) > 0 {
			a.Log.Info("sweep rescued the tasks of a dead worker", "count", len(r.Orphans), "drafts", r.Orphans)
		}
		if r.Enqueued > 0 {
			a.Log.Info("sweep enqueued drafts that had lost their task", "count", r.Enqueued, "held", r.Held, "moving", r.Moving)
		}
		if r.Webhooks > 0 {
			a.Log.Info("sweep enqueued webhooks that had lost their task", "count", r.Webhooks)
		}
		if r.Stuck > 0 {
			a.Log.Debug("sweep", "stuck", r.Stuck, "enqueued", r.Enqueued, "held", r.Held, "moving", r.Moving)
		}
		if a.OnSweep != nil {
			a.OnSweep(r, err)
		}
		if err != nil {
			if ctx.Err() != nil {
				return
			}
			a.Log.Warn("sweep failed", "err", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// Close releases everything New opened.
func (a *App) Close() error {
	var errs []error
	switch {
	case a.window != nil:
		errs = append(errs, a.window.Close()) // and its Queue
	case a.Queue != nil:
		errs = append(errs, a.Queue.Close())
	}
	if a.inspector != nil {
		errs = append(errs, a.inspector.Close())
	}
	if a.Store != nil {
		errs = append(errs, a.Store.Close())
	}
	if a.RDB != nil {
		errs = append(errs, a.RDB.Close())
	}
	if a.stopRedis != nil {
		a.stopRedis()
	}
	return errors.Join(errs...)
}

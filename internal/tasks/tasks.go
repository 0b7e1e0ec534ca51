// Package tasks is the Asynq adapter: it turns core's Queue calls into
// Asynq tasks keyed by draft, and Asynq deliveries back into core's
// pipeline calls. *asynq.Task never leaves this package.
package tasks

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/hibiken/asynq"

	"github.com/copydesk/copydesk/internal/core"
)

// Task types and queues.
const (
	TypeGenerate = "draft:generate"
	TypePublish  = "draft:publish"

	QueueGenerate = "generate"
	QueuePublish  = "publish"
)

// Retry budget of a task. Generation waits on provider rate limits and
// outages by retrying; the draft's own attempt budget is spent only on bad
// copy, never on these waits.
const (
	generateMaxRetry = 12
	publishMaxRetry  = 10
	generateTimeout  = 10 * time.Minute
	publishTimeout   = time.Minute
)

type payload struct {
	DraftID string `json:"draft_id"`
	// RequestID is the HTTP request that caused the task, so that its log
	// lines join the request's (core.RequestID).
	RequestID string `json:"request_id,omitempty"`
}

// Queue implements core.Queue on Asynq.
type Queue struct {
	client    *asynq.Client
	inspector *asynq.Inspector
}

// NewQueue returns a queue over redis.
func NewQueue(redis asynq.RedisConnOpt) *Queue {
	return &Queue{client: asynq.NewClient(redis), inspector: asynq.NewInspector(redis)}
}

// Close releases the Redis connections.
func (q *Queue) Close() error {
	return errors.Join(q.client.Close(), q.inspector.Close())
}

// GenerateTaskID keys a generation task by draft and version: while one is
// queued or running, enqueueing the same draft again is a no-op, and a
// regeneration after a reviewer's rejection (a new version) gets a new key.
func GenerateTaskID(d *core.Draft) string {
	return "generate:" + d.ID + ":" + strconv.Itoa(d.Version)
}

// PublishTaskID keys a publish task by draft and version.
func PublishTaskID(d *core.Draft) string {
	return "publish:" + d.ID + ":" + strconv.Itoa(d.Version)
}

// EnqueueGenerate implements core.Queue.
func (q *Queue) EnqueueGenerate(ctx context.Context, d *core.Draft) error {
	return q.enqueue(ctx, TypeGenerate, QueueGenerate, GenerateTaskID(d), d.ID,
		asynq.MaxRetry(generateMaxRetry), asynq.Timeout(generateTimeout))
}

// batchWorkers is how many enqueues EnqueueGenerateBatch keeps in flight:
// each is one round trip to Redis (Asynq's enqueue script), so a launch's
// 10,000 drafts take 10,000/batchWorkers round trips of waiting, within
// the Redis client's connection pool (10 per CPU).
const batchWorkers = 16

var _ core.BatchQueue = (*Queue)(nil)

// EnqueueGenerateBatch implements core.BatchQueue: the drafts' generation
// tasks, batchWorkers at a time (Asynq v0.26 has no batch enqueue, and its
// task encoding is internal, so a pipeline of its own commands is not an
// option). It stops at the first error and returns how many it enqueued.
func (q *Queue) EnqueueGenerateBatch(ctx context.Context, drafts []*core.Draft) (int, error) {
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	var (
		next, done atomic.Int64
		wg         sync.WaitGroup
	)
	for range min(batchWorkers, len(drafts)) {
		wg.Go(func() {
			for ctx.Err() == nil {
				i := int(next.Add(1)) - 1
				if i >= len(drafts) {
					return
				}
				if err := q.EnqueueGenerate(ctx, drafts[i]); err != nil {
					cancel(err)
					return
				}
				done.Add(1)
			}
		})
	}
	wg.Wait()
	if err := context.Cause(ctx); err != nil {
		return int(done.Load()), err
	}
	return int(done.Load()), nil
}

// EnqueuePublish implements core.Queue.
func (q *Queue) EnqueuePublish(ctx context.Context, d *core.Draft) error {
	return q.enqueue(ctx, TypePublish, QueuePublish, PublishTaskID(d), d.ID,
		asynq.MaxRetry(publishMaxRetry), asynq.Timeout(publishTimeout))
}

// enqueueTimeout bounds one enqueue, so that a Redis that does not answer
// costs a caller seconds, not go-redis's dial timeout times its retries.
const enqueueTimeout = 3 * time.Second

func (q *Queue) enqueue(ctx context.Context, typ, queue, taskID, draftID string, opts ...asynq.Option) error {
	_, err := q.add(ctx, typ, queue, taskID, draftID, opts...)
	return err
}

// add enqueues a task under taskID and reports whether it created it:
// false when Asynq holds a task of that ID already (queued, running or
// retrying), which is left as it is. A task in the archive after spending
// its retries is replaced: the sweep wants it to run again.
func (q *Queue) add(ctx context.Context, typ, queue, taskID, draftID string, opts ...asynq.Option) (bool, error) {
	ctx, cancel := context.WithTimeout(ctx, enqueueTimeout)
	defer cancel()
	body, _ := json.Marshal(payload{DraftID: draftID, RequestID: core.RequestID(ctx)})
	opts = append(opts, asynq.TaskID(taskID), asynq.Queue(queue))
	_, err := q.client.EnqueueContext(ctx, asynq.NewTask(typ, body), opts...)
	if errors.Is(err, asynq.ErrTaskIDConflict) {
		info, ierr := q.inspector.GetTaskInfo(queue, taskID)
		if ierr != nil || info.State != asynq.TaskStateArchived {
			return false, nil
		}
		if derr := q.inspector.DeleteTask(queue, taskID); derr != nil {
			return false, core.Wrap(core.CodeUnavailable, derr, "could not clear an archived task")
		}
		_, err = q.client.EnqueueContext(ctx, asynq.NewTask(typ, body), opts...)
		if errors.Is(err, asynq.ErrTaskIDConflict) {
			return false, nil
		}
	}
	if err != nil {
		return false, core.Wrap(core.CodeUnavailable, err, "the work queue is unavailable")
	}
	return true, nil
}

var _ core.QueueInspector = (*Queue)(nil)

// HoldsGenerate implements core.QueueInspector.
func (q *Queue) HoldsGenerate(ctx context.Context, d *core.Draft) (bool, error) {
	return q.holds(QueueGenerate, GenerateTaskID(d))
}

// HoldsPublish implements core.QueueInspector.
func (q *Queue) HoldsPublish(ctx context.Context, d *core.Draft) (bool, error) {
	return q.holds(QueuePublish, PublishTaskID(d))
}

// holds reports whether Asynq holds a task: pending, scheduled, retrying,
// aggregating or active (a dead worker's active task is RescueOrphans's).
// An archived task (its retries spent) or a completed one is not held.
func (q *Queue) holds(queue, taskID string) (bool, error) {
	info, err := q.inspector.GetTaskInfo(queue, taskID)
	switch {
	case errors.Is(err, asynq.ErrTaskNotFound), errors.Is(err, asynq.ErrQueueNotFound):
		return false, nil
	case err != nil:
		return false, core.Wrap(core.CodeUnavailable, err, "the work queue is unavailable")
	case info.State == asynq.TaskStateArchived, info.State == asynq.TaskStateCompleted:
		return false, nil
	}
	return true, nil
}

// RescueGenerate implements core.QueueInspector.
func (q *Queue) RescueGenerate(ctx context.Context, d *core.Draft) (bool, error) {
	return q.add(ctx, TypeGenerate, QueueGenerate, GenerateTaskID(d), d.ID,
		asynq.MaxRetry(generateMaxRetry), asynq.Timeout(generateTimeout))
}

// RescuePublish implements core.QueueInspector.
func (q *Queue) RescuePublish(ctx context.Context, d *core.Draft) (bool, error) {
	return q.add(ctx, TypePublish, QueuePublish, PublishTaskID(d), d.ID,
		asynq.MaxRetry(publishMaxRetry), asynq.Timeout(publishTimeout))
}

// RescueOrphans implements core.QueueInspector. Asynq marks an active task
// orphaned once its lease (30 s, renewed every 5 s by a live worker) has
// expired; its own recoverer retries such tasks only a minute or more
// later. A copy is enqueued under the orphan's ID plus ":r", so that
// concurrent sweeps enqueue it once; the handlers are idempotent, so when
// Asynq later retries the orphan it finds the draft done and stops.
func (q *Queue) RescueOrphans(ctx context.Context) ([]string, error) {
	var rescued []string
	for _, queue := range []string{QueueGenerate, QueuePublish} {
		active, err := q.inspector.ListActiveTasks(queue, asynq.PageSize(1000))
		if errors.Is(err, asynq.ErrQueueNotFound) {
			continue
		}
		if err != nil {
			return rescued, core.Wrap(core.CodeUnavailable, err, "the work queue is unavailable")
		}
		for _, t := range active {
			if !t.IsOrphaned {
				continue
			}
			var p payload
			if json.Unmarshal(t.Payload, &p) != nil || p.DraftID == "" {
				continue
			}
			opts := []asynq.Option{asynq.TaskID(t.ID + ":r"), asynq.Queue(queue), asynq.MaxRetry(t.MaxRetry), asynq.Timeout(t.Timeout)}
			ectx, cancel := context.WithTimeout(ctx, enqueueTimeout)
			_, err := q.client.EnqueueContext(ectx, asynq.NewTask(t.Type, t.Payload), opts...)
			cancel()
			switch {
			case errors.Is(err, asynq.ErrTaskIDConflict):
				// rescued by an earlier sweep
			case err != nil:
				return rescued, core.Wrap(core.CodeUnavailable, err, "the work queue is unavailable")
			default:
				rescued = append(rescued, p.DraftID)
			}
		}
	}
	return rescued, nil
}

// Handlers delivers tasks to the pipeline.
type Handlers struct {
	svc *core.Service
	log *slog.Logger
}

// NewHandlers returns the task handlers over svc.
func NewHandlers(svc *core.Service, log *slog.Logger) *Handlers {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Handlers{svc: svc, log: log}
}

// Register adds the handlers to mux, each logged.
func (h *Handlers) Register(mux *asynq.ServeMux) {
	mux.Use(h.logTask)
	mux.HandleFunc(TypeGenerate, h.HandleGenerate)
	mux.HandleFunc(TypePublish, h.HandlePublish)
	mux.HandleFunc(TypeWebhook, h.HandleWebhook)
}

// logTask writes one line per task run with the id of the HTTP request that
// caused it, so that a launch can be followed from request to task.
func (h *Handlers) logTask(next asynq.Handler) asynq.Handler {
	return asynq.HandlerFunc(func(ctx context.Context, t *asynq.Task) (err error) {
		// On a goroutine whose stack has grown already (warmRunner), the
		// payload's decoding included.
		var p payload
		warm.run(func() { err = h.runLogged(ctx, t, next, &p) }, func(x any, stack []byte) {
			h.log.Error("task panicked", "type", t.Type(), "draft", p.DraftID, "panic", fmt.Sprint(x), "stack", string(stack))
		})
		return err
	})
}

// runLogged is logTask's work: next's run and its line; p is the task's
// payload once decoded.
func (h *Handlers) runLogged(ctx context.Context, t *asynq.Task, next asynq.Handler, p *payload) error {
	_ = json.Unmarshal(t.Payload(), p)
	ctx = core.WithRequestID(ctx, p.RequestID)
	start := time.Now()
	err := next.ProcessTask(ctx, t)
	retry, _ := asynq.GetRetryCount(ctx)
	attrs := []slog.Attr{slog.String("type", t.Type()), slog.String("draft", p.DraftID),
		slog.Int("retry", retry), slog.Duration("duration", time.Since(start))}
	level := slog.LevelInfo
	if err != nil {
		level = slog.LevelWarn
		attrs = append(attrs, slog.String("err", err.Error()))
	}
	if p.RequestID != "" {
		attrs = append(attrs, slog.String("request_id", p.RequestID))
	}
	h.log.LogAttrs(ctx, level, "task", attrs...)
	return err
}

// HandleGenerate runs one generation round for the task's draft.
func (h *Handlers) HandleGenerate(ctx context.Context, t *asynq.Task) error {
	ctx, id, err := taskContext(ctx, t)
	if err != nil {
		return err
	}
	return h.translate(ctx, h.svc.GenerateDraft(ctx, id, isFinalTry(ctx)))
}

// HandlePublish publishes the task's draft.
func (h *Handlers) HandlePublish(ctx context.Context, t *asynq.Task) error {
	ctx, id, err := taskContext(ctx, t)
	if err != nil {
		return err
	}
	_, err = h.svc.PublishDraft(ctx, id)
	return h.translate(ctx, err)
}

// taskContext reads the task's draft id and puts the request id that
// caused the task into ctx, so that the task's log lines carry it.
func taskContext(ctx context.Context, t *asynq.Task) (context.Context, string, error) {
	var p payload
	if err := json.Unmarshal(t.Payload(), &p); err != nil || p.DraftID == "" {
		return ctx, "", fmt.Errorf("malformed %s payload: %w", t.Type(), asynq.SkipRetry)
	}
	return core.WithRequestID(ctx, p.RequestID), p.DraftID, nil
}

// isFinalTry reports whether this delivery is the task's last retry.
func isFinalTry(ctx context.Context) bool {
	n, ok1 := asynq.GetRetryCount(ctx)
	max, ok2 := asynq.GetMaxRetry(ctx)
	return ok1 && ok2 && n >= max
}

// translate maps core error codes to Asynq's retry semantics: bad input
// and missing drafts will never succeed, so they are not retried.
func (h *Handlers) translate(ctx context.Context, err error) error {
	switch core.ErrorCode(err) {
	case "":
		return nil
	case core.CodeInvalid, core.CodeNotFound, core.CodeForbidden:
		h.log.WarnContext(ctx, "task dropped", "err", err)
		return fmt.Errorf("%w: %w", err, asynq.SkipRetry)
	}
	return err
}

// RetryDelay honours a provider's Retry-After (carried on core errors) and
// otherwise backs off exponentially with jitter, capped at a minute so a
// short outage does not stall a launch.
func RetryDelay(n int, err error, _ *asynq.Task) time.Duration {
	var e *core.Error
	if errors.As(err, &e) && e.RetryAfter > 0 {
		d := time.Duration(e.RetryAfter * float64(time.Second))
		return d + time.Duration(rand.Int64N(int64(d/10)+int64(time.Millisecond)))
	}
	d := time.Second << min(n, 6)
	return min(d, time.Minute) + time.Duration(rand.Int64N(int64(time.Second)))
}

// ServerOptions tune a worker beyond its concurrency.
type ServerOptions struct {
	// WebhookBackoff is the first retry delay of a webhook delivery
	// (default WebhookBackoff); each retry doubles it.
	WebhookBackoff time.Duration
	// DelayedTaskCheckInterval is how often retries that are due are moved
	// back to their queue (1 s when zero).
	DelayedTaskCheckInterval time.Duration
	// ShutdownTimeout is how long a stopping worker lets running tasks
	// finish before it hands them back to the queue (default 20 s).
	ShutdownTimeout time.Duration
}

// IsFailure reports whether a task's error counts against its retry
// budget: every error does except a wait for model capacity during which
// no request reached a provider (core.ErrNoCall), which costs nothing and
// is bounded by the calls that do count.
func IsFailure(err error) bool { return err != nil && !errors.Is(err, core.ErrNoCall) }

// ServerConfig returns the Asynq server configuration for a worker.
func ServerConfig(concurrency int, log *slog.Logger, opts ...ServerOptions) asynq.Config {
	var o ServerOptions
	if len(opts) > 0 {
		o = opts[0]
	}
	if o.WebhookBackoff <= 0 {
		o.WebhookBackoff = WebhookBackoff
	}
	if o.ShutdownTimeout <= 0 {
		o.ShutdownTimeout = 20 * time.Second
	}
	if o.DelayedTaskCheckInterval <= 0 {
		// Retries wait on a provider's Retry-After (often a second or
		// two); Asynq's default 5 s forwarding poll would add up to 5 s
		// to each. One small Redis script a second per worker is cheap.
		o.DelayedTaskCheckInterval = time.Second
	}
	return asynq.Config{
		Concurrency: concurrency,
		Queues:      map[string]int{QueuePublish: 3, QueueGenerate: 6, QueueWebhook: 2},
		RetryDelayFunc: func(n int, err error, t *asynq.Task) time.Duration {
			if t.Type() == TypeWebhook {
				return webhookDelay(o.WebhookBackoff, n)
			}
			return RetryDelay(n, err, t)
		},
		IsFailure:                IsFailure,
		DelayedTaskCheckInterval: o.DelayedTaskCheckInterval,
		Logger:                   &asynqLogger{log: log},
		LogLevel:                 asynq.WarnLevel,
		// Generation tasks wait on the provider; give them time to finish
		// on shutdown, the sweep picks up anything cut short.
		ShutdownTimeout:     o.ShutdownTimeout,
		HealthCheckInterval: 15 * time.Second,
	}
}

// asynqLogger adapts slog to Asynq's logger.
type asynqLogger struct{ log *slog.Logger }

func (l *asynqLogger) Debug(args ...any) { l.log.Debug(fmt.Sprint(args...)) }
func (l *asynqLogger) Info(args ...any)  { l.log.Info(fmt.Sprint(args...)) }
func (l *asynqLogger) Warn(args ...any)  { l.log.Warn(fmt.Sprint(args...)) }
func (l *asynqLogger) Error(args ...any) { l.log.Error(fmt.Sprint(args...)) }
func (l *asynqLogger) Fatal(args ...any) { l.log.Error(fmt.Sprint(args...)) }

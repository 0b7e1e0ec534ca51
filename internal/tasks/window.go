package tasks

import (
	"context"
	"errors"
	"sync"
	"time"

	"github.com/hibiken/asynq"
	"github.com/redis/go-redis/v9"

	"github.com/copydesk/copydesk/internal/core"
)

// DefaultWindow is how many generation tasks a Window lets wait in the
// generate queue: two seconds of work at the embedded default's pace, and
// twenty times a worker's default concurrency.
const DefaultWindow = 1024

// windowPoll is how often a Window holding tasks looks at the queue's
// length when nothing else wakes it.
const windowPoll = 20 * time.Millisecond

// Window is a Queue whose batch enqueue (a launch's submission) holds the
// generation tasks in memory and feeds them to Asynq while fewer than its
// size wait in the generate queue (pending, not yet running).
//
// It exists for the in-process Redis of the embedded default (miniredis),
// whose LPUSH copies the whole list (Asynq enqueues with LPUSH): O(n) a
// push, O(n²) a launch. 100,000 pushes took 54 s there (measured) and
// leave an estimated ~80 GB of garbage (100,000 × 50,000 × 16 bytes). Real Redis pushes in O(1) and needs no window; there
// a launch's tasks belong in Redis at once, where they outlive the API.
// What a Window holds is lost with the process, as the in-process Redis
// is: the next start's first sweep enqueues every unfinished draft.
//
// Single enqueues (a regeneration, a publish, the sweep's rescues) go to
// Asynq at once; HoldsGenerate reports a held draft as held, so the sweep
// counts a long launch's waiting drafts as a backlog, not as lost.
type Window struct {
	*Queue
	size   int
	rdb    redis.UniversalClient
	key    string
	log    func(msg string, args ...any)
	wake   chan struct{}
	stop   context.CancelFunc
	done   chan struct{}
	closed bool

	mu   sync.Mutex
	fifo []heldTask // fifo[head:] are held, oldest first
	head int
	held map[string]bool // task IDs in fifo[head:]
}

// heldTask is what a generation task needs of its draft, and the request
// that caused it (for the task's log lines).
type heldTask struct {
	draftID   string
	version   int
	requestID string
}

// NewWindow returns a Window of size tasks (DefaultWindow when size < 1)
// over redis; logf, when not nil, is told of failed feeds.
func NewWindow(conn asynq.RedisConnOpt, size int, logf func(msg string, args ...any)) (*Window, error) {
	rdb, ok := conn.MakeRedisClient().(redis.UniversalClient)
	if !ok {
		return nil, errors.New("window: unsupported redis connection kind")
	}
	if size < 1 {
		size = DefaultWindow
	}
	if logf == nil {
		logf = func(string, ...any) {}
	}
	ctx, stop := context.WithCancel(context.Background())
	w := &Window{Queue: NewQueue(conn), size: size, rdb: rdb, key: pendingKey(QueueGenerate), log: logf,
		wake: make(chan struct{}, 1), stop: stop, done: make(chan struct{}), held: map[string]bool{}}
	go w.feed(ctx)
	return w, nil
}

// pendingKey is Asynq's list of a queue's pending task IDs
// (asynq/internal/base.PendingKey, unchanged since v0.18):
// TestWindowFeedsABoundedQueue fails if a new Asynq moves it.
func pendingKey(queue string) string { return "asynq:{" + queue + "}:pending" }

var (
	_ core.BatchQueue     = (*Window)(nil)
	_ core.QueueInspector = (*Window)(nil)
)

// EnqueueGenerateBatch implements core.BatchQueue: it holds the drafts'
// tasks (a draft already held once is held once) and returns at once with
// len(drafts); the window feeds them to Asynq in order.
func (w *Window) EnqueueGenerateBatch(ctx context.Context, drafts []*core.Draft) (int, error) {
	rid := core.RequestID(ctx)
	w.mu.Lock()
	if w.closed {
		w.mu.Unlock()
		return 0, core.Errorf(core.CodeUnavailable, "the work queue is closed")
	}
	for _, d := range drafts {
		id := GenerateTaskID(d)
		if w.held[id] {
			continue
		}
		w.held[id] = true
		w.fifo = append(w.fifo, heldTask{draftID: d.ID, version: d.Version, requestID: rid})
	}
	w.mu.Unlock()
	select {
	case w.wake <- struct{}{}:
	default:
	}
	return len(drafts), nil
}

// HoldsGenerate implements core.QueueInspector: a draft the window holds
// is held.
func (w *Window) HoldsGenerate(ctx context.Context, d *core.Draft) (bool, error) {
	if w.holding(d) {
		return true, nil
	}
	return w.Queue.HoldsGenerate(ctx, d)
}

// RescueGenerate implements core.QueueInspector: a draft the window holds
// is not enqueued (the window feeds it).
func (w *Window) RescueGenerate(ctx context.Context, d *core.Draft) (bool, error) {
	if w.holding(d) {
		return false, nil
	}
	return w.Queue.RescueGenerate(ctx, d)
}

// holding reports whether the window holds d's generation task. A task
// leaves the window only once Asynq has it (top), so a draft is always
// in one or the other from its batch enqueue on.
func (w *Window) holding(d *core.Draft) bool {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.held[GenerateTaskID(d)]
}

// Held is how many generation tasks the window holds, not yet in Asynq.
func (w *Window) Held() int {
	w.mu.Lock()
	defer w.mu.Unlock()
	return len(w.fifo) - w.head
}

// Close stops feeding (what is held is dropped, see Window) and closes the
// connections.
func (w *Window) Close() error {
	w.mu.Lock()
	w.closed = true
	w.mu.Unlock()
	w.stop()
	<-w.done
	return errors.Join(w.rdb.Close(), w.Queue.Close())
}

// feed moves held tasks into Asynq until ctx is done: whenever the
// generate queue has fewer than half the window pending, it tops it up.
func (w *Window) feed(ctx context.Context) {
	defer close(w.done)
	t := time.NewTicker(windowPoll)
	defer t.Stop()
	for {
		if w.Held() == 0 {
			select {
			case <-ctx.Done():
				return
			case <-w.wake:
			}
		}
		pending, err := w.rdb.LLen(ctx, w.key).Result()
		if err == nil && int(pending) < w.size/2+1 {
			err = w.top(ctx, w.size-int(pending))
		}
		if err != nil && ctx.Err() == nil {
			w.log("the window could not feed the queue; retrying", "err", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		case <-w.wake:
		}
	}
}

// top enqueues up to n held tasks, oldest first, batchWorkers at a time.
// A task is released from the window once Asynq has it; on an error the
// rest stay held for the next round.
func (w *Window) top(ctx context.Context, n int) error {
	w.mu.Lock()
	n = min(n, len(w.fifo)-w.head)
	batch := make([]heldTask, n)
	copy(batch, w.fifo[w.head:w.head+n])
	w.mu.Unlock()
	if n == 0 {
		return nil
	}
	var (
		mu   sync.Mutex
		errs []error
		ok   = make([]bool, n)
		next int
		wg   sync.WaitGroup
	)
	for range min(batchWorkers, n) {
		wg.Go(func() {
			for {
				mu.Lock()
				i := next
				next++
				mu.Unlock()
				if i >= n || ctx.Err() != nil {
					return
				}
				h := batch[i]
				d := &core.Draft{ID: h.draftID, Version: h.version}
				if err := w.Queue.EnqueueGenerate(core.WithRequestID(ctx, h.requestID), d); err != nil {
					mu.Lock()
					errs = append(errs, err)
					mu.Unlock()
					continue
				}
				ok[i] = true
			}
		})
	}
	wg.Wait()
	// Release what Asynq took; what failed goes back to the front, in order.
	w.mu.Lock()
	var again []heldTask
	for i, h := range batch {
		if ok[i] {
			delete(w.held, GenerateTaskID(&core.Draft{ID: h.draftID, Version: h.version}))
		} else {
			again = append(again, h)
		}
	}
	w.head += n
	if len(again) > 0 {
		w.head -= len(again)
		copy(w.fifo[w.head:], again)
	}
	if w.head > len(w.fifo)/2 {
		w.fifo = append(w.fifo[:0:0], w.fifo[w.head:]...)
		w.head = 0
	}
	w.mu.Unlock()
	return errors.Join(errs...)
}

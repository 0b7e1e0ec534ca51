package bench

import (
	"context"
	"fmt"
	"sync/atomic"
	"time"

	"github.com/hibiken/asynq"
)

// rawQueue is the queue the no-op tasks go through; it is deleted after.
const rawQueue = "bench_noop"

// RawResult is Asynq's own pace on a Redis: no store, no work.
type RawResult struct {
	Tasks   int
	Enqueue time.Duration // enqueueing every task, one call each
	PerSec  float64       // tasks run per second by one server, from the first
}

// RawAsynq enqueues n no-op tasks one by one, then processes them with an
// Asynq server of the given concurrency in this process, and measures
// both. It is the ceiling the pipeline is compared with.
func RawAsynq(ctx context.Context, redis asynq.RedisConnOpt, n, concurrency int) (RawResult, error) {
	client := asynq.NewClient(redis)
	defer client.Close()
	insp := asynq.NewInspector(redis)
	defer insp.Close()
	defer func() { _ = insp.DeleteQueue(rawQueue, true) }()

	start := time.Now()
	for i := range n {
		t := asynq.NewTask("bench:noop", []byte(fmt.Sprintf(`{"i":%d}`, i)))
		if _, err := client.EnqueueContext(ctx, t, asynq.Queue(rawQueue), asynq.MaxRetry(0)); err != nil {
			return RawResult{}, fmt.Errorf("enqueue no-op task: %w", err)
		}
	}
	res := RawResult{Tasks: n, Enqueue: time.Since(start)}

	var done atomic.Int64
	var first atomic.Int64 // UnixNano of the first task run
	finished := make(chan struct{})
	srv := asynq.NewServer(redis, asynq.Config{
		Concurrency: concurrency,
		Queues:      map[string]int{rawQueue: 1},
		LogLevel:    asynq.ErrorLevel,
	})
	mux := asynq.NewServeMux()
	mux.HandleFunc("bench:noop", func(context.Context, *asynq.Task) error {
		first.CompareAndSwap(0, time.Now().UnixNano())
		if done.Add(1) == int64(n) {
			close(finished)
		}
		return nil
	})
	if err := srv.Start(mux); err != nil {
		return res, fmt.Errorf("start no-op server: %w", err)
	}
	defer srv.Shutdown()
	select {
	case <-finished:
	case <-ctx.Done():
		return res, ctx.Err()
	case <-time.After(10 * time.Minute):
		return res, fmt.Errorf("no-op tasks: %d of %d done after 10 minutes", done.Load(), n)
	}
	// From the first task run, so the server's start-up is not counted.
	res.PerSec = float64(n-1) / time.Since(time.Unix(0, first.Load())).Seconds()
	return res, nil
}

package appcore

import (
	"context"
	"runtime/debug"
	"runtime/metrics"
	"time"
)

// ApplyWorkerMemoryLimit sets a worker process's soft memory limit from
// WORKER_MEMORY_LIMIT (runtime/debug.SetMemoryLimit), unless GOMEMLIMIT is
// set, which the runtime has read already and which wins. It returns the
// limit in force at the start (0: none). Only cmd/worker calls it: the embedded process also
// holds the API, SQLite and the in-process Redis.
//
// The configured limit is a floor, not a ceiling: until ctx ends, a
// goroutine raises the limit in force after each collection so that the
// heap goal stays at least live×3/2 (an effective GOGC of 50 or more; see
// LimitWithHeadroom). A fixed limit below what the process must hold live
// makes the collector run back to back, capped only by the runtime's
// limiter at half the CPU (the Go GC guide, "Memory limit": "the Go
// runtime will... limit the GC CPU utilization to 50%"): a worker that
// loads all 25 locales' data holds ~104 MiB live, and under the 56 MiB
// default it spent 6.1 ms of CPU a draft against 2.7-3.0 ms with no limit
// (docs/PERFORMANCE.md, gc50).
func ApplyWorkerMemoryLimit(ctx context.Context, cfg Config, getenv func(string) string) int64 {
	if getenv("GOMEMLIMIT") != "" {
		return debug.SetMemoryLimit(-1) // reads it without changing it
	}
	if cfg.WorkerMemoryLimit <= 0 {
		return 0
	}
	debug.SetMemoryLimit(cfg.WorkerMemoryLimit)
	go keepHeadroom(ctx, cfg.WorkerMemoryLimit, 100*time.Millisecond)
	return cfg.WorkerMemoryLimit
}

// LimitWithHeadroom is the soft memory limit, in bytes, that keeps the
// collector's heap goal at least live×3/2 bytes: the configured limit, or
// nonHeap + live×3/2 when that is more. live is the heap the last
// collection marked (runtime/metrics /gc/heap/live:bytes); nonHeap is the
// Go memory outside heap spans (stacks, runtime metadata, other: what the
// limit counts besides the heap). The runtime's heap goal under a limit
// is about the limit less non-heap memory, so the heap may grow by at
// least half its live size between collections.
func LimitWithHeadroom(configured int64, live, nonHeap uint64) int64 {
	floor := nonHeap + live + live/2
	if floor > uint64(configured) && floor < 1<<62 {
		return int64(floor)
	}
	return configured
}

// keepHeadroom raises (or lowers, never under configured) the process's
// memory limit after each garbage collection to LimitWithHeadroom, reading
// runtime/metrics every interval until ctx ends.
func keepHeadroom(ctx context.Context, configured int64, interval time.Duration) {
	samples := []metrics.Sample{
		{Name: "/gc/cycles/total:gc-cycles"},
		{Name: "/gc/heap/live:bytes"},
		{Name: "/memory/classes/total:bytes"},
		{Name: "/memory/classes/heap/free:bytes"},
		{Name: "/memory/classes/heap/objects:bytes"},
		{Name: "/memory/classes/heap/released:bytes"},
		{Name: "/memory/classes/heap/unused:bytes"},
	}
	t := time.NewTicker(interval)
	defer t.Stop()
	var cycles uint64
	current := configured
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		metrics.Read(samples)
		if samples[0].Value.Kind() != metrics.KindUint64 || samples[0].Value.Uint64() == cycles {
			continue
		}
		cycles = samples[0].Value.Uint64()
		var heap uint64
		for _, s := range samples[3:] {
			if s.Value.Kind() == metrics.KindUint64 {
				heap += s.Value.Uint64()
			}
		}
		nonHeap := samples[2].Value.Uint64() - min(heap, samples[2].Value.Uint64())
		if lim := LimitWithHeadroom(configured, samples[1].Value.Uint64(), nonHeap); lim != current {
			debug.SetMemoryLimit(lim)
			current = lim
		}
	}
}

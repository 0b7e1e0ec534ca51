package app

import "runtime/debug"

// ApplyWorkerMemoryLimit sets a worker process's soft memory limit from
// WORKER_MEMORY_LIMIT (runtime/debug.SetMemoryLimit), unless GOMEMLIMIT is
// set, which the runtime has read already and which wins. It returns the
// limit in force (0: none). Only cmd/worker calls it: the embedded
// process also holds the API, SQLite and the in-process Redis.
func ApplyWorkerMemoryLimit(cfg Config, getenv func(string) string) int64 {
	if getenv("GOMEMLIMIT") != "" || cfg.WorkerMemoryLimit <= 0 {
		if getenv("GOMEMLIMIT") != "" {
			return debug.SetMemoryLimit(-1) // reads it without changing it
		}
		return 0
	}
	debug.SetMemoryLimit(cfg.WorkerMemoryLimit)
	return cfg.WorkerMemoryLimit
}

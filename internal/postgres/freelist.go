package postgres

// freeList keeps up to its capacity of values between uses (a batch's
// write buffer, its binder). Unlike a sync.Pool, which the collector
// empties every second cycle, it keeps them across collections: under the
// worker's memory limit the collector runs several times a second, and
// each emptied pool cost a new buffer grown again to a group commit's tens
// of kB (binder, pooledReserve: ~40 MB of a 10,000-draft launch's worker
// allocations after perf38's binder, #17). A worker runs at most its pool's
// connections' batches at once (app.WorkerPoolSize, 8), so a list of that
// many holds what is in use between batches; what does not fit is left to
// the collector.
type freeList[T any] chan T

// get takes a value kept, if any.
func (l freeList[T]) get() (T, bool) {
	select {
	case v := <-l:
		return v, true
	default:
		var zero T
		return zero, false
	}
}

// put keeps v unless the list is full.
func (l freeList[T]) put(v T) {
	select {
	case l <- v:
	default:
	}
}

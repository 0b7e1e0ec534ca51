package sqlstore

import (
	"context"
	"log/slog"
	"sync"
	"sync/atomic"
	"time"
)

// upkeep runs Options.Upkeep in the background after every UpkeepEvery
// near-duplicate index rows written.
//
// Why (PostgreSQL): the lookup reads each band key's first refs from
// near_keys_pkey (near_candidates, migration 00011). An index-only scan
// skips the heap only for pages the visibility map marks all-visible, and
// only VACUUM sets those marks; near_keys is insert-mostly, so insert-driven
// autovacuum (PostgreSQL 13+) sets them where autovacuum runs, but only
// after the table has grown by autovacuum_vacuum_insert_scale_factor (20%)
// since the last run, and never where autovacuum is off. Unmarked, every
// ref a key gives costs a heap fetch: 594-908 a check in a 10,000-draft
// launch, half of the lookup's buffers (docs/PERFORMANCE.md, "Index-only
// candidates"). A VACUUM of an insert-only table reads only the pages not
// yet marked (the new ones), scans no index (nothing dead to remove) and
// takes a lock that neither reads nor writes wait on; SKIP_LOCKED lets it
// give way to another process's run.
type upkeep struct {
	rows    atomic.Int64 // rows written since the last run began
	running atomic.Bool
	ctx     context.Context
	cancel  context.CancelFunc
	wg      sync.WaitGroup
}

// nearRowsWritten counts n index rows written and starts Options.Upkeep
// when UpkeepEvery have been since the last run began (none while one
// runs).
func (s *Store) nearRowsWritten(n int) {
	o := &s.opts
	if o.Upkeep == "" || o.UpkeepEvery <= 0 || n <= 0 {
		return
	}
	u := &s.upkeep
	if u.rows.Add(int64(n)) < o.UpkeepEvery || !u.running.CompareAndSwap(false, true) {
		return
	}
	u.rows.Store(0)
	u.wg.Add(1)
	go func() {
		defer u.wg.Done()
		defer u.running.Store(false)
		ctx, cancel := context.WithTimeout(u.ctx, time.Minute)
		defer cancel()
		if _, err := o.Write.ExecContext(ctx, o.Upkeep); err != nil && u.ctx.Err() == nil {
			// Only the lookup's speed depends on it: the next run
			// tries again.
			slog.Warn("near-duplicate index upkeep failed", "err", err)
		}
	}()
}

// stop lets a run finish (a few milliseconds on an index kept up) for up
// to 5 seconds, then cancels it.
func (u *upkeep) stop() {
	done := make(chan struct{})
	go func() { u.wg.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		u.cancel()
		<-done
	}
	u.cancel()
}

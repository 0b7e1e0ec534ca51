package core

import (
	"context"
	"errors"
	"slices"
	"strings"
	"sync"
	"time"
)

// Group commit of the pipeline's state changes.
//
// A draft's step (Service.move) is a short transaction that ends by
// appending its event to the outbox under the outbox lock, held to commit
// so that event IDs grow in commit order. One transaction per step made
// that lock, and the commit behind it (a WAL flush on PostgreSQL, the one
// writer on SQLite), the pipeline's limit: every draft paid two of them
// in turn with every other draft (docs/PERFORMANCE.md). Steps that wait at
// the same moment are therefore committed together: one transaction, one
// outbox lock, one commit, the events appended in one statement. No timer
// is involved: while a batch commits, the steps that arrive wait and form
// the next, so a lone step goes at once and a busy pipeline commits in
// batches as large as its concurrency. On PostgreSQL two batches commit at
// once (ConcurrentCommits): with one, a worker's every step waited on one
// transaction's round trips at a time, and that, not CPU, set a worker's
// pace (docs/PERFORMANCE.md, 1 Dec).
//
// Each step keeps its own result. A step the machine refuses, or whose
// draft is gone, is answered with that error and left out (nothing was
// written for it). Any other error (a mutate that fails after writing, a
// store error) rolls the batch back and each half of it is tried again,
// down to steps in a transaction of their own, exactly as without
// batching: one bad step never fails another.

// maxBatch bounds the steps of one transaction (its locks and its length).
const maxBatch = 64

// nearIndexTimeout bounds one write of a NearIndex of the service's own.
const nearIndexTimeout = 10 * time.Second

// batchTimeout bounds one batch transaction: it runs on behalf of many
// callers, so on none of their contexts.
const batchTimeout = time.Minute

// pendingMove is one step waiting to be committed.
type pendingMove struct {
	ctx    context.Context
	id     string
	ev     Event
	mutate func(tx TxStore, d *Draft) error
	done   chan struct{}
	out    *Draft
	err    error
}

// ConcurrentCommits is implemented by a store on which more than one
// write transaction can usefully run at once (PostgreSQL; not SQLite's
// one writer): CommitsInFlight batches are committed at the same time.
type ConcurrentCommits interface {
	CommitsInFlight() int
}

// PipelinedTx is implemented by a transaction that can send several writes
// in one round trip (PostgreSQL): inside Pipelined's fn, writes whose only
// answer is an error are queued and sent with the next statement that
// reads rows (the event append), or when fn ends, and a queued write's
// error is returned by the call that sends it. A group commit's writes
// (the near-duplicate keys, the versions, the drafts, the spend, the
// outbox lock and the events) then cost one round trip instead of six.
type PipelinedTx interface {
	Pipelined(ctx context.Context, fn func() error) error
}

// batcher queues steps and commits them in batches, at most
// commitsInFlight batches at a time per process (one unless the store is
// a ConcurrentCommits), each from a goroutine that lives while there is
// work. Batches committed at once are as safe as two workers' batches:
// each locks its drafts in ID order and appends its events under the
// outbox lock held to commit.
type batcher struct {
	mu       sync.Mutex
	queue    []*pendingMove
	draining int // goroutines committing batches
}

// commitsInFlight is how many batches s commits at once.
func (s *Service) commitsInFlight() int {
	if c, ok := s.store.(ConcurrentCommits); ok {
		return max(c.CommitsInFlight(), 1)
	}
	return 1
}

func (b *batcher) move(s *Service, ctx context.Context, id string, ev Event, mutate func(tx TxStore, d *Draft) error) (*Draft, error) {
	if err := ctx.Err(); err != nil {
		return s.transition(ctx, id, ev, mutate, false) // answers as a lone step would
	}
	p := &pendingMove{ctx: ctx, id: id, ev: ev, mutate: mutate, done: make(chan struct{})}
	b.mu.Lock()
	b.queue = append(b.queue, p)
	if b.draining < s.commitsInFlight() {
		b.draining++
		go b.drain(s)
	}
	b.mu.Unlock()
	<-p.done
	return p.out, p.err
}

// drain commits what is queued, batch after batch, until nothing is.
func (b *batcher) drain(s *Service) {
	for {
		b.mu.Lock()
		if len(b.queue) == 0 {
			b.draining--
			b.mu.Unlock()
			return
		}
		n := min(len(b.queue), maxBatch)
		batch := slices.Clone(b.queue[:n])
		b.queue = slices.Delete(b.queue, 0, n)
		b.mu.Unlock()
		s.commitMoves(batch)
	}
}

// commitMoves commits batch and answers each of its steps.
func (s *Service) commitMoves(batch []*pendingMove) {
	// One step per draft per transaction; a second step of the same draft
	// (a task delivered twice) follows on its own, after the batch.
	slices.SortStableFunc(batch, func(a, b *pendingMove) int { return strings.Compare(a.id, b.id) })
	var together, alone []*pendingMove
	for i, p := range batch {
		switch {
		case p.ctx.Err() != nil, i > 0 && batch[i-1].id == p.id:
			alone = append(alone, p)
		default:
			together = append(together, p)
		}
	}
	s.commitSplitting(together)
	for _, p := range alone {
		p.out, p.err = s.transition(p.ctx, p.id, p.ev, p.mutate, false)
		close(p.done)
	}
}

// commitSplitting commits batch together; if it rolls back, each half is
// tried again the same way, down to steps alone: a bad step costs the
// others about log2(len(batch)) extra transactions, not one each.
func (s *Service) commitSplitting(batch []*pendingMove) {
	switch {
	case len(batch) == 0:
	case len(batch) == 1:
		p := batch[0]
		p.out, p.err = s.transition(p.ctx, p.id, p.ev, p.mutate, false)
		close(p.done)
	case !s.commitTogether(batch):
		half := len(batch) / 2
		s.commitSplitting(batch[:half])
		s.commitSplitting(batch[half:])
	}
}

// errBatch rolls a batch back so that its steps run one by one.
var errBatch = errors.New("the batch is rolled back; its steps run one by one")

// commitTogether runs batch (sorted by draft ID, so that concurrent
// batches lock drafts in one order) in one transaction and answers its
// steps. false: the batch rolled back, nothing is answered, each step
// must run alone.
func (s *Service) commitTogether(batch []*pendingMove) bool {
	ctx, cancel := context.WithTimeout(context.WithoutCancel(batch[0].ctx), batchTimeout)
	defer cancel()
	type done struct {
		p *pendingMove
		d *Draft
	}
	var (
		ok      []done
		refused []*pendingMove
		near    []NearKeys // for a NearIndex of the service's own, after commit
	)
	err := s.store.Tx(ctx, func(stx TxStore) error {
		ok, refused, near = ok[:0], refused[:0], nil
		tx := &deferredTx{TxStore: stx, external: s.nearIndex != nil}
		events := make([]*Event, 0, len(batch))
		spent := map[string]float64{}
		var launches []string
		ids := make([]string, len(batch))
		for i, p := range batch {
			ids[i] = p.id
		}
		locked, err := tx.LockDrafts(ctx, ids)
		if err != nil {
			return errors.Join(errBatch, err)
		}
		byID := make(map[string]*Draft, len(locked))
		for _, d := range locked {
			byID[d.ID] = d
		}
		saved := make([]*Draft, 0, len(batch))
		for _, p := range batch {
			d := byID[p.id]
			if d == nil {
				p.err = Errorf(CodeNotFound, "draft not found")
				refused = append(refused, p)
				continue
			}
			st, err := s.begin(p.ctx, d, p.ev)
			if err != nil {
				p.err = err
				refused = append(refused, p)
				continue
			}
			mark := len(tx.near)
			if err := s.change(p.ctx, tx, d, &st, p.mutate); err != nil {
				return errors.Join(errBatch, err)
			}
			versionNearKeys(tx.near[mark:], d)
			saved = append(saved, d)
			if st.spent != 0 {
				if _, seen := spent[d.LaunchID]; !seen {
					launches = append(launches, d.LaunchID)
				}
				spent[d.LaunchID] += st.spent
			}
			ev := st.ev
			events = append(events, &ev)
			ok = append(ok, done{p, d})
		}
		if tx.external {
			near = tx.near
		}
		write := func() error {
			if err := tx.flush(ctx); err != nil {
				return err
			}
			if err := tx.SaveDrafts(ctx, saved); err != nil {
				return err
			}
			// The launches' rows in ID order: concurrent batches that
			// spend on overlapping launches lock them in one order.
			slices.Sort(launches)
			for _, l := range launches {
				if err := tx.AddLaunchSpend(ctx, l, spent[l]); err != nil {
					return err
				}
			}
			return tx.AppendEvents(ctx, events)
		}
		// The batch's writes in one round trip where the store can send
		// them so (PipelinedTx: PostgreSQL), instead of one each.
		if p, ok := stx.(PipelinedTx); ok {
			err = p.Pipelined(ctx, write)
		} else {
			err = write()
		}
		if err != nil {
			return errors.Join(errBatch, err)
		}
		return nil
	})
	if err != nil {
		for _, p := range batch {
			p.err = nil
		}
		return false
	}
	if len(ok) > 0 {
		s.committed()
	}
	s.indexTexts(ctx, near)
	for _, r := range ok {
		r.p.out = r.d
		close(r.p.done)
	}
	for _, p := range refused {
		close(p.done)
	}
	return true
}

// deferredTx is a batch transaction as its steps see it: the
// near-duplicate index keys and the draft versions they write are kept
// and written for the whole batch at once (flush, before the drafts are
// saved), one statement each on PostgreSQL instead of two round trips a
// draft inside the transaction that every other step of the batch waits
// on. No step reads either back: the keys are read by later checks, the
// versions by the API.
//
// With a NearIndex of the service's own (external), the keys are not
// written through the store: the batch gives them to the index once it
// has committed (indexTexts).
type deferredTx struct {
	TxStore
	near     []NearKeys
	versions []*DraftVersion
	external bool
}

// PutNearKeys keeps ref's keys for flush.
func (t *deferredTx) PutNearKeys(_ context.Context, ref string, keys []int64) error {
	t.near = append(t.near, NearKeys{Ref: ref, Keys: keys})
	return nil
}

// PutDraftVersion keeps a copy of v for flush.
func (t *deferredTx) PutDraftVersion(_ context.Context, v *DraftVersion) error {
	c := *v
	t.versions = append(t.versions, &c)
	return nil
}

// flush writes what the steps kept, in the order they wrote it.
func (t *deferredTx) flush(ctx context.Context) error {
	if len(t.near) > 0 && !t.external {
		if err := t.TxStore.PutNearKeysMany(ctx, t.near); err != nil {
			return err
		}
	}
	if len(t.versions) > 0 {
		if err := t.TxStore.PutDraftVersions(ctx, t.versions); err != nil {
			return err
		}
	}
	t.near, t.versions = nil, nil
	return nil
}

// versionNearKeys marks the keys a step put for its own draft d with the
// version of d's text they are of (a NearIndex keeps a ref's newest):
// mutate files the keys before the step sets the version.
func versionNearKeys(items []NearKeys, d *Draft) {
	for i := range items {
		if items[i].Ref == d.ID {
			items[i].Version = d.Version
		}
	}
}

// nearCaptureTx is a lone step's transaction with a NearIndex of the
// service's own: the keys the step puts are kept, and given to the index
// once the transaction has committed (indexTexts).
type nearCaptureTx struct {
	TxStore
	near []NearKeys
}

// PutNearKeys keeps ref's keys for the index.
func (t *nearCaptureTx) PutNearKeys(_ context.Context, ref string, keys []int64) error {
	t.near = append(t.near, NearKeys{Ref: ref, Keys: keys})
	return nil
}

// PutNearKeysMany keeps the items' keys for the index.
func (t *nearCaptureTx) PutNearKeysMany(_ context.Context, items []NearKeys) error {
	t.near = append(t.near, items...)
	return nil
}

// indexTexts gives the keys of committed texts to the service's own
// NearIndex, if any. The texts are stored whatever happens here: an index
// that fails misses them (the near-duplicate check does not find them
// until they are indexed again), which is logged, not returned.
func (s *Service) indexTexts(ctx context.Context, items []NearKeys) {
	if s.nearIndex == nil || len(items) == 0 {
		return
	}
	// The texts are committed: their keys are written even if the caller
	// has given up meanwhile.
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), nearIndexTimeout)
	defer cancel()
	if err := s.nearIndex.PutNearKeys(ctx, items); err != nil {
		s.log.Warn("near-duplicate index not written: these texts are not found as neighbours until indexed again",
			"refs", len(items), "error", err)
	}
}

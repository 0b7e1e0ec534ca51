package sqlstore

import (
	"bytes"
	"context"
	"errors"
	"slices"
	"sync"
	"time"

	"github.com/copydesk/copydesk/internal/core"
)

// A worker looks up the near-duplicate candidates of every text it
// checks, 50 at a time at a worker's concurrency, each lookup one
// statement over the copy's candidates (nearSetsRefs): the check that the
// copy is current, then each candidate's probe. Lookups from the copy
// that arrive while statements are in flight (nearBatchRunners) are sent
// together in the next statement (at most nearBatchMax): one check, one round trip and one
// statement's fixed cost (bind, the check's near_lacking, the executor's
// start; pgx's batch and the worker's write and read) for all of them,
// each lookup's candidates probed and filtered as its own statement would
// (nearBatchRefs, each candidate marked with its lookup's place). The
// candidates of all of them are read from the copy at one moment, after
// the statement's connection was taken, so the statement's check holds
// for each as it does for one (nearSetsLookup). A batch whose check finds
// the copy lacking answers the lookups the copy's own commits did not
// change (waitPending, untouched, sameCandidates, as nearSetsLookup);
// each of the others runs as a lookup of its own, on its caller's
// goroutine. A lookup alone sends the statement it sent before, so one
// draft at a time sends what it sent.

// nearBatchMax bounds the lookups of one statement (64 candidates each:
// at most 1,024 probes).
const nearBatchMax = 16

// nearBatchRunners is how many statements of lookups are in flight at
// once: with one, every lookup of a worker waited for the one statement
// before it, and a slow statement held all of them.
const nearBatchRunners = 2

// nearBatchOff sends every lookup alone (tests: SetNearBatchOff).
var nearBatchOff = false

// nearBatchTimeout bounds a shared lookup: it runs for several callers,
// so on none of their contexts.
const nearBatchTimeout = 30 * time.Second

// nearRefsCall is one NearRefs waiting for, or answered by, a batch.
type nearRefsCall struct {
	keys          []int64
	perKey, limit int
	f             core.NearFilter
	out           []core.NearRef
	err           error // a lookup alone's
	alone         bool  // not answered by the batch: run as a lookup of its own
	done          chan struct{}
}

// nearBatcher is the lookups waiting for the next statement.
type nearBatcher struct {
	mu      sync.Mutex
	running int // runNearBatches goroutines, at most nearBatchRunners
	pending []*nearRefsCall
	// batches and batched count the statements of more than one lookup
	// and their lookups, alone those sent back to run on their own
	// (tests, the worker's exit log).
	batches, batched, alone int64
}

// nearBatchRefs is NearRefs' statement over the candidates of several
// lookups: the check first (a row marked 2, nearCheckSQL as its SKU), then
// the rows of each candidate (its place in the array sent, from 1) that
// pass its lookup's filter, the lookup's launch, locale, channel and SKU
// the elements at its place (from 1) in the arrays sent.
const nearBatchRefs = `SELECT 0::bigint, 2, ` + nearCheckSQL + `, 0
	UNION ALL
	SELECT r.i, CASE WHEN d.found THEN 0 ELSE 1 END, COALESCE(d.sku, c.sku), COALESCE(d.version, 0)
		FROM unnest(?::text[], ?::bigint[]) WITH ORDINALITY AS r(ref, o, i)
		LEFT JOIN LATERAL (SELECT true AS found, launch_id, locale, channel, sku, status, text, version
			FROM drafts WHERE drafts.id = r.ref LIMIT 1) d ON true
		LEFT JOIN LATERAL (SELECT locale, channel, sku, text FROM catalogue WHERE d.found IS NULL AND catalogue.id = r.ref LIMIT 1) c ON true
		WHERE (d.launch_id = (?::text[])[r.o::int] AND d.locale = (?::text[])[r.o::int] AND d.channel = (?::text[])[r.o::int]
				AND d.sku <> (?::text[])[r.o::int] AND d.status <> 'failed' AND d.text <> '')
			OR (c.locale = (?::text[])[r.o::int] AND c.channel = (?::text[])[r.o::int] AND c.sku <> (?::text[])[r.o::int] AND c.text <> '')`

// nearRefsShared is NearRefs from the copy, sent with concurrent callers'
// lookups where the store pipelines its statements (PostgreSQL).
func (q *queries) nearRefsShared(ctx context.Context, keys []int64, perKey, limit int, f core.NearFilter) ([]core.NearRef, error) {
	b := &q.store.nearBatch
	c := &nearRefsCall{keys: keys, perKey: perKey, limit: limit, f: f, done: make(chan struct{})}
	if joinBatch(&b.mu, &b.pending, &b.running, c) {
		go q.store.runNearBatches()
	}
	if err := awaitBatch(ctx, c.done, "finding near-duplicate candidates was cancelled"); err != nil {
		return nil, err
	}
	if c.alone {
		return q.nearRefsSets(ctx, keys, perKey, limit, f, true)
	}
	return c.out, c.err
}

// nearRefBufs hold NearRefs answers their callers gave back
// (GiveNearRefs), for nearRefsBatch to answer in again: a new slice of up
// to 64 refs of 88 bytes a lookup was 3.4% of a launch's worker
// allocations (#17, perf37).
var nearRefBufs sync.Pool

// takeNearRefs is an empty []core.NearRef with room for n, from
// nearRefBufs when one there is large enough.
func takeNearRefs(n int) []core.NearRef {
	if p, _ := nearRefBufs.Get().(*[]core.NearRef); p != nil && cap(*p) >= n {
		return (*p)[:0]
	}
	return make([]core.NearRef, 0, max(n, 64))
}

// GiveNearRefs takes back a NearRefs answer its caller has read
// (core.NearRefsGiver), its elements cleared so that the pool keeps no
// string alive.
func (q *queries) GiveNearRefs(refs []core.NearRef) {
	if cap(refs) < 64 {
		return
	}
	refs = refs[:cap(refs)]
	clear(refs)
	nearRefBufs.Put(&refs)
}

// nearBatchScratch is a runner's arrays for its statements' arguments,
// reused from one statement to the next: new ones a statement were ~2% of
// a launch's worker allocations (#17, perf39). The statement has sent
// them when nearRefsBatch returns.
type nearBatchScratch struct {
	refs   []string
	owner  []int64
	whose  []int32
	filter [4][]string // launches, locales, channels, SKUs
	cands  []nearSetsCands
}

// runNearBatches sends the waiting lookups, a statement at a time, until
// none wait.
func (s *Store) runNearBatches() {
	b := &s.nearBatch
	var sc nearBatchScratch
	for {
		b.mu.Lock()
		n := min(len(b.pending), nearBatchMax)
		if n == 0 {
			b.running--
			if b.running == 0 {
				b.pending = nil
			}
			b.mu.Unlock()
			return
		}
		calls := b.pending[:n:n]
		b.pending = b.pending[n:]
		b.mu.Unlock()
		ctx, cancel := context.WithTimeout(context.Background(), nearBatchTimeout)
		if len(calls) == 1 {
			// Alone: the statement it always sent, sent from here so that
			// the lookups arriving meanwhile wait to go together.
			c := calls[0]
			c.out, c.err = s.queries.nearRefsSets(ctx, c.keys, c.perKey, c.limit, c.f, true)
			cancel()
			close(c.done)
			continue
		}
		if err := s.queries.nearRefsBatch(ctx, calls, &sc); err != nil {
			// Each runs alone and meets its own answer or error on its
			// own context, as without the batch.
			for _, c := range calls {
				c.alone, c.out = true, nil
			}
		}
		cancel()
		alone := 0
		for _, c := range calls {
			if c.alone {
				alone++
			}
			close(c.done)
		}
		b.mu.Lock()
		b.batches++
		b.batched += int64(len(calls))
		b.alone += int64(alone)
		b.mu.Unlock()
	}
}

// nearRefsBatch answers calls in one statement (nearBatchRefs) over the
// copy's candidates of each, read at one moment on the statement's
// connection; a call it cannot answer is marked alone. Its arrays are
// sc's (nil: new ones).
func (q *queries) nearRefsBatch(ctx context.Context, calls []*nearRefsCall, sc *nearBatchScratch) error {
	if sc == nil {
		sc = &nearBatchScratch{}
	}
	m := q.store.nearSets
	markAlone := func(cs []*nearRefsCall) {
		for _, c := range cs {
			c.alone = true
		}
	}
	m.mu.RLock()
	state := m.state
	m.mu.RUnlock()
	if state != nearSetsOn {
		markAlone(calls) // the first lookup builds the copy, as before
		return nil
	}
	conn, err := q.store.opts.Read.Conn(ctx)
	if err != nil {
		return wrap(err, "finding near-duplicate candidates failed")
	}
	defer conn.Close()
	on := *q
	on.read, on.lookupConn = conn, conn

	m.mu.RLock()
	if m.state != nearSetsOn {
		m.mu.RUnlock()
		markAlone(calls)
		return nil
	}
	cands := slices.Grow(sc.cands[:0], len(calls))[:len(calls)]
	total := 0
	for i, c := range calls {
		cands[i] = m.candidates(c.keys, c.perKey, c.limit, true)
		total += len(cands[i].refs)
	}
	chk := nearSetsCheck{snap: m.snap, own: slices.Clone(m.own)}
	at := m.changes
	m.mu.RUnlock()

	// Each candidate's place in the array sent names its call and its ref.
	refs := slices.Grow(sc.refs[:0], total)
	owner := slices.Grow(sc.owner[:0], total)
	whose := slices.Grow(sc.whose[:0], total)
	for i := range sc.filter {
		sc.filter[i] = slices.Grow(sc.filter[i][:0], len(calls))[:len(calls)]
	}
	launches, locales, channels, skus := sc.filter[0], sc.filter[1], sc.filter[2], sc.filter[3]
	defer func() {
		// Kept for the next statement, holding no string or call's
		// candidates.
		clear(refs)
		clear(cands)
		for i := range sc.filter {
			clear(sc.filter[i])
		}
		sc.refs, sc.owner, sc.whose, sc.cands = refs[:0], owner[:0], whose[:0], cands[:0]
	}()
	for i, c := range calls {
		for _, r := range cands[i].refs {
			refs = append(refs, r)
			owner = append(owner, int64(i+1))
			whose = append(whose, int32(i))
		}
		launches[i], locales[i], channels[i], skus[i] = c.f.LaunchID, c.f.Locale, c.f.Channel, c.f.SKU
		c.out = takeNearRefs(len(cands[i].refs))
	}
	a := q.d.(int64Arrays)
	args := append(on.checkArgs(a, chk), q.d.Array(nonNil(refs)), a.Int64Array(nonNilInts(owner)),
		q.d.Array(launches), q.d.Array(locales), q.d.Array(channels), q.d.Array(skus),
		q.d.Array(locales), q.d.Array(channels), q.d.Array(skus))
	check := ""
	err = on.lookupRows(ctx, "finding near-duplicate candidates failed", nearBatchRefs, args, func(next func() bool, scan func(dest ...any) error) error {
		var t core.NearRef
		var i int64
		var cat int
		dest := []any{&i, &cat, &t.SKU, &t.Version}
		for next() {
			t = core.NearRef{}
			if err := scan(dest...); err != nil {
				return wrap(err, "finding near-duplicate candidates failed")
			}
			if cat == 2 {
				check = t.SKU
				continue
			}
			if i < 1 || i > int64(len(refs)) {
				return wrap(errors.New("a candidate's place out of range"), "finding near-duplicate candidates failed")
			}
			t.Ref = refs[i-1]
			setRefCatalogue(&t, cat)
			c := calls[whose[i-1]]
			c.out = append(c.out, t)
		}
		return nil
	})
	if err != nil {
		return err
	}
	lack := parseNearCheck(check)
	if !lack.lacks() {
		m.answered.Add(int64(len(calls)))
		m.rebase(lack.snap)
		return nil
	}
	conn.Close() // a lookup of its own takes a connection of its own
	if lack.cut || !m.waitPending(ctx, lack.xids) {
		markAlone(calls)
		return nil
	}
	// The statement saw commits of this process the copy lacked then and
	// has now: a call whose candidates they did not change has its answer.
	for i, c := range calls {
		switch {
		case m.untouched(lack.xids, c.keys):
			m.answered.Add(1)
		case m.sameCandidates(at, lack.xids, c.keys, c.perKey, c.limit, true, cands[i]):
			m.answered.Add(1)
			m.kept.Add(1)
		default:
			c.alone, c.out = true, nil
		}
	}
	return nil
}

// NearBatches are the lookups' statements of more than one lookup, the
// lookups they answered and those they sent back to run alone (tests).
func (s *Store) NearBatches() (batches, batched, alone int64) {
	b := &s.nearBatch
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.batches, b.batched, b.alone
}

// The texts of the neighbours a worker's checker does not keep
// (NearTextsOf, about one statement every other draft) are read the same
// way: the refs of the calls that arrive while statements are in flight
// are read in the next statement, each ref once (drafts checked at the
// same moment miss the same texts: the launch's newest), at most
// nearTextsMax refs (the IN list's largest planned length,
// inListPlanned), and each call given the rows of its own refs. A text
// is read after every caller asked, as its own statement's would be.

// nearTextsMax bounds the distinct refs of one statement.
const nearTextsMax = 64

// nearTextsCall is one NearTextsOf or NearEntriesOf waiting for, or
// answered by, a batch.
type nearTextsCall struct {
	refs  []string
	dec   core.NearEntryDecoder // its rows' entries' maker (nil: none)
	out   []core.NearRef
	err   error
	alone bool // not answered by the batch: run as a read of its own
	done  chan struct{}
}

// nearTextsBatcher is the reads waiting for the next statement.
type nearTextsBatcher struct {
	mu      sync.Mutex
	running int
	pending []*nearTextsCall
	// batches and batched count the statements of more than one call and
	// their calls (tests).
	batches, batched int64
}

// nearTextsShared is NearEntriesOf read with concurrent callers'.
func (q *queries) nearTextsShared(ctx context.Context, refs []string, dec core.NearEntryDecoder) ([]core.NearRef, error) {
	b := &q.store.nearTexts
	c := &nearTextsCall{refs: refs, dec: dec, done: make(chan struct{})}
	if joinBatch(&b.mu, &b.pending, &b.running, c) {
		go q.store.runNearTexts()
	}
	if err := awaitBatch(ctx, c.done, "reading near-duplicate candidates was cancelled"); err != nil {
		return nil, err
	}
	if c.alone {
		return q.nearTextsOf(ctx, refs, dec)
	}
	return c.out, c.err
}

// runNearTexts reads the waiting calls' texts, a statement at a time,
// until none wait.
func (s *Store) runNearTexts() {
	b := &s.nearTexts
	// One map for the runner's batches, cleared for each (a new one a
	// batch was 1% of a launch's worker allocations, #17, perf37).
	seen := make(map[string]struct{}, nearTextsMax)
	var calls []*nearTextsCall // each batch's, reused
	for {
		b.mu.Lock()
		// The calls whose refs together stay within nearTextsMax, in the
		// order they came; the first always. Only calls with the first's
		// entries' maker go together (a statement's rows are made entries
		// by one, as they are read): the others keep their places.
		clear(seen)
		calls = calls[:0]
		rest := b.pending[:0]
		full := false
		for _, c := range b.pending {
			if full || (len(calls) > 0 && c.dec != calls[0].dec) {
				rest = append(rest, c)
				continue
			}
			added := 0
			for _, r := range c.refs {
				if _, ok := seen[r]; !ok {
					added++
				}
			}
			if len(calls) > 0 && len(seen)+added > nearTextsMax {
				full = true
				rest = append(rest, c)
				continue
			}
			for _, r := range c.refs {
				seen[r] = struct{}{}
			}
			calls = append(calls, c)
		}
		clear(b.pending[len(rest):])
		b.pending = rest
		if len(calls) == 0 {
			b.running--
			if b.running == 0 {
				b.pending = nil
			}
			b.mu.Unlock()
			return
		}
		b.mu.Unlock()

		ctx, cancel := context.WithTimeout(context.Background(), nearBatchTimeout)
		if len(calls) == 1 {
			c := calls[0]
			c.out, c.err = s.queries.nearTextsOf(ctx, c.refs, c.dec)
			cancel()
			close(c.done)
			continue
		}
		refs := make([]string, 0, len(seen))
		for _, c := range calls {
			for _, r := range c.refs {
				if _, ok := seen[r]; ok {
					refs = append(refs, r)
					delete(seen, r)
				}
			}
		}
		read, err := s.queries.nearTextsOf(ctx, refs, calls[0].dec)
		cancel()
		if err != nil {
			// Each reads alone and meets its own answer or error on its
			// own context, as without the batch.
			for _, c := range calls {
				c.alone = true
			}
		} else {
			byRef := make(map[string][]int, len(read))
			for i, t := range read {
				byRef[t.Ref] = append(byRef[t.Ref], i)
			}
			given := make([]bool, len(read))
			for _, c := range calls {
				c.out = make([]core.NearRef, 0, len(c.refs))
				for j, r := range c.refs {
					if slices.Contains(c.refs[:j], r) {
						continue // named twice: its rows once, as IN gives them
					}
					for _, i := range byRef[r] {
						t := read[i]
						if given[i] && t.Sig != nil {
							// A row another call asked for too: its own
							// signature's bytes, as its own statement's
							// (an entry is shared: read-only).
							t.Sig = bytes.Clone(t.Sig)
						}
						given[i] = true
						c.out = append(c.out, t)
					}
				}
			}
		}
		for _, c := range calls {
			close(c.done)
		}
		clear(calls)
		b.mu.Lock()
		b.batches++
		b.batched += int64(len(calls))
		b.mu.Unlock()
	}
}

// NearTextsBatches are the texts' statements of more than one call and
// the calls they answered (tests).
func (s *Store) NearTextsBatches() (batches, batched int64) {
	b := &s.nearTexts
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.batches, b.batched
}

// joinBatch queues call c on a batcher's pending calls (mu guards pending
// and running) and reports whether the caller is to start a runner: true
// while fewer than nearBatchRunners run, counting the one it starts.
func joinBatch[C any](mu *sync.Mutex, pending *[]C, running *int, c C) bool {
	mu.Lock()
	defer mu.Unlock()
	*pending = append(*pending, c)
	if *running >= nearBatchRunners {
		return false
	}
	*running++
	return true
}

// awaitBatch waits until a batched call is answered (done closed) or its
// caller's ctx ends: then a CodeUnavailable error with msg, the call left
// for its runner to answer into nothing.
func awaitBatch(ctx context.Context, done <-chan struct{}, msg string) error {
	select {
	case <-done:
		return nil
	case <-ctx.Done():
		return core.Wrap(core.CodeUnavailable, ctx.Err(), msg)
	}
}

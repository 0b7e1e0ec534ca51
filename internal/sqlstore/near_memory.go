package sqlstore

import (
	"context"
	"database/sql"
	"errors"
	"math"
	"slices"
	"strconv"
	"sync"
	"sync/atomic"

	"github.com/copydesk/copydesk/internal/core"
)

// nearMemory is a copy in memory of a nearNumbers store's near_keys
// (Options.NearMemory, SQLite): which numbers each key files, in number
// order. NearRefs takes its candidates from it (at most perKey numbers a
// key, the limit that share the most keys, ties by number: what
// nearNumbersQuery's first half selects from near_keys) and reads only
// the candidates' near_refs rows from the database, one probe each: the
// lookup's ~128 range scans of near_keys and the grouping of their ~1,000-
// 2,000 rows were the largest part of the embedded process's CPU
// (docs/PERFORMANCE.md). The table stays the record: the copy is built
// from it when the store opens and is changed by each write transaction
// that indexes texts, once it has committed.
//
// near_clock (SQLite migration 00017) counts the changes of the index:
// a trigger adds one whenever a ref's near_refs row is filed or re-keyed,
// which every write of near_keys does in the same transaction
// (putNearNumbers). The copy knows the count it is at; a lookup reads the
// count in the statement that reads the candidates' rows, and uses the
// copy's candidates only if the two agree, so its answer is the one the
// table gives at that statement's snapshot. Otherwise (a transaction of
// this store committed but not yet applied, or another process writing
// the same file) the lookup is nearNumbersQuery's; a count the copy can
// never reach (another process's write) turns the copy off for good, and
// every lookup is the table's as before.
type nearMemory struct {
	// commit is held by a write transaction that changed the index from
	// before its COMMIT until the copy has its changes (and by the build),
	// so the copy takes the commits in their order.
	commit sync.Mutex

	mu    sync.RWMutex
	on    bool
	clock int64
	// keys files each key's numbers: a key filing one number holds the
	// number itself; a key filing more holds listBit|i, its numbers
	// (ascending) in lists[i]. Most keys file one text, and a map without
	// pointers is not scanned by the garbage collector.
	keys  map[int64]uint32
	lists [][]uint32
	free  []uint32 // lists' unused slots

	// answered counts the lookups the copy answered, missed the
	// statements whose count was not the copy's (tests).
	answered, missed atomic.Int64
}

const listBit = 1 << 31

// nearChange is a ref's keys as a write transaction replaced them, for
// the copy once the transaction commits.
type nearChange struct {
	n        uint32
	old, new []int64
}

// nearTxLog is what a write transaction changed of the index: the count
// before its first change and after its last, and each change in order.
type nearTxLog struct {
	clock, end int64
	changes    []nearChange
	bad        bool // a number the copy cannot hold: the copy is turned off
}

// loadNearMemory builds the copy from near_keys, one snapshot with the
// count. Called by Open's caller after the migrations, before the store
// is used; an error, or a number past what the copy holds, leaves the
// copy off (lookups read the table).
func (s *Store) loadNearMemory(ctx context.Context) error {
	m := s.nearMem
	m.commit.Lock()
	defer m.commit.Unlock()
	m.mu.Lock()
	defer m.mu.Unlock()
	m.on, m.keys, m.lists, m.free = false, nil, nil, nil
	keys := map[int64]uint32{}
	var lists [][]uint32
	var clock int64
	tooLarge := errors.New("a near-duplicate number past what the copy holds")
	err := s.View(ctx, func(tx core.TxStore) error {
		q := tx.(*queries)
		if err := q.row(ctx, `SELECT v FROM near_clock`).Scan(&clock); err != nil {
			return err
		}
		rows, err := q.query(ctx, `SELECT key, n FROM near_keys ORDER BY key, n`)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var key, n int64
			if err := rows.Scan(&key, &n); err != nil {
				return err
			}
			if n < 0 || n >= listBit {
				return tooLarge
			}
			// Rows come by key, then number: each key's numbers in order.
			v, ok := keys[key]
			switch {
			case !ok:
				keys[key] = uint32(n)
			case v&listBit == 0:
				keys[key] = listBit | uint32(len(lists))
				lists = append(lists, []uint32{v, uint32(n)})
			default:
				lists[v&^listBit] = append(lists[v&^listBit], uint32(n))
			}
		}
		return rows.Err()
	})
	if errors.Is(err, tooLarge) {
		return nil
	}
	if err != nil {
		return wrap(err, "reading the near-duplicate index failed")
	}
	m.on, m.clock, m.keys, m.lists = true, clock, keys, lists
	return nil
}

// off turns the copy off for good and lets its memory go (m.mu held).
func (m *nearMemory) off() {
	m.on, m.keys, m.lists, m.free = false, nil, nil, nil
}

// logNearChange records, inside a write transaction, that ref number n's
// keys old were replaced by keys, by a statement that found the count at
// clock and added one to it.
func (q *queries) logNearChange(clock, n int64, old, keys []int64) {
	if q.nearLog == nil {
		q.nearLog = &nearTxLog{clock: clock}
	}
	l := q.nearLog
	l.end = clock + 1
	if n < 0 || n >= listBit {
		l.bad = true
		return
	}
	l.changes = append(l.changes, nearChange{n: uint32(n), old: old, new: slices.Clone(keys)})
}

// commitNear commits tx, whose index changes are log, and gives the copy
// the changes with the count they bring it to. A copy not at the count the
// transaction started from missed a change (another process's) and is
// turned off.
func (q *queries) commitNear(tx *sql.Tx, log *nearTxLog) error {
	m := q.store.nearMem
	m.commit.Lock()
	defer m.commit.Unlock()
	if err := tx.Commit(); err != nil {
		// The copy keeps its count: if the transaction did commit after
		// all, the next lookups see a count the copy never reaches.
		return err
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if !m.on {
		return nil
	}
	if log.bad || m.clock != log.clock {
		m.off()
		return nil
	}
	for _, c := range log.changes {
		for _, k := range c.old {
			m.remove(k, c.n)
		}
		for _, k := range c.new {
			m.add(k, c.n)
		}
	}
	m.clock = log.end
	return nil
}

// add files n under key (m.mu held); a number filed already stays once.
func (m *nearMemory) add(key int64, n uint32) {
	v, ok := m.keys[key]
	if !ok {
		m.keys[key] = n
		return
	}
	if v&listBit == 0 {
		if v == n {
			return
		}
		l := []uint32{min(v, n), max(v, n)}
		if len(m.free) > 0 {
			i := m.free[len(m.free)-1]
			m.free = m.free[:len(m.free)-1]
			m.lists[i] = l
			m.keys[key] = listBit | i
		} else {
			m.keys[key] = listBit | uint32(len(m.lists))
			m.lists = append(m.lists, l)
		}
		return
	}
	l := m.lists[v&^listBit]
	if last := len(l) - 1; l[last] < n { // a new text: the highest number
		m.lists[v&^listBit] = append(l, n)
		return
	}
	if i, found := slices.BinarySearch(l, n); !found {
		m.lists[v&^listBit] = slices.Insert(l, i, n)
	}
}

// remove takes n from key's numbers (m.mu held).
func (m *nearMemory) remove(key int64, n uint32) {
	v, ok := m.keys[key]
	if !ok {
		return
	}
	if v&listBit == 0 {
		if v == n {
			delete(m.keys, key)
		}
		return
	}
	i := v &^ listBit
	l := m.lists[i]
	j, found := slices.BinarySearch(l, n)
	if !found {
		return
	}
	l = slices.Delete(l, j, j+1)
	if len(l) == 1 {
		m.keys[key] = l[0]
		m.lists[i] = nil
		m.free = append(m.free, i)
		return
	}
	m.lists[i] = l
}

// nearCount is a candidate number and how many asked keys file it.
type nearCount struct {
	n uint32
	c int32
}

// nearScratch are a lookup's buffers, reused.
type nearScratch struct {
	ns     []uint32
	counts []nearCount
	json   []byte
}

var nearScratchPool = sync.Pool{New: func() any { return &nearScratch{} }}

// candidates are the copy's answer to nearNumbersQuery's first half: of
// each key (in keys' order, a key given twice counted twice) its first
// perKey numbers, grouped, the most keys in common first, ties by number,
// at most limit; as a JSON array of the numbers in sc.json, with the
// count the copy is at. ok is false when the copy is off.
func (m *nearMemory) candidates(keys []int64, perKey, limit int, sc *nearScratch) (clock int64, ok bool) {
	m.mu.RLock()
	if !m.on {
		m.mu.RUnlock()
		return 0, false
	}
	ns := sc.ns[:0]
	for _, k := range keys {
		v, found := m.keys[k]
		switch {
		case !found:
		case v&listBit == 0:
			ns = append(ns, v)
		default:
			l := m.lists[v&^listBit]
			ns = append(ns, l[:min(len(l), perKey)]...)
		}
	}
	clock = m.clock
	m.mu.RUnlock()
	slices.Sort(ns)
	counts := sc.counts[:0]
	for i := 0; i < len(ns); {
		j := i + 1
		for j < len(ns) && ns[j] == ns[i] {
			j++
		}
		counts = append(counts, nearCount{ns[i], int32(j - i)})
		i = j
	}
	slices.SortFunc(counts, func(a, b nearCount) int {
		if a.c != b.c {
			return int(b.c - a.c)
		}
		return int(int64(a.n) - int64(b.n))
	})
	counts = counts[:min(len(counts), limit)]
	b := append(sc.json[:0], '[')
	for i, c := range counts {
		if i > 0 {
			b = append(b, ',')
		}
		b = strconv.AppendUint(b, uint64(c.n), 10)
	}
	b = append(b, ']')
	sc.ns, sc.counts, sc.json = ns, counts, b
	return clock, true
}

// nearMemoryRefs is NearRefs' statement over the copy's candidates (a
// JSON array of numbers): the count first (a row of its own, marked 2),
// then the candidates' near_refs rows the filter keeps, one probe of
// near_refs' primary key each.
const nearMemoryRefs = `SELECT '', 2, '', v FROM near_clock
	UNION ALL
	SELECT r.ref, r.catalogue, r.sku, r.version FROM json_each(?) j CROSS JOIN near_refs r
	WHERE r.n = j.value AND r.live AND (
		(r.catalogue = 0 AND r.launch_id = ? AND r.locale = ? AND r.channel = ? AND r.sku <> ?)
		OR (r.catalogue = 1 AND r.locale = ? AND r.channel = ? AND r.sku <> ?))`

// nearRefsInMemory is NearRefs from the copy's candidates; ok is false
// when the answer would not be the table's (the copy off, or at another
// count than the statement's snapshot), and NearRefs reads the table
// instead. A statement that saw a commit the copy has not yet taken (the
// commit holds nearMemory.commit until it has) waits for it and asks again,
// at most nearMemoryTries times in all.
func (q *queries) nearRefsInMemory(ctx context.Context, keys []int64, perKey, limit int, f core.NearFilter) ([]core.NearRef, bool, error) {
	m := q.store.nearMem
	if m == nil || q.inTx || limit > math.MaxInt32 {
		return nil, false, nil
	}
	sc := nearScratchPool.Get().(*nearScratch)
	defer nearScratchPool.Put(sc)
	for range nearMemoryTries {
		clock, ok := m.candidates(keys, perKey, limit, sc)
		if !ok {
			return nil, false, nil
		}
		out, at, err := q.nearMemoryRows(ctx, sc, f)
		if err != nil {
			return nil, false, err
		}
		if at == clock {
			m.answered.Add(1)
			return out, true, nil
		}
		m.missed.Add(1)
		m.commit.Lock() // the commit being taken, if any
		m.commit.Unlock()
	}
	q.checkNearMemory(ctx)
	return nil, false, nil
}

// nearMemoryTries bounds a lookup's statements from the copy's candidates
// before it reads the table.
const nearMemoryTries = 3

// nearMemoryRows runs nearMemoryRefs for the candidates in sc.json: the
// rows the filter keeps, and the count the statement read.
func (q *queries) nearMemoryRows(ctx context.Context, sc *nearScratch, f core.NearFilter) ([]core.NearRef, int64, error) {
	out := make([]core.NearRef, 0, len(sc.counts))
	rows, err := q.query(ctx, nearMemoryRefs, string(sc.json), f.LaunchID, f.Locale, f.Channel, f.SKU, f.Locale, f.Channel, f.SKU)
	if err != nil {
		return nil, 0, wrap(err, "finding near-duplicate candidates failed")
	}
	defer rows.Close()
	var at int64 = -1
	for rows.Next() {
		var t core.NearRef
		var cat int
		if err := rows.Scan(&t.Ref, &cat, &t.SKU, &t.Version); err != nil {
			return nil, 0, wrap(err, "finding near-duplicate candidates failed")
		}
		if cat == 2 {
			at = int64(t.Version)
			continue
		}
		setRefCatalogue(&t, cat)
		out = append(out, t)
	}
	if err := rows.Err(); err != nil {
		return nil, 0, wrap(err, "finding near-duplicate candidates failed")
	}
	return out, at, nil
}

// checkNearMemory turns the copy off if the index's count is not the
// copy's while no commit of this store is being applied: another process
// changed the index.
func (q *queries) checkNearMemory(ctx context.Context) {
	m := q.store.nearMem
	m.commit.Lock()
	defer m.commit.Unlock()
	var clock int64
	if err := q.row(ctx, `SELECT v FROM near_clock`).Scan(&clock); err != nil {
		return
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.on && m.clock != clock {
		m.off()
	}
}

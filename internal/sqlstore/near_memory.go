package sqlstore

import (
	"context"
	"database/sql"
	"errors"
	"math"
	"math/bits"
	"slices"
	"strconv"
	"sync"
	"sync/atomic"

	"github.com/copydesk/copydesk/internal/core"
)

// nearMemory is a copy in memory of a nearNumbers store's near-duplicate
// index (Options.NearMemory, SQLite): which numbers each key files, in
// number order, built from near_lists (each text's keys as one row,
// migration 00018). NearRefs and NearTexts take their candidates from it
// (at most perKey numbers a key, the limit that share the most keys, ties
// by number) and read only the candidates' near_refs rows from the
// database, one probe each. The lists stay the record: the copy is built
// from them when the store opens and is changed by each write transaction
// that indexes texts, once it has committed.
//
// near_clock (SQLite migration 00017) counts the changes of the index:
// a trigger adds one whenever a ref's near_refs row is filed or re-keyed,
// which every write of near_lists does in the same transaction
// (putNearNumbers). The copy knows the count it is at; a lookup reads the
// count in the statement that reads the candidates' rows, and uses the
// copy's candidates only if the two agree, so its answer is the one the
// lists give at that statement's snapshot. Otherwise (a transaction of
// this store committed but not yet applied, or another process writing
// the same file) the lookup waits for this store's commit, if any, and
// the copy takes the changes it lacks from the database (catchUp: the
// lists filed since, and near_log's re-keyed refs with their old keys),
// then asks again.
type nearMemory struct {
	// commit is held by a write transaction that changed the index from
	// before its COMMIT until the copy has its changes (and by the build
	// and catchUp), so the copy takes the commits in their order.
	commit sync.Mutex

	mu    sync.RWMutex
	on    bool
	clock int64
	// top is the highest number of a near_lists row the copy has taken:
	// a list of a higher number was filed since.
	top int64
	// keys files each key's numbers: a key filing one number holds the
	// number itself; a key filing more holds listBit|i, its numbers
	// (ascending) in lists[i]. Most keys file one text, and a map without
	// pointers is not scanned by the garbage collector.
	keys  map[int64]uint32
	lists [][]uint32
	free  []uint32 // lists' unused slots

	// answered counts the lookups the copy answered, missed the
	// statements whose count was not the copy's, scanned the lookups left
	// to the lists by a copy that could not answer, caughtUp the changes of
	// other processes taken from the database, builds the copy's builds
	// (tests).
	answered, missed, scanned, caughtUp, builds atomic.Int64
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

var errNearTooLarge = errors.New("a near-duplicate number past what the copy holds")

// loadNearMemory builds the copy from near_lists, one snapshot with the
// count. Called by Open's caller after the migrations, before the store
// is used; an error, or a number past what the copy holds, leaves the
// copy off (lookups read the lists).
func (s *Store) loadNearMemory(ctx context.Context) error {
	m := s.nearMem
	m.commit.Lock()
	defer m.commit.Unlock()
	return s.buildNearMemory(ctx)
}

// buildNearMemory builds the copy again from the lists (m.commit held).
func (s *Store) buildNearMemory(ctx context.Context) error {
	m := s.nearMem
	m.mu.Lock()
	m.off()
	m.mu.Unlock()
	b := &nearMemory{keys: map[int64]uint32{}}
	var clock int64
	err := s.View(ctx, func(tx core.TxStore) error {
		q := tx.(*queries)
		if err := q.row(ctx, `SELECT v FROM near_clock`).Scan(&clock); err != nil {
			return err
		}
		return q.eachNearList(ctx, `SELECT n, keys FROM near_lists ORDER BY n`, nil, func(n int64, keys []int64) error {
			if n < 0 || n >= listBit {
				return errNearTooLarge
			}
			b.top = max(b.top, n)
			for _, k := range keys {
				b.add(k, uint32(n)) // by number: each key's numbers in order
			}
			return nil
		})
	})
	if errors.Is(err, errNearTooLarge) {
		return nil
	}
	if err != nil {
		return wrap(err, "reading the near-duplicate index failed")
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	m.on, m.clock, m.top, m.keys, m.lists, m.free = true, clock, b.top, b.keys, b.lists, b.free
	m.builds.Add(1)
	return nil
}

// eachNearList runs query (rows of a number and a list) and gives fn each
// row's keys (a buffer reused from row to row).
func (q *queries) eachNearList(ctx context.Context, query string, args []any, fn func(n int64, keys []int64) error) error {
	rows, err := q.query(ctx, query, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	var buf []int64
	var list sql.RawBytes
	for rows.Next() {
		var n int64
		if err := rows.Scan(&n, &list); err != nil {
			return err
		}
		if buf, err = appendNearList(buf[:0], string(list)); err != nil {
			return err
		}
		if err := fn(n, buf); err != nil {
			return err
		}
	}
	return rows.Err()
}

// catchUp gives the copy the changes in the database it lacks (m.commit
// held, so none of this store's commits is being applied): those of
// another process on the same file. One snapshot: the count, near_log's
// re-keyed and gone refs since the copy's count (their old keys leave the
// copy), then the lists of those refs and of every ref filed since (their
// keys now come in). A copy older than the log's cut (or past the
// database's count: another file) is built again.
func (s *Store) catchUpNear(ctx context.Context) error {
	m := s.nearMem
	m.mu.RLock()
	on, from, top := m.on, m.clock, m.top
	m.mu.RUnlock()
	if !on {
		return nil
	}
	var clock, pruned int64
	var gone []nearChange
	var came []nearChange
	rebuild := false
	err := s.View(ctx, func(tx core.TxStore) error {
		q := tx.(*queries)
		gone, came, rebuild = gone[:0], came[:0], false
		if err := q.row(ctx, `SELECT v, pruned FROM near_clock`).Scan(&clock, &pruned); err != nil {
			return err
		}
		if clock == from {
			return nil
		}
		if clock < from || from < pruned {
			rebuild = true
			return nil
		}
		add := func(dst *[]nearChange) func(n int64, keys []int64) error {
			return func(n int64, keys []int64) error {
				if n < 0 || n >= listBit {
					return errNearTooLarge
				}
				*dst = append(*dst, nearChange{n: uint32(n), new: slices.Clone(keys)})
				return nil
			}
		}
		if err := q.eachNearList(ctx, `SELECT n, old FROM near_log WHERE at > ? ORDER BY at`, []any{from}, add(&gone)); err != nil {
			return err
		}
		return q.eachNearList(ctx, `SELECT n, keys FROM near_lists WHERE n > ?
			UNION ALL SELECT l.n, l.keys FROM near_log g CROSS JOIN near_lists l WHERE g.at > ? AND l.n = g.n AND l.n <= ?`,
			[]any{top, from, top}, add(&came))
	})
	if errors.Is(err, errNearTooLarge) {
		m.mu.Lock()
		m.off()
		m.mu.Unlock()
		return nil
	}
	if err != nil {
		return wrap(err, "reading the near-duplicate index failed")
	}
	if rebuild {
		return s.buildNearMemory(ctx)
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if !m.on || m.clock != from {
		return nil
	}
	for _, c := range gone {
		for _, k := range c.new { // the old keys
			m.remove(k, c.n)
		}
	}
	for _, c := range came {
		for _, k := range c.new {
			m.add(k, c.n)
		}
		m.top = max(m.top, int64(c.n))
	}
	m.clock = clock
	m.caughtUp.Add(clock - from)
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
// transaction started from missed changes (another process's): it takes
// them, and this transaction's, from the database.
func (q *queries) commitNear(tx *sql.Tx, log *nearTxLog) error {
	m := q.store.nearMem
	m.commit.Lock()
	defer m.commit.Unlock()
	if err := tx.Commit(); err != nil {
		// The copy keeps its count: if the transaction did commit after
		// all, the next lookups see a count the copy has not reached and
		// take the changes from the database.
		return err
	}
	m.mu.Lock()
	if !m.on {
		m.mu.Unlock()
		return nil
	}
	if log.bad {
		m.off()
		m.mu.Unlock()
		return nil
	}
	if m.clock != log.clock {
		m.mu.Unlock()
		// The transaction has committed: a failure to read here leaves
		// the copy behind, to catch up at the next lookup.
		_ = q.store.catchUpNear(context.Background())
		return nil
	}
	defer m.mu.Unlock()
	for _, c := range log.changes {
		for _, k := range c.old {
			m.remove(k, c.n)
		}
		for _, k := range c.new {
			m.add(k, c.n)
		}
		m.top = max(m.top, int64(c.n))
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
		m.lists, m.free = fileList(m.keys, m.lists, m.free, key, l)
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
	// tally counts each number's keys while grouping (indexed by number,
	// all zero between lookups) and hist the numbers of each count.
	tally []int32
	hist  []int32
	tie   []nearCount
}

var nearScratchPool = sync.Pool{New: func() any { return &nearScratch{} }}

// candidates are the copy's answer to the index's first half: of each
// key (in keys' order, a key given twice counted twice) its first perKey
// numbers, grouped, the most keys in common first, ties by number, at
// most limit; as a JSON array of the numbers in sc.json, with the count
// the copy is at. ok is false when the copy is off.
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
	sc.ns = ns
	sc.rank(limit)
	return clock, true
}

// rank groups sc.ns (each asked key's numbers) into sc.counts, the most
// keys in common first, ties by number, at most limit, and writes their
// numbers as a JSON array into sc.json.
func (sc *nearScratch) rank(limit int) {
	counts := sc.group(sc.ns, limit, func(a, b uint32) int { return int(int64(a) - int64(b)) })
	b := append(sc.json[:0], '[')
	for i, c := range counts {
		if i > 0 {
			b = append(b, ',')
		}
		b = strconv.AppendUint(b, uint64(c.n), 10)
	}
	b = append(b, ']')
	sc.counts, sc.json = counts, b
}

// group groups ns (each asked key's numbers) into sc.counts: each number
// with how many times ns holds it, the most first, ties in cmp's order,
// at most limit (the same as sorting ns, counting runs and sorting the
// counts). It counts in a table indexed by number (sc.tally, zero again
// when it returns) and finds the limit's count from a histogram of the
// counts, so no sort runs over ns (a lookup's 128 keys give up to 4,096
// numbers, a few hundred of them distinct: the sort of ns and of every
// count was ~5% of a PostgreSQL worker's CPU, #17); cmp orders only the
// numbers that tie at the limit, and those kept.
func (sc *nearScratch) group(ns []uint32, limit int, cmp func(a, b uint32) int) []nearCount {
	return sc.groupIn(ns, limit, cmp, false)
}

// groupIn is group, the numbers kept in cmp's order alone when inCmpOrder
// (the same numbers and counts): for a caller that orders them again
// itself (NearRefs' rows are in no order, and core sorts them by ref, a
// sort that costs next to nothing on numbers already in ref order, #17).
func (sc *nearScratch) groupIn(ns []uint32, limit int, cmp func(a, b uint32) int, inCmpOrder bool) []nearCount {
	counts := sc.counts[:0]
	if len(ns) == 0 || limit <= 0 {
		sc.counts = counts
		return counts
	}
	top := slices.Max(ns)
	if int(top) >= len(sc.tally) {
		sc.tally = make([]int32, max(int(top)+1, 2*len(sc.tally)))
	}
	tally := sc.tally
	for _, n := range ns {
		if tally[n] == 0 {
			counts = append(counts, nearCount{n: n})
		}
		tally[n]++
	}
	most := int32(0)
	for i := range counts {
		c := &counts[i]
		c.c = tally[c.n]
		tally[c.n] = 0
		most = max(most, c.c)
	}
	byCount := func(a, b nearCount) int {
		if a.c != b.c {
			return int(b.c - a.c)
		}
		return cmp(a.n, b.n)
	}
	if len(counts) > limit {
		// edge: the count of the limit-th number in count order; the
		// numbers above it are all kept, of those at it the first
		// limit-above in cmp's order.
		hist := sc.hist[:0]
		hist = append(hist, make([]int32, most+1)...)
		for _, c := range counts {
			hist[c.c]++
		}
		edge, above := most, 0
		for ; edge > 0; edge-- {
			if above+int(hist[edge]) >= limit {
				break
			}
			above += int(hist[edge])
		}
		clear(hist)
		sc.hist = hist[:0]
		kept := counts[:0]
		tie := sc.tie[:0]
		for _, c := range counts {
			switch {
			case c.c > edge:
				kept = append(kept, c)
			case c.c == edge:
				tie = append(tie, c) // a copy: kept overwrites counts behind it
			}
		}
		// The limit-above first of the tie, in no order (the sort below
		// orders what is kept): a selection, not a sort of the whole tie,
		// whose comparisons are by ref on PostgreSQL (a lookup's tie runs
		// to hundreds of refs: its sort was ~2.6% of a worker's CPU, #17).
		selectLeast(tie, limit-above, byCount)
		counts = append(kept, tie[:limit-above]...)
		sc.tie = tie[:0]
	}
	if inCmpOrder {
		slices.SortFunc(counts, func(a, b nearCount) int { return cmp(a.n, b.n) })
	} else {
		slices.SortFunc(counts, byCount)
	}
	sc.counts = counts
	return counts
}

// selectLeast moves the k least of s in cmp's order (a total order: no
// two elements compare equal) to s[:k], in no particular order: a
// quickselect with median-of-three pivots, which sorts what is left past
// 2*log2(len(s)) rounds (an introselect: never worse than a sort).
func selectLeast[T any](s []T, k int, cmp func(a, b T) int) {
	if k <= 0 || k >= len(s) {
		return
	}
	budget := 2 * bits.Len(uint(len(s)))
	lo, hi := 0, len(s) // s[:lo] are least, s[hi:] are not: the k-th least is in s[lo:hi]
	for hi-lo > 12 {
		if budget == 0 {
			slices.SortFunc(s[lo:hi], cmp)
			return
		}
		budget--
		mid, last := lo+(hi-lo)/2, hi-1
		// The median of s[lo], s[mid], s[last] to s[lo], the pivot.
		if cmp(s[mid], s[lo]) < 0 {
			s[mid], s[lo] = s[lo], s[mid]
		}
		if cmp(s[last], s[mid]) < 0 {
			s[last], s[mid] = s[mid], s[last]
			if cmp(s[mid], s[lo]) < 0 {
				s[mid], s[lo] = s[lo], s[mid]
			}
		}
		s[lo], s[mid] = s[mid], s[lo]
		p := s[lo]
		i, j := lo+1, hi-1
		for {
			for i <= j && cmp(s[i], p) < 0 {
				i++
			}
			for i <= j && cmp(s[j], p) > 0 {
				j--
			}
			if i >= j {
				break
			}
			s[i], s[j] = s[j], s[i]
			i++
			j--
		}
		// s[lo+1:i] < p and s[j+1:hi] > p with j = i-1: p goes to j.
		s[lo], s[j] = s[j], s[lo]
		switch {
		case j == k || j == k-1:
			return
		case j < k:
			lo = j + 1
		default:
			hi = j
		}
	}
	slices.SortFunc(s[lo:hi], cmp)
}

// scanCandidates are candidates read from every list of near_lists in q's
// snapshot (q's transaction, or a View): where the copy cannot answer (no
// copy, an in-memory database; inside a write transaction, whose own
// changes the copy has not; the copy off). Lists come by number, so each
// key's numbers come in order.
func (q *queries) scanCandidates(ctx context.Context, keys []int64, perKey, limit int, sc *nearScratch) error {
	asked := make(map[int64][]uint32, len(keys))
	for _, k := range keys {
		asked[k] = nil
	}
	err := q.eachNearList(ctx, `SELECT n, keys FROM near_lists WHERE keys <> '' ORDER BY n`, nil, func(n int64, ks []int64) error {
		if n < 0 || n >= listBit {
			return errNearTooLarge
		}
		for _, k := range ks {
			if l, ok := asked[k]; ok && len(l) < perKey {
				asked[k] = append(l, uint32(n))
			}
		}
		return nil
	})
	if err != nil {
		return wrap(err, "finding near-duplicate candidates failed")
	}
	ns := sc.ns[:0]
	for _, k := range keys {
		ns = append(ns, asked[k]...)
	}
	sc.ns = ns
	sc.rank(limit)
	return nil
}

// nearMemoryRefs is NearRefs' statement over the candidates (a JSON array
// of numbers): the count first (a row of its own, marked 2), then the
// candidates' near_refs rows the filter keeps, one probe of near_refs'
// primary key each.
const nearMemoryRefs = `SELECT '', 2, '', v FROM near_clock
	UNION ALL
	SELECT r.ref, r.catalogue, r.sku, r.version FROM json_each(?) j CROSS JOIN near_refs r
	WHERE r.n = j.value AND r.live AND (
		(r.catalogue = 0 AND r.launch_id = ? AND r.locale = ? AND r.channel = ? AND r.sku <> ?)
		OR (r.catalogue = 1 AND r.locale = ? AND r.channel = ? AND r.sku <> ?))`

// nearMemoryTexts is NearTexts' statement over the candidates: the count
// first (marked 2), then each candidate's draft or catalogue entry, found
// by its ID through near_refs.
const nearMemoryTexts = `SELECT 2, v, '', '', '', '', '', '', '' FROM near_clock
	UNION ALL
	SELECT 0, r.n, d.id, d.launch_id, d.sku, d.locale, d.channel, d.text, d.status
	FROM json_each(?) j CROSS JOIN near_refs r CROSS JOIN drafts d WHERE r.n = j.value AND d.id = r.ref
	UNION ALL
	SELECT 1, r.n, c.id, c.launch_id, c.sku, c.locale, c.channel, c.text, 'published'
	FROM json_each(?) j CROSS JOIN near_refs r CROSS JOIN catalogue c WHERE r.n = j.value AND c.id = r.ref`

// nearLookup finds the candidates of keys and runs rows, a statement over
// them (sc.json) that also reads the index's count, on q: from the copy
// in memory where its count is the statement's, so the answer is the one
// the lists give at the statement's snapshot. A statement that saw a
// commit the copy has not yet taken waits for this store's commit, if
// any (it holds nearMemory.commit until the copy has it), the copy takes
// any other process's changes from the database, and it asks again, at
// most nearMemoryTries times in all, the last with this store's commits
// held off (a process writing alone then always answers from the copy);
// then, and where there is no copy, the candidates are read from every
// list in the statement's snapshot.
func (q *queries) nearLookup(ctx context.Context, keys []int64, perKey, limit int, useCopy bool,
	rows func(q *queries, sc *nearScratch) (clock int64, err error)) error {
	sc := nearScratchPool.Get().(*nearScratch)
	defer nearScratchPool.Put(sc)
	if m := q.store.nearMem; m != nil && useCopy && !q.inTx && limit <= math.MaxInt32 {
		for try := range nearMemoryTries {
			// The last try holds nearMemory.commit: none of this store's
			// commits can land between the copy's candidates and the
			// statement, so only another process's can make it miss.
			locked := try == nearMemoryTries-1
			if locked {
				m.commit.Lock()
			}
			clock, ok := m.candidates(keys, perKey, limit, sc)
			if !ok {
				if locked {
					m.commit.Unlock()
				}
				break
			}
			at, err := rows(q, sc)
			if err == nil && at != clock {
				m.missed.Add(1)
				if !locked {
					m.commit.Lock() // the commit being taken, if any
				}
				err = q.store.catchUpNear(ctx)
				m.commit.Unlock()
			} else if locked {
				m.commit.Unlock()
			}
			if err != nil {
				return err
			}
			if at == clock {
				m.answered.Add(1)
				return nil
			}
		}
		m.scanned.Add(1)
	}
	scan := func(q *queries) error {
		if err := q.scanCandidates(ctx, keys, perKey, limit, sc); err != nil {
			return err
		}
		_, err := rows(q, sc)
		return err
	}
	if q.inTx {
		return scan(q)
	}
	return q.store.View(ctx, func(tx core.TxStore) error { return scan(tx.(*queries)) })
}

// nearMemoryTries bounds a lookup's statements from the copy's candidates
// before it reads the lists (every list: a read that grows with the
// index, so the last try holds off this store's commits).
const nearMemoryTries = 4

// nearRefsNumbers is NearRefs on a nearNumbers dialect.
// useCopy false reads the lists whatever the copy (tests).
func (q *queries) nearRefsNumbers(ctx context.Context, keys []int64, perKey, limit int, f core.NearFilter, useCopy bool) ([]core.NearRef, error) {
	var out []core.NearRef
	err := q.nearLookup(ctx, keys, perKey, limit, useCopy, func(q *queries, sc *nearScratch) (int64, error) {
		var at int64
		var err error
		out, at, err = q.nearMemoryRows(ctx, sc, f)
		return at, err
	})
	return out, err
}

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

// nearTextsNumbers is NearTexts on a nearNumbers dialect: each candidate's
// text with the number of keys it shares.
func (q *queries) nearTextsNumbers(ctx context.Context, keys []int64, perKey, limit int) ([]core.NearText, error) {
	var out []core.NearText
	err := q.nearLookup(ctx, keys, perKey, limit, true, func(q *queries, sc *nearScratch) (int64, error) {
		out = make([]core.NearText, 0, len(sc.counts))
		shared := make(map[int64]int, len(sc.counts))
		for _, c := range sc.counts {
			shared[int64(c.n)] = int(c.c)
		}
		rows, err := q.query(ctx, nearMemoryTexts, string(sc.json), string(sc.json))
		if err != nil {
			return 0, wrap(err, "finding near-duplicate candidates failed")
		}
		defer rows.Close()
		var at int64 = -1
		for rows.Next() {
			var t core.NearText
			var cat int
			var n int64
			if err := rows.Scan(&cat, &n, &t.Ref, &t.LaunchID, &t.SKU, &t.Locale, &t.Channel, &t.Text, &t.Status); err != nil {
				return 0, wrap(err, "finding near-duplicate candidates failed")
			}
			if cat == 2 {
				at = n
				continue
			}
			t.Catalogue, t.Shared = cat == 1, shared[n]
			out = append(out, t)
		}
		if err := rows.Err(); err != nil {
			return 0, wrap(err, "finding near-duplicate candidates failed")
		}
		return at, nil
	})
	return out, err
}

// fileList files the list l of numbers under key, in a slot of lists that
// free holds or a new one, and returns lists and free as they are then
// (the in-memory copies of the near-duplicate index, near_memory.go and
// near_sets.go: a key filing more than one number points at its list).
func fileList(keys map[int64]uint32, lists [][]uint32, free []uint32, key int64, l []uint32) ([][]uint32, []uint32) {
	if len(free) > 0 {
		i := free[len(free)-1]
		lists[i] = l
		keys[key] = listBit | i
		return lists, free[:len(free)-1]
	}
	keys[key] = listBit | uint32(len(lists))
	return append(lists, l), free
}

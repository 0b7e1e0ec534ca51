package sqlstore

import (
	"context"
	"errors"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/copydesk/copydesk/internal/core"
)

// nearSetsDialect is implemented by a dialect whose near-duplicate index
// is a row a ref (near_key_sets, each ref's keys as an array) with a log
// of the refs each transaction wrote under its transaction ID (near_log):
// PostgreSQL, migration 00016. Every process keeps a copy of the index in
// memory (nearSets) that answers the lookups' first half, as SQLite's
// nearMemory does; the database reads only the candidates' rows.
type nearSetsDialect interface {
	NearSets()
}

// nearSets is a process's copy in memory of PostgreSQL's near-duplicate
// index: which refs each key files, in ref order (the order in which the
// table's lookup, near_candidates before migration 00016, took each key's
// first perKey refs), built from near_key_sets at the first lookup.
// The rows stay the record; the copy is a cache, built again by a new
// process.
//
// What the copy holds is described by a snapshot and a list: it has every
// commit visible in snap (the snapshot of the statement that built it,
// caught it up or last found it current) and the commits of this process
// listed in own (applied when their COMMIT returned, with the ID near_put
// returned). Transaction IDs commit out of order, so the copy never asks
// for "rows past the highest ID I have seen"; a lookup's statement reads,
// in its own snapshot, whether near_log has a row the copy lacks (an ID at
// or past snap's xmax or among its in-progress IDs, and not in own): if
// none, every commit the statement sees is in the copy and none of this
// process's that it does not see can be (each is applied after its COMMIT
// returned, before the copy was read), so the candidates are the ones the
// rows give at that snapshot, as the table's statement gave. Then snap
// becomes the statement's snapshot (own keeps the IDs it does not see).
// If there is such a row, the copy takes the refs of the rows it lacks
// from near_key_sets (catchUp: one read-only, repeatable-read transaction)
// and the lookup runs again in that transaction's snapshot.
type nearSets struct {
	// sync is held by a build and a catch-up (with the lookup that runs in
	// its transaction): one at a time. An own commit is applied under mu
	// alone, so a commit never waits on a catch-up's round trips.
	sync sync.Mutex

	mu    sync.RWMutex
	state int // nearSetsNew (build at the first lookup), nearSetsOn, nearSetsOff
	snap  pgSnapshot
	own   []int64
	// ownRefs are the refs of own commits that snap does not see, each
	// with the last such commit's ID: a catch-up whose snapshot does not
	// see that commit leaves the ref as the commit left it (the commit is
	// the later), instead of giving it its older keys. Each also holds
	// the count of own commits applied (applied) once it was applied.
	ownRefs map[string]ownRef
	// applied counts the own commits applied (applyOwn): an own commit
	// whose COMMIT was sent after the nth was applied (nearSetsTx.begun)
	// committed after the first n.
	applied uint64
	// pending are this process's transactions that filed keys, from
	// before their COMMIT until the copy has them (closed then): a lookup
	// whose statement saw only such commits waits for them and asks
	// again, instead of catching up.
	pending map[int64]chan struct{}
	// touched are the keys each own commit in own filed (ascending), for
	// those that filed refs for the first time only: a lookup whose
	// statement saw only own commits that changed none of its keys has
	// the answer its candidates gave.
	touched map[int64][]int64
	// Refs by number (numbers are this copy's, in the order it met the
	// refs' keys), and each key's numbers in ref order (runs, near_runs.go).
	// A ref re-keyed (or un-keyed) gets a new number and its
	// old one is dead: left where it is filed, skipped by lookups, and
	// taken out of every key once the dead are a quarter of the numbers
	// (compact). So the copy keeps no ref's keys (64 a text, more memory
	// than the index itself: the worker's heap is held under
	// WORKER_MEMORY_LIMIT, where every MiB kept makes collections more
	// frequent); a launch files each draft once and re-keys few.
	refs      []string
	num       map[string]uint32
	dead      []bool
	deadCount int
	runs      nearRuns
	// ord is each number's ref as a 128-bit number where the ref is a
	// canonical UUID (refUUID), whose order is the strings' (odd counts
	// the refs that are not: while there is one, refs are compared as
	// strings): the lookups' and the writes' ordering compared strings
	// of 36 bytes that share their first 13 in a launch (UUIDv7s of one
	// submission), ~2% of a worker's CPU (#17).
	ord []refUUID
	odd int

	// answered counts the lookups the copy answered at once, missed
	// those that caught it up first, scanned those left to the rows,
	// caughtUp the refs taken from the database, builds the builds
	// (tests).
	answered, missed, scanned, caughtUp, builds atomic.Int64
	// retried counts the statements run again after waiting for own
	// commits, kept the answers whose statement need not run again
	// (sameCandidates); unordered the own commits left to a catch-up
	// because another own commit of one of their refs, that may have
	// committed before or after them, was applied first (applyOwn).
	retried, kept, unordered atomic.Int64

	// changes counts the changes to what the copy files (m.mu held): an
	// own commit applied, a catch-up, a build; recent names the last
	// nearRecentChanges of them, by their count modulo its length: the own
	// commit's ID, or 0 for another change.
	changes uint64
	recent  [nearRecentChanges]int64
}

// ownRef is a ref's last own commit that the copy's snapshot does not
// see: its ID, and applied once it was applied (nearSets.applied).
type ownRef struct {
	xid int64
	at  uint64
}

// nearRecentChanges is how many of the copy's last changes it names.
const nearRecentChanges = 64

// changed records a change to what the copy files (m.mu held): xid is the
// own commit applied, 0 for another change.
func (m *nearSets) changed(xid int64) {
	m.changes++
	m.recent[m.changes%nearRecentChanges] = xid
}

const (
	nearSetsNew = iota
	nearSetsOn
	nearSetsOff
)

// pgSnapshot is a PostgreSQL snapshot (pg_current_snapshot()): IDs below
// xmin had ended when it was taken, those at or past xmax had not begun,
// and xip were in progress.
type pgSnapshot struct {
	xmin, xmax int64
	xip        []int64
}

var errSnapshot = errors.New("a malformed snapshot")

// parsePgSnapshot reads pg_snapshot's text form, xmin:xmax:xip,xip.
func parsePgSnapshot(s string) (pgSnapshot, error) {
	var p pgSnapshot
	parts := strings.Split(s, ":")
	if len(parts) != 3 {
		return p, errSnapshot
	}
	var err error
	if p.xmin, err = strconv.ParseInt(parts[0], 10, 64); err != nil {
		return p, errSnapshot
	}
	if p.xmax, err = strconv.ParseInt(parts[1], 10, 64); err != nil {
		return p, errSnapshot
	}
	if parts[2] != "" {
		for _, x := range strings.Split(parts[2], ",") {
			v, err := strconv.ParseInt(x, 10, 64)
			if err != nil {
				return p, errSnapshot
			}
			p.xip = append(p.xip, v)
		}
	}
	return p, nil
}

// sees reports whether a transaction that committed has its changes
// visible in the snapshot.
func (p pgSnapshot) sees(xid int64) bool {
	if xid < p.xmin {
		return true
	}
	if xid >= p.xmax {
		return false
	}
	return !slices.Contains(p.xip, xid)
}

// nearSetsTx is what a write transaction filed: its ID and the refs' keys
// in the order written, for the copy once it has committed; and the puts
// not yet sent (queued).
type nearSetsTx struct {
	xid   int64
	items []core.NearKeys
	// queued are the puts made since the transaction's last statement:
	// sent together, as one near_put with its refs in ref order, before
	// the transaction's next statement, with the pipeline, or before
	// COMMIT (sendNear). Every transaction so takes its near_key_sets row
	// locks in one order (the primary key's), whatever order its puts
	// came in: two transactions that filed the same refs in different
	// orders deadlocked (40P01, #17).
	queued []core.NearKeys
	// failed is the first error a send met: returned by the transaction
	// even where the statement that sent it could not carry it (row's).
	failed error
	// begun is how many own commits the copy had applied when this
	// transaction's COMMIT was about to be sent (beginCommit): those
	// committed before it, whatever the order of the rest (applyOwn).
	begun uint64
}

func (q *queries) nearSetsOn() bool { return q.store.nearSets != nil }

// putNearSets files each item's keys: inside a transaction they are
// queued (nearSetsTx.queued) and sent with whatever the transaction runs
// next (sendNear); outside one, in a transaction of their own.
func (q *queries) putNearSets(ctx context.Context, a int64Arrays, items []core.NearKeys) error {
	if !q.inTx {
		// In a transaction of its own, whose commit gives the copy the keys.
		return q.atomically(ctx, func(tx *queries) error { return tx.putNearSets(ctx, a, items) })
	}
	log := q.nearSetsLog
	if log == nil {
		log = &nearSetsTx{}
		q.nearSetsLog = log
	}
	for _, it := range items {
		// The keys as they are now: the caller may reuse its slice.
		log.queued = append(log.queued, core.NearKeys{Ref: it.Ref, Keys: slices.Clone(it.Keys), Version: it.Version})
	}
	return nil
}

// sendNear sends the transaction's queued puts, if any: each ref's last
// keys (lastNearKeys), the refs in byte order (near_key_sets.ref is
// COLLATE "C"), in one statement, near_put (migrations 00016, 00018: the
// refs' near_key_sets rows, written in ref order, and a near_log row).
// The transaction's ID is read with the pipeline's results when one is
// open. It runs on the transaction's own connection whatever q reads
// through (a lookup's copy of q reads through a connection of its own).
func (q *queries) sendNear(ctx context.Context) error {
	log := q.nearSetsLog
	if log == nil || len(log.queued) == 0 || !q.inTx {
		return nil
	}
	items := lastNearKeys(log.queued)
	log.queued = nil
	slices.SortFunc(items, func(a, b core.NearKeys) int { return strings.Compare(a.Ref, b.Ref) })
	w := *q
	w.read, w.lookupConn = q.write, nil
	err := w.sendNearSets(ctx, w.d.(int64Arrays), log, items)
	if err != nil && log.failed == nil {
		log.failed = err
	}
	return err
}

// sendNearSets is sendNear's statement for items (each ref once, in ref
// order).
func (q *queries) sendNearSets(ctx context.Context, a int64Arrays, log *nearSetsTx, items []core.NearKeys) error {
	refs := make([]string, len(items))
	n := 0
	for _, it := range items {
		n += len(it.Keys)
	}
	keys, keyRefs := make([]int64, 0, n), make([]int64, 0, n)
	for i, it := range items {
		refs[i] = it.Ref
		for _, k := range it.Keys {
			keys = append(keys, k)
			keyRefs = append(keyRefs, int64(i+1))
		}
	}
	scan := func(next func() bool, scan func(dest ...any) error) error {
		if !next() {
			return errors.New("near_put returned no row")
		}
		var xid int64
		if err := scan(&xid); err != nil {
			return err
		}
		log.xid = xid
		return nil
	}
	if err := q.execRow(ctx, "indexing the texts failed", scan, `SELECT near_put(?::text[], ?::bigint[], ?::bigint[])`,
		q.d.Array(refs), a.Int64Array(keys), a.Int64Array(keyRefs)); err != nil {
		return err
	}
	for _, it := range items {
		// it.Keys is the log's own copy (putNearSets), sent already in
		// keys: made distinct in place, not copied again (perf39).
		log.items = append(log.items, core.NearKeys{Ref: it.Ref, Keys: distinctInPlace(it.Keys)})
	}
	q.store.nearRowsWritten(len(keys))
	return nil
}

// beginCommit registers a transaction that filed keys as committing
// (before its COMMIT is sent); applyOwn ends it.
func (m *nearSets) beginCommit(log *nearSetsTx) {
	if log.xid == 0 {
		return
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	log.begun = m.applied
	if m.pending == nil {
		m.pending = map[int64]chan struct{}{}
	}
	if _, ok := m.pending[log.xid]; !ok {
		m.pending[log.xid] = make(chan struct{})
	}
}

// applyOwn gives the copy a transaction's keys once it has committed (set
// semantics: each ref's keys replace what the copy had), unless a
// catch-up's snapshot already saw the transaction; committed false (the
// COMMIT failed) only ends its pending state: if it did commit after all,
// the next lookups find its log row lacking and catch up.
//
// Own commits are applied in the order their COMMITs returned, which is
// not always the order they committed in: two transactions of this
// process that file one ref commit in their row lock's order, but the
// first's goroutine may reach applyOwn after the second's (a loaded
// machine: CI at load 28, TestNearSetsAgreesWithRows), and its older keys
// would replace the newer ones for good (own commits are never read
// back). So a commit one of whose refs an own commit applied since its
// COMMIT was sent (log.begun) filed too is not applied: it is left out of
// own, as another process's commit is, and the next lookup finds its log
// row lacking and takes the refs from near_key_sets (catchUpAndRun, whose
// snapshot gives each ref as its last commit left it).
func (m *nearSets) applyOwn(log *nearSetsTx, committed bool) {
	if log.xid == 0 {
		return
	}
	if h := nearSetsApplyHook.Load(); h != nil {
		(*h)(m)
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if ch, ok := m.pending[log.xid]; ok {
		close(ch)
		delete(m.pending, log.xid)
	}
	if !committed || m.state != nearSetsOn || m.snap.sees(log.xid) {
		return
	}
	if m.ownRefs == nil {
		m.ownRefs, m.touched = map[string]ownRef{}, map[int64][]int64{}
	}
	for _, it := range log.items {
		if o, ok := m.ownRefs[it.Ref]; ok && o.xid != log.xid && o.at > log.begun {
			m.unordered.Add(1)
			return
		}
	}
	m.applied++
	rekeyed := false
	n := 0
	for _, it := range log.items {
		n += len(it.Keys)
		if m.set(it.Ref, it.Keys) {
			rekeyed = true // its old keys are not kept: any key may have changed
		}
		m.ownRefs[it.Ref] = ownRef{xid: log.xid, at: m.applied}
	}
	m.own = append(m.own, log.xid)
	m.changed(log.xid)
	if !rekeyed {
		// One array of the keys' number, made distinct in place: grown
		// by append and copied again by distinctKeys it was 2.4% of a
		// launch's worker allocations (#17, perf39).
		touched := make([]int64, 0, n)
		for _, it := range log.items {
			touched = append(touched, it.Keys...)
		}
		m.touched[log.xid] = distinctInPlace(touched)
	}
}

// nearSetsApplyHook, where set, runs as an own commit that filed keys
// reaches applyOwn, before the copy's lock (tests: a commit's goroutine
// that comes late).
var nearSetsApplyHook atomic.Pointer[func(m *nearSets)]

// seen moves the copy's snapshot to snap, which sees every commit the copy
// claims (m.mu held): own commits and their refs that snap sees leave own
// and ownRefs.
func (m *nearSets) seen(snap pgSnapshot) {
	own := m.own[:0]
	for _, x := range m.own {
		if !snap.sees(x) {
			own = append(own, x)
		}
	}
	for r, o := range m.ownRefs {
		if snap.sees(o.xid) {
			delete(m.ownRefs, r)
		}
	}
	for x := range m.touched {
		if snap.sees(x) {
			delete(m.touched, x)
		}
	}
	m.snap, m.own = snap, own
}

// set makes keys (distinct) ref's keys in the copy (m.mu held), and
// reports whether the ref had keys before.
func (m *nearSets) set(ref string, keys []int64) (rekeyed bool) {
	if old, ok := m.num[ref]; ok {
		m.dead[old] = true
		m.deadCount++
		delete(m.num, ref)
		rekeyed = true
	}
	if len(keys) > 0 {
		n := uint32(len(m.refs))
		m.refs = append(m.refs, ref)
		u, ok := parseRefUUID(ref)
		if !ok {
			m.odd++
		}
		m.ord = append(m.ord, u)
		m.dead = append(m.dead, false)
		m.num[ref] = n
		for _, k := range keys {
			m.add(k, n)
		}
	}
	if m.deadCount >= nearSetsCompactAt && 4*m.deadCount >= len(m.refs) {
		m.compact()
	}
	return rekeyed
}

// nearSetsCompactAt is the fewest dead numbers compact runs for (a
// variable for tests).
var nearSetsCompactAt = 1024

// compact takes the dead numbers out of every key (m.mu held).
func (m *nearSets) compact() {
	m.runs.filter(func(n uint32) bool { return !m.dead[n] })
	for n, d := range m.dead {
		if d {
			m.refs[n] = "" // no longer filed anywhere
		}
	}
	m.deadCount = 0
}

// cmpRefs compares numbers a and b by their refs (strings.Compare).
func (m *nearSets) cmpRefs(a, b uint32) int {
	if m.odd == 0 {
		return m.ord[a].cmp(m.ord[b])
	}
	return strings.Compare(m.refs[a], m.refs[b])
}

// at is where n goes in l (ordered by ref), and whether it is there.
func (m *nearSets) at(l []uint32, n uint32) (int, bool) {
	i, _ := slices.BinarySearchFunc(l, n, m.cmpRefs)
	return i, i < len(l) && l[i] == n
}

// add files n under key, in ref order (m.mu held).
func (m *nearSets) add(key int64, n uint32) {
	m.runs.insert(key, n, func(l []uint32) (int, bool) {
		if m.cmpRefs(l[len(l)-1], n) < 0 { // a new ref: IDs are time-ordered
			return len(l), true
		}
		i, found := m.at(l, n)
		return i, !found
	})
}

// refUUID is a canonical UUID's 128 bits.
type refUUID struct{ hi, lo uint64 }

func (u refUUID) cmp(v refUUID) int {
	switch {
	case u.hi != v.hi:
		if u.hi < v.hi {
			return -1
		}
		return 1
	case u.lo != v.lo:
		if u.lo < v.lo {
			return -1
		}
		return 1
	}
	return 0
}

// parseRefUUID reads a ref in a UUID's canonical text form, lower-case
// hex (core.NewID's): 8-4-4-4-12 digits. Such refs' string order is their
// numbers' ('-' at the same places, '0'-'9' before 'a'-'f'), and two of
// them are the same string only when the same number. ok is false for
// anything else, upper-case digits included ('A'-'F' sort between '9'
// and 'a': refs of both cases would not keep the strings' order).
func parseRefUUID(s string) (u refUUID, ok bool) {
	if len(s) != 36 || s[8] != '-' || s[13] != '-' || s[18] != '-' || s[23] != '-' {
		return refUUID{}, false
	}
	digits := 0
	for i := 0; i < len(s); i++ {
		if i == 8 || i == 13 || i == 18 || i == 23 {
			continue
		}
		c := s[i]
		var d uint64
		switch {
		case '0' <= c && c <= '9':
			d = uint64(c - '0')
		case 'a' <= c && c <= 'f':
			d = uint64(c-'a') + 10
		default:
			return refUUID{}, false
		}
		if digits < 16 {
			u.hi = u.hi<<4 | d
		} else {
			u.lo = u.lo<<4 | d
		}
		digits++
	}
	return u, true
}

// nearSetsCands are a lookup's candidates: refs, the most keys in common
// first, ties by ref, with how many keys each shares.
type nearSetsCands struct {
	refs   []string
	shared []int
}

// rankSets groups ns (each asked key's numbers) by number, the most keys
// in common first, ties by ref, at most limit (nearScratch.group); with
// byRef, the same refs in ref order alone and without their counts
// (shared nil), for NearRefs, whose rows are in no order.
func rankSets(ns []uint32, refOf func(uint32) string, cmp func(a, b uint32) int, limit int, byRef bool) nearSetsCands {
	sc := nearScratchPool.Get().(*nearScratch)
	defer nearScratchPool.Put(sc)
	if cmp == nil {
		cmp = func(a, b uint32) int { return strings.Compare(refOf(a), refOf(b)) }
	}
	counts := sc.groupIn(ns, limit, cmp, byRef)
	out := nearSetsCands{refs: make([]string, len(counts))}
	if !byRef {
		out.shared = make([]int, len(counts))
	}
	for i, c := range counts {
		out.refs[i] = refOf(c.n)
		if !byRef {
			out.shared[i] = int(c.c)
		}
	}
	sc.counts = counts[:0]
	return out
}

// candidates are the copy's answer (m.mu read-held): of each key (a key
// given twice counted twice) its first perKey refs in ref order, grouped.
func (m *nearSets) candidates(keys []int64, perKey, limit int, byRef bool) nearSetsCands {
	sc := nearScratchPool.Get().(*nearScratch)
	defer nearScratchPool.Put(sc)
	ns := sc.ns[:0]
	defer func() { sc.ns = ns[:0] }()
	for _, k := range keys {
		taken := 0
		for _, n := range m.runs.run(k) {
			if taken == perKey {
				break
			}
			if !m.dead[n] {
				ns = append(ns, n)
				taken++
			}
		}
	}
	return rankSets(ns, func(n uint32) string { return m.refs[n] }, m.cmpRefs, limit, byRef)
}

// nearSetsCheck is the copy's state a lookup's statement checks: the
// snapshot it is at and this process's commits it has past it.
type nearSetsCheck struct {
	snap pgSnapshot
	own  []int64
}

// nearCheckSQL is the first row's text of a lookup over the copy's
// candidates: the statement's snapshot, then (near_lacking, migration
// 00016) the IDs of near_log's rows that the statement sees and the copy
// lacks (an ID at or past the copy's snapshot's xmax or among its
// in-progress IDs, and not its own), at most 64, then "cut" where the log
// was cut past the copy's snapshot (rows may be lost), each after a
// slash. Arguments: checkArgs.
const nearCheckSQL = `pg_current_snapshot()::text || '/' || near_lacking(?::bigint, ?::bigint[], ?::bigint[], ?::bigint)`

func (q *queries) checkArgs(a int64Arrays, c nearSetsCheck) []any {
	return []any{c.snap.xmax, a.Int64Array(nonNilInts(c.snap.xip)), a.Int64Array(nonNilInts(c.own)), c.snap.xmin}
}

// nearLack is a lookup's check as read: the statement's snapshot, the
// commits it saw that the copy lacks, and whether the log was cut past
// the copy (or the row was not read: then the copy is taken to lack).
type nearLack struct {
	snap pgSnapshot
	xids []int64
	cut  bool
}

func (l nearLack) lacks() bool { return l.cut || len(l.xids) > 0 }

// parseNearCheck reads nearCheckSQL's text.
func parseNearCheck(s string) nearLack {
	parts := strings.Split(s, "/")
	if len(parts) != 4 {
		return nearLack{cut: true}
	}
	snap, err := parsePgSnapshot(parts[0])
	if err != nil {
		return nearLack{cut: true}
	}
	l := nearLack{snap: snap, cut: parts[3] != ""}
	for _, p := range parts[1:3] {
		if p == "" {
			continue
		}
		for _, x := range strings.Split(p, ",") {
			v, err := strconv.ParseInt(x, 10, 64)
			if err != nil {
				return nearLack{cut: true}
			}
			l.xids = append(l.xids, v)
		}
	}
	return l
}

// noCheck is a check that finds nothing lacking, for candidates read from
// the rows (its answer is not read).
var noCheck = nearSetsCheck{snap: pgSnapshot{xmin: math.MaxInt64, xmax: math.MaxInt64}}

func nonNilInts(v []int64) []int64 {
	if v == nil {
		return []int64{}
	}
	return v
}

// nearSetsRefs is NearRefs' statement over the copy's candidates: the
// check first (a row marked 2, nearCheckSQL as its SKU), then NearRefsOf's
// rows.
//
// A candidate's row names it by its place in the array sent (from 1), not
// by its ref: the worker has the ref already, and reads an integer.
const nearSetsRefs = `SELECT 0::bigint, 2, ` + nearCheckSQL + `, 0
	UNION ALL
	SELECT r.i, CASE WHEN d.found THEN 0 ELSE 1 END, COALESCE(d.sku, c.sku), COALESCE(d.version, 0)
		FROM unnest(?::text[]) WITH ORDINALITY AS r(ref, i)
		LEFT JOIN LATERAL (SELECT true AS found, launch_id, locale, channel, sku, status, text, version
			FROM drafts WHERE drafts.id = r.ref LIMIT 1) d ON true
		LEFT JOIN LATERAL (SELECT locale, channel, sku, text FROM catalogue WHERE d.found IS NULL AND catalogue.id = r.ref LIMIT 1) c ON true
		WHERE (d.launch_id = ? AND d.locale = ? AND d.channel = ? AND d.sku <> ? AND d.status <> 'failed' AND d.text <> '')
			OR (c.locale = ? AND c.channel = ? AND c.sku <> ? AND c.text <> '')`

// nearSetsTexts is NearTexts' statement over the candidates: the check
// first (marked 2, nearCheckSQL as its ref),
// then each candidate's draft or catalogue entry with the keys it shares.
const nearSetsTexts = `SELECT ` + nearCheckSQL + `, 0, 2, '', '', '', '', '', ''
	UNION ALL
	SELECT t.ref, t.n, 0, d.launch_id, d.sku, d.locale, d.channel, d.text, d.status
		FROM unnest(?::text[], ?::int[]) AS t(ref, n)
		CROSS JOIN LATERAL (SELECT launch_id, sku, locale, channel, text, status FROM drafts WHERE drafts.id = t.ref LIMIT 1) d
	UNION ALL
	SELECT t.ref, t.n, 1, c.launch_id, c.sku, c.locale, c.channel, c.text, 'published'
		FROM unnest(?::text[], ?::int[]) AS t(ref, n)
		CROSS JOIN LATERAL (SELECT launch_id, sku, locale, channel, text FROM catalogue WHERE catalogue.id = t.ref LIMIT 1) c`

// nearSetsLookup finds the candidates of keys and runs rows over them on
// q: from the copy where the statement finds it current (lacks false);
// else the copy catches up and rows runs again in the catch-up's
// snapshot; where there is no copy (inside a write transaction, whose
// own changes the copy has not, or a copy that could not be built) the
// candidates come from the rows that share a key with the lookup.
func (q *queries) nearSetsLookup(ctx context.Context, keys []int64, perKey, limit int, useCopy, byRef bool,
	rows func(q *queries, c nearSetsCands, chk nearSetsCheck) (nearLack, error)) error {
	m := q.store.nearSets
	if !q.inTx && useCopy {
		m.mu.RLock()
		state := m.state
		m.mu.RUnlock()
		if state == nearSetsNew {
			if err := m.build(ctx, q.store); err != nil {
				return err
			}
		}
		// The statement's connection first, then the candidates: a commit
		// landing while the lookup waited for a connection (50 tasks share
		// a worker's pool of 8) would make the statement see what the
		// candidates lack.
		c, err := q.store.opts.Read.Conn(ctx)
		if err != nil {
			return wrap(err, "finding near-duplicate candidates failed")
		}
		defer c.Close()
		on := *q
		on.read, on.lookupConn = c, c
		for try := 0; ; try++ {
			m.mu.RLock()
			if m.state != nearSetsOn {
				m.mu.RUnlock()
				break
			}
			cands := m.candidates(keys, perKey, limit, byRef)
			chk := nearSetsCheck{snap: m.snap, own: slices.Clone(m.own)}
			at := m.changes
			m.mu.RUnlock()
			lack, err := rows(&on, cands, chk)
			if err != nil {
				return err
			}
			if !lack.lacks() {
				m.answered.Add(1)
				m.rebase(lack.snap)
				return nil
			}
			// Commits of this process whose COMMIT has not returned yet
			// (or whose keys the copy is being given): wait for them and
			// ask again.
			if try < 2 && !lack.cut && m.waitPending(ctx, lack.xids) {
				if m.untouched(lack.xids, keys) {
					m.answered.Add(1)
					return nil
				}
				if m.sameCandidates(at, lack.xids, keys, perKey, limit, byRef, cands) {
					m.answered.Add(1)
					m.kept.Add(1)
					return nil
				}
				m.retried.Add(1)
				continue
			}
			m.missed.Add(1)
			c.Close() // the catch-up takes a connection of its own
			return m.catchUpAndRun(ctx, q.store, keys, perKey, limit, byRef, rows)
		}
	}
	m.scanned.Add(1)
	scan := func(q *queries) error {
		c, err := q.scanSets(ctx, keys, perKey, limit, byRef)
		if err != nil {
			return err
		}
		_, err = rows(q, c, noCheck)
		return err
	}
	if q.inTx {
		return scan(q)
	}
	return q.store.View(ctx, func(tx core.TxStore) error { return scan(tx.(*queries)) })
}

// waitPending waits until the copy has each of xids, where every one is a
// pending commit of this process (false at once otherwise).
func (m *nearSets) waitPending(ctx context.Context, xids []int64) bool {
	m.mu.RLock()
	chs := make([]chan struct{}, 0, len(xids))
	for _, x := range xids {
		ch, ok := m.pending[x]
		if !ok {
			if slices.Contains(m.own, x) || m.snap.sees(x) {
				continue // applied since the statement's check was written
			}
			m.mu.RUnlock()
			return false
		}
		chs = append(chs, ch)
	}
	m.mu.RUnlock()
	for _, ch := range chs {
		select {
		case <-ch:
		case <-ctx.Done():
			return false
		}
	}
	return true
}

// untouched reports whether every one of xids is an own commit the copy
// has, each changing none of keys: the copy's candidates for keys are the
// same with them as without.
func (m *nearSets) untouched(xids []int64, keys []int64) bool {
	m.mu.RLock()
	defer m.mu.RUnlock()
	for _, x := range xids {
		t, ok := m.touched[x]
		if !ok {
			return false
		}
		for _, k := range keys {
			if _, found := slices.BinarySearch(t, k); found {
				return false
			}
		}
	}
	return true
}

// sameCandidates reports whether the statement that found the copy
// lacking xids (own commits it has now, waitPending) answered for the
// candidates the copy gives now: the copy's only changes since it gave c
// (its change count at) are xids' own commits, each applied once, so it
// now files what the statement's snapshot saw (all of it but xids, the
// statement said, and nothing the snapshot did not see, as when the
// statement ran), and its candidates of keys are c's, with the same
// counts. Then the statement's rows are the rows a statement run again
// in that snapshot would give: it need not run (a tenth of lookups ran
// twice while the launch's commits filed keys they share, #17). xids may
// be incomplete at near_lacking's 64: never taken then.
func (m *nearSets) sameCandidates(at uint64, xids []int64, keys []int64, perKey, limit int, byRef bool, c nearSetsCands) bool {
	if len(xids) == 0 || len(xids) >= 64 {
		return false
	}
	m.mu.RLock()
	defer m.mu.RUnlock()
	if m.state != nearSetsOn || m.changes-at != uint64(len(xids)) || len(xids) > nearRecentChanges {
		return false
	}
	// As many changes as xids, each one of them, no two the same: each of
	// xids applied once, and nothing else.
	var seen [64]int64
	for i := at + 1; i <= m.changes; i++ {
		x := m.recent[i%nearRecentChanges]
		done := seen[:i-at-1]
		if x == 0 || !slices.Contains(xids, x) || slices.Contains(done, x) {
			return false
		}
		seen[i-at-1] = x
	}
	now := m.candidates(keys, perKey, limit, byRef)
	return slices.Equal(now.refs, c.refs) && slices.Equal(now.shared, c.shared)
}

// rebase moves the copy's snapshot to snap, a statement's that found it
// current: every commit snap sees is in the copy. Own commits snap sees
// leave own. A snapshot older than the copy's is not taken.
func (m *nearSets) rebase(snap pgSnapshot) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.state != nearSetsOn || snap.xmax < m.snap.xmax || snap.xmin < m.snap.xmin {
		return
	}
	m.seen(snap)
}

// scanSets are the candidates read from the rows of near_key_sets that
// share a key with the lookup, in q's snapshot, in ref order.
func (q *queries) scanSets(ctx context.Context, keys []int64, perKey, limit int, byRef bool) (nearSetsCands, error) {
	a := q.d.(int64Arrays)
	asked := make(map[int64][]uint32, len(keys))
	for _, k := range keys {
		asked[k] = nil
	}
	var refs []string
	rows, err := q.query(ctx, `SELECT ref, keys FROM near_key_sets WHERE keys && ?::bigint[] ORDER BY ref`, a.Int64Array(keys))
	if err != nil {
		return nearSetsCands{}, wrap(err, "finding near-duplicate candidates failed")
	}
	defer rows.Close()
	for rows.Next() {
		var ref string
		var ks []int64
		if err := rows.Scan(&ref, q.d.(int64ArrayScanner).ScanInt64Array(&ks)); err != nil {
			return nearSetsCands{}, wrap(err, "finding near-duplicate candidates failed")
		}
		n := uint32(len(refs))
		refs = append(refs, ref)
		for _, k := range distinctKeys(ks) {
			if l, ok := asked[k]; ok && len(l) < perKey {
				asked[k] = append(l, n)
			}
		}
	}
	if err := rows.Err(); err != nil {
		return nearSetsCands{}, wrap(err, "finding near-duplicate candidates failed")
	}
	var ns []uint32
	for _, k := range keys {
		ns = append(ns, asked[k]...)
	}
	return rankSets(ns, func(n uint32) string { return refs[n] }, nil, limit, byRef), nil
}

// int64ArrayScanner is a dialect that scans a bigint[] column.
type int64ArrayScanner interface {
	ScanInt64Array(dst *[]int64) any
}

// build builds the copy from near_key_sets in one snapshot (m.sync
// held while it runs); an error leaves it to the next lookup.
func (m *nearSets) build(ctx context.Context, s *Store) error {
	m.sync.Lock()
	defer m.sync.Unlock()
	m.mu.RLock()
	state := m.state
	m.mu.RUnlock()
	if state != nearSetsNew {
		return nil
	}
	return s.View(ctx, func(tx core.TxStore) error { return m.buildIn(ctx, tx.(*queries)) })
}

// buildIn builds the copy in q's snapshot (m.sync held).
func (m *nearSets) buildIn(ctx context.Context, q *queries) error {
	var snapText string
	if err := q.row(ctx, `SELECT pg_current_snapshot()::text`).Scan(&snapText); err != nil {
		return wrap(err, "reading the near-duplicate index failed")
	}
	snap, err := parsePgSnapshot(snapText)
	if err != nil {
		return wrap(err, "reading the near-duplicate index failed")
	}
	b := &nearSets{num: map[string]uint32{}}
	rows, err := q.query(ctx, `SELECT ref, keys FROM near_key_sets WHERE cardinality(keys) > 0 ORDER BY ref`)
	if err != nil {
		return wrap(err, "reading the near-duplicate index failed")
	}
	defer rows.Close()
	sc := q.d.(int64ArrayScanner)
	for rows.Next() {
		var ref string
		var ks []int64
		if err := rows.Scan(&ref, sc.ScanInt64Array(&ks)); err != nil {
			return wrap(err, "reading the near-duplicate index failed")
		}
		b.set(ref, distinctKeys(ks)) // by ref: each key's refs appended in order
	}
	if err := rows.Err(); err != nil {
		return wrap(err, "reading the near-duplicate index failed")
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	m.state, m.snap, m.own, m.ownRefs, m.touched = nearSetsOn, snap, nil, nil, nil
	m.changed(0)
	m.refs, m.num, m.dead, m.deadCount, m.runs, m.ord, m.odd = b.refs, b.num, b.dead, b.deadCount, b.runs, b.ord, b.odd
	m.builds.Add(1)
	return nil
}

// catchUpAndRun takes the commits the copy lacks from the database and
// runs the lookup in the same snapshot (m.sync held): one read-only,
// repeatable-read transaction. The refs of near_log's rows the copy lacks
// get their keys as near_key_sets has them; a log cut past the copy's
// snapshot builds the copy again.
func (m *nearSets) catchUpAndRun(ctx context.Context, s *Store, keys []int64, perKey, limit int, byRef bool,
	rows func(q *queries, c nearSetsCands, chk nearSetsCheck) (nearLack, error)) error {
	m.sync.Lock()
	defer m.sync.Unlock()
	return s.View(ctx, func(tx core.TxStore) error {
		q := tx.(*queries)
		a := q.d.(int64Arrays)
		sc := q.d.(int64ArrayScanner)
		m.mu.RLock()
		on, chk := m.state == nearSetsOn, nearSetsCheck{snap: m.snap, own: slices.Clone(m.own)}
		m.mu.RUnlock()
		if !on {
			return nil
		}
		var snapText string
		var cut int64
		if err := q.row(ctx, `SELECT pg_current_snapshot()::text, cut FROM near_log_cut WHERE id = 1`).Scan(&snapText, &cut); err != nil {
			return wrap(err, "reading the near-duplicate index failed")
		}
		snap, err := parsePgSnapshot(snapText)
		if err != nil {
			return wrap(err, "reading the near-duplicate index failed")
		}
		if cut >= chk.snap.xmin {
			if err := m.buildIn(ctx, q); err != nil {
				return err
			}
		} else {
			r, err := q.query(ctx, `SELECT ref, keys FROM near_catch_up(?::bigint, ?::bigint[], ?::bigint[])`,
				chk.snap.xmax, a.Int64Array(nonNilInts(chk.snap.xip)), a.Int64Array(nonNilInts(chk.own)))
			if err != nil {
				return wrap(err, "reading the near-duplicate index failed")
			}
			var got []core.NearKeys
			for r.Next() {
				var it core.NearKeys
				if err := r.Scan(&it.Ref, sc.ScanInt64Array(&it.Keys)); err != nil {
					r.Close()
					return wrap(err, "reading the near-duplicate index failed")
				}
				it.Keys = distinctKeys(it.Keys)
				got = append(got, it)
			}
			r.Close()
			if err := r.Err(); err != nil {
				return wrap(err, "reading the near-duplicate index failed")
			}
			m.mu.Lock()
			for _, it := range got {
				if o, ok := m.ownRefs[it.Ref]; ok && !snap.sees(o.xid) {
					continue // an own commit the snapshot does not see is later
				}
				m.set(it.Ref, it.Keys)
			}
			if len(got) > 0 {
				m.changed(0)
			}
			m.seen(snap)
			m.mu.Unlock()
			m.caughtUp.Add(int64(len(got)))
		}
		m.mu.RLock()
		c := m.candidates(keys, perKey, limit, byRef)
		chk = nearSetsCheck{snap: m.snap, own: slices.Clone(m.own)}
		m.mu.RUnlock()
		lack, err := rows(q, c, chk)
		if err != nil || !lack.lacks() {
			return err
		}
		// Not reached while the copy and the log agree (the statement's
		// snapshot is the catch-up's): the rows answer.
		m.scanned.Add(1)
		if c, err = q.scanSets(ctx, keys, perKey, limit, byRef); err != nil {
			return err
		}
		_, err = rows(q, c, noCheck)
		return err
	})
}

// nearRefsSets is NearRefs from the copy (useCopy false: from the rows,
// for tests).
func (q *queries) nearRefsSets(ctx context.Context, keys []int64, perKey, limit int, f core.NearFilter, useCopy bool) ([]core.NearRef, error) {
	a := q.d.(int64Arrays)
	var out []core.NearRef
	err := q.nearSetsLookup(ctx, keys, perKey, limit, useCopy, true, func(q *queries, c nearSetsCands, chk nearSetsCheck) (nearLack, error) {
		out = out[:0]
		if out == nil {
			out = takeNearRefs(len(c.refs))
		}
		args := append(q.checkArgs(a, chk), q.d.Array(nonNil(c.refs)), f.LaunchID, f.Locale, f.Channel, f.SKU, f.Locale, f.Channel, f.SKU)
		check := ""
		err := q.lookupRows(ctx, "finding near-duplicate candidates failed", nearSetsRefs, args, func(next func() bool, scan func(dest ...any) error) error {
			// One row's destinations for every row, copied out (a row's
			// own would escape to the heap).
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
				if i < 1 || i > int64(len(c.refs)) {
					return wrap(errors.New("a candidate's place out of range"), "finding near-duplicate candidates failed")
				}
				t.Ref = c.refs[i-1]
				setRefCatalogue(&t, cat)
				out = append(out, t)
			}
			return nil
		})
		if err != nil {
			return nearLack{}, err
		}
		return parseNearCheck(check), nil
	})
	return out, err
}

// lookupRows runs a lookup's query, scan reading its rows: on the
// connection the lookup holds through Options.Pipeline (pgx's own rows,
// scanned into the destinations without database/sql's conversions: the
// lookup's statement was ~10% of a PostgreSQL worker's CPU, #17), else
// through database/sql (a View's transaction, SQLite). msg wraps a
// database error.
func (q *queries) lookupRows(ctx context.Context, msg, query string, args []any, scan func(next func() bool, scan func(dest ...any) error) error) error {
	if q.lookupConn == nil || q.store.opts.Pipeline == nil || q.inTx {
		return q.pipedQuery(ctx, msg, query, args, scan)
	}
	q.stmts.Add(1)
	var own error
	err := q.store.opts.Pipeline(ctx, q.lookupConn, []string{q.sql(query)}, [][]any{args}, func(r PipeResults) error {
		return r.Query(func(next func() bool, sc func(dest ...any) error) error {
			own = scan(next, sc)
			return own
		})
	})
	if own != nil {
		return own
	}
	if err != nil {
		return wrap(err, msg)
	}
	return nil
}

// nearTextsSets is NearTexts from the copy.
func (q *queries) nearTextsSets(ctx context.Context, keys []int64, perKey, limit int) ([]core.NearText, error) {
	a := q.d.(int64Arrays)
	var out []core.NearText
	err := q.nearSetsLookup(ctx, keys, perKey, limit, true, false, func(q *queries, c nearSetsCands, chk nearSetsCheck) (nearLack, error) {
		out = make([]core.NearText, 0, len(c.refs))
		shared := make([]int64, len(c.shared))
		for i, n := range c.shared {
			shared[i] = int64(n)
		}
		refs := q.d.Array(nonNil(c.refs))
		args := append(q.checkArgs(a, chk), refs, a.Int64Array(shared), refs, a.Int64Array(shared))
		rows, err := q.query(ctx, nearSetsTexts, args...)
		if err != nil {
			return nearLack{}, wrap(err, "finding near-duplicate candidates failed")
		}
		defer rows.Close()
		check := ""
		for rows.Next() {
			var t core.NearText
			var cat int
			if err := rows.Scan(&t.Ref, &t.Shared, &cat, &t.LaunchID, &t.SKU, &t.Locale, &t.Channel, &t.Text, &t.Status); err != nil {
				return nearLack{}, wrap(err, "finding near-duplicate candidates failed")
			}
			if cat == 2 {
				check = t.Ref
				continue
			}
			t.Catalogue = cat == 1
			out = append(out, t)
		}
		if err := rows.Err(); err != nil {
			return nearLack{}, wrap(err, "finding near-duplicate candidates failed")
		}
		return parseNearCheck(check), nil
	})
	return out, err
}

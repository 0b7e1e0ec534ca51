package checks

import (
	"container/list"
	"encoding/binary"
	"math/rand/v2"
	"slices"
	"sync"

	"github.com/zeebo/xxh3"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/neardup"
)

// sigCache keeps texts' shingle sets and MinHash signatures, so that a
// launch's copy is tokenised once per process: the signature screens a
// neighbour, the sorted shingles give the exact similarity without
// tokenising it again.
//
// Keys are a 128-bit hash of the text (XXH3-128 under a random seed of
// this process, one pass over the text; two maphash passes under two
// seeds cost three times as much, and a check looks up to 100 neighbours'
// texts), not the text: an entry is its signature and shingles only (about 1.1 kB
// for a 120-word text against 2 kB with the text kept twice, as map key
// and item), and a lookup compares 16 bytes, not the whole text. Two texts
// share a key with probability about 2^-128 per pair: with a few thousand
// entries, never in practice.
//
// Bounded in bytes (sigCacheBytes), in two least-recently-used segments
// (segmented LRU, Karedla, Love and Wherry, "Caching strategies to improve
// disk system performance", IEEE Computer 27(3), 1994): an entry comes in
// on probation and is promoted to the protected segment when it is used
// again as a neighbour. Every checked draft's own entry comes in (it is a
// neighbour of the drafts checked after it), and most are never used
// again; in one LRU they pushed out the neighbours a launch keeps coming
// back to (the index names the earliest drafts of each kind of copy, a
// few thousand texts), which were tokenised again and again (a tenth of
// the worker's CPU in a 10,000-draft PostgreSQL run). Now one-off entries
// only ever evict each other. Within the protected segment a hit marks
// the entry (sigItem.used) rather than moving it: the segment is a CLOCK,
// an approximation of LRU that gives a used entry a second round.
type sigCache struct {
	mu sync.Mutex
	// m holds the items themselves, not their list elements: a hit reads
	// the item and its signature, next to each other (sigItem), and not
	// first an element that points to it: one cache miss less a
	// neighbour, a check looking up to 100 of them (#17).
	m map[sigKey]*sigItem
	// names are the entries' other keys, the names core gives a stored
	// text (a draft's ID and version), by their 128-bit hash as texts
	// are: a neighbour kept here is not read back from the store
	// (core.NeighbourCache).
	names     map[sigKey]*sigItem
	probation list.List // most recently used first
	protected list.List // most recently come to the front first
	// bytes in each segment (sigItem.size summed)
	probationBytes, protectedBytes int
	seed                           uint64
	once                           sync.Once
}

// sigKey is a text's 128-bit hash.
type sigKey [2]uint64

type sigItem struct {
	key       sigKey
	protected bool
	// used marks a protected entry used again since it last came to the
	// segment's front (CLOCK's reference bit: evict moves it to the
	// front instead of demoting it, once).
	used bool
	// e is the entry, held in the item (a hit's flags and signature are
	// one run of memory); callers keep &e.
	e     sigEntry
	el    *list.Element // its element in its segment's list
	size  int
	names []sigKey // its names' keys in sigCache.names
}

// sigEntry is one text's sorted, unique shingle hashes and their MinHash
// signature; read-only once cached.
type sigEntry struct {
	sig      neardup.Signature
	shingles []uint64
}

// sigCacheBytes bounds the cache's entries (signature, shingles and the
// bookkeeping of each, sigItem.size), a quarter of it for entries on
// probation: about 4,500 entries of a 120-word text, so that the worker's
// memory stays flat whatever the launch's size.
const sigCacheBytes = 5 << 20

// sigEntryOverhead is an entry's bytes besides its shingles: the
// signature, the entry, the item, its list element and map slot.
const sigEntryOverhead = 264 + 32 + 48 + 48 + 48

// sigNameSize is a name's bytes: its key in the item and its map slot.
const sigNameSize = 16 + 32

func (c *sigCache) key(text string) sigKey {
	c.once.Do(func() { c.seed = rand.Uint64() })
	h := xxh3.HashString128Seed(text, c.seed)
	return sigKey{h.Hi, h.Lo}
}

// get returns text's entry as a neighbour's: a hit on probation is
// promoted.
func (c *sigCache) get(text string) *sigEntry {
	k := c.key(text)
	if e := c.lookup(k, true); e != nil {
		return e
	}
	d := docPool.Get().(*document)
	d.text = text
	d.prepare()
	e := c.store(k, d)
	docPool.Put(d)
	return e
}

// getTexts is get for every neighbour of ns known by its text alone (no
// Entry, no Key) whose SKU is not skip, by index (nil for the others):
// the hits are looked up under one lock, in the neighbours' order, and
// the misses are made and stored as get does. A check's hundred
// neighbours took a hundred locks (#17).
//
// out and keys are buffers, used when at least len(ns) long (a check's
// arrays on its stack: no allocation a check).
func (c *sigCache) getTexts(ns []core.Neighbour, skip string, out []*sigEntry, keys []sigKey) []*sigEntry {
	if len(out) < len(ns) || len(keys) < len(ns) {
		out, keys = make([]*sigEntry, len(ns)), make([]sigKey, len(ns))
	}
	out, keys = out[:len(ns)], keys[:len(ns)]
	clear(out)
	for i := range ns {
		if n := &ns[i]; n.SKU != skip && n.Entry == nil && n.Key == "" {
			keys[i] = c.key(n.Text)
		}
	}
	c.mu.Lock()
	for i := range ns {
		if n := &ns[i]; n.SKU != skip && n.Entry == nil && n.Key == "" {
			if it, ok := c.m[keys[i]]; ok {
				out[i] = c.use(it, true)
			}
		}
	}
	c.mu.Unlock()
	for i := range ns {
		if n := &ns[i]; out[i] == nil && n.SKU != skip && n.Entry == nil && n.Key == "" {
			d := docPool.Get().(*document)
			d.text = n.Text
			d.prepare()
			out[i] = c.store(keys[i], d)
			docPool.Put(d)
		}
	}
	return out
}

// getNamed is get for a neighbour's text given by its name (see names):
// the name is kept for the entry.
func (c *sigCache) getNamed(text, name string) *sigEntry {
	k := c.key(text)
	e := c.lookup(k, true)
	if e == nil {
		d := docPool.Get().(*document)
		d.text = text
		d.prepare()
		e = c.store(k, d)
		docPool.Put(d)
	}
	c.nameKey(k, c.key(name))
	return e
}

// named returns the entries kept under names, nil for a name not kept,
// each marked used as a neighbour's (promoted from probation).
func (c *sigCache) named(names []string) []*sigEntry {
	out := make([]*sigEntry, len(names))
	keys := make([]sigKey, len(names))
	for i, n := range names {
		keys[i] = c.key(n)
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	for i, n := range keys {
		if it, ok := c.names[n]; ok {
			out[i] = c.use(it, true)
		}
	}
	return out
}

// namedInto is named into out (len(names) long): each entry as an any,
// nil for a name not kept; the names' keys in an array on the stack for a
// lookup of up to 128 (core's NeighbourEntries: a lookup's two arrays and
// its []any were ~2.8 kB a draft, #17, perf38).
func (c *sigCache) namedInto(names []string, out []any) {
	var keyBuf [128]sigKey
	keys := keyBuf[:0]
	if len(names) > len(keyBuf) {
		keys = make([]sigKey, 0, len(names))
	}
	for _, n := range names {
		keys = append(keys, c.key(n))
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	for i, k := range keys {
		out[i] = nil
		if it, ok := c.names[k]; ok {
			out[i] = c.use(it, true)
		}
	}
}

// name gives the entry of text, if kept, the name too.
func (c *sigCache) name(name, text string) {
	c.nameKey(c.key(text), c.key(name))
}

// nameKey gives the entry of k, if kept, the name too.
func (c *sigCache) nameKey(k, name sigKey) {
	c.mu.Lock()
	defer c.mu.Unlock()
	it, ok := c.m[k]
	if !ok {
		return
	}
	if old, ok := c.names[name]; ok {
		if old == it {
			return
		}
		c.unname(old, name) // never in practice: a name is one text
	}
	if c.names == nil {
		c.names = make(map[sigKey]*sigItem, 4096)
	}
	it.names = append(it.names, name)
	c.names[name] = it
	c.resize(it, sigNameSize)
	c.evict()
}

// unname takes name off it.
func (c *sigCache) unname(it *sigItem, name sigKey) {
	if i := slices.Index(it.names, name); i >= 0 {
		it.names = slices.Delete(it.names, i, i+1)
		c.resize(it, -sigNameSize)
	}
	delete(c.names, name)
}

// resize adds n bytes to it's size and its segment's.
func (c *sigCache) resize(it *sigItem, n int) {
	it.size += n
	if it.protected {
		c.protectedBytes += n
	} else {
		c.probationBytes += n
	}
}

// getStored is getNamed for a neighbour whose stored signature and
// shingles (sigEntry.encode, read back from the store) came with it: the
// entry is made from them, not from the text, and kept under the name
// alone (its key is the name's hash: no text was hashed). nil when b is
// not an encoding of this format, for the caller to fall back on the
// text.
func (c *sigCache) getStored(b []byte, name string) *sigEntry {
	k := c.key(name)
	c.mu.Lock()
	if it, ok := c.names[k]; ok {
		e := c.use(it, true)
		c.mu.Unlock()
		return e
	}
	c.mu.Unlock()
	e := decodeEntry(b)
	if e == nil {
		return nil
	}
	it := &sigItem{key: k, e: *e, size: sigEntryOverhead + 8*cap(e.shingles) + sigNameSize, names: []sigKey{k}}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil {
		c.m = make(map[sigKey]*sigItem, 4096)
	}
	if c.names == nil {
		c.names = make(map[sigKey]*sigItem, 4096)
	}
	if old, ok := c.names[k]; ok { // stored meanwhile by another check
		return c.use(old, true)
	}
	if old, ok := c.m[k]; ok { // never in practice: a name is no text
		return &old.e
	}
	// Used as a neighbour now: on probation like any new entry, promoted
	// when a later check uses it again.
	it.el = c.probation.PushFront(it)
	c.m[k], c.names[k] = it, it
	c.probationBytes += it.size
	c.evict()
	return &it.e
}

// sigFormat is the first byte of a stored entry (encode): the shingling
// it was made with. Stored entries outlive the process that made them, so
// a change to what shingles a text has (the tokeniser's words, shingles'
// hash, neardup's hash functions) must change sigFormat: entries of
// another format are not read (decodeEntry), their texts are tokenised
// again. TestStoredEntryFormat fails when the shingles of a fixed set of
// texts change, to say so.
const sigFormat = 1

// encode is the entry as stored with its text (core.NeighbourCache's
// StoredSignature): sigFormat, the MinHash signature (neardup.Signature
// .Bytes, 2*neardup.K bytes) and the sorted shingle hashes, 8 bytes each,
// little endian: 257 + 8n bytes, about 1.2 kB for a 120-word text. nil
// for a text without shingles (nothing to compare).
func (e *sigEntry) encode() []byte {
	if e.sig.Empty() || len(e.shingles) == 0 {
		return nil
	}
	out := make([]byte, 1, 1+2*neardup.K+8*len(e.shingles))
	out[0] = sigFormat
	out = append(out, e.sig.Bytes()...)
	for _, h := range e.shingles {
		out = binary.LittleEndian.AppendUint64(out, h)
	}
	return out
}

// decodeEntry is encode's inverse; nil for anything else: another
// format, a length that is not 257 + 8n with n > 0, shingles not strictly
// increasing.
func decodeEntry(b []byte) *sigEntry {
	const head = 1 + 2*neardup.K
	if len(b) <= head || b[0] != sigFormat || (len(b)-head)%8 != 0 {
		return nil
	}
	e := &sigEntry{sig: neardup.FromBytes(b[1:head]), shingles: make([]uint64, (len(b)-head)/8)}
	for i := range e.shingles {
		e.shingles[i] = binary.LittleEndian.Uint64(b[head+8*i:])
		if i > 0 && e.shingles[i] <= e.shingles[i-1] {
			return nil
		}
	}
	if e.sig.Empty() {
		return nil
	}
	return e
}

// getPrepared is get for the text being checked, a document already
// prepared from its text: its own entry, which stays on probation until
// another check uses it as a neighbour.
func (c *sigCache) getPrepared(d *document) *sigEntry {
	k := c.key(d.text)
	if e := c.lookup(k, false); e != nil {
		return e
	}
	return c.store(k, d)
}

// lookup finds k's entry and marks it used; promote moves an entry on
// probation to the protected segment.
func (c *sigCache) lookup(k sigKey, promote bool) *sigEntry {
	c.mu.Lock()
	defer c.mu.Unlock()
	it, ok := c.m[k]
	if !ok {
		return nil
	}
	return c.use(it, promote)
}

// use marks it used (c.mu held); promote moves an entry on probation to
// the protected segment.
func (c *sigCache) use(it *sigItem, promote bool) *sigEntry {
	switch {
	case it.protected:
		// Marked, not moved: a check uses up to 100 neighbours, most of
		// them protected, and moving each to the front touched three
		// list elements a hit (CLOCK, Corbató 1968, in place of LRU
		// within the segment; entries are pure functions of their
		// texts, so which ones stay changes no finding).
		it.used = true
	case promote:
		c.probation.Remove(it.el)
		c.probationBytes -= it.size
		it.protected = true
		it.el = c.protected.PushFront(it)
		c.protectedBytes += it.size
		c.evict()
	default:
		c.probation.MoveToFront(it.el)
	}
	return &it.e
}

// store computes and keeps the entry of d (prepared from its text, whose
// key is k), on probation.
func (c *sigCache) store(k sigKey, d *document) *sigEntry {
	// One allocation of the most shingles the text can have (appending
	// from nil kept up to twice the bytes, and left the smaller arrays as
	// garbage); the size counts the array as allocated.
	buf := shingles(d, make([]uint64, 0, max(len(d.toks)-2, 0)))
	it := &sigItem{key: k, e: sigEntry{sig: neardup.Of(buf), shingles: slices.Clip(buf)}, size: sigEntryOverhead + 8*cap(buf)}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil {
		c.m = make(map[sigKey]*sigItem, 4096)
	}
	if old, ok := c.m[k]; ok { // stored meanwhile by another check
		return &old.e
	}
	it.el = c.probation.PushFront(it)
	c.m[k] = it
	c.probationBytes += it.size
	c.evict()
	return &it.e
}

// evict drops the least recently used entries of each segment over its
// share of sigCacheBytes; the protected segment's overflow goes back on
// probation (a second chance) before it leaves.
func (c *sigCache) evict() {
	const protectedMax = sigCacheBytes / 4 * 3
	for c.protectedBytes > protectedMax {
		el := c.protected.Back()
		it := el.Value.(*sigItem)
		if it.used {
			// Used since it came to the front: a second round.
			it.used = false
			c.protected.MoveToFront(el)
			continue
		}
		c.protected.Remove(el)
		c.protectedBytes -= it.size
		it.protected = false
		it.el = c.probation.PushFront(it)
		c.probationBytes += it.size
	}
	for c.probationBytes+c.protectedBytes > sigCacheBytes && c.probation.Len() > 0 {
		el := c.probation.Back()
		it := el.Value.(*sigItem)
		c.probation.Remove(el)
		c.probationBytes -= it.size
		delete(c.m, it.key)
		for _, n := range it.names {
			delete(c.names, n)
		}
	}
}

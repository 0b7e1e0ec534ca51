package sqlstore

import (
	"math/bits"
	"slices"
)

// nearRuns files each key's numbers (nearSets' copy of PostgreSQL's
// index): a key's numbers are one run, in the order its caller keeps
// them, in a bucket of keys chosen by the key's hash. A bucket holds its
// keys' hashes ascending, where each key's run ends, and the runs one
// after the other: three slices a bucket of ~50 keys, no pointer a key
// and no map slot. It replaced a map[int64]uint32 of every key (a number
// itself, or a list's index) with a [][]uint32 of the keys that file more
// than one number: at 10,000 drafts (185,000 keys, 67,000 of them filing
// 522,000 numbers) the map was 4.5 MiB and the lists 4.2 MiB (a 24-byte
// header each, which the garbage collector scans, and the lists' append
// slack); the runs are ~5.5 MiB, in a worker whose heap is held under
// WORKER_MEMORY_LIMIT, where each MiB kept makes collections more
// frequent (#17).
//
// The zero value is empty and ready. A key's hash (nearMix) is a
// bijection of the key, so a bucket's hashes are its keys; ordering by
// hash lets a bucket split in two where the hash's next bit turns to 1.
type nearRuns struct {
	// shift: a key's bucket is nearMix(key) >> shift (64 - log2 of the
	// buckets' count).
	shift   uint
	buckets []nearBucket
	keys    int // distinct keys filed
	nums    int // numbers filed, every key's counted
}

type nearBucket struct {
	hs   []uint64 // the keys' hashes, ascending
	ends []uint32 // ends[i] is where key i's run ends in nums; it starts at ends[i-1] (0 for the first)
	nums []uint32
}

// nearRunsFirstBuckets is the buckets' count of a new nearRuns; they
// double when the numbers filed pass nearRunsPerBucket a bucket (a
// variable for tests).
var (
	nearRunsFirstBuckets = 64
	nearRunsPerBucket    = 192
)

// nearMixMul is odd, so multiplying by it is a bijection of uint64;
// nearMixInv is its inverse (mod 2^64).
const nearMixMul = 0x9E3779B97F4A7C15

var nearMixInv = func() uint64 {
	// Newton's iteration doubles the correct low bits each step: 3 bits
	// from x = m (m*m = 1 mod 8 for odd m), then 6, 12, 24, 48, 96.
	x := uint64(nearMixMul)
	for range 5 {
		x *= 2 - nearMixMul*x
	}
	return x
}()

func nearMix(key int64) uint64                    { return uint64(key) * nearMixMul }
func nearUnmix(h uint64) int64                    { return int64(h * nearMixInv) }
func (r *nearRuns) bucketOf(h uint64) *nearBucket { return &r.buckets[h>>r.shift] }

func (r *nearRuns) init() {
	if r.buckets == nil {
		r.buckets = make([]nearBucket, nearRunsFirstBuckets)
		r.shift = uint(64 - bits.TrailingZeros(uint(nearRunsFirstBuckets)))
	}
}

// run is key's numbers (nil if it files none): the copy's own memory,
// valid until the next change.
func (r *nearRuns) run(key int64) []uint32 {
	if r.buckets == nil {
		return nil
	}
	h := nearMix(key)
	b := r.bucketOf(h)
	i, found := b.find(h, r.shift)
	if !found {
		return nil
	}
	return b.nums[b.start(i):b.ends[i]]
}

// find is where h is or goes in b.hs. A bucket's hashes are spread evenly
// over its range (a key's hash is the key times an odd constant, and the
// keys are MinHash bands' hashes), so the search starts where h's place
// in the range says, and walks from there: a step or two, where a binary
// search of ~50 hashes takes six.
func (b *nearBucket) find(h uint64, shift uint) (int, bool) {
	hs := b.hs
	if len(hs) == 0 {
		return 0, false
	}
	g, _ := bits.Mul64(h<<(64-shift), uint64(len(hs))) // h's place in the bucket's range, scaled to len(hs)
	i := int(g)
	if hs[i] < h {
		for i++; i < len(hs) && hs[i] < h; i++ {
		}
	} else {
		for i > 0 && hs[i-1] >= h {
			i--
		}
	}
	return i, i < len(hs) && hs[i] == h
}

func (b *nearBucket) start(i int) uint32 {
	if i == 0 {
		return 0
	}
	return b.ends[i-1]
}

// insert files n in key's run at place at (0 for a key filing none; at
// most the run's length), as the caller orders the run. place finds it:
// given the key's run (nil for none) it returns where n goes, and false
// when n is there already.
func (r *nearRuns) insert(key int64, n uint32, place func(run []uint32) (int, bool)) {
	r.init()
	h := nearMix(key)
	b := r.bucketOf(h)
	i, found := b.find(h, r.shift)
	if !found {
		s := b.start(i)
		b.hs = insertGrow(b.hs, i, h)
		b.ends = insertGrow(b.ends, i, s)
		b.nums = insertGrow(b.nums, int(s), n)
		for j := i; j < len(b.ends); j++ {
			b.ends[j]++
		}
		r.keys++
		r.nums++
		r.split()
		return
	}
	s := b.start(i)
	at, ok := place(b.nums[s:b.ends[i]])
	if !ok {
		return
	}
	b.nums = insertGrow(b.nums, int(s)+at, n)
	for j := i; j < len(b.ends); j++ {
		b.ends[j]++
	}
	r.nums++
	r.split()
}

// insertGrow is slices.Insert of one value, growing a full slice by a
// quarter, not twice its size as append does at these sizes: a bucket's
// slices are most of the copy, and their slack is held for good.
func insertGrow[T any](s []T, i int, v T) []T {
	if len(s) < cap(s) {
		s = s[:len(s)+1]
		copy(s[i+1:], s[i:])
		s[i] = v
		return s
	}
	t := make([]T, len(s)+1, len(s)+len(s)/4+4)
	copy(t, s[:i])
	t[i] = v
	copy(t[i+1:], s[i:])
	return t
}

// split doubles the buckets when the numbers filed pass
// nearRunsPerBucket a bucket: each splits where its hashes' next bit
// turns to 1 (they are ascending).
func (r *nearRuns) split() {
	if r.nums <= nearRunsPerBucket*len(r.buckets) || r.shift <= 1 {
		return
	}
	next := make([]nearBucket, 2*len(r.buckets))
	bit := uint64(1) << (r.shift - 1)
	for i := range r.buckets {
		b := &r.buckets[i]
		p, _ := slices.BinarySearchFunc(b.hs, true, func(h uint64, _ bool) int {
			if h&bit == 0 {
				return -1
			}
			return 0
		})
		cut := b.start(p)
		lo, hi := &next[2*i], &next[2*i+1]
		lo.hs, lo.ends, lo.nums = clipCopy(b.hs[:p]), clipCopy(b.ends[:p]), clipCopy(b.nums[:cut])
		hi.hs, hi.ends, hi.nums = clipCopy(b.hs[p:]), clipCopy(b.ends[p:]), clipCopy(b.nums[cut:])
		for j := range hi.ends {
			hi.ends[j] -= cut
		}
	}
	r.buckets, r.shift = next, r.shift-1
}

// clipCopy is a copy of s with a quarter's room to grow (nil for none).
func clipCopy[T any](s []T) []T {
	if len(s) == 0 {
		return nil
	}
	t := make([]T, len(s), len(s)+len(s)/4+4)
	copy(t, s)
	return t
}

// filter keeps the numbers keep says to, each key's in their order, and
// drops the keys left with none.
func (r *nearRuns) filter(keep func(n uint32) bool) {
	r.keys, r.nums = 0, 0
	for bi := range r.buckets {
		b := &r.buckets[bi]
		k, w, s := 0, uint32(0), uint32(0)
		for i, h := range b.hs {
			e := b.ends[i]
			start := w
			for _, n := range b.nums[s:e] {
				if keep(n) {
					b.nums[w] = n
					w++
				}
			}
			s = e
			if w > start {
				b.hs[k], b.ends[k] = h, w
				k++
			}
		}
		b.hs, b.ends, b.nums = b.hs[:k], b.ends[:k], b.nums[:w]
		r.keys += k
		r.nums += int(w)
	}
}

// each calls f with every key and its run (in no order of keys).
func (r *nearRuns) each(f func(key int64, run []uint32)) {
	for bi := range r.buckets {
		b := &r.buckets[bi]
		for i, h := range b.hs {
			f(nearUnmix(h), b.nums[b.start(i):b.ends[i]])
		}
	}
}

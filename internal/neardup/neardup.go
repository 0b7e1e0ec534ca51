// Package neardup finds near-duplicate copy without comparing every pair
// of texts: each text gets a compact MinHash signature of its word
// shingles, signatures estimate the Jaccard similarity of two texts in a
// few hundred nanoseconds, and their LSH band keys let an index return
// only the texts likely to be similar. Exact similarity is left to the
// caller, for the few candidates. It is pure: no I/O.
//
// MinHash and banding follow Broder, "On the resemblance and containment
// of documents" (1997), and Leskovec, Rajaraman and Ullman, "Mining of
// Massive Datasets", chapter 3.
package neardup

import (
	"encoding/binary"
	"math/bits"
	"slices"
)

// K is the number of MinHash values in a signature. The estimate's
// standard error is sqrt(J(1-J)/K): 0.04 at J = 0.3.
const K = 128

// Signature is the MinHash signature of a set of shingle hashes: for each
// of K hash functions, the top 16 bits of the smallest value it takes on
// the set. Keeping 16 bits makes two different minima agree by chance with
// probability 1/65536, which shifts the estimate negligibly.
type Signature struct {
	w     [K / 4]uint64 // value i is bits 16*(i%4) up of w[i/4]
	empty bool
}

// at is the i-th value.
func (s *Signature) at(i int) uint16 { return uint16(s.w[i/4] >> (16 * (i % 4))) }

// set makes the i-th value x.
func (s *Signature) set(i int, x uint16) {
	sh := 16 * (i % 4)
	s.w[i/4] = s.w[i/4]&^(0xffff<<sh) | uint64(x)<<sh
}

// seeds are the multipliers and increments of the K hash functions
// h_i(x) = a_i*x + b_i (mod 2^64), multiply-shift hashing applied to
// shingle hashes that are already well mixed; fixed, so that signatures
// are comparable across processes and releases.
var seeds = func() (s [K][2]uint64) {
	x := uint64(0x9e3779b97f4a7c15)
	for i := range s {
		s[i][0] = splitmix(&x) | 1
		s[i][1] = splitmix(&x)
	}
	return s
}()

func splitmix(x *uint64) uint64 {
	*x += 0x9e3779b97f4a7c15
	z := *x
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

// Of returns the signature of a set of shingle hashes (duplicates allowed).
//
// Four hash functions at a time over the whole set: each function's
// minimum stays in a register and the four chains run side by side, about
// 2.5 times faster than one pass over the set updating all K minima in
// memory (the same values: TestOfMatchesDefinition).
func Of(shingles []uint64) Signature {
	var s Signature
	if len(shingles) == 0 {
		s.empty = true
		return s
	}
	for i := 0; i < K; i += 4 {
		a0, b0 := seeds[i][0], seeds[i][1]
		a1, b1 := seeds[i+1][0], seeds[i+1][1]
		a2, b2 := seeds[i+2][0], seeds[i+2][1]
		a3, b3 := seeds[i+3][0], seeds[i+3][1]
		m0, m1, m2, m3 := ^uint64(0), ^uint64(0), ^uint64(0), ^uint64(0)
		for _, x := range shingles {
			m0 = min(m0, a0*x+b0)
			m1 = min(m1, a1*x+b1)
			m2 = min(m2, a2*x+b2)
			m3 = min(m3, a3*x+b3)
		}
		// Values i..i+3 are the four lanes of one word.
		s.w[i/4] = m0>>48 | m1>>48<<16 | m2>>48<<32 | m3>>48<<48
	}
	return s
}

// Empty reports whether the signature is of an empty set.
func (s *Signature) Empty() bool { return s.empty }

// Similarity estimates the Jaccard similarity of the two sets: the share
// of hash functions whose minima agree. Empty sets are similar to nothing.
func (s *Signature) Similarity(o *Signature) float64 {
	if s.empty || o.empty {
		return 0
	}
	// Four values at a time: x holds four 16-bit lanes, a lane zero
	// where the two signatures agree; y gets the top bit of each zero
	// lane set (exact: no borrow crosses lanes), and its bits are
	// counted.
	const low15 = 0x7fff_7fff_7fff_7fff
	n := 0
	for i := range s.w {
		x := s.w[i] ^ o.w[i]
		y := ^((x&low15 + low15) | x | low15)
		n += bits.OnesCount64(y)
	}
	return float64(n) / K
}

// Bands returns the LSH band keys of the signature: K/rows bands of rows
// values each, hashed with the band's index. Two sets of Jaccard
// similarity J share at least one key with probability
// 1-(1-J^rows)^(K/rows); with rows = 2 (64 bands) that is 0.998 at
// J = 0.3 and 0.47 at J = 0.1. rows must divide K.
func (s *Signature) Bands(rows int) []uint64 {
	if s.empty || rows <= 0 || K%rows != 0 {
		return nil
	}
	out := make([]uint64, 0, K/rows)
	for b := 0; b < K/rows; b++ {
		// FNV-1a over the band's index and values.
		h := (uint64(0xcbf29ce484222325) ^ uint64(b)) * 0x100000001b3
		for i := b * rows; i < (b+1)*rows; i++ {
			v := s.at(i)
			h = (h ^ uint64(v&0xff)) * 0x100000001b3
			h = (h ^ uint64(v>>8)) * 0x100000001b3
		}
		out = append(out, h)
	}
	return out
}

// Bytes encodes the signature for storage (2*K bytes, little endian; nil
// for an empty set).
func (s *Signature) Bytes() []byte {
	if s.empty {
		return nil
	}
	out := make([]byte, 2*K)
	for i := range K {
		v := s.at(i)
		binary.LittleEndian.PutUint16(out[2*i:], v)
	}
	return out
}

// FromBytes decodes Bytes; anything but 2*K bytes is an empty signature.
func FromBytes(b []byte) Signature {
	var s Signature
	if len(b) != 2*K {
		s.empty = true
		return s
	}
	for i := range K {
		s.set(i, binary.LittleEndian.Uint16(b[2*i:]))
	}
	return s
}

// Rows is the number of signature values in each LSH band an index uses
// (Bands(Rows): 64 bands). Two texts of Jaccard similarity 0.3 share a
// band with probability 0.998, of 0.5 with probability 1-1e-8.
const Rows = 2

// Keys scopes band keys for a shared index: each key is the band's hash
// mixed with a hash of scope (a launch, locale and channel, say), so that
// texts of different scopes never share a key, and folded into an int64
// for SQL. Duplicate keys are dropped; the order is the bands'.
func Keys(bands []uint64, scope string) []int64 {
	if len(bands) == 0 {
		return nil
	}
	h := uint64(0xcbf29ce484222325)
	for i := 0; i < len(scope); i++ {
		h = (h ^ uint64(scope[i])) * 0x100000001b3
	}
	out := make([]int64, len(bands))
	for i, b := range bands {
		x := b ^ h
		out[i] = int64(splitmix(&x))
	}
	// Duplicates are rare (two bands hashing alike): look for one in a
	// sorted copy (on the stack for a text's 64 bands), and only then
	// drop the later ones. No map a call: this runs for every check and
	// every key write (#17).
	var buf [128]int64
	sorted := append(buf[:0], out...)
	slices.Sort(sorted)
	for i := 1; i < len(sorted); i++ {
		if sorted[i] == sorted[i-1] {
			kept := out[:0]
			for _, k := range out {
				if !slices.Contains(kept, k) {
					kept = append(kept, k)
				}
			}
			return kept
		}
	}
	return out
}

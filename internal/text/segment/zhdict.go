package segment

import (
	"iter"
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe" // go:linkname, for gse's embedded dictionary text; the word store while building

	_ "github.com/go-ego/gse" // links the dictionary text below
)

// gse's Chinese dictionary text, embedded by github.com/go-ego/gse
// (data/dict/zh/s_1.txt and t_1.txt: "word frequency part-of-speech" a
// line, ~350k Simplified and ~240k Traditional words). gse keeps them
// unexported; the compact dictionary reads them where gse embedded them,
// so the data is gse's own at the version go.mod pins, and
// TestChineseMatchesGse fails if a new version moves or reshapes them.
//
//go:linkname gseZhS github.com/go-ego/gse.zhS
var gseZhS string

//go:linkname gseZhT github.com/go-ego/gse.zhT
var gseZhT string

// zhDict is gse's Chinese dictionary (the words of LoadDictEmbed("zh") with
// their frequencies) in a compact form: the words' bytes in one string,
// each after its path cost, and an open-addressed hash table of 4-byte
// slots (offset, length, whether a word or only the start of one, two bits
// of the key's hash), ~11 MiB of heap where gse's Segmenter keeps ~196 MiB
// (a Token a word, the word split into per-character byte slices, its
// search-mode sub-segments, a cedar trie; measured 5 Dec 2026) and the
// 8-byte slots before perf51 ~21 MiB. Segmentation is gse's Segment to
// the byte: the same words, the same costs (log2 of the total frequency
// over the word's, in float32), the same shortest path over the same DAG
// with the same tie order (zhSegment). Safe for concurrent use once built.
type zhDict struct {
	// words holds every word, lower-cased as gse stores it, end to end,
	// each after 4 bytes of its path cost (a float32's bits, little
	// endian). A slot's offset is that of the word's bytes.
	words string
	slots []zhSlot // open addressing, linear probing; len a power of two
	mask  uint64
}

// zhHash is a key's hash: FNV-1a over its bytes, fed a unit at a time by
// zhSegment (zhHashAdd), then mixed by murmur3's 64-bit finalizer
// (zhHashSum) so that the low bits (the slot) and the top two (the tag)
// depend on every byte. Fixed, unlike maphash's per-process seed, so the
// table's layout is the same in every process and a table built by one
// can be read back by the next (zhcache.go); inlined in zhSegment's probe
// loop it is also cheaper than maphash.Hash's writes (perf53 measured a
// split at 0.72 of the CPU). The keys are gse's words, fixed before any
// text is read, so no text can lengthen a probe run.
const zhHashStart uint64 = 14695981039346656037

func zhHashAdd(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

func zhHashSum(h uint64) uint64 {
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	h *= 0xc4ceb9fe1a85ec53
	h ^= h >> 33
	return h
}

func zhHashString(s string) uint64 { return zhHashSum(zhHashAdd(zhHashStart, s)) }

// zhSlot is a word or a word's first units: the offset of its bytes in
// words (bits 0-22), their length (bits 23-28; a word is at most 48
// bytes), bit 29 set for a word, and the top two bits of the key's hash
// (bits 30-31), so that most keys of the same length that share a probe
// run are told apart without reading their bytes; 0 is an empty slot
// (no word's bytes start at offset 0: its cost comes first).
type zhSlot uint32

const (
	zhOffBits  = 23
	zhLenShift = zhOffBits
	zhLenMask  = 0x3f
	zhWordFlag = 1 << 29
	zhTagShift = 30
	zhCostLen  = 4 // bytes of a word's path cost before it in words
)

func (s zhSlot) off() int     { return int(s & (1<<zhOffBits - 1)) }
func (s zhSlot) n() int       { return int(s >> zhLenShift & zhLenMask) }
func (s zhSlot) isWord() bool { return s&zhWordFlag != 0 }

// zhTag is the part of a slot a key's hash and length decide: the key
// of a slot is looked at only when its slot's tag is the key's.
func zhTag(hash uint64, n int) zhSlot {
	return zhSlot(hash>>62)<<zhTagShift | zhSlot(n)<<zhLenShift
}

const zhTagMask = zhSlot(3)<<zhTagShift | zhLenMask<<zhLenShift

// dist is the path cost of the word whose bytes start at off in words.
func zhDist(words string, off int) float32 {
	c := words[off-zhCostLen : off]
	return math.Float32frombits(uint32(c[0]) | uint32(c[1])<<8 | uint32(c[2])<<16 | uint32(c[3])<<24)
}

// gse's constants (v0.80.3): Init's MinTokenFreq (words below are
// dropped on load), the frequency a one-character word is given, and the
// cost of a character the dictionary does not know (segmentWords'
// pseudo-token).
const (
	zhMinTokenFreq = 2.0
	zhSingleFreq   = 2
	zhUnknownDist  = 32
)

// linesOf yields the lines of each text in turn, split on "\n".
func linesOf(texts []string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for _, text := range texts {
			for line := range strings.SplitSeq(text, "\n") {
				if !yield(line) {
					return
				}
			}
		}
	}
}

// zhSlotsPerLine is the table's size against the texts' lines, rounded up
// to a power of two: gse's two texts are ~590k lines, of which 587k words
// and 241k prefixes fill 0.79 of the 1M slots it gives. perf51 measured
// a split's CPU on the evaluation set's Chinese texts as the 8-byte slots'
// at 0.39 full (2M); 2M slots of 4 bytes were 0.87 of it for 4 MiB more
// (docs/PERFORMANCE.md, perf51): the heap was the aim.
const zhSlotsPerLine = 1.5

// newZhDict parses gse's embedded text as gse's LoadDictStr does: lines
// split on "\n" and fields on " ", a word's frequency its second field
// (lines without one, unparsable or below zhMinTokenFreq skipped), a
// one-character word's frequency set to zhSingleFreq, ASCII letters
// lower-cased, the first of two equal words kept (zh_s before zh_t), the
// total frequency summed over the kept words. Every proper prefix of a
// word at a unit boundary is stored too (not a word), so a lookup stops
// where gse's trie would. The texts are read one after the other, as
// their concatenation (each ends its last line), without making it: gse's
// two texts are 8.6 MB (#17, perf48).
func newZhDict(texts ...string) *zhDict {
	lines, n := 1, 0
	for _, text := range texts {
		lines += strings.Count(text, "\n")
		n += len(text)
	}
	size := 1
	for float64(size) < zhSlotsPerLine*float64(lines) {
		size <<= 1
	}
	d := &zhDict{slots: make([]zhSlot, size), mask: uint64(size - 1)}
	freqs := make([]float64, size) // by slot, until the costs are known
	words := make([]byte, 0, n/2+zhCostLen*lines)
	view := func() string { return unsafe.String(unsafe.SliceData(words), len(words)) }
	var total float64
	var buf []byte
	for line := range linesOf(texts) {
		// the first two of the line's fields split on " " (no slice of
		// all of them made: 590k lines)
		first, rest, ok := strings.Cut(line, " ")
		if !ok {
			continue
		}
		second, _, _ := strings.Cut(rest, " ")
		word := strings.TrimSpace(first)
		freq, err := strconv.ParseFloat(strings.TrimSpace(second), 64)
		if err != nil || freq < zhMinTokenFreq || freq == 0 {
			continue
		}
		if utf8.RuneCountInString(word) < 2 {
			freq = zhSingleFreq
		}
		buf = appendLowerASCII(buf[:0], word)
		if len(buf) == 0 || len(buf) > zhLenMask {
			panic("segment: gse word of " + strconv.Itoa(len(buf)) + " bytes") // embedded data
		}
		hash := zhHashString(bytesView(buf))
		i, found := d.find(bytesView(buf), hash, view())
		if found && d.slots[i].isWord() {
			continue
		}
		words = append(words, 0, 0, 0, 0) // the cost, below
		off := len(words)
		words = append(words, buf...)
		if len(words) >= 1<<zhOffBits {
			panic("segment: gse dictionary over 8 MiB") // embedded data
		}
		d.slots[i] = zhTag(hash, len(buf)) | zhSlot(off) | zhWordFlag
		freqs[i] = freq
		total += freq
		forUnits(bytesView(buf), func(_, end int) {
			if end == len(buf) {
				return
			}
			p := buf[:end]
			h := zhHashString(bytesView(p))
			if j, ok := d.find(bytesView(p), h, view()); !ok {
				d.slots[j] = zhTag(h, end) | zhSlot(off)
			}
		})
	}
	logTotal := float32(math.Log2(total))
	for i, s := range d.slots {
		if s.isWord() {
			c := math.Float32bits(logTotal - float32(math.Log2(freqs[i])))
			words[s.off()-4], words[s.off()-3], words[s.off()-2], words[s.off()-1] = byte(c), byte(c>>8), byte(c>>16), byte(c>>24)
		}
	}
	d.words = string(words) // its own size
	return d
}

// bytesView is b as a string without a copy, for find's key while
// building (find keeps no key; b is not written during the call).
func bytesView(b []byte) string { return unsafe.String(unsafe.SliceData(b), len(b)) }

// find returns the slot of key (hash its zhHashString): where it is
// (found) or where it would go. words is the word store while building
// (d.words afterwards).
func (d *zhDict) find(key string, hash uint64, words string) (int, bool) {
	tag := zhTag(hash, len(key))
	i := hash & d.mask
	for {
		s := d.slots[i]
		if s == 0 {
			return int(i), false
		}
		if s&zhTagMask == tag && words[s.off():s.off()+len(key)] == key {
			return int(i), true
		}
		i = (i + 1) & d.mask
	}
}

// cost returns the path cost of word and whether it is a dictionary word.
func (d *zhDict) cost(word string) (float32, bool) {
	i, ok := d.find(word, zhHashString(word), d.words)
	if !ok || !d.slots[i].isWord() {
		return 0, false
	}
	return zhDist(d.words, d.slots[i].off()), true
}

// appendLowerASCII appends s with ASCII capitals lower-cased (gse's
// toLower, applied to runs of letters and digits: every ASCII capital is
// in one).
func appendLowerASCII(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}

// forUnits calls fn with the byte span of each of gse's units of s
// (SplitTextToWords): a maximal run of letters and digits encoded in at
// most two bytes (Latin, Greek, Cyrillic, digits) is one unit, every other
// rune (a Han character, kana, punctuation, a space) one unit of its own.
func forUnits(s string, fn func(start, end int)) {
	runStart, inRun := 0, false
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if size <= 2 && (unicode.IsLetter(r) || unicode.IsNumber(r)) {
			if !inRun {
				runStart, inRun = i, true
			}
		} else {
			if inRun {
				fn(runStart, i)
				inRun = false
			}
			fn(i, i+size)
		}
		i += size
	}
	if inRun {
		fn(runStart, len(s))
	}
}

// zhSegment returns the byte lengths of the words of run as gse's
// Segmenter.Segment cuts it (segmentWords without search mode): for each
// unit, every dictionary word starting there (shortest first) and, when
// no one-unit word does, the unit alone at zhUnknownDist, relax the cost
// of the path to the word's last unit (a path is replaced only by a
// strictly cheaper one, or where none was set: gse's zero test); then
// follow the cheapest path back from the end.
func (d *zhDict) zhSegment(run string) []int {
	lower := string(appendLowerASCII(make([]byte, 0, len(run)), run))
	var ends []int // ends[u]: byte offset after unit u
	var starts []int
	forUnits(lower, func(start, end int) {
		starts = append(starts, start)
		ends = append(ends, end)
	})
	n := len(starts)
	if n == 0 {
		return nil
	}
	type jumper struct {
		min   float32
		units int // units of the word that ends here on the cheapest path
	}
	jumpers := make([]jumper, n)
	update := func(at int, base, dist float32, units int) {
		nd := base + dist
		if j := &jumpers[at]; j.min == 0 || j.min > nd {
			j.min, j.units = nd, units
		}
	}
	for cur := 0; cur < n; cur++ {
		var base float32
		if cur > 0 {
			base = jumpers[cur-1].min
		}
		h := zhHashStart
		shortest := 0
		for k := 1; cur+k <= n; k++ {
			h = zhHashAdd(h, lower[starts[cur+k-1]:ends[cur+k-1]])
			i, ok := d.find(lower[starts[cur]:ends[cur+k-1]], zhHashSum(h), d.words)
			if !ok {
				break // no word goes on this way: gse's trie stops here
			}
			if !d.slots[i].isWord() {
				continue
			}
			if shortest == 0 {
				shortest = k
			}
			update(cur+k-1, base, zhDist(d.words, d.slots[i].off()), k)
		}
		if shortest != 1 {
			update(cur, base, zhUnknownDist, 1)
		}
	}
	var lens []int
	for u := n - 1; u >= 0; {
		first := u - jumpers[u].units + 1
		lens = append(lens, ends[u]-starts[first])
		u = first - 1
	}
	for i, j := 0, len(lens)-1; i < j; i, j = i+1, j-1 {
		lens[i], lens[j] = lens[j], lens[i]
	}
	return lens
}

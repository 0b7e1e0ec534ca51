package text

// WordBit is the bit of word w in a 64 Kbit filter of words (1,024 uint64
// words): a hash of w's length and its first, second and last bytes, so no
// pass over the word. A filter holding the bits of a set of words answers
// "maybe" for every word of the set and for few others; the checker and
// the grounding vocabularies put one before map lookups most words miss
// (#17). word is in [0, 1024), mask has one bit set.
func WordBit(w string) (word int, mask uint64) {
	var h uint64
	if n := len(w); n > 0 {
		h = uint64(n)<<24 | uint64(w[0])<<16 | uint64(w[min(1, n-1)])<<8 | uint64(w[n-1])
	}
	h *= 0x9E3779B97F4A7C15
	return int(h >> 54), 1 << (h >> 48 & 63)
}

// WordPos is w's bit in the same filter as one number: WordBit(w) is
// (int(WordPos(w)>>6), 1<<(WordPos(w)&63)). Kept with a token, it answers
// every filter of a check without hashing the word again (#17, perf40).
func WordPos(w string) uint16 {
	var h uint64
	if n := len(w); n > 0 {
		h = uint64(n)<<24 | uint64(w[0])<<16 | uint64(w[min(1, n-1)])<<8 | uint64(w[n-1])
	}
	h *= 0x9E3779B97F4A7C15
	return uint16(h >> 48)
}

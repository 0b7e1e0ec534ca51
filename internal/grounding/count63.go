package grounding

// A count on each fitting of a pair of earrings (#13, count63; probe 63D
// en-AU 63D04-2 "pair two bronze soufflé pearls on each sterling silver
// hook" on earrings with two pearls). Each earring hangs on one fitting
// (a hook, an ear wire, a lever-back: pair_piece_parts), so a count of
// stones on each fitting, after a distributive word ("each", "jedem",
// "chaque"), is a count per piece of the pair, as "on each earring" is
// (count58.go pairPieceAfter): two on each hook are four in all. The
// fitting may stand up to pairPartReach tokens after the distributive
// word ("each sterling silver hook"), in the clause.

type count63File struct {
	// PairPieceParts are the fittings each piece of a pair of earrings
	// hangs on or is fixed by, one per piece ("hook", "ear wire").
	PairPieceParts []string `yaml:"pair_piece_parts"`
}

type count63Data struct {
	pairPieceParts phrases
}

// pairPartReach is how many tokens may stand between the distributive
// word and the fitting.
const pairPartReach = 4

// eachPairPartAt reports whether a distributive phrase ending at token k
// is followed, within pairPartReach tokens in its clause, by a fitting of
// the pair's piece.
func (c *checker) eachPairPartAt(k int) bool {
	if c.lx.pairPieceParts.size() == 0 || !pairCategories[c.facts.category] || !c.lx.distributive.endsAt(c.toks, k) {
		return false
	}
	for j := k + 1; j < len(c.toks) && j <= k+1+pairPartReach; j++ {
		if c.toks[j].brk {
			return false
		}
		if c.lx.pairPieceParts.startsAt(c.toks, j) {
			return true
		}
		if i := c.matchAt(j); i >= 0 {
			o := c.ms[i]
			if o.f.kind == kindNumber || o.f == digitForm || o.f.kind == kindStone {
				return false
			}
		}
	}
	return false
}

// eachPairPartBefore reports whether a fitting of the pair's piece ends at
// token k with a distributive word right before it, in its clause: the
// fitting opens the clause of a count after it ("Na każdym biglu wiszą
// dwie perły", "Her kancada iki safir", "各フックにサファイアが2石",
// "每个耳钩上有两颗蓝宝石", "각 후크에 사파이어 두 개"), as "each earring" does
// (count58.go pairPieceSubject; #13, lab64).
func (c *checker) eachPairPartBefore(k int) bool {
	if c.lx.pairPieceParts.size() == 0 || !pairCategories[c.facts.category] {
		return false
	}
	st := c.lx.pairPieceParts.startOf(c.toks, k)
	if st <= 0 || c.toks[st].brk {
		return false
	}
	return c.lx.distributive.endsAt(c.toks, st-1)
}

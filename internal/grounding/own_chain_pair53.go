package grounding

// own_chain_pair53.go (#13, mat53): a pendant paired with its chain on a
// necklace is the piece described, not a suggestion. "10毫米的小巧心形吊坠
// 搭配42厘米细链，全部采用18K玫瑰金打造" on a 14k rose gold necklace (probe 53D
// zh-CN 53D102-2, metal_wrong) passed: 搭配 (pair with) is a word of
// cross-selling, so every fact after it in its sentence, the wrong 18K
// among them, was read as another item's. On a piece that comes with its
// own chain (ownChain), a cue whose subject is the piece's own pendant or
// category word, right before it, and whose object is a chain (or the
// product's own category word) within ownChainPairReach tokens after it,
// no word of ours, an indefinite or a break between, joins the piece's
// own parts; the cue leaves the sentence the piece's. "吊坠可搭配我们的18K金
// 项链" (ours) and the same words on a pendant sold alone still suggest
// another item.

// ownChainPairReach is how many tokens after the cue the chain may stand
// ("搭配42厘米细链": a length and an adjective between).
const ownChainPairReach = 5

// ownChainPaired reports whether the cross-selling phrase ending at token
// k pairs the piece's own pendant with its own chain (see above).
func (c *checker) ownChainPaired(k int) bool {
	if !c.ownChain() {
		return false
	}
	st := k - c.phraseEndsAt(c.lx.cross, nil, k) + 1
	if st < 1 || c.toks[st].brk {
		return false
	}
	subject := false
	for _, o := range c.ms {
		if o.tj == st-1 && o.f.kind == kindCategory && !o.negated && (o.f.value == c.facts.category || o.f.value == "pendant") {
			subject = true
		}
	}
	if !subject {
		return false
	}
	for j := k + 1; j < len(c.toks) && j <= k+ownChainPairReach; j++ {
		if c.toks[j].brk || c.lx.ours.endsAt(c.toks, j) || c.lx.indefinites.endsAt(c.toks, j) {
			return false
		}
		for _, o := range c.ms {
			if o.ti == j && o.f.kind == kindCategory {
				return o.f.value == "chain" || o.f.value == c.facts.category
			}
		}
	}
	return false
}

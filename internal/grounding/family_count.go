package grounding

// Copy that explains a stone by its mineral family counts the family's
// members, not the piece's stones (#13, family67; held-out 66A de-DE
// "erinnert … an Achat oder Onyx, und tatsächlich sind alle drei
// Chalcedone" and released 66A nb-NO "kan minne om agat eller onyks …:
// Alle tre er kalsedon" on sardonyx, probe 66D es-ES "son de jadeíta, no
// de nefrita. Las dos se llaman jade" on jadeite). The product's stone
// implies its group (sardonyx a chalcedony, jadeite a jade), so the
// number before the group's word was compared with the piece's stones
// and blocked: "three chalcedonies" on one sardonyx.
//
// The knowledge is data: canon stone_groups (chalcedony: agate, onyx,
// sardonyx, carnelian, chrysoprase, bloodstone; beryl: emerald,
// aquamarine, morganite; corundum: ruby, sapphire; jade: jadeite,
// nephrite; GIA Gem Encyclopedia, Mindat.org group pages).
//
// groupMembersCounted reports whether the count n at num, of the stone
// word sm, counts the members of a mineral group the copy names: sm is a
// group (a key of stone_groups) that holds one of the product's stones
// and is no product stone's own type; the sentence (joined over
// semicolons) or the one before names another member of that group, one
// the product does not have (the sibling the piece's stone is likened to
// or set apart from, denied or not: "no de nefrita"); and the count's
// clause, up to the group word, holds no word that sets a stone on the
// piece, no piece noun and no category. "Set with three chalcedonies" on
// one sardonyx names no sibling and still blocks; a ruby named as the
// stone of a sapphire piece is a stone, not a count, and still blocks
// (16 CFR 23.25: a stone's name describes only that stone).
func (c *checker) groupMembersCounted(num, sm match, n int) bool {
	if n < 2 || sm.f.kind != kindStone || sm.negated {
		return false
	}
	v := sm.f.value
	members := c.cn.Groups[v]
	if len(members) == 0 {
		return false
	}
	holds := false
	for _, st := range c.facts.stoneInfo {
		if len(st.types) == 0 {
			continue
		}
		if st.types[0] == v {
			return false // the piece's own stone is the group's name ("three opals")
		}
		holds = holds || contains(members, st.types[0])
	}
	if !holds {
		return false
	}
	// The count's clause up to the group word sets nothing on the piece.
	cs := min(num.ti, sm.ti)
	for cs > 0 && !c.toks[cs].brk {
		cs--
	}
	for k := cs; k <= sm.tj; k++ {
		if c.toks[k].masked || c.lx.settingWords.at(c.toks, k) || c.lx.pieceNouns.at(c.toks, k) || c.categoryAt(k) || c.beadNounAt(k) >= 0 {
			return false
		}
	}
	return c.siblingNamedNear(sm, members)
}

// siblingNamedNear reports whether the joined sentence of sm, or the
// sentence before it, names a member of members the product does not
// have (groupMembersCounted).
func (c *checker) siblingNamedNear(sm match, members []string) bool {
	s, e := c.joinedSentenceOf(sm.ti)
	if s > 0 {
		s, _ = c.sentenceOf(s - 1)
	}
	for _, o := range c.ms {
		if o.ti < s || o.ti > e || o.ti == sm.ti || o.f.kind != kindStone {
			continue
		}
		if contains(members, o.f.value) && !contains(c.facts.stones, o.f.value) {
			return true
		}
	}
	return false
}

// siblingSetApartBefore reports whether the clause of the colour m, from
// token s, names before m a sibling of the product's stone (another
// member of its group, siblingOfOwn) that the copy sets apart from the
// piece (its scope is no longer the piece's: a contrast's or a
// comparison's arm), and whose clause relativesColour found free of the
// product's own stones: "Men der onyks er svart og hvit, har sardonyks
// rødbrune lag" on sardonyx names onyx's black, not the piece's (#13,
// family67; released 66A nb-NO 66A04-1). "Like onyx, it is black" has no
// stone in the colour's clause and is read as before.
func (c *checker) siblingSetApartBefore(s int, m match) bool {
	for j, n := range c.ms {
		if n.ti >= m.ti {
			break
		}
		if n.ti < s || n.f.kind != kindStone || j >= len(c.scopes) {
			continue
		}
		if c.scopes[j] != scopeProduct && c.siblingOfOwn(n.f.value) {
			return true
		}
	}
	return false
}

// explainedOtherStone reports whether the stone n, one the product does
// not have, is named where copy explains the product's stone by its
// family or its constituents (familyStone, constituentNamed): a colour
// beside it or said of it is that mineral's, not the piece's ("常伴有黑色
// 角閃石斑點", black specks of hornblende in anyolite; "the black of
// onyx, another chalcedony"; #13, family67). A stone the product has, or
// another stone set on the piece, is compared as before.
func (c *checker) explainedOtherStone(n match) bool {
	if n.f.kind != kindStone || n.negated || contains(c.facts.stones, n.f.value) {
		return false
	}
	for j, o := range c.ms {
		if o.ti == n.ti && o.f == n.f {
			return c.familyStone(n) || c.constituentNamed(j, n)
		}
	}
	return false
}

// coMemberOfNamedGroup reports whether the sibling m (another member of
// the product's stone's group, siblingOfOwn) is named with the product's
// own stone as members of that group: the sentence (joined over
// semicolons) names both, the group itself and a copula, and no word of
// the piece ("Moonstone, labradorite
// and sunstone are three feldspars", "アクアマリンとエメラルドは、どちらも
// ベリルです"; #13, family67). The group must hold both stones (canon
// stone_groups). "The pendant pairs an aquamarine with an emerald, two
// beryls" names the piece and still blocks the emerald.
func (c *checker) coMemberOfNamedGroup(m match) bool {
	if m.negated || m.f.kind != kindStone || !c.siblingOfOwn(m.f.value) {
		return false
	}
	s, e := c.joinedSentenceOf(m.ti)
	own, group, copula := false, false, false
	for _, n := range c.ms {
		if n.ti < s || n.ti > e || n.f.kind != kindStone || n.negated {
			continue
		}
		if contains(c.facts.stones, n.f.value) && !c.cn.isGroupOf(n.f.value, m.f.value) {
			own = true
		}
		if c.cn.isGroupOf(n.f.value, m.f.value) && c.groupOfOwn(n.f.value) {
			group = true
		}
	}
	if !own || !group {
		return false
	}
	for k := s; k <= e; k++ {
		if c.toks[k].masked || c.lx.settingWords.at(c.toks, k) || c.lx.pieceNouns.at(c.toks, k) || c.categoryAt(k) {
			return false
		}
		copula = copula || c.isCopula(k) || c.lx.copulasAfter.size() > 0 && c.lx.copulasAfter.endsAt(c.toks, k)
	}
	return copula
}

// isGroupOf reports whether g is a mineral group (canon stone_groups)
// with v among its members.
func (cn *canon) isGroupOf(g, v string) bool {
	return contains(cn.Groups[g], v)
}

// groupOfOwn reports whether the group g holds the own type of one of the
// product's stones.
func (c *checker) groupOfOwn(g string) bool {
	for _, st := range c.facts.stoneInfo {
		if len(st.types) > 0 && c.cn.isGroupOf(g, st.types[0]) {
			return true
		}
	}
	return false
}

package grounding

// Counts per piece of a pair and counts of a bead product's beads (#13,
// count58; held-out 57A nb-NO 57A01-2, 57B sv-SE 57B01-3).
//
// A pair's piece as the subject of the count's clause: "Each earring is
// set with two round sapphires", "Chaque boucle d'oreille est sertie de
// deux saphirs", "各ピアスにサファイアが2石ずつ" give two to each of the
// pair's two pieces, four in all, though the distributive word stands
// further from the number than distributiveReach (the verb between);
// so does the piece after the stone ("two sapphires sit on each
// earring"). partsCounted reads "each earring" only where the count
// follows within that reach ("each earring holds two").
//
// Beads counted with no stone after them (the bead product's beads: "24
// polerade pärlor på 6 mm", "24 polished beads", "24 kleine, runde
// Perlen", "24 cuentas pequeñas y pulidas", "24颗抛光珠子", "磨き上げたビーズ
// 24個"): on a product whose data say it is made of beads (madeOfBeads), a
// bead noun (bead_nouns) after the number, with only adjectives between
// (words that are no fact, number, unit or stop word; commas of a list
// and conjunctions between them), counts the product's stones as a
// generic stone noun does, narrowed to a colour said among the
// adjectives. Beads of another material ("24 silver beads", "perles en
// argent") and beads of a named stone (beadCountForward) are left to the
// reading they had.

// pairPieceSubject reports whether the count num stands in a clause whose
// subject is one piece of the pair the product is: the piece's own
// category word right after a distributive word ("each earring", "jeder
// Ohrstecker", "各ピアス"), before num in its clause, with at most
// distributiveReach words between (a match of several tokens, a katakana
// stone, is one word). The words of the product's own name, collection
// and keywords (masked tokens) are the subject's and are not counted:
// "يحمل كل قرط من أقراط اللؤلؤ المتدلية من مجموعة Moments لؤلؤتين" (each
// earring of the Pearl Drop earrings of the Moments collection carries
// two pearls) is two on each earring (#13, miss68: probe 67D ar-AE
// 67D02-2 passed on two pearls in all).
func (c *checker) pairPieceSubject(num match) bool {
	if c.lx.distributive.size() == 0 || !pairCategories[c.facts.category] {
		return false
	}
	words := 0
	for k := num.ti - 1; k >= 0 && words <= c.distributiveReach(); k-- {
		if c.toks[k+1].brk {
			return false
		}
		if c.eachPairPartBefore(k) {
			return true // "Na każdym biglu wiszą dwie perły" (count63.go)
		}
		i := c.matchAt(k)
		if i >= 0 {
			o := c.ms[i]
			if c.eachPiece(o) {
				return true
			}
			if o.f.kind == kindNumber || o.f == digitForm {
				return false // another count between: the subject is its
			}
			k = o.ti
		}
		if !c.toks[k].masked {
			words++
		}
	}
	return false
}

// eachPiece reports whether the match o is the product's own category
// word, not denied, named as each piece: right after a distributive word
// ("each earring", "jeder Ohrstecker", "各ピアス") or ending a distributive
// phrase ("per orecchino", "pro Ohrring").
func (c *checker) eachPiece(o match) bool {
	if o.f.kind != kindCategory || o.f.value != c.facts.category || o.negated {
		return false
	}
	if hasSuffixIn(c.toks[o.tj].s, c.lx.eachSuffixes) {
		return true // "귀걸이마다" (count59.go)
	}
	if o.ti == 0 {
		return false
	}
	if !c.toks[o.ti].brk && c.lx.distributive.endsAt(c.toks, o.ti-1) {
		return true
	}
	s := c.lx.distributive.startOf(c.toks, o.tj)
	return s >= 0 && s < o.ti || c.eachOfPiece(o)
}

// piecesFor returns how many parts the count num is given for: those
// partsCounted reads where a distributive word makes num a count per
// part, else two where the clause's subject is one piece of the pair
// (pairPieceSubject), else 0.
func (c *checker) piecesFor(num, sm match) int {
	if p := c.partsCounted(num); p > 1 && c.distributiveCount(num, sm) {
		return p
	}
	if c.pairPieceSubject(num) || c.pairPieceAfter(num, sm) {
		return 2
	}
	return 0
}

// pairPieceAfter reports whether one piece of the pair the product is
// follows the counted stone's phrase in its clause: a distributive word
// and the piece's own category word ("Two sapphires sit on each earring",
// "zwei Saphire an jedem Ohrstecker", "deux saphirs sur chaque puce", "två
// safirer på varje örhänge", "dwa szafiry zdobią każdy kolczyk"), within
// distributiveReach tokens and one more, with no other count between.
func (c *checker) pairPieceAfter(num, sm match) bool {
	if c.lx.distributive.size() == 0 || !pairCategories[c.facts.category] {
		return false
	}
	end := max(num.tj, c.stonePhraseEnd(sm))
	extra := 0 // the tokens of a size passed over
	for k := end + 1; k < len(c.toks) && k <= end+c.distributiveReach()+1+extra; k++ {
		if c.toks[k].brk {
			return false
		}
		if c.eachPairPartAt(k) {
			return true // "on each hook" (count63.go)
		}
		i := c.matchAt(k)
		if i < 0 {
			continue
		}
		o := c.ms[i]
		if o.f.kind == kindNumber || o.f == digitForm {
			// a size of the stone, right after its phrase or its link word
			// ("de", "of": genitiveLinks), is passed over with its unit:
			// "dois ónix redondos de 6 mm em cada brinco" (#13, rel64b:
			// probe 64C pt-PT 64C02-3); "duas pedras pesam 3 quilates no
			// total e cada brinco mede" is another clause's
			if !c.unitAfter(i, o) || o.ti > end+3 || o.ti-1 > end && !genitiveLinks[c.toks[o.ti-1].s] {
				return false
			}
			extra += 3
		}
		if o.ti == k && k > end+1 && c.eachPiece(o) {
			return true
		}
		k = o.tj
	}
	return false
}

// beadNounForward returns the first and last token of a bead noun that
// the number m counts (the rule above), the colour said before it ("" for
// none) and whether there is one.
func (c *checker) beadNounForward(m match) (int, int, string, bool) {
	if !c.facts.beads || c.lx.beadStarts == nil {
		return 0, 0, "", false
	}
	colour := ""
	window := c.lx.countWindow
	for k := m.tj + 1; k < len(c.toks) && k <= m.tj+window; k++ {
		t := c.toks[k]
		if t.masked || t.sbrk {
			return 0, 0, "", false
		}
		if t.brk {
			if k == m.tj+1 || !c.listComma(k) {
				return 0, 0, "", false
			}
			window++
		}
		if e := c.beadNounAt(k); e >= 0 {
			if c.stoneAfterBead(e, false) >= 0 || c.materialAfterBead(e) || c.partNounEndsAt(e, k) || c.partNounAfter(e) {
				return 0, 0, "", false
			}
			return k, e, colour, true
		}
		if i := c.matchAt(k); i >= 0 {
			o := c.ms[i]
			switch {
			case o.f.kind == kindColour && !o.negated:
				colour = o.f.value
			case o.f.kind == kindIgnore:
				if c.countStop(k) {
					return 0, 0, "", false // a counter with its particle ("개가")
				}
			default:
				return 0, 0, "", false
			}
			// A bead noun inside an ignored phrase ("facettierte Perlen").
			for q := k + 1; q <= o.tj; q++ {
				if e := c.beadNounAt(q); e >= 0 && c.stoneAfterBead(e, false) < 0 && !c.materialAfterBead(e) && !c.partNounAfter(e) {
					return q, e, colour, true
				}
			}
			window += o.tj - k
			k = o.tj
			continue
		}
		if k == m.tj+1 && c.counterRune(t.s) {
			window++
			continue // "24颗": the counter after the number
		}
		if c.conjAt(k) && k > m.tj+1 {
			window++
			continue // "pequeñas y pulidas"
		}
		if c.countStop(k) || c.lx.units[t.s] || isDigits(t.s) || c.partNounEndsAt(k, k+1) {
			return 0, 0, "", false
		}
	}
	return 0, 0, "", false
}

// partNounAfter reports whether a noun or adjective of a part of the
// setting follows the bead noun ending at token e in its clause: "deux
// perles intercalaires" (two spacer beads) count no stone.
func (c *checker) partNounAfter(e int) bool {
	k := e + 1
	if k >= len(c.toks) || c.toks[k].brk {
		return false
	}
	for _, ps := range [...]phrases{c.lx.countParts, c.lx.components, c.lx.linkNouns} {
		if ps.startsAt(c.toks, k) {
			return true
		}
	}
	return false
}

// partNounEndsAt reports whether a noun of a part of the setting
// (count_parts, components, link nouns) ends at token e, starting before
// token k: "spacer beads", "prongs", "links" count no stone.
func (c *checker) partNounEndsAt(e, k int) bool {
	for _, ps := range [...]phrases{c.lx.countParts, c.lx.components, c.lx.linkNouns} {
		if s := ps.startOf(c.toks, e); s >= 0 && s < k {
			return true
		}
	}
	return false
}

// counterRune reports whether w is one counter character ("颗", "個").
func (c *checker) counterRune(w string) bool {
	if c.lx.counters == nil {
		return false
	}
	for i, r := range w {
		return i == 0 && c.lx.counters[r] && len(w) == len(string(r))
	}
	return false
}

// materialAfterBead reports whether a material of the piece names what
// the bead noun ending at token e is made of: a material match right
// after it or after one head link ("beads of sterling silver", "perles en
// argent").
func (c *checker) materialAfterBead(e int) bool {
	k := e + 1
	if k < len(c.toks) && !c.toks[k].brk && c.lx.headLinks.hasWordAt(&c.toks[k]) && c.matchAt(k) < 0 {
		k++
	}
	if k >= len(c.toks) || c.toks[k].brk {
		return false
	}
	i := c.matchAt(k)
	return i >= 0 && c.ms[i].f.kind == kindMaterial
}

// beadStoneNoun is the form a bead product's bead noun is compared as: a
// generic stone noun, every stone group of the product.
var beadStoneNoun = &form{kind: kindStoneNoun}

// productBeadCount compares the number m (n) with the product's stones
// where it counts the bead product's beads (beadNounForward), and reports
// whether it did.
func (c *checker) productBeadCount(m match, n int) bool {
	s, e, colour, ok := c.beadNounForward(m)
	if !ok {
		return false
	}
	if n > 1 {
		sm := match{f: beadStoneNoun, ti: s, tj: e, start: c.toks[s].start, end: c.toks[e].end}
		c.compareCount(n, m, sm, colour)
	}
	return true
}

// productBeadBefore compares the number m (n) with the product's stones
// where a bead noun of a bead product ends at token want, right before
// the number and its counter, with no stone, stone noun or material right
// before it in its clause ("磨き上げたビーズ24個", "연마한 비즈 24개"; with
// a stone, "ジェットビーズ14個", countBackward reads the stone), and
// reports whether it did.
func (c *checker) productBeadBefore(m match, n, want int) bool {
	if !c.facts.beads || n < 2 {
		return false
	}
	s, shape := c.beadBeforeNumber(want)
	if s < 0 || shape {
		return false
	}
	colour := ""
	if s > 0 && !c.toks[s].brk {
		if i := c.matchAt(s - 1); i >= 0 && c.ms[i].tj == s-1 {
			switch o := c.ms[i]; o.f.kind {
			case kindStone, kindStoneNoun, kindMaterial:
				return false
			case kindColour:
				colour = o.f.value
			}
		}
	}
	sm := match{f: beadStoneNoun, ti: s, tj: want, start: c.toks[s].start, end: c.toks[want].end}
	c.compareCount(n, m, sm, colour)
	return true
}

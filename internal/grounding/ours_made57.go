package grounding

// A material of ours the piece is made with (issue #13, misc57). The
// cross-selling cue "with our" ("mit unserem", "avec notre", "con
// nuestro") offers another piece, but after a making word
// (alloy_made_words: "Crafted with our sterling silver", "Made with our
// recycled gold", "Gefertigt mit unserem Sterlingsilber", "Façonnée avec
// notre argent sterling") it names what the piece itself is made of: the brand's
// house material is still the piece's when no piece noun follows (a
// category word after the cue, "crafted to pair with our silver ring",
// keeps the offer). ours_with56.go's oursWithBefore makes the same
// exception for its own cue.
//
// Shapes (locale pack vocab.yaml): cross_sell (the cue), ours (a word of
// ours in the cue or right after it), alloy_made_words ending in the two
// words before the cue (not a piece verb of place: "It sits beside our
// Meridian band" offers the band).

// madeWithOurs reports whether the cross-selling cue ending at token k is
// a making "with" of ours before m: a word of ours ends in the cue or in
// the two tokens after it (before m), a word of making ends in the two
// words before the cue, and no category word or word of a name stands
// after the cue in its clause.
func (c *checker) madeWithOurs(k int, m match) bool {
	if c.lx.ours.size() == 0 {
		return false
	}
	s := c.lx.cross.startOf(c.toks, k)
	if s < 0 {
		return false
	}
	ours := false
	for j := s; j < m.ti && j <= k+2; j++ {
		if c.lx.ours.endsAt(c.toks, j) {
			ours = true
			break
		}
	}
	if !ours {
		return false
	}
	made := false
	for j := s - 1; j >= 0 && j >= s-2; j-- {
		if c.toks[j+1].brk || c.toks[j+1].sbrk {
			break
		}
		if c.lx.contrastData.made.at(c.toks, j) {
			made = true
			break
		}
	}
	if !made {
		return false
	}
	for j := k + 1; j < len(c.toks); j++ {
		if j > k+1 && (c.toks[j].brk || c.toks[j].sbrk) {
			break
		}
		if c.categoryToken(j) || c.toks[j].masked {
			return false
		}
	}
	return true
}

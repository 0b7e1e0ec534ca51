package grounding

// The cause of an optical effect, named while the copy explains it (#13,
// expl58; probe 58D's lab-grown star sapphire in es, pt, pl, ar, zh, ja
// and released 58A's ko-KR one: "Una pequeña cantidad de titanio forma
// agujas finísimas de rutilo que reflejan la luz en una estrella", "결정
// 속 가느다란 루틸 바늘이 빛을 반사해 생깁니다", "加入的少量钛在加热后析出细密的
// 金红石针状包体，将光线反射成六射星光"). A star (asterism) or a cat's eye
// (chatoyancy) is light reflected by parallel needles of rutile, titanium
// dioxide, in one crystal of corundum or chrysoberyl; aventurescence the
// light off platelets of hematite or fuchsite in aventurine and sunstone
// (GIA Gem Encyclopedia, "Sapphire", "Chrysoberyl", "Sunstone",
// "Aventurine"; Nassau, The Physics and Chemistry of Color, 2001, on
// titanium's exsolution as rutile when corundum grown with it is
// annealed). A sentence that tells it names the inclusions' mineral and
// the element they form from, neither of them a stone or a material of
// the piece.

// opticalInclusion reports whether the stone match m is the mineral of
// the inclusions whose light its sentence tells: the complement of a
// noun of inclusions (inclusionPart: "agujas finísimas de rutilo",
// "igiełki rutylu", "루틸 바늘", 金红石针状包体) in a sentence that holds a
// noun of light (the pack's light_nouns: luz, światło, 빛, 光, ضوء, sheen,
// chatoyancy, aventurescence). hostedStone then requires it to be a
// mineral the product's own stone is known to hold (canon hosted_stones:
// rutile in corundum and chrysoberyl), so "needles of rutile reflect the
// light" on a diamond, and "a ring of rutile", still block.
//
// The sentence holds no word of the piece (pieceWordBesideLight): "Un
// colgante de rutilo con agujas que reflejan la luz" is a pendant of
// rutile and still blocks.
func (c *checker) opticalInclusion(i int, m match) bool {
	if !c.inclusionPart(i, m) || !c.lightInSentence(m.ti) || c.stoneOfItsOwn(m) {
		return false
	}
	s, e := c.sentenceOf(m.ti)
	return !c.pieceWordBesideLight(s, e) && !c.pieceFactIn(s, e)
}

// pieceWordBesideLight reports whether tokens s..e hold a word of the
// piece (anchorPieceWord) outside the nouns of light: the 线 of 光线, a
// ray of light, is no thread of the piece.
func (c *checker) pieceWordBesideLight(s, e int) bool {
	for k := e; k >= s; k-- {
		if n := c.lightEndsAt(k); n > 0 {
			k -= n - 1
			continue
		}
		if c.anchorPieceWord(k, k) {
			return true
		}
	}
	return false
}

// lightInSentence reports whether a noun of light (light_nouns) stands in
// the sentence of token i.
func (c *checker) lightInSentence(i int) bool {
	s, e := c.sentenceOf(i)
	for k := s; k <= e; k++ {
		if c.lightEndsAt(k) > 0 {
			return true
		}
	}
	return false
}

// opticalElement reports whether tokens s..e, the sentence of a
// chromophore metal (stoneChromophore), tell the optical effect its
// element causes in the product's stone: a mineral the product's stone is
// known to hold named there as the inclusions whose light the sentence
// tells (opticalInclusion and hostedStone: "titanium forms fine needles of
// rutile that reflect the light in a star"). Titanium is rutile's metal,
// as iron is hematite's (canon hosted_stones; GIA Gem Encyclopedia), so
// the metal is the stone's chemistry. A heating word there is the
// annealing that grows the needles, not a treatment of the piece.
func (c *checker) opticalElement(s, e int) bool {
	for i, o := range c.ms {
		if o.ti > e {
			break
		}
		if o.ti >= s && o.f.kind == kindStone && c.hostedStone(i, o) && c.opticalInclusion(i, o) {
			return true
		}
	}
	return false
}

package grounding

import "strings"

// Another material named only as what the piece is not (#13, denied66:
// held-out 66A fr-CA, fi-FI 66A03-3, 66B da-DK 66B03-1). Copy that
// explains a technique or a finish names the materials the piece may be
// taken for and denies them:
//
//   - the last arm of a list a correlative negator opens ("Farven er
//     hverken maling, emalje eller en belægning af sort rhodium", neither
//     paint, enamel nor a coat of black rhodium): the negator's window
//     (negated, scan.go) stops at the comma, negatedListArms reads the
//     middle arms, and the arm after the list word ("eller", "or") stands
//     too far from "hverken" (correlative_negators);
//   - a material after a word of mistaking ("on pourrait croire à de la
//     résine", "voisi luulla hartsiksi", "you might take it for resin";
//     mistaken_for_before, or compare62's likeness_before) and set apart by
//     a word of likeness_but after a clause break in its sentence
//     ("..., mais les ailes sont en émail", "..., mutta kyse on
//     lasiemalista").
//
// Neither names the material as the piece's (16 CFR 23.1: a piece's
// material is not to be misrepresented; naming another to deny it is no
// misrepresentation). "Les ailes sont en résine", "ringen har en
// belægning af sort rhodium" and "hverken mat eller blank, men har en
// belægning af sort rhodium" still block.

// materialDeniedFile holds a pack's words of these shapes:
//
//   - correlative_negators: the first word of a correlative denial
//     ("neither", "hverken", "verken", "varken", "weder", "ani");
//   - mistaken_for_before: the words before what the piece may be taken
//     for ("croire à", "luulla", "take it for").
type materialDeniedFile struct {
	CorrelativeNegators []string `yaml:"correlative_negators"`
	MistakenForBefore   []string `yaml:"mistaken_for_before"`
}

type materialDeniedData struct {
	correlative, mistakenFor wordList
}

func compileMaterialDenied(f materialDeniedFile) materialDeniedData {
	return materialDeniedData{correlative: compileWordList(f.CorrelativeNegators), mistakenFor: compileWordList(f.MistakenForBefore)}
}

// correlativeArmGap is the most words between the list word that closes a
// correlative denial and the fact of its last arm ("eller en belægning af
// sort rhodium"); correlativeSpan the most words from the correlative
// negator to that list word.
const (
	correlativeArmGap = 5
	correlativeSpan   = 14
)

// mistakenGap is the most words, facts not counted, between a word of
// mistaking and the material mistaken ("croire à du verre coloré ou à de
// la résine").
const mistakenGap = 8

// correlativeDeniedArms marks as negated a material or stone that is the
// last arm of a correlative denial: a list word (measure_words.list) or a
// negator at most correlativeArmGap words before it in its clause, and a
// word of correlative_negators before that list word in its sentence,
// with only commas of the list between.
func (c *checker) correlativeDeniedArms() {
	d := &c.lx.materialDeniedData
	if d.correlative.empty() {
		return
	}
	for i := range c.ms {
		m := &c.ms[i]
		if m.negated || m.f.kind != kindMaterial && m.f.kind != kindStone {
			continue
		}
		closer := -1
		for k := m.ti - 1; k >= 0 && k >= m.ti-correlativeArmGap; k-- {
			if c.toks[k+1].brk {
				break
			}
			if c.lx.mw.listWords[c.toks[k].s] || c.lx.negators.startsAt(c.toks, k) {
				closer = k
				break
			}
		}
		if closer <= 0 {
			continue
		}
		for k := closer - 1; k >= 0 && k >= closer-correlativeSpan; k-- {
			if c.toks[k+1].sbrk || c.toks[k+1].brk && !c.armComma(k+1) {
				break
			}
			if d.correlative.at(c.toks, k) {
				m.negated = true
				break
			}
		}
	}
}

// armComma reports whether the clause break before token k is a comma
// alone (",", "，", "、").
func (c *checker) armComma(k int) bool {
	switch strings.TrimSpace(c.text[c.byteAt(c.toks[k-1].end):c.byteAt(c.toks[k].start)]) {
	case ",", "，", "、":
		return true
	}
	return false
}

// mistakenMaterial reports whether the material m, none of the piece's,
// follows a word of mistaking (mistaken_for_before, likeness_before) at
// most mistakenGap words before it in its clause, the commas of a list of
// facts bridged, and a word of likeness_but stands after m, after a clause
// break, in its sentence.
func (c *checker) mistakenMaterial(m match) bool {
	if m.negated || m.f.kind != kindMaterial || contains(c.facts.materials, m.f.value) {
		return false
	}
	d, lk := &c.lx.materialDeniedData, &c.lx.compare62Data
	if d.mistakenFor.empty() && lk.likenessBefore.empty() || c.lx.apart64Data.likenessBut.empty() {
		return false
	}
	found := false
	for k, n := m.ti-1, 0; k >= 0 && n <= mistakenGap; k-- {
		if c.toks[k+1].sbrk || c.toks[k+1].brk && !c.bridgedBreak(k) {
			break
		}
		if d.mistakenFor.at(c.toks, k) || lk.likenessBefore.at(c.toks, k) {
			found = true
			break
		}
		if !c.isFactToken(k) {
			n++
		}
	}
	if !found {
		return false
	}
	_, e := c.sentenceOf(m.ti)
	brk := false
	for j := m.tj + 1; j <= e; j++ {
		brk = brk || c.toks[j].brk
		if brk && c.lx.apart64Data.likenessBut.at(c.toks, j) {
			return true
		}
	}
	return false
}

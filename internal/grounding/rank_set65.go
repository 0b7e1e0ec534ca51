package grounding

// The members of a set a comparison ranks (#13, num65: probe 65C fr-CA
// 65C04-1 "La jadéite est la plus rare des deux pierres vendues sous le
// nom de jade" on twenty jadeite beads, fi-FI 65C04-1 "Jadeiitti on
// harvinaisempi kahdesta jadeksi kutsutusta mineraalista" on one jadeite,
// probe 65D en-AU 65D03-3 "Sapphire and diamond are the two hardest gems
// in jewellery" on a sapphire and twelve diamonds, each read as a count
// of the piece's stones).
//
// A comparative or a superlative of a property of a kind of stone —
// hardness, toughness, rarity, value, renown — ranks kinds: every stone
// of a species has its hardness (Mohs's scale ranks minerals, GIA "Mohs
// scale of hardness"; 16 CFR 23.12(a) gives diamond's as 10), and rarity
// and value are said of the species or of the trade name, not of the
// piece's stones one by one. A number in the noun phrase of such a
// ranking counts the members of the set ranked, not the piece's stones:
//
//   - the ranking word between the number and the stone it counts: "the
//     two hardest gems", "die zwei härtesten Edelsteine", "kaksi kovinta
//     jalokiveä", "dwa najtwardsze kamienie", "가장 단단한 두 보석";
//   - the ranking word right before the number, at most two words (the
//     partitive and its article) between, in its clause: "the rarer of
//     the two stones", "la plus rare des deux pierres", "harvinaisempi
//     kahdesta", "vzácnější ze dvou", "σπανιότερος από τους δύο", "en sert
//     iki taş";
//   - the ranking word right after the stone, at most one word between,
//     the order of the Romance languages and of Turkish: "les deux
//     pierres les plus dures", "le due gemme più dure", "iki taştan daha
//     nadir olanı".
//
// The ranking words are the pack's kind_ranks: the comparative and
// superlative forms of those properties, never of size, shape or look
// ("the two largest diamonds", "deux pierres plus grandes", "the two
// brightest stones" are the piece's stones compared among themselves,
// and are counted). A set has two members or more. A plain count ("deux
// pierres rares", "two hard-wearing sapphires") is the piece's and is
// compared as before.

type kindRankFile struct {
	// KindRanks are the comparative and superlative forms of a property
	// of a kind of stone (kind_ranks).
	KindRanks []string `yaml:"kind_ranks"`
}

type kindRankData struct {
	kindRanks wordList
}

func compileKindRank(f kindRankFile) kindRankData {
	return kindRankData{kindRanks: compileWordList(f.KindRanks)}
}

// kindRankBefore is how many tokens may stand between a ranking word
// before the number and the number ("of the", "des", "από τους").
const kindRankBefore = 2

// kindRankAfter is how many tokens may stand between the stone and a
// ranking word after it ("les plus dures": "les").
const kindRankAfter = 1

// kindsRanked reports whether the number num (value n), which counts the
// stone match sm after it, counts the members of a set a comparison of a
// kind's property ranks, by the rules above.
func (c *checker) kindsRanked(num, sm match, n int) bool {
	w := c.lx.kindRankData.kindRanks
	if n < 2 || w.empty() {
		return false
	}
	// between the number and its stone
	for k := num.tj + 1; k < sm.ti && k < len(c.toks); k++ {
		if c.toks[k].brk {
			break
		}
		if w.at(c.toks, k) {
			return true
		}
	}
	// before the number, in its clause
	for k := num.ti - 1; k >= 0 && k >= num.ti-1-kindRankBefore; k-- {
		if c.toks[k+1].brk {
			break
		}
		if w.at(c.toks, k) {
			return true
		}
		if c.isFactToken(k) {
			break
		}
	}
	// after the stone, in its clause
	for k := sm.tj + 1; k < len(c.toks) && k <= sm.tj+1+kindRankAfter+2; k++ {
		if c.toks[k].brk {
			break
		}
		if s := w.span(c.toks, k); s >= 0 && s-sm.tj-1 <= kindRankAfter {
			return true
		}
	}
	return false
}

package grounding

// A distributive word that opens the count's clause (#13, rel64b:
// released 64B zh-CN 64B02-1/-2 "三颗小星星，每颗星星中央镶嵌一颗透明立方氧化锆",
// three small stars, each star set with one clear zirconia at its centre).
// The distributive determiner (每, 各, "each") opens the subject of its
// clause, and a count in that clause is one per part however many words
// of place and verb stand between ("每颗星星中央镶嵌": each star's centre is
// set with), which distributiveCount's reach (distributiveReach tokens) did
// not span. A Chinese clause of 每 + classifier + noun distributes its
// predicate over every member (Li and Thompson, Mandarin Chinese: A
// Functional Reference Grammar, 4.2.4: 每 "every" with 都 or a numeral
// predicate). Korean puts "each" as a suffix on the noun (each_suffixes:
// "별마다"). Read only in the languages whose packs widen the count window
// (Chinese, Japanese: one character a token) or mark "each" on the noun
// (Korean): elsewhere a distributive several words back ("Küpeler, her
// biri 18 ayar beyaz altına yerleştirilmiş iki adet … inci", released 31B
// tr-TR) is read as before.

// clauseDistributive64 returns the first and last token of a distributive
// phrase that opens the clause of the number num (the clause's first token,
// or the one after its opening conjunction), within max(countWindow,
// 2*distributiveWindow) tokens before num (a fact of several tokens counted
// as one), with no other number between
// the phrase and num (the stone may stand before its count: "各星の中央には
// 透明なキュービックジルコニアが1個"); -1, -1 when there is none.
func (c *checker) clauseDistributive64(num match) (int, int) {
	if c.lx.distributive.size() == 0 || c.lx.countWindow <= countLookahead && len(c.lx.eachSuffixes) == 0 {
		return -1, -1 // only where the count follows its determiner far (zh, ja, ko)
	}
	reach := max(c.lx.countWindow, 2*distributiveWindow)
	cs, units := num.ti, 0 // units: tokens, a fact of several (キュービックジルコニア) as one
	for cs > 0 && !c.toks[cs].brk && units <= reach {
		cs--
		if i := c.matchAt(cs); i < 0 || c.ms[i].ti == cs {
			units++
		}
	}
	if units > reach || cs == num.ti {
		return -1, -1
	}
	d := cs
	if d < num.ti && c.conjAt(d) {
		d++
	}
	end := -1
	for k := d; k < num.ti && k <= d+3; k++ {
		if c.lx.distributive.endsAt(c.toks, k) && c.lx.distributive.startOf(c.toks, k) == d {
			end = k
		}
	}
	// a noun with the suffix of "each" opening the clause (Korean
	// "별마다", every star: each_suffixes)
	if end < 0 && d < num.ti && hasSuffixIn(c.toks[d].s, c.lx.eachSuffixes) {
		end = d
	}
	if end < 0 {
		return -1, -1
	}
	for k := end + 1; k < num.ti; k++ {
		if i := c.matchAt(k); i >= 0 {
			if o := c.ms[i]; o.f.kind == kindNumber || o.f == digitForm {
				return -1, -1
			}
		}
	}
	return d, end
}

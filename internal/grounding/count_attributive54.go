package grounding

// Attributive numerals (#13, count54; released 54B ar-AE 54B02-2). Arabic
// puts a number word after a definite noun as an adjective that agrees with
// it in definiteness: "الأحجار الخمسة عشر" (the fifteen stones), "الأحجار
// الزرقاء الثلاثة" (the three blue stones), "الماسات الاثنتا عشرة", "الأحجار
// العشرون" (Ryding, A Reference Grammar of Modern Standard Arabic, ch. 15,
// "Numerals as adjectives": a definite counted noun takes the numeral after
// it, with the article on both). Such a number counts the stone before it,
// not every stone after it nor one per part: it names no stone after it,
// so before this it fell to perPartCount wherever a distributive word stood
// in its clause ("مع كل حركة", with every movement: 15 per part on 12 + 3
// stones, a false block) and was compared with nothing elsewhere (a wrong
// "الأحجار الستة عشر" passed).

// attributiveCount compares a number word in a definite form (a
// definite_prefixes prefix on its first token: "الخمسة عشر", "العشرون")
// that stands right after a stone of the piece in a definite form, with
// only the stone's colour words between in its clause ("الأحجار الزرقاء
// الثلاثة"), as a count of that stone of that colour (compareCount), and
// reports whether it did. Languages without definite prefixes have no such
// order.
func (c *checker) attributiveCount(i int, m match, n int) bool {
	if len(c.lx.defPrefixes) == 0 || m.f == digitForm || i == 0 || m.ti == 0 || c.toks[m.ti].brk {
		return false
	}
	if !c.definiteForm(m) || !c.definiteForm(match{ti: m.ti - 1, tj: m.ti - 1}) {
		return false
	}
	colour := ""
	want := m.ti - 1
	for j := i - 1; j >= 0; j-- {
		o := c.ms[j]
		if o.tj != want || o.negated || c.toks[o.tj+1].brk {
			return false
		}
		switch o.f.kind {
		case kindColour:
			if colour == "" {
				colour = o.f.value
			}
			want = o.ti - 1
		case kindStone, kindStoneNoun:
			if c.scopes[j] != scopeProduct {
				return false
			}
			c.compareCount(n, m, o, colour)
			return true
		default:
			return false
		}
	}
	return false
}

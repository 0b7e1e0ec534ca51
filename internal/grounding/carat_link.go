package grounding

// The words that may stand between a carat number and the stone or gold it
// qualifies (carat_links, a pack key of every base pack; #13, left66).
// Trade usage writes a stone's weight and a gold's fineness with the same
// word ("10 Karat", "10 karaat", "10 karat", "10 karatów", "10 karátů"):
// the noun on the other side of the link tells which. A link is a
// preposition or a noun of weight that joins a carat number to the stone
// before it ("un'ametista da 10 carati", "een amethist van 10 karaat",
// "ein Amethyst von 10 Karat", "en ametist på 10 karat", "ametyst o masie
// 10 karatów", "ametyst o hmotnosti 10 karátů", "αμέθυστος βάρους 10
// καρατίων") or the number to the gold after it ("de 10 quilates en oro
// amarillo", "von 10 Karat in Gelbgold", "på 10 karat i gult guld", "10
// karatów w żółtym złocie"), or English "of", Arabic من and the Japanese
// and Chinese attributive particles ("10 ct of diamonds", "18ctの
// ホワイトゴールド"). The Romance values are the link words of linkWords
// (grounding.go) for each language; a language that marks the link with a
// case ending only (Finnish, Turkish, Korean) has none. A stone's weight
// is compared with the product's total carat weight or measurement in ct
// (FTC 16 CFR 23.17), a gold's fineness with its karat (16 CFR 23.4).
type caratLinkFile struct {
	CaratLinks []string `yaml:"carat_links"`
}

type caratLinkData struct {
	caratLinks wordList
}

func compileCaratLink(f caratLinkFile) caratLinkData {
	return caratLinkData{caratLinks: compileWordList(f.CaratLinks)}
}

// caratLinkAfter is the token right past a carat link that starts at
// token k (with no clause break inside or after it), or -1 when no link
// starts there.
func (c *checker) caratLinkAfter(k int) int {
	w := c.lx.caratLinks
	if w.empty() {
		return -1
	}
	for e := k; e < len(c.toks) && e < k+3; e++ {
		if e > k && c.toks[e].brk {
			break
		}
		if w.span(c.toks, e) == k {
			if e+1 < len(c.toks) && !c.toks[e+1].brk {
				return e + 1
			}
			return -1
		}
	}
	return -1
}

// caratLinkBefore is the token right before a carat link that ends at
// token k (with no clause break inside or before it), or -1 when no link
// ends there.
func (c *checker) caratLinkBefore(k int) int {
	w := c.lx.caratLinks
	if w.empty() || k < 0 {
		return -1
	}
	s := w.span(c.toks, k)
	if s <= 0 {
		return -1
	}
	for j := s; j <= k; j++ {
		if c.toks[j].brk {
			return -1
		}
	}
	return s - 1
}

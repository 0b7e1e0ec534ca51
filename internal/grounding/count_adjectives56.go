package grounding

// Adjectives between a numeral and its stone noun (#13, counts56): "three
// brilliant round-cut diamonds", "trzy lśniące okrągłe cyrkonie", "drei
// funkelnde runde Diamanten". The numeral counts the noun its attributive
// adjectives stand before (Huddleston and Pullum, The Cambridge Grammar of
// the English Language, ch. 5 §13 on the order of pre-head dependents:
// determiner, numeral, adjectives, noun), however many, within the
// vocabulary's count window. A modifier written with a hyphen ("round-cut",
// "brilliant-cut", "Princess-Cut-") is one word of that phrase, though the
// tokenizer reads it as two: its second half leaves the window as it was,
// so "Three sparkling round brilliant-cut diamonds" is read as three
// diamonds, as "three sparkling round diamonds" is.

// hyphenatedModifier reports whether token k, after the numeral m and not
// right after it, is the second half of a hyphenated word: only a hyphen
// stands between it and the token before, and neither is a break.
func (c *checker) hyphenatedModifier(k int, m match) bool {
	return k > m.tj+1 && !c.toks[k].brk && c.hyphenBefore(k)
}

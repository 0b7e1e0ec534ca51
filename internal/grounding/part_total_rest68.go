package grounding

// partsPlusRest reports whether a total t said beside a count n on each
// part is the parts' group plus other stones of the product: some group of
// counts holds k×n stones for k ≥ 2 parts, and the other groups give the rest
// t − k×n (> 0). counts are the product's stone counts of the named stone;
// n and t are stone counts (n ≥ 1).
//
// Kind (count68, per-part count that matches yet blocks): "Cada pendiente
// tiene seis circonitas que rodean a una central ... catorce piedras en
// total" on 2 + 12 cubic zirconia (released68b blind68B-es-ES-68B02-1) and
// "中央鑲嵌一顆…兩側各鑲三顆…共七顆" on 1 + 6 lab-grown diamonds (probe68c
// probe68C-zh-TW-68C01-1): six on each earring is the twelve, and the
// total counts the centre stones too. sentenceTotal's check read the total
// as the parts' stones alone (t must be a multiple of n), so a true total
// that also counts a centre stone blocked.
func partsPlusRest(counts []int, n, t int) bool {
	if n <= 0 || t <= 2*n {
		return false
	}
	for i, g := range counts {
		if g < 2*n || g%n != 0 || g >= t {
			continue
		}
		rest := make([]int, 0, len(counts)-1)
		rest = append(rest, counts[:i]...)
		rest = append(rest, counts[i+1:]...)
		if subsetSum(rest, t-g) {
			return true
		}
	}
	return false
}

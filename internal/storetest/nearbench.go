package storetest

// NearBenchKeys are the near-duplicate keys of draft i in a launch shaped
// like cmd/bench's (24 products in 2 locales repeated: four bands in five
// shared by every draft of the product and locale, the fifth the draft's
// own): 64 keys of the draft's scope, then 64 of the published copy's
// scope, which holds nothing. The index benchmarks of every store use it
// (nearredis' BenchmarkLaunch, sqlite's BenchmarkNearRefs).
func NearBenchKeys(i int) []int64 {
	keys := make([]int64, 0, 128)
	p := i % 48
	for b := range 64 {
		if b%5 == 0 {
			keys = append(keys, int64(1<<40+i*64+b))
		} else {
			keys = append(keys, int64(p*64+b))
		}
	}
	for b := range 64 {
		keys = append(keys, int64(1<<50+p*64+b))
	}
	return keys
}

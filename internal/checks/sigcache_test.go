package checks

import (
	"fmt"
	"slices"
	"testing"
)

// TestSigCacheKeepsNeighboursUsedAgain: entries used again as neighbours
// survive a stream of one-off entries many times the cache's size, the
// cache stays within its bytes, and a hit gives the same entry as the text
// computed afresh.
func TestSigCacheKeepsNeighboursUsedAgain(t *testing.T) {
	t.Parallel()
	text := func(kind string, i int) string {
		return fmt.Sprintf("The %s pendant number %d hangs on a fine chain of recycled silver and catches the light with every move you make today.", kind, i)
	}
	var c sigCache
	const popular = 2500
	for i := range popular {
		c.get(text("popular", i))
		c.get(text("popular", i)) // used again: promoted
	}
	misses := 0
	// One-off own entries, ten thousand between two uses of a popular
	// entry as a neighbour: a single LRU of a few thousand entries loses
	// every popular one.
	for i := range 40000 {
		d := docPool.Get().(*document)
		d.text = text("one-off", i)
		d.prepare()
		c.getPrepared(d)
		docPool.Put(d)
		if i%4 == 0 && c.lookup(c.key(text("popular", i/4%popular)), true) == nil {
			misses++
		}
		if c.probationBytes+c.protectedBytes > sigCacheBytes {
			t.Fatalf("after %d texts the cache holds %d bytes, over %d", i, c.probationBytes+c.protectedBytes, sigCacheBytes)
		}
	}
	if misses > 0 {
		t.Errorf("%d of 10000 neighbour lookups missed a popular entry", misses)
	}
	for _, s := range []string{text("popular", 7), text("one-off", 39999), "Nothing like the others at all, a brooch."} {
		got := c.get(s)
		var fresh sigCache
		want := fresh.get(s)
		if !slices.Equal(got.shingles, want.shingles) || got.sig != want.sig {
			t.Errorf("%q: the cached entry differs from one computed afresh", s)
		}
	}
}

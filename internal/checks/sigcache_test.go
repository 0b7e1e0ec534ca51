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

// TestSigCacheNames: a name given to a text's entry finds that entry, also
// after it moves between segments; an evicted entry takes its names with
// it (the cache's bytes count them, and map and items agree); a name for a
// text not kept is not made.
func TestSigCacheNames(t *testing.T) {
	t.Parallel()
	text := func(i int) string {
		return fmt.Sprintf("The cuff number %d is shaped by hand in sterling silver and polished to a soft shine for every day.", i)
	}
	var c sigCache
	c.name("never", text(-1)) // not kept: no name
	if got := c.named([]string{"never"}); got[0] != nil {
		t.Fatal("a name was made for a text not kept")
	}
	const n = 12000 // several times what the cache holds
	for i := range n {
		name := fmt.Sprintf("d/%d/1", i)
		if i%2 == 0 {
			c.get(text(i))
			c.name(name, text(i)) // as core names a text it has stored
		} else {
			c.getNamed(text(i), name) // as a neighbour read with its text
		}
		if i >= 10 && i%10 == 0 {
			back := fmt.Sprintf("d/%d/1", i-10)
			if e := c.named([]string{back})[0]; e != nil {
				want := c.get(text(i - 10))
				if e != want {
					t.Fatalf("%s names another entry than its text's", back)
				}
			}
		}
		if c.probationBytes+c.protectedBytes > sigCacheBytes {
			t.Fatalf("after %d texts the cache holds %d bytes, over %d", i, c.probationBytes+c.protectedBytes, sigCacheBytes)
		}
	}
	kept := 0
	for name, it := range c.names {
		if c.m[it.key] != it || it.el.Value.(*sigItem) != it || !slices.Contains(it.names, name) {
			t.Fatalf("%v: name and entry disagree", name)
		}
		kept++
	}
	if kept == 0 || kept == n {
		t.Errorf("%d of %d names kept: want some, not all", kept, n)
	}
	for k, it := range c.m {
		for _, name := range it.names {
			if c.names[name] != it {
				t.Fatalf("%v: an entry's name %v is not in the names", k, name)
			}
		}
	}
}

// BenchmarkNeighbourEntries: a lookup's 64 names, half of them kept,
// through named (two arrays and an []any a lookup before perf38) and
// through NeighbourEntries into a caller's buffer (namedInto); B/op a
// lookup (#17).
func BenchmarkNeighbourEntries(b *testing.B) {
	c := New(nil)
	names := make([]string, 64)
	for i := range names {
		names[i] = fmt.Sprintf("d\x000193a7c2-0000-7000-8000-%012d\x001", i)
		if i%2 == 0 {
			text := fmt.Sprintf("A sterling silver ring number %d with a polished band and a clear stone.", i)
			c.sigs.get(text)
			c.RememberNeighbour(names[i], text)
		}
	}
	b.Run("named", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			es := c.sigs.named(names)
			out := make([]any, len(es))
			for j, e := range es {
				if e != nil {
					out[j] = e
				}
			}
		}
	})
	b.Run("into", func(b *testing.B) {
		b.ReportAllocs()
		var out []any
		for i := 0; i < b.N; i++ {
			out = c.NeighbourEntries(names, out)
		}
		if out[0] == nil || out[1] != nil {
			b.Fatal("entries not as kept")
		}
	})
}

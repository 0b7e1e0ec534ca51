package checks

import (
	"strconv"
	"sync"
	"testing"
)

// TestTokTableConcurrent: tokens made by several goroutines at once
// (newTok) read back their own fields from other goroutines while the
// table grows across chunks, and one token's fields are always the same
// token (run with -race: the table's readers take no lock, #17, perf61).
func TestTokTableConcurrent(t *testing.T) {
	const writers, each = 4, 3 * tokChunk / 2
	made := make(chan formTok, 64)
	var wg sync.WaitGroup
	for w := range writers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range each {
				made <- newTok(tokData{s: "perf61-" + strconv.Itoa(w) + "-" + strconv.Itoa(i), n: uint8(w)})
			}
		}()
	}
	go func() { wg.Wait(); close(made) }()
	seen := map[formTok]string{}
	for tok := range made {
		d := tok.d()
		if d.s == "" || d.n >= writers {
			t.Fatalf("token %d reads %+v", tok, *d)
		}
		if again := newTok(*d); again != tok {
			t.Fatalf("%q made twice: %d and %d", d.s, tok, again)
		}
		seen[tok] = d.s
	}
	if len(seen) != writers*each {
		t.Fatalf("%d distinct tokens of %d", len(seen), writers*each)
	}
	for tok, s := range seen {
		if tok.d().s != s {
			t.Fatalf("token %d now reads %q, was %q", tok, tok.d().s, s)
		}
	}
	if g := gapTok.d(); !g.gap || g.n != gapMax || anyTok.d().any != true {
		t.Fatalf("gapTok %+v, anyTok %+v", *g, *anyTok.d())
	}
}

package grounding

import (
	"fmt"
	"math/rand/v2"
	"testing"
)

// TestFrozenTrieAsBuilt: a frozen trie (freeze) answers every child
// lookup, forms list and children walk as the pointer trie it was built
// from, for nodes read in order and wide nodes read through their hash
// table, and finds no child for words it lacks (#17, perf62).
func TestFrozenTrieAsBuilt(t *testing.T) {
	t.Parallel()
	r := rand.New(rand.NewPCG(62, 17))
	b := &bnode{}
	words := []string{"a", "b", "gold", "or", "ouro", "金", "ゴールド", "zlato", "χρυσός", ""}
	for i := range 300 {
		words = append(words, fmt.Sprintf("w%d", i))
	}
	for i := range 4000 {
		n := b
		for range 1 + r.IntN(4) {
			// the first word from many (a wide root), the others from few
			if n == b {
				n = n.childOrNew(words[r.IntN(len(words))])
			} else {
				n = n.childOrNew(words[r.IntN(12)])
			}
		}
		if r.IntN(3) > 0 {
			n.forms = append(n.forms, &form{value: fmt.Sprint(i)})
		}
	}
	root := freeze(b)
	var walk func(b *bnode, n node, path string)
	walk = func(b *bnode, n node, path string) {
		if !n.ok() {
			t.Fatalf("%s: no node", path)
		}
		got := n.forms()
		if len(got) != len(b.forms) {
			t.Fatalf("%s: %d forms, want %d", path, len(got), len(b.forms))
		}
		for i := range got {
			if got[i] != b.forms[i] {
				t.Fatalf("%s: form %d differs", path, i)
			}
		}
		if n.leaf() != (b.next == nil) {
			t.Fatalf("%s: leaf %v", path, n.leaf())
		}
		var want []bedge
		if b.next != nil {
			want = b.next.edges
		}
		k := 0
		for w, c := range n.children() {
			if k >= len(want) || want[k].w != w {
				t.Fatalf("%s: child %d is %q", path, k, w)
			}
			if got := n.child(w); got != c {
				t.Fatalf("%s/%s: child lookup %v, walk %v", path, w, got, c)
			}
			walk(want[k].n, c, path+"/"+w)
			k++
		}
		if k != len(want) {
			t.Fatalf("%s: %d children, want %d", path, k, len(want))
		}
		for _, w := range []string{"absent", "w300", "gol", "golds", "w1x"} {
			if b.child(w) == nil && n.child(w).ok() {
				t.Fatalf("%s: child %q found", path, w)
			}
		}
	}
	if root.t.nodes[0].wide == 0 {
		t.Fatal("the root is not wide")
	}
	walk(b, root, "")
	var none node
	if none.ok() || none.child("a").ok() || len(none.forms()) != 0 || !none.leaf() {
		t.Fatal("the zero node is not none")
	}
}

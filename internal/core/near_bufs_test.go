package core

import "testing"

// TestNeighbourBufsGivenBackEmpty: a []Neighbour given back after its
// check comes back empty, its elements cleared (no text or entry kept
// alive by the pool), with room for a lookup's nearLimit neighbours; one
// too small is not kept (#17, perf37).
func TestNeighbourBufsGivenBackEmpty(t *testing.T) {
	for i := 0; i < 50; i++ {
		ns := takeNeighbours(nearLimit)
		if len(ns) != 0 || cap(ns) < nearLimit {
			t.Fatalf("took len %d cap %d", len(ns), cap(ns))
		}
		for _, n := range ns[:cap(ns)] {
			if n.SKU != "" || n.Text != "" || n.VariantGroup != "" || n.Key != "" || n.Entry != nil || n.Sig != nil {
				t.Fatalf("took a neighbour left set: %+v", n)
			}
		}
		for k := 0; k < nearLimit; k++ {
			ns = append(ns, Neighbour{SKU: "S", Text: "t", Key: "k", Entry: 1, Sig: []byte("s")})
		}
		giveNeighbours(ns)
	}
	giveNeighbours(make([]Neighbour, 3)) // too small: dropped, never handed out
	if ns := takeNeighbours(nearLimit); cap(ns) < nearLimit {
		t.Fatalf("cap %d", cap(ns))
	}
}

// BenchmarkTakeNeighbours: a draft's []Neighbour made, against taken from
// the pool and given back after its check.
func BenchmarkTakeNeighbours(b *testing.B) {
	fill := func(ns []Neighbour) []Neighbour {
		for k := 0; k < nearLimit; k++ {
			ns = append(ns, Neighbour{SKU: "S", Key: "k", Entry: 1})
		}
		return ns
	}
	b.Run("make", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			sinkNeighbours = fill(make([]Neighbour, 0, nearLimit))
		}
	})
	b.Run("pool", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			ns := fill(takeNeighbours(nearLimit))
			sinkNeighbours = ns
			giveNeighbours(ns)
		}
	})
}

var sinkNeighbours []Neighbour

package sqlstore

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// TestNearRefBufsGivenBackEmpty: a NearRefs answer given back comes back
// empty, its elements cleared, with room for a lookup's 64 candidates; one
// too small is not kept (#17, perf37).
func TestNearRefBufsGivenBackEmpty(t *testing.T) {
	var q queries
	var _ core.NearRefsGiver = &Store{}
	for i := 0; i < 50; i++ {
		refs := takeNearRefs(64)
		if len(refs) != 0 || cap(refs) < 64 {
			t.Fatalf("took len %d cap %d", len(refs), cap(refs))
		}
		for _, r := range refs[:cap(refs)] {
			if r.Ref != "" || r.SKU != "" || r.Text != "" || r.Sig != nil || r.Version != 0 || r.Catalogue {
				t.Fatalf("took a ref left set: %+v", r)
			}
		}
		for k := 0; k < 64; k++ {
			refs = append(refs, core.NearRef{Ref: "r", SKU: "s", Version: 2, Text: "t", Sig: []byte("x"), Catalogue: true})
		}
		q.GiveNearRefs(refs)
	}
	q.GiveNearRefs(make([]core.NearRef, 3))
	if refs := takeNearRefs(64); cap(refs) < 64 {
		t.Fatalf("cap %d", cap(refs))
	}
}

// BenchmarkTakeNearRefs: a lookup's answer made against taken from the
// pool and given back.
func BenchmarkTakeNearRefs(b *testing.B) {
	var q queries
	fill := func(refs []core.NearRef) []core.NearRef {
		for k := 0; k < 64; k++ {
			refs = append(refs, core.NearRef{Ref: "r", SKU: "s", Version: 2})
		}
		return refs
	}
	b.Run("make", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			sinkRefs = fill(make([]core.NearRef, 0, 64))
		}
	})
	b.Run("pool", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			refs := fill(takeNearRefs(64))
			sinkRefs = refs
			q.GiveNearRefs(refs)
		}
	})
}

var sinkRefs []core.NearRef

package core

import (
	"strconv"
	"strings"
	"testing"
)

// nearNames names each neighbour as nearTextKey does, again after its
// buffer is given back and taken for another lookup; give leaves no name
// or entry in the pool (#17, perf38).
func TestNearNamesAsOneByOne(t *testing.T) {
	found := []NearRef{{Ref: "01JABC", Version: 3}, {Ref: "01JDEF", Catalogue: true}, {Ref: "x", Version: 0}, {Ref: "01JGHI", Version: 12345}}
	for round := range 3 {
		nn := takeNearNames()
		got := nn.names(found)
		if len(got) != len(found) {
			t.Fatalf("round %d: %d names for %d", round, len(got), len(found))
		}
		for i, f := range found {
			if want := nearTextKey(f.Ref, f.Catalogue, f.Version); got[i] != want {
				t.Errorf("round %d, %d: %q, want %q", round, i, got[i], want)
			}
		}
		nn.entries = append(nn.entries, "an entry")
		nn.give()
		if strings.Join(nn.keys[:cap(nn.keys)], "") != "" || nn.entries[:cap(nn.entries)][0] != nil {
			t.Errorf("round %d: names or entries kept after give", round)
		}
		found = append(found, NearRef{Ref: strings.Repeat("y", round+1), Version: round})
	}
	nn := takeNearNames()
	if len(nn.names(nil)) != 0 {
		t.Error("nil")
	}
	nn.give()
}

// BenchmarkNearNames: a lookup's 64 neighbours named and looked up in a
// cache that keeps none, as before perf38 (one string of the names, a
// slice of them, the cache's []any: before) and with nearNames' buffers
// (pooled); B/op a lookup.
func BenchmarkNearNames(b *testing.B) {
	found := make([]NearRef, 64)
	for i := range found {
		found[i] = NearRef{Ref: "0193a7c2-0000-7000-8000-0000000000" + string(rune('a'+i%26)) + string(rune('a'+i/26)), Version: 1 + i%3}
	}
	var cache nilCache
	b.Run("before", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			_ = cache.NeighbourEntries(nearTextKeysBefore(found), nil)
		}
	})
	b.Run("pooled", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			nn := takeNearNames()
			nn.entries = cache.NeighbourEntries(nn.names(found), nn.entries)
			nn.give()
		}
	})
}

// nearTextKeysBefore is how the names were made before nearNames.
func nearTextKeysBefore(found []NearRef) []string {
	size := 0
	for _, t := range found {
		size += len(t.Ref) + 24
	}
	var b strings.Builder
	b.Grow(size)
	var endsBuf [64]int
	ends := endsBuf[:0]
	var num [20]byte
	for _, t := range found {
		if t.Catalogue {
			b.WriteString("c\x00")
			b.WriteString(t.Ref)
		} else {
			b.WriteString("d\x00")
			b.WriteString(t.Ref)
			b.WriteByte(0)
			b.Write(strconv.AppendInt(num[:0], int64(t.Version), 10))
		}
		ends = append(ends, b.Len())
	}
	all := b.String()
	names := make([]string, len(found))
	start := 0
	for i, end := range ends {
		names[i], start = all[start:end], end
	}
	return names
}

type nilCache struct{}

func (nilCache) NeighbourEntries(keys []string, out []any) []any {
	if cap(out) < len(keys) {
		out = make([]any, len(keys))
	}
	return out[:len(keys)]
}

package storetest

import (
	"context"
	"fmt"
	"reflect"
	"sync"
	"testing"
	"time"

	"github.com/copydesk/copydesk/internal/core"
)

// RunNearIndex is the conformance suite of core.NearIndex: the Redis
// index (internal/nearredis) and the in-memory fake (memstore.NearIndex)
// run the same tests, which hold them to what the store's own index
// answers (testNearIndex, testNearPerKey, testNearKeysMany). newIndex
// must return an empty index of its own and arrange its cleanup, and a
// function that makes it lose everything it holds, as a flushed Redis
// does; it is called from parallel tests.
func RunNearIndex(t *testing.T, newIndex func(t *testing.T) (core.NearIndex, func())) {
	for _, tt := range []struct {
		name string
		fn   func(t *testing.T, x core.NearIndex)
	}{
		{"Candidates", testIndexCandidates},
		{"PerKeyInByteOrder", testIndexPerKey},
		{"Replace", testIndexReplace},
		{"Versions", testIndexVersions},
		{"ConcurrentPuts", testIndexConcurrentPuts},
		{"ManyRefsAKey", testIndexManyRefs},
	} {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			x, _ := newIndex(t)
			tt.fn(t, x)
		})
	}
	t.Run("Rebuild", func(t *testing.T) {
		t.Parallel()
		x, lose := newIndex(t)
		testIndexRebuild(t, x, lose)
	})
}

// An index that can be lost says so: a new one and one lost since its
// last rebuild are claimed for a rebuild by one caller at a time; a
// rebuild that ends marks it complete, unless it was lost meanwhile.
func testIndexRebuild(t *testing.T, x core.NearIndex, lose func()) {
	r, ok := x.(core.NearIndexRestorer)
	if !ok {
		t.Fatalf("%T does not implement core.NearIndexRestorer", x)
	}
	ctx := context.Background()
	claim := func() bool {
		t.Helper()
		ok, err := r.ClaimRebuild(ctx, time.Minute)
		if err != nil {
			t.Fatal(err)
		}
		return ok
	}
	done := func() bool {
		t.Helper()
		ok, err := r.RebuildDone(ctx)
		if err != nil {
			t.Fatal(err)
		}
		return ok
	}
	if !claim() {
		t.Fatal("a new index is not claimed for a rebuild")
	}
	if claim() {
		t.Error("claimed twice")
	}
	if !done() {
		t.Fatal("the rebuild did not end")
	}
	if claim() {
		t.Error("a complete index is claimed")
	}
	putIndex(t, x, core.NearKeys{Ref: "a", Keys: []int64{1}})
	lose()
	if got := candidates(t, x, []int64{1}, 10, 10); len(got) != 0 {
		t.Errorf("a lost index answers %v", got)
	}
	if !claim() {
		t.Fatal("a lost index is not claimed for a rebuild")
	}
	lose() // again, during the rebuild
	if done() {
		t.Error("a rebuild during which the index was lost marked it complete")
	}
	if !claim() || !done() || claim() {
		t.Error("the rebuild after it did not mark the index complete")
	}
}

func candidates(t *testing.T, x core.NearIndex, keys []int64, perKey, limit int) []core.NearCandidate {
	t.Helper()
	got, err := x.NearCandidates(context.Background(), keys, perKey, limit)
	if err != nil {
		t.Fatal(err)
	}
	if got == nil {
		got = []core.NearCandidate{}
	}
	return got
}

func putIndex(t *testing.T, x core.NearIndex, items ...core.NearKeys) {
	t.Helper()
	if err := x.PutNearKeys(context.Background(), items); err != nil {
		t.Fatal(err)
	}
}

// Refs are found by any of their keys, the most shared first, ties by ref;
// a key asked twice counts twice (as unnest does in the store's); the
// limit keeps the first.
func testIndexCandidates(t *testing.T, x core.NearIndex) {
	putIndex(t, x,
		core.NearKeys{Ref: "r2", Keys: []int64{100, 300, -5}},
		core.NearKeys{Ref: "r1", Keys: []int64{100, 300, -5}},
		core.NearKeys{Ref: "r3", Keys: []int64{100, 201}},
		core.NearKeys{Ref: "e1", Keys: []int64{300, 400}, Version: 0},
	)
	for _, tc := range []struct {
		keys  []int64
		limit int
		want  []core.NearCandidate
	}{
		{[]int64{300, -5, 999}, 10, []core.NearCandidate{cand("r1", 2), cand("r2", 2), cand("e1", 1)}},
		{[]int64{100, 300, -5}, 2, []core.NearCandidate{cand("r1", 3), cand("r2", 3)}},
		{[]int64{100, 201, 400}, 10, []core.NearCandidate{cand("r3", 2), cand("e1", 1), cand("r1", 1), cand("r2", 1)}},
		{[]int64{201, 201}, 10, []core.NearCandidate{cand("r3", 2)}},
		{[]int64{999}, 10, []core.NearCandidate{}},
		{nil, 10, []core.NearCandidate{}},
		{[]int64{100}, 10, []core.NearCandidate{cand("r1", 1), cand("r2", 1), cand("r3", 1)}},
	} {
		if got := candidates(t, x, tc.keys, 10, tc.limit); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("NearCandidates(%v, limit %d) = %v, want %v", tc.keys, tc.limit, got, tc.want)
		}
	}
}

// A key contributes its first perKey refs in byte order of the ref (the
// store's COLLATE "C"), whatever order they were put in.
func testIndexPerKey(t *testing.T, x core.NearIndex) {
	var items []core.NearKeys
	for i := 29; i >= 0; i-- {
		items = append(items, core.NearKeys{Ref: fmt.Sprintf("ref-%02d", i), Keys: []int64{7}})
	}
	// Byte order, not a collation's: "Z" < "a" < "é".
	items = append(items, core.NearKeys{Ref: "ref-Z", Keys: []int64{7}}, core.NearKeys{Ref: "ref-a", Keys: []int64{7}},
		core.NearKeys{Ref: "ref-é", Keys: []int64{7}}, core.NearKeys{Ref: "ref-29", Keys: []int64{7, 8, 9}})
	putIndex(t, x, items...)
	want := []core.NearCandidate{cand("ref-00", 1), cand("ref-01", 1), cand("ref-02", 1), cand("ref-03", 1), cand("ref-04", 1)}
	if got := candidates(t, x, []int64{7}, 5, 100); !reflect.DeepEqual(got, want) {
		t.Errorf("perKey 5 = %v, want %v", got, want)
	}
	got := candidates(t, x, []int64{7}, 33, 100)
	if n := len(got); n != 33 || got[30] != cand("ref-Z", 1) || got[31] != cand("ref-a", 1) ||
		got[32] != cand("ref-é", 1) {
		t.Errorf("perKey 33 = %v: want ref-00..ref-29, ref-Z, ref-a, ref-é", got)
	}
	want = []core.NearCandidate{cand("ref-29", 2)}
	if got := candidates(t, x, []int64{7, 8, 9}, 5, 1); !reflect.DeepEqual(got, want) {
		t.Errorf("the ref with every key, limit 1: %v, want %v", got, want)
	}
	if got := candidates(t, x, []int64{7}, 0, 10); len(got) != 0 {
		t.Errorf("perKey 0: %v", got)
	}
}

// Putting a ref's keys again replaces them, none removes them, a ref given
// twice ends with its last keys, large keys of either sign are kept
// exactly.
func testIndexReplace(t *testing.T, x core.NearIndex) {
	const big = int64(-8_000_000_000_000_000_001)
	putIndex(t, x, core.NearKeys{Ref: "a", Keys: []int64{1, 2}}, core.NearKeys{Ref: "b", Keys: []int64{1}})
	putIndex(t, x,
		core.NearKeys{Ref: "a", Keys: []int64{2, 3}}, // 1 goes, 2 stays, 3 comes
		core.NearKeys{Ref: "b"},                      // removed
		core.NearKeys{Ref: "c", Keys: []int64{9}},
		core.NearKeys{Ref: "d", Keys: []int64{big, 3, 3}},
		core.NearKeys{Ref: "c", Keys: []int64{3, 4}}, // the last of c counts
	)
	for _, tc := range []struct {
		key  int64
		want []string
	}{
		{1, nil}, {2, []string{"a"}}, {3, []string{"a", "c", "d"}}, {9, nil}, {4, []string{"c"}}, {big, []string{"d"}},
	} {
		var got []string
		for _, c := range candidates(t, x, []int64{tc.key}, 10, 10) {
			got = append(got, c.Ref)
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("key %d: %v, want %v", tc.key, got, tc.want)
		}
	}
	if err := x.PutNearKeys(context.Background(), nil); err != nil {
		t.Errorf("no items: %v", err)
	}
}

// An index written after commit keeps a ref's newest text's keys whatever
// order two writes arrive in: a lower version is left out, the same
// version replaces.
func testIndexVersions(t *testing.T, x core.NearIndex) {
	putIndex(t, x, core.NearKeys{Ref: "d", Keys: []int64{1}, Version: 2})
	putIndex(t, x, core.NearKeys{Ref: "d", Keys: []int64{2}, Version: 1}) // late: left out
	if got := candidates(t, x, []int64{1, 2}, 10, 10); !reflect.DeepEqual(got, []core.NearCandidate{cand("d", 1)}) {
		t.Errorf("after a late lower version: %v, want d under key 1", got)
	}
	putIndex(t, x, core.NearKeys{Ref: "d", Keys: []int64{3}, Version: 2}) // the same version again (a rebuild)
	if got := candidates(t, x, []int64{1, 3}, 10, 10); !reflect.DeepEqual(got, []core.NearCandidate{cand("d", 1)}) {
		t.Errorf("after the same version: %v, want d under key 3 alone", got)
	}
	putIndex(t, x, core.NearKeys{Ref: "d", Keys: []int64{4}, Version: 3}, core.NearKeys{Ref: "d", Keys: []int64{5}, Version: 2})
	if got := candidates(t, x, []int64{3, 4, 5}, 10, 10); !reflect.DeepEqual(got, []core.NearCandidate{cand("d", 1)}) ||
		len(candidates(t, x, []int64{4}, 10, 10)) != 1 {
		t.Errorf("a batch with a newer then an older version: %v, want d under key 4", got)
	}
}

func cand(ref string, shared int) core.NearCandidate {
	return core.NearCandidate{Ref: ref, Shared: shared}
}

// Puts of one ref from many writers at once (processes writing after
// their commits) leave the keys of its highest version and no others, and
// the other refs of their batches as put.
func testIndexConcurrentPuts(t *testing.T, x core.NearIndex) {
	const writers, versions = 6, 8
	var wg sync.WaitGroup
	errs := make(chan error, writers*versions)
	for w := range writers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for v := range versions {
				version := (v*writers+w)%(writers*versions) + 1
				items := []core.NearKeys{
					{Ref: "shared", Keys: []int64{int64(1000 + version), int64(2000 + version%3)}, Version: version},
					{Ref: fmt.Sprintf("own-%d-%d", w, v), Keys: []int64{3000}},
				}
				if err := x.PutNearKeys(context.Background(), items); err != nil {
					errs <- err
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	var keys []int64
	for v := 1; v <= writers*versions; v++ {
		keys = append(keys, int64(1000+v))
	}
	keys = append(keys, 2000, 2001, 2002)
	top := writers * versions
	want := []core.NearCandidate{cand("shared", 2)}
	if got := candidates(t, x, keys, 10, 10); !reflect.DeepEqual(got, want) {
		t.Errorf("after concurrent puts: %v, want shared under its version %d's two keys alone", got, top)
	}
	if got := candidates(t, x, []int64{int64(1000 + top), int64(2000 + top%3)}, 10, 10); !reflect.DeepEqual(got, want) {
		t.Errorf("version %d's keys: %v, want %v", top, got, want)
	}
	if got := candidates(t, x, []int64{3000}, 100, 100); len(got) != writers*versions {
		t.Errorf("the other refs: %d, want %d", len(got), writers*versions)
	}
}

// A key of many refs, put in no order and some taken off, removed and put
// again, in batches and alone, still gives its first perKey refs in byte
// order, whatever perKey.
func testIndexManyRefs(t *testing.T, x core.NearIndex) {
	ref := func(i int) string { return fmt.Sprintf("m%03d", i) }
	var items []core.NearKeys
	for _, i := range []int{17, 3, 39, 0, 25, 8, 31, 12, 36, 5, 21, 1, 33, 14, 28, 9, 38, 2, 19, 30, 6, 35, 11, 24, 4,
		37, 16, 27, 7, 32, 13, 22, 34, 10, 29, 15, 23, 18, 26, 20} {
		items = append(items, core.NearKeys{Ref: ref(i), Keys: []int64{9}})
		if len(items) == 7 {
			putIndex(t, x, items...)
			items = nil
		}
	}
	putIndex(t, x, items...)
	live := map[int]bool{}
	for i := range 40 {
		live[i] = true
	}
	check := func(when string) {
		t.Helper()
		for _, perKey := range []int{1, 2, 5, 32, 33, 40} {
			var want []core.NearCandidate
			for i := 0; i < 40 && len(want) < perKey; i++ {
				if live[i] {
					want = append(want, cand(ref(i), 1))
				}
			}
			if want == nil {
				want = []core.NearCandidate{}
			}
			if got := candidates(t, x, []int64{9}, perKey, 100); !reflect.DeepEqual(got, want) {
				t.Errorf("%s, perKey %d: %v, want %v", when, perKey, got, want)
			}
		}
	}
	check("40 refs")
	// Taken off: some of the first, one in the middle, the last; one moved
	// to another key.
	putIndex(t, x, core.NearKeys{Ref: ref(0)}, core.NearKeys{Ref: ref(2)}, core.NearKeys{Ref: ref(1)},
		core.NearKeys{Ref: ref(20)}, core.NearKeys{Ref: ref(39)}, core.NearKeys{Ref: ref(4), Keys: []int64{10}})
	for _, i := range []int{0, 1, 2, 4, 20, 39} {
		live[i] = false
	}
	check("six taken off")
	putIndex(t, x, core.NearKeys{Ref: ref(1), Keys: []int64{9}})
	putIndex(t, x, core.NearKeys{Ref: ref(39), Keys: []int64{9, 10}}, core.NearKeys{Ref: ref(3)})
	live[1], live[39], live[3] = true, true, false
	check("two back, another off")
	for i := range 40 {
		live[i] = false
		putIndex(t, x, core.NearKeys{Ref: ref(i)})
	}
	check("all off")
}

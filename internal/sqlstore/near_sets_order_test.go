package sqlstore_test

import (
	"context"
	"reflect"
	"slices"
	"sync/atomic"
	"testing"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/sqlstore"
	"github.com/copydesk/copydesk/internal/testutil"
)

// Two commits of one process that file the same ref commit in their row
// lock's order, but each applies its keys to the copy only once its
// COMMIT has returned, and on a loaded machine the first's goroutine may
// get there after the second's (CI at load 28: TestNearSetsAgreesWithRows
// found a ref the rows keyed and the copy had un-keyed, sync63). The copy
// ends with the second's keys, as the rows do, not the first's.
func TestNearSetsOwnCommitsOutOfOrder(t *testing.T) {
	ctx := context.Background()
	u := testutil.FreshSchema(t, "nearsets")
	s := openPostgres(t, u)
	defer s.Close()
	for ref, keys := range map[string][]int64{"r1": {1, 2}, "r2": {2, 3}} {
		if err := s.PutNearKeys(ctx, ref, keys); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := s.NearSetsCandidates(ctx, nil, 1, 1); err != nil { // the copy built
		t.Fatal(err)
	}
	held, release := make(chan struct{}), make(chan struct{})
	var calls atomic.Int32
	sqlstore.SetNearSetsApplyHook(t, s, func() {
		if calls.Add(1) == 1 {
			close(held)
			<-release
		}
	})
	first := make(chan error, 1)
	go func() { first <- s.PutNearKeys(ctx, "r1", []int64{4, 5}) }()
	<-held // the first has committed; its goroutine has not reached the copy
	if err := s.PutNearKeys(ctx, "r1", []int64{6, 7}); err != nil {
		t.Fatal(err)
	}
	close(release)
	if err := <-first; err != nil {
		t.Fatal(err)
	}
	fresh := func() map[int64][]string {
		t.Helper()
		again := openPostgres(t, u)
		defer again.Close()
		if _, err := again.NearSetsCandidates(ctx, nil, 1, 1); err != nil {
			t.Fatal(err)
		}
		return again.NearSetsKeys()
	}
	if got, err := s.NearSetsCandidates(ctx, []int64{4, 5, 6, 7}, 4, 10); err != nil {
		t.Fatal(err)
	} else if want := []string{"r1:2"}; !slices.Equal(got, want) {
		t.Errorf("the copy's candidates of 4, 5, 6 and 7: %v, want %v", got, want)
	}
	if got, want := s.NearSetsKeys(), fresh(); !reflect.DeepEqual(got, want) {
		t.Errorf("the copy kept: %v\nbuilt from the rows: %v", got, want)
	}
	if n := s.NearSetsUnordered(); n != 1 {
		t.Errorf("%d own commits left to a catch-up, want 1", n)
	}
	// A lookup finds the first's log row lacking and catches up: the copy
	// still agrees with the rows, and the next lookup is answered at once.
	for range 2 {
		if _, err := s.NearRefs(ctx, []int64{4, 5, 6, 7}, 4, 10, core.NearFilter{LaunchID: "none"}); err != nil {
			t.Fatal(err)
		}
	}
	if _, missed, _, _, _ := s.NearSetsCounts(); missed != 1 {
		t.Errorf("%d lookups caught up, want 1", missed)
	}
	if got, want := s.NearSetsKeys(), fresh(); !reflect.DeepEqual(got, want) {
		t.Errorf("after a lookup, the copy kept: %v\nbuilt from the rows: %v", got, want)
	}
}

package storetest

import (
	"context"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/copydesk/copydesk/internal/core"
)

var eventTests = []test{
	{"AppendList", testEventsAppendList},
	{"Concurrent", testEventsConcurrent},
	{"OnlyInTx", testEventsOnlyInTx},
	{"BatchAcrossLaunches", testEventsBatchAcrossLaunches},
}

func testEventsAppendList(t *testing.T, s core.Store) {
	ctx := context.Background()
	a, _, ads := create(t, s, "a", 2)
	b, _, bds := create(t, s, "b", 1)
	set(t, s, ads[1].ID, core.StatusGenerating, nil)
	set(t, s, bds[0].ID, core.StatusGenerating, nil)
	set(t, s, ads[1].ID, core.StatusInReview, func(d *core.Draft) { d.Version = 1 })

	all, err := s.ListEvents(ctx, core.EventFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != 6 {
		t.Fatalf("%d events, want 6 (3 created, 3 changes)", len(all))
	}
	for i, e := range all {
		if e.ID != int64(i+1) {
			t.Errorf("event %d has id %d: ids must count up from 1 in commit order", i, e.ID)
		}
		if e.At.IsZero() || e.At.Location() != time.UTC {
			t.Errorf("event %d at %v", i, e.At)
		}
	}
	last := all[5]
	want := core.Event{ID: 6, LaunchID: a.ID, Seq: 4, DraftID: ads[1].ID, At: last.At, Event: "test", By: "test",
		From: core.StatusGenerating, To: core.StatusInReview, Version: 1}
	if last != want {
		t.Errorf("last event =\n%+v\nwant\n%+v", last, want)
	}
	seqs := func(es []core.Event) []int64 {
		var out []int64
		for _, e := range es {
			out = append(out, e.Seq)
		}
		return out
	}
	la, err := s.ListEvents(ctx, core.EventFilter{LaunchID: a.ID})
	if err != nil || !slices.Equal(seqs(la), []int64{1, 2, 3, 4}) {
		t.Errorf("launch a seqs = %v, %v", seqs(la), err)
	}
	lb, err := s.ListEvents(ctx, core.EventFilter{LaunchID: b.ID})
	if err != nil || !slices.Equal(seqs(lb), []int64{1, 2}) {
		t.Errorf("launch b seqs = %v, %v", seqs(lb), err)
	}
	after, err := s.ListEvents(ctx, core.EventFilter{LaunchID: a.ID, After: 2, Limit: 1})
	if err != nil || len(after) != 1 || after[0].Seq != 3 {
		t.Errorf("after 2, limit 1 = %+v, %v", after, err)
	}
	global, err := s.ListEvents(ctx, core.EventFilter{After: 4})
	if err != nil || len(global) != 2 || global[0].ID != 5 {
		t.Errorf("global after 4 = %+v, %v", global, err)
	}
	hist, err := s.ListEvents(ctx, core.EventFilter{DraftID: ads[1].ID})
	if err != nil || len(hist) != 3 || hist[0].Event != core.EventCreated || hist[0].From != "" || hist[0].To != core.StatusQueued {
		t.Errorf("history = %+v, %v", hist, err)
	}
	none, err := s.ListEvents(ctx, core.EventFilter{LaunchID: "nope"})
	if err != nil || len(none) != 0 || none == nil {
		t.Errorf("events of an unknown launch = %#v, %v; want an empty list", none, err)
	}
}

// Writers on many launches at once: every event gets a distinct global
// ID and each launch's seqs run 1..n without gaps, so a reader polling
// "after the last one" sees them all.
func testEventsConcurrent(t *testing.T, s core.Store) {
	ctx := context.Background()
	const launches, per = 4, 10
	var wg sync.WaitGroup
	var ls []*core.Launch
	var dss [][]*core.Draft
	for i := range launches {
		l, _, ds := create(t, s, "concurrent", 1)
		_ = i
		ls, dss = append(ls, l), append(dss, ds)
	}
	for i := range launches {
		for range per {
			wg.Add(1)
			go func() {
				defer wg.Done()
				d := dss[i][0]
				err := s.Tx(ctx, func(tx core.TxStore) error {
					if _, err := tx.LockDraft(ctx, d.ID); err != nil {
						return err
					}
					return tx.AppendEvents(ctx, []*core.Event{{LaunchID: d.LaunchID, DraftID: d.ID, At: epoch, Event: "tick", To: core.StatusQueued}})
				})
				if err != nil {
					t.Error(err)
				}
			}()
		}
	}
	wg.Wait()
	all, err := s.ListEvents(ctx, core.EventFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != launches*(per+1) {
		t.Fatalf("%d events, want %d", len(all), launches*(per+1))
	}
	for i, e := range all {
		if e.ID != int64(i+1) {
			t.Fatalf("global ids are not 1..n: %d at %d", e.ID, i)
		}
	}
	for _, l := range ls {
		evs, err := s.ListEvents(ctx, core.EventFilter{LaunchID: l.ID})
		if err != nil {
			t.Fatal(err)
		}
		for i, e := range evs {
			if e.Seq != int64(i+1) {
				t.Fatalf("launch seqs are not 1..n: %d at %d", e.Seq, i)
			}
		}
	}
}

// A group commit's events, of several launches interleaved, appended in
// one call by concurrent transactions: each event is given the ID and Seq
// it is read back with, global IDs count up in each call's order, and each
// launch's seqs run on from its earlier events without gaps.
func testEventsBatchAcrossLaunches(t *testing.T, s core.Store) {
	ctx := context.Background()
	a, _, ads := create(t, s, "a", 3)
	b, _, bds := create(t, s, "b", 2)
	const calls = 6
	given := make([][]*core.Event, calls)
	var wg sync.WaitGroup
	for c := range calls {
		wg.Go(func() {
			evs := []*core.Event{
				{LaunchID: a.ID, DraftID: ads[0].ID, At: epoch, Event: "tick", By: "batch", To: core.StatusQueued},
				{LaunchID: b.ID, DraftID: bds[0].ID, At: epoch, Event: "tick", By: "batch", To: core.StatusQueued, Detail: "b first"},
				{LaunchID: a.ID, DraftID: ads[1].ID, At: epoch, Event: "tock", By: "batch", From: core.StatusQueued, To: core.StatusGenerating, Version: c},
				{LaunchID: a.ID, DraftID: ads[2].ID, At: epoch, Event: "tick", By: "batch", To: core.StatusQueued},
				{LaunchID: b.ID, DraftID: bds[1].ID, At: epoch, Event: "tock", By: "batch", To: core.StatusQueued, Detail: "b second"},
			}
			err := s.Tx(ctx, func(tx core.TxStore) error { return tx.AppendEvents(ctx, evs) })
			if err != nil {
				t.Error(err)
			}
			given[c] = evs
		})
	}
	wg.Wait()
	if t.Failed() {
		return
	}
	all, err := s.ListEvents(ctx, core.EventFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if want := 5 + calls*5; len(all) != want {
		t.Fatalf("%d events, want %d", len(all), want)
	}
	byID := map[int64]core.Event{}
	for i, e := range all {
		if e.ID != int64(i+1) {
			t.Fatalf("global ids are not 1..n: %d at %d", e.ID, i)
		}
		byID[e.ID] = e
	}
	for c, evs := range given {
		for i, e := range evs {
			if i > 0 && e.ID != evs[i-1].ID+1 {
				t.Errorf("call %d: event %d has id %d after %d; want the call's ids in its order", c, i, e.ID, evs[i-1].ID)
			}
			if got := byID[e.ID]; got != *e {
				t.Errorf("call %d: event %d was given\n%+v\nand is read back as\n%+v", c, i, *e, got)
			}
		}
	}
	for _, l := range []*core.Launch{a, b} {
		evs, err := s.ListEvents(ctx, core.EventFilter{LaunchID: l.ID})
		if err != nil {
			t.Fatal(err)
		}
		for i, e := range evs {
			if e.Seq != int64(i+1) {
				t.Fatalf("launch seqs are not 1..n: %d at %d", e.Seq, i)
			}
			if i > 0 && e.ID <= evs[i-1].ID {
				t.Fatalf("launch seq %d has id %d, not after %d", e.Seq, e.ID, evs[i-1].ID)
			}
		}
	}
}

func testEventsOnlyInTx(t *testing.T, s core.Store) {
	ctx := context.Background()
	l, _, ds := create(t, s, "outside", 1)
	err := s.AppendEvents(ctx, []*core.Event{{LaunchID: l.ID, DraftID: ds[0].ID, At: epoch, Event: "x", To: core.StatusQueued}})
	if err == nil {
		t.Error("AppendEvents outside a transaction succeeded: events must commit with the change they record")
	}
}

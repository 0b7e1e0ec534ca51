// Package storetest is the conformance suite of core.Store: the SQL store
// on SQLite and on PostgreSQL and the in-memory fake all run the same
// tests, so none drifts from the contract (as riverqueue/river does for its
// drivers). One file per aggregate; every test runs in parallel on a store
// of its own.
package storetest

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/copydesk/copydesk/internal/core"
)

type test struct {
	name string
	fn   func(t *testing.T, s core.Store)
}

// Run runs the conformance suite. newStore must return an empty store of
// its own (isolated from other calls) and arrange its cleanup; it is
// called from parallel tests.
func Run(t *testing.T, newStore func(t *testing.T) core.Store) {
	groups := []struct {
		name  string
		tests []test
	}{
		{"Launches", launchTests},
		{"Drafts", draftTests},
		{"Events", eventTests},
		{"Catalogue", catalogueTests},
		{"Tokens", tokenTests},
		{"Guides", guideTests},
		{"Cache", cacheTests},
		{"Review", reviewTests},
		{"Near", nearTests},
		{"Webhooks", webhookTests},
		{"Queue", queueTests},
	}
	for _, g := range groups {
		t.Run(g.name, func(t *testing.T) {
			t.Parallel()
			for _, tt := range g.tests {
				t.Run(tt.name, func(t *testing.T) {
					t.Parallel()
					s := newStore(t)
					if err := s.Ping(context.Background()); err != nil {
						t.Fatalf("Ping: %v", err)
					}
					tt.fn(t, s)
				})
			}
		})
	}
}

// Benchmark measures storing a launch of 1000 products in 3 locales (3000
// drafts and their created events) in one transaction.
func Benchmark(b *testing.B, newStore func(tb testing.TB) core.Store) {
	s := newStore(b)
	for i := 0; b.Loop(); i++ {
		b.StopTimer()
		l, ps, ds := fixture(fmt.Sprintf("bench-%d", i), 1000, []string{"en-GB", "fr-FR", "de-DE"}, []string{"pdp"})
		b.StartTimer()
		if err := insert(s, l, ps, ds); err != nil {
			b.Fatal(err)
		}
	}
}

// ---- fixtures and assertions ----

var epoch = time.Date(2026, 11, 23, 9, 30, 0, 0, time.UTC)

func fixture(name string, n int, locales, channels []string) (*core.Launch, []core.Product, []*core.Draft) {
	l := &core.Launch{
		Name: name, SourceLocale: locales[0], Locales: locales, Channels: channels,
		GoLive: "2027-02-01", CallbackURL: "https://campaigns.example/hooks", Mode: core.ModeGenerate,
		CreatedBy: "tester",
	}
	var ps []core.Product
	var ds []*core.Draft
	for i := range n {
		p := core.Product{
			SKU: fmt.Sprintf("SKU%05d", i), Name: fmt.Sprintf("Heart Charm %d", i), Category: "charm",
			Collection: "Moments", Materials: []string{"sterling silver"},
			Stones:  []core.Stone{{Type: "cubic zirconia", Colour: "clear", Count: 12}},
			Colours: []string{"pink"}, Features: []string{"hand-finished"},
			Attributes: map[string]string{"diameter_mm": "11"},
		}
		if i%2 == 1 {
			p.Category, p.Collection = "ring", "Signature"
		}
		ps = append(ps, p)
		for _, loc := range locales {
			for _, ch := range channels {
				ds = append(ds, &core.Draft{SKU: p.SKU, Locale: loc, Channel: ch, Status: core.StatusQueued})
			}
		}
	}
	core.PrepareLaunch(l, len(ps), ds, epoch, core.NewID)
	return l, ps, ds
}

// InsertRows writes a launch's own, product and draft rows in tx (the
// conformance suite's and the near-duplicate benchmarks' set-up).
func InsertRows(ctx context.Context, tx core.TxStore, l *core.Launch, ps []core.Product, ds []*core.Draft) error {
	if err := tx.InsertLaunch(ctx, l); err != nil {
		return err
	}
	if err := tx.InsertProducts(ctx, l.ID, ps); err != nil {
		return err
	}
	return tx.InsertDrafts(ctx, ds)
}

// insert stores a launch as core does: rows and a created event per draft
// in one transaction.
func insert(s core.Store, l *core.Launch, ps []core.Product, ds []*core.Draft) error {
	ctx := context.Background()
	return s.Tx(ctx, func(tx core.TxStore) error {
		if err := InsertRows(ctx, tx, l, ps, ds); err != nil {
			return err
		}
		evs := make([]*core.Event, len(ds))
		for i, d := range ds {
			evs[i] = &core.Event{LaunchID: l.ID, DraftID: d.ID, At: d.CreatedAt, Event: core.EventCreated, By: "tester", To: d.Status}
		}
		return tx.AppendEvents(ctx, evs)
	})
}

func create(t *testing.T, s core.Store, name string, n int, locales ...string) (*core.Launch, []core.Product, []*core.Draft) {
	t.Helper()
	if len(locales) == 0 {
		locales = []string{"en-GB"}
	}
	l, ps, ds := fixture(name, n, locales, []string{"pdp"})
	if err := insert(s, l, ps, ds); err != nil {
		t.Fatalf("insert launch: %v", err)
	}
	return l, ps, ds
}

func wantCode(t *testing.T, err error, code core.Code) {
	t.Helper()
	if got := core.ErrorCode(err); got != code {
		t.Fatalf("error code = %q (%v), want %q", got, err, code)
	}
}

// set changes a draft in one transaction (lock, change, save, event), as
// core's state machine does, without its rules.
func set(t *testing.T, s core.Store, id string, st core.Status, f func(*core.Draft)) *core.Draft {
	t.Helper()
	ctx := context.Background()
	var out *core.Draft
	err := s.Tx(ctx, func(tx core.TxStore) error {
		d, err := tx.LockDraft(ctx, id)
		if err != nil {
			return err
		}
		from := d.Status
		d.Status = st
		if f != nil {
			f(d)
		}
		d.UpdatedAt = core.StoreTime(d.UpdatedAt.Add(time.Second))
		if err := tx.SaveDraft(ctx, d); err != nil {
			return err
		}
		out = d
		return tx.AppendEvents(ctx, []*core.Event{{LaunchID: d.LaunchID, DraftID: d.ID, At: d.UpdatedAt,
			Event: "test", By: "test", From: from, To: st, Version: d.Version}})
	})
	if err != nil {
		t.Fatalf("set %s -> %s: %v", id, st, err)
	}
	return out
}

func ids[T any](items []T, id func(T) string) []string {
	var out []string
	for _, it := range items {
		out = append(out, id(it))
	}
	return out
}

func draftID(d *core.Draft) string { return d.ID }

package postgres_test

import (
	"context"
	"fmt"
	"syscall"
	"testing"
	"time"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/storetest"
	"github.com/copydesk/copydesk/internal/testutil"
)

// BenchmarkNearRefs is one near-duplicate lookup of a draft in a launch of
// 10,000 indexed drafts with nothing published, as a check asks it (128
// keys, the last 64 the published copy's), on PostgreSQL: the candidates
// from the process's copy of the index in memory (~1,000-1,700 numbers,
// at most 32 a key, grouped and counted), then one statement reading the
// candidates' rows. cpu-ns/op is this process's CPU a lookup, the
// server's not counted (#17).
func BenchmarkNearRefs(b *testing.B) {
	ctx := context.Background()
	testutil.ServiceURL(b, "TEST_DATABASE_URL")
	s := newStore(b)
	const n = 10000
	l := &core.Launch{Name: "near", SourceLocale: "en-GB", Locales: []string{"en-GB"}, Channels: []string{"pdp"},
		GoLive: "2027-02-01", Mode: core.ModeGenerate, CreatedBy: "bench"}
	var ps []core.Product
	var ds []*core.Draft
	for i := range n {
		ps = append(ps, core.Product{SKU: fmt.Sprintf("SKU%05d", i), Name: "Charm", Category: "charm"})
		ds = append(ds, &core.Draft{SKU: ps[i].SKU, Locale: "en-GB", Channel: "pdp", Status: core.StatusInReview, Text: "copy"})
	}
	core.PrepareLaunch(l, len(ps), ds, time.Now(), core.NewID)
	items := make([]core.NearKeys, n)
	for i, d := range ds {
		items[i] = core.NearKeys{Ref: d.ID, Keys: storetest.NearBenchKeys(i)[:64]}
	}
	if err := s.Tx(ctx, func(tx core.TxStore) error {
		if err := tx.InsertLaunch(ctx, l); err != nil {
			return err
		}
		if err := tx.InsertProducts(ctx, l.ID, ps); err != nil {
			return err
		}
		if err := tx.InsertDrafts(ctx, ds); err != nil {
			return err
		}
		return tx.PutNearKeysMany(ctx, items)
	}); err != nil {
		b.Fatal(err)
	}
	found, cpu0 := 0, processCPU()
	for i := 0; b.Loop(); i++ {
		d := ds[(i*7919)%n]
		f := core.NearFilter{LaunchID: l.ID, Locale: d.Locale, Channel: d.Channel, SKU: d.SKU, Category: "charm", CatalogueKeys: 64}
		got, err := s.NearRefs(ctx, storetest.NearBenchKeys((i*7919)%n), 32, 64, f)
		if err != nil {
			b.Fatal(err)
		}
		found += len(got)
	}
	b.ReportMetric(float64(found)/float64(b.N), "refs/op")
	b.ReportMetric(float64(processCPU()-cpu0)/float64(b.N), "cpu-ns/op")
}

// processCPU is the process's CPU time so far: the machine these runs
// share is loaded, so wall time a call says little.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

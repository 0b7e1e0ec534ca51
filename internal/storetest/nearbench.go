package storetest

import (
	"context"
	"fmt"
	"syscall"
	"testing"
	"time"

	"github.com/copydesk/copydesk/internal/core"
)

// NearBenchKeys are the near-duplicate keys of draft i in a launch shaped
// like cmd/bench's (24 products in 2 locales repeated: four bands in five
// shared by every draft of the product and locale, the fifth the draft's
// own): 64 keys of the draft's scope, then 64 of the published copy's
// scope, which holds nothing. The index benchmarks of every store use it
// (nearredis' BenchmarkLaunch, BenchNearRefs).
func NearBenchKeys(i int) []int64 {
	keys := make([]int64, 0, 128)
	p := i % 48
	for b := range 64 {
		if b%5 == 0 {
			keys = append(keys, int64(1<<40+i*64+b))
		} else {
			keys = append(keys, int64(p*64+b))
		}
	}
	for b := range 64 {
		keys = append(keys, int64(1<<50+p*64+b))
	}
	return keys
}

// BenchCharmLaunch builds an en-GB pdp launch of n charms (SKU00000...)
// with one in-review draft each, ids assigned (core.PrepareLaunch), for the
// near-duplicate benchmarks. draft, when not nil, makes draft i of the
// given SKU; by default its text is "copy".
func BenchCharmLaunch(n int, draft func(i int, sku string) *core.Draft) (*core.Launch, []core.Product, []*core.Draft) {
	l := &core.Launch{Name: "near", SourceLocale: "en-GB", Locales: []string{"en-GB"}, Channels: []string{"pdp"},
		GoLive: "2027-02-01", Mode: core.ModeGenerate, CreatedBy: "bench"}
	ps := make([]core.Product, 0, n)
	ds := make([]*core.Draft, 0, n)
	for i := range n {
		ps = append(ps, core.Product{SKU: fmt.Sprintf("SKU%05d", i), Name: "Charm", Category: "charm"})
		if draft != nil {
			ds = append(ds, draft(i, ps[i].SKU))
		} else {
			ds = append(ds, &core.Draft{SKU: ps[i].SKU, Locale: "en-GB", Channel: "pdp", Status: core.StatusInReview, Text: "copy"})
		}
	}
	core.PrepareLaunch(l, len(ps), ds, time.Now(), core.NewID)
	return l, ps, ds
}

// BenchNearRefs is one near-duplicate lookup of a draft in a launch of
// 10,000 indexed drafts with nothing published, as a check asks it (128
// keys, the last 64 the published copy's): the store's candidates (~1,000-
// 1,700 numbers, at most 32 a key, grouped and counted), then the rows of
// the candidates. It reports refs/op and cpu-ns/op, this process's CPU a
// lookup (a server's, PostgreSQL's, not counted): the machine these runs
// share is loaded, so wall time a call says little (#17). Each store's
// BenchmarkNearRefs calls it with a fresh store.
func BenchNearRefs(b *testing.B, s core.Store) {
	ctx := context.Background()
	const n = 10000
	l, ps, ds := BenchCharmLaunch(n, nil)
	items := make([]core.NearKeys, n)
	for i, d := range ds {
		items[i] = core.NearKeys{Ref: d.ID, Keys: NearBenchKeys(i)[:64]}
	}
	if err := s.Tx(ctx, func(tx core.TxStore) error {
		if err := InsertRows(ctx, tx, l, ps, ds); err != nil {
			return err
		}
		return tx.PutNearKeysMany(ctx, items)
	}); err != nil {
		b.Fatal(err)
	}
	found, cpu0 := 0, ProcessCPU()
	for i := 0; b.Loop(); i++ {
		d := ds[(i*7919)%n]
		f := core.NearFilter{LaunchID: l.ID, Locale: d.Locale, Channel: d.Channel, SKU: d.SKU, Category: "charm", CatalogueKeys: 64}
		got, err := s.NearRefs(ctx, NearBenchKeys((i*7919)%n), 32, 64, f)
		if err != nil {
			b.Fatal(err)
		}
		found += len(got)
	}
	b.ReportMetric(float64(found)/float64(b.N), "refs/op")
	b.ReportMetric(float64(ProcessCPU()-cpu0)/float64(b.N), "cpu-ns/op")
}

// ProcessCPU is the process's CPU time so far (user and system).
func ProcessCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

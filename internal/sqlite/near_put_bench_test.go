package sqlite_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"strconv"
	"testing"
	"time"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/storetest"
)

// BenchmarkNearPutLaunch indexes a launch's drafts in the embedded store
// as the worker's group commits do (20 texts a transaction, 64 random keys
// each) and reports the process's CPU a draft in each quarter of the
// launch (q1-q4 cpu-µs/draft): flat when indexing a draft costs the same
// at the end of a large launch as at its start. NEAR_PUT_DRAFTS sets the
// launch's size (default 40,000: the index outgrew the writer's page cache
// at ~16,000 before migration 00018). Run with -benchtime 1x.
func BenchmarkNearPutLaunch(b *testing.B) {
	ctx := context.Background()
	n := 40000
	if v, err := strconv.Atoi(os.Getenv("NEAR_PUT_DRAFTS")); err == nil && v > 0 {
		n = v
	}
	for b.Loop() {
		b.StopTimer()
		s := newStore(b)
		l := &core.Launch{Name: "near", SourceLocale: "en-GB", Locales: []string{"en-GB"}, Channels: []string{"pdp"},
			GoLive: "2027-02-01", Mode: core.ModeGenerate, CreatedBy: "bench"}
		ps := make([]core.Product, n)
		ds := make([]*core.Draft, n)
		for i := range n {
			ps[i] = core.Product{SKU: fmt.Sprintf("SKU%06d", i), Name: "Charm", Category: "charm"}
			ds[i] = &core.Draft{SKU: ps[i].SKU, Locale: "en-GB", Channel: "pdp", Status: core.StatusInReview, Text: "copy"}
		}
		core.PrepareLaunch(l, len(ps), ds, time.Now(), core.NewID)
		for start := 0; start < n; start += 5000 {
			end := min(start+5000, n)
			if err := s.Tx(ctx, func(tx core.TxStore) error {
				if start == 0 {
					if err := tx.InsertLaunch(ctx, l); err != nil {
						return err
					}
				}
				if err := tx.InsertProducts(ctx, l.ID, ps[start:end]); err != nil {
					return err
				}
				return tx.InsertDrafts(ctx, ds[start:end])
			}); err != nil {
				b.Fatal(err)
			}
		}
		rng := rand.New(rand.NewPCG(17, uint64(n)))
		b.StartTimer()
		const batch = 20
		var quarters [4]time.Duration
		q, cpu0 := 0, storetest.ProcessCPU()
		for i := 0; i < n; i += batch {
			items := make([]core.NearKeys, 0, batch)
			for _, d := range ds[i:min(i+batch, n)] {
				keys := make([]int64, 64)
				for k := range keys {
					keys[k] = int64(rng.Uint64())
				}
				items = append(items, core.NearKeys{Ref: d.ID, Keys: keys})
			}
			if err := s.Tx(ctx, func(tx core.TxStore) error { return tx.PutNearKeysMany(ctx, items) }); err != nil {
				b.Fatal(err)
			}
			if done := min(i+batch, n); q < 4 && done >= (q+1)*n/4 {
				now := storetest.ProcessCPU()
				quarters[q], cpu0 = now-cpu0, now
				q++
			}
		}
		for q, d := range quarters {
			b.ReportMetric(float64(d.Microseconds())/float64(n/4), fmt.Sprintf("q%d-cpu-µs/draft", q+1))
		}
	}
}

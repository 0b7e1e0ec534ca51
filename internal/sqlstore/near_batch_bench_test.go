package sqlstore_test

import (
	"context"
	"fmt"
	"os"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/jackc/pgx/v5"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/sqlstore"
	"github.com/copydesk/copydesk/internal/storetest"
	"github.com/copydesk/copydesk/internal/testutil"
)

// BenchmarkNearRefsTogether is storetest.BenchNearRefs' launch-shaped
// lookups (10,000 drafts, 64 keys each, 32 a key, 64 candidates) from 50
// goroutines at once, as a worker's tasks ask, each lookup alone
// (together=false) and sent with those that arrive meanwhile
// (near_batch.go): cpu-ns/op is this process's CPU a lookup, pg-ns/op
// its PostgreSQL backends' (their /proc/PID/stat: the server on this
// machine), stmts/op the statements sent a lookup.
func BenchmarkNearRefsTogether(b *testing.B) {
	for _, together := range []bool{false, true} {
		b.Run(fmt.Sprintf("together=%v", together), func(b *testing.B) {
			if !together {
				sqlstore.SetNearBatchOff(b)
			}
			benchNearRefsTogether(b, false)
		})
	}
}

// BenchmarkNearTextsTogether is the same launch's NearTextsOf of two refs
// of its 20 newest drafts (the texts a worker's checker misses are the
// ones written last), 50 goroutines at once, each call alone and read
// with those that arrive meanwhile.
func BenchmarkNearTextsTogether(b *testing.B) {
	for _, together := range []bool{false, true} {
		b.Run(fmt.Sprintf("together=%v", together), func(b *testing.B) {
			if !together {
				sqlstore.SetNearBatchOff(b)
			}
			benchNearRefsTogether(b, true)
		})
	}
}

func benchNearRefsTogether(b *testing.B, texts bool) {
	ctx := context.Background()
	s, app := openNamedPostgres(b, "nearbatchbench", "nearbatch")
	defer s.Close()
	const n = 10000
	l, ps, ds := storetest.BenchCharmLaunch(n, nil)
	items := make([]core.NearKeys, n)
	for i, d := range ds {
		items[i] = core.NearKeys{Ref: d.ID, Keys: storetest.NearBenchKeys(i)[:64]}
	}
	if err := s.Tx(ctx, func(tx core.TxStore) error {
		if err := storetest.InsertRows(ctx, tx, l, ps, ds); err != nil {
			return err
		}
		return tx.PutNearKeysMany(ctx, items)
	}); err != nil {
		b.Fatal(err)
	}
	lookup := func(i int) int {
		if texts {
			got, err := s.NearTextsOf(ctx, []string{ds[n-1-(i*7)%20].ID, ds[n-1-(i*13)%20].ID})
			if err != nil {
				b.Error(err)
			}
			return len(got)
		}
		d := ds[(i*7919)%n]
		f := core.NearFilter{LaunchID: l.ID, Locale: d.Locale, Channel: d.Channel, SKU: d.SKU, Category: "charm", CatalogueKeys: 64}
		got, err := s.NearRefs(ctx, storetest.NearBenchKeys((i*7919)%n), 32, 64, f)
		if err != nil {
			b.Error(err)
		}
		return len(got)
	}
	for i := range 100 { // the copy built, the pool's connections open
		lookup(i)
	}
	admin, err := pgx.Connect(ctx, testutil.ServiceURL(b, "TEST_DATABASE_URL"))
	if err != nil {
		b.Fatal(err)
	}
	defer admin.Close(ctx)
	backends := func() map[string]int64 { return backendCPU(b, admin, app) }
	pg0, cpu0, st0 := backends(), storetest.ProcessCPU(), s.Statements()
	const workers = 50
	var next sync.Mutex
	i := 0
	b.ResetTimer()
	var wg sync.WaitGroup
	found := 0
	var fmu sync.Mutex
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				next.Lock()
				if i >= b.N {
					next.Unlock()
					return
				}
				j := i
				i++
				next.Unlock()
				got := lookup(j)
				fmu.Lock()
				found += got
				fmu.Unlock()
			}
		}()
	}
	wg.Wait()
	b.StopTimer()
	cpu, st, pg1 := storetest.ProcessCPU()-cpu0, s.Statements()-st0, backends()
	var pgms int64
	for pid, v := range pg1 {
		pgms += v - pg0[pid]
	}
	b.ReportMetric(float64(found)/float64(b.N), "refs/op")
	b.ReportMetric(float64(cpu)/float64(b.N), "cpu-ns/op")
	b.ReportMetric(float64(pgms)*1e6/float64(b.N), "pg-ns/op")
	b.ReportMetric(float64(st)/float64(b.N), "stmts/op")
}

// backendCPU reads, for every PostgreSQL backend whose application_name is
// app, its user and system CPU in ms from /proc/PID/stat (fields 14 and
// 15, 100 ticks a second: the server must run on this machine), keyed by
// PID. A backend gone since pg_stat_activity listed it is left out.
func backendCPU(b testing.TB, admin *pgx.Conn, app string) map[string]int64 {
	b.Helper()
	cpu := map[string]int64{}
	var pids []int64
	rows, err := admin.Query(context.Background(), "SELECT pid FROM pg_stat_activity WHERE application_name = $1", app)
	if err != nil {
		b.Fatal(err)
	}
	for rows.Next() {
		var pid int64
		if err := rows.Scan(&pid); err != nil {
			b.Fatal(err)
		}
		pids = append(pids, pid)
	}
	rows.Close()
	for _, pid := range pids {
		st, err := os.ReadFile("/proc/" + strconv.FormatInt(pid, 10) + "/stat")
		if err != nil {
			continue
		}
		f := strings.Fields(string(st[strings.LastIndexByte(string(st), ')')+2:]))
		ut, _ := strconv.ParseInt(f[11], 10, 64)
		stt, _ := strconv.ParseInt(f[12], 10, 64)
		cpu[strconv.FormatInt(pid, 10)] = (ut + stt) * 10
	}
	return cpu
}

// BenchmarkNearEntriesOf reads four neighbours' texts in a statement of
// their own, as a worker's checker misses them (a ~700-byte text and its
// ~1.2 kB stored signature each): as NearTextsOf gives them
// (entries=false: the text and the signature copied out of the row) and
// with their entries made as read (entries=true, NearEntriesOf: the
// decoder here returns one entry for all, so B/op is the store's own; a
// checker's StoredEntry decodes the same shingles either way). perf39.
func BenchmarkNearEntriesOf(b *testing.B) {
	ctx := context.Background()
	s, _ := openNamedPostgres(b, "nearentriesbench", "nearentries")
	defer s.Close()
	const n = 16
	l, ps, ds := storetest.BenchCharmLaunch(n, func(i int, sku string) *core.Draft {
		sig := make([]byte, 1+256+8*120)
		sig[0] = 1
		for j := range sig[1:] {
			sig[1+j] = byte(i + j)
		}
		return &core.Draft{SKU: sku, Locale: "en-GB", Channel: "pdp", Status: core.StatusInReview,
			Text: strings.Repeat(fmt.Sprintf("copy %d of a charm ", i), 35), NearSig: sig}
	})
	if err := s.Tx(ctx, func(tx core.TxStore) error {
		if err := storetest.InsertRows(ctx, tx, l, ps, ds); err != nil {
			return err
		}
		for _, d := range ds {
			if err := tx.SaveDraft(ctx, d); err != nil {
				return err
			}
		}
		return nil
	}); err != nil {
		b.Fatal(err)
	}
	dec := &oneEntry{}
	for _, entries := range []bool{false, true} {
		b.Run(fmt.Sprintf("entries=%v", entries), func(b *testing.B) {
			read := func(i int) []core.NearRef {
				refs := []string{ds[i%n].ID, ds[(i+3)%n].ID, ds[(i+7)%n].ID, ds[(i+11)%n].ID}
				var got []core.NearRef
				var err error
				if entries {
					got, err = s.NearEntriesAlone(ctx, refs, dec)
				} else {
					got, err = s.NearTextsAlone(ctx, refs)
				}
				if err != nil || len(got) != 4 {
					b.Fatalf("%d rows, %v", len(got), err)
				}
				return got
			}
			for i := range 20 {
				read(i)
			}
			cpu0 := storetest.ProcessCPU()
			b.ReportAllocs()
			b.ResetTimer()
			for i := range b.N {
				read(i)
			}
			b.StopTimer()
			b.ReportMetric(float64(storetest.ProcessCPU()-cpu0)/float64(b.N), "cpu-ns/op")
		})
	}
}

// oneEntry is a core.NearEntryDecoder that gives one entry for every
// signature.
type oneEntry struct{ e int }

func (d *oneEntry) NearEntry(string, bool, int, []byte) any { return &d.e }

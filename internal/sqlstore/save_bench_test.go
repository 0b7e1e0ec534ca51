package sqlstore_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/testutil"
)

// BenchmarkSaveDraftsMoves is the group commit's two draft moves on
// PostgreSQL, in batches of 16 drafts of a 10,000-draft launch, one
// transaction a batch and move (LockDrafts, then SaveDrafts): queued ->
// generating (the status, time and lease), then generating -> in_review
// (a 120-word text, three findings, usage and a signature). pg-ns/op is
// the backend's CPU a draft, both moves and their BEGIN, LockDrafts and
// COMMIT (its /proc/PID/stat: the server on this machine), cpu-ns/op
// this process's.
func BenchmarkSaveDraftsMoves(b *testing.B) {
	ctx := context.Background()
	s, app := openNamedPostgres(b, "savebench", "savebench")
	defer s.Close()
	const launchSize, batch = 10000, 16
	l := &core.Launch{Name: "save", SourceLocale: "en-GB", Locales: []string{"en-GB"}, Channels: []string{"pdp"},
		GoLive: "2027-02-01", Mode: core.ModeGenerate, CreatedBy: "bench"}
	n := max(b.N, launchSize)
	var ps []core.Product
	var ds []*core.Draft
	for i := range n {
		ps = append(ps, core.Product{SKU: fmt.Sprintf("SKU%06d", i), Name: "Charm", Category: "charm"})
		ds = append(ds, &core.Draft{SKU: ps[i].SKU, Locale: "en-GB", Channel: "pdp", Status: core.StatusQueued})
	}
	storeLaunch(b, s, l, ps, ds)
	text := strings.TrimSpace(strings.Repeat("A sterling silver charm with a polished finish, made to sit on any bracelet. ", 9))
	findings := []core.Finding{{Rule: "style.length", Category: "style", Severity: core.SeverityWarn, Message: "the copy is long", Start: 0, End: 40},
		{Rule: "grounding.material", Category: "grounding", Severity: core.SeverityWarn, Message: "sterling silver: check", Start: 2, End: 17},
		{Rule: "style.repeat", Category: "style", Severity: core.SeverityWarn, Message: "charm repeated", Start: 20, End: 25}}
	sig := make([]byte, 256)
	for i := range sig {
		sig[i] = byte(i * 7)
	}
	move := func(ids []string, to core.Status) {
		if err := s.Tx(ctx, func(tx core.TxStore) error {
			got, err := tx.LockDrafts(ctx, ids)
			if err != nil {
				return err
			}
			now := time.Now().UTC().Truncate(time.Microsecond)
			for _, d := range got {
				d.Status, d.UpdatedAt = to, now
				if to == core.StatusGenerating {
					d.LeaseToken, d.LeaseUntil = "token", now.Add(time.Minute)
					continue
				}
				d.LeaseToken, d.LeaseUntil = "", time.Time{}
				d.Text, d.Findings, d.NearSig, d.Version, d.Attempts = text, findings, sig, d.Version+1, d.Attempts+1
				d.Model, d.PromptVersion, d.PromptHash, d.StyleGuideVersion = "offline", "p1", "h1", "g1"
				d.Usage = core.Usage{PromptTokens: 900, CompletionTokens: 200, Cost: 0.001}
			}
			return tx.SaveDrafts(ctx, got)
		}); err != nil {
			b.Fatal(err)
		}
	}
	ids := make([]string, len(ds))
	for i, d := range ds {
		ids[i] = d.ID
	}
	admin, err := pgx.Connect(ctx, testutil.ServiceURL(b, "TEST_DATABASE_URL"))
	if err != nil {
		b.Fatal(err)
	}
	defer admin.Close(ctx)
	backends := func() int64 {
		var ms int64
		for _, v := range backendCPU(b, admin, app) {
			ms += v
		}
		return ms
	}
	pg0 := backends()
	b.ResetTimer()
	for i := 0; i < b.N; i += batch {
		part := ids[i:min(i+batch, b.N)]
		move(part, core.StatusGenerating)
		move(part, core.StatusInReview)
	}
	b.StopTimer()
	b.ReportMetric(float64(backends()-pg0)*1e6/float64(b.N), "pg-ns/op")
}

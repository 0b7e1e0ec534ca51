package app

import (
	"context"
	"encoding/json"
	"log/slog"
	"path/filepath"
	"testing"
	"time"

	"github.com/copydesk/copydesk"
	"github.com/copydesk/copydesk/internal/core"
)

func TestWithPoolSize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"sqlite:./x.db", "sqlite:./x.db"},
		{"postgres://h/db", "postgres://h/db?pool_max_conns=25"},
		{"postgres://h/db?sslmode=disable", "postgres://h/db?sslmode=disable&pool_max_conns=25"},
		{"postgres://h/db?pool_max_conns=3", "postgres://h/db?pool_max_conns=3"},
	}
	for _, tt := range tests {
		if got := withPoolSize(tt.in, 20); got != tt.want {
			t.Errorf("withPoolSize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestLoadConfigDefaults(t *testing.T) {
	c, err := LoadConfig(func(string) string { return "" })
	if err != nil {
		t.Fatal(err)
	}
	if c.HTTPAddr != ":8080" || c.DatabaseURL != "sqlite:./data/copydesk.db" || !c.Embedded() ||
		c.WorkerConcurrency != 20 || c.ReconcileInterval != 30*time.Second || c.StuckAfter != 5*time.Minute || c.MaxAttempts != 3 {
		t.Fatalf("defaults = %+v", c)
	}
	c, err = LoadConfig(func(k string) string {
		return map[string]string{"OPENAI_API_KEY": "sk-x", "OPENAI_BASE_URL": "http://llm/v1", "LLM_MODEL": "m"}[k]
	})
	if err != nil || c.LLMAPIKey != "sk-x" || c.LLMBaseURL != "http://llm/v1" {
		t.Fatalf("OPENAI_* not read: %+v, %v", c, err)
	}
}

// BenchmarkSampleLaunch measures the embedded default's main job: the
// bundled sample launch (24 products x 3 locales) from submission until
// every draft is written and checked, with the offline generator, SQLite
// and in-process Redis and workers.
func BenchmarkSampleLaunch(b *testing.B) {
	var in core.LaunchInput
	if err := json.Unmarshal(copydesk.SampleLaunch, &in); err != nil {
		b.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	cfg, _ := LoadConfig(func(k string) string {
		return map[string]string{"DATABASE_URL": "sqlite:" + filepath.Join(b.TempDir(), "bench.db"), "ADMIN_TOKEN": "a"}[k]
	})
	a, err := New(ctx, cfg, slog.New(slog.DiscardHandler))
	if err != nil {
		b.Fatal(err)
	}
	defer a.Close()
	go a.RunWorkers(ctx)
	admin, _ := a.Service.Authenticate(ctx, "a")
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		l, _, err := a.Service.SubmitLaunch(ctx, admin, in, "")
		if err != nil {
			b.Fatal(err)
		}
		for {
			l, err = a.Service.GetLaunch(ctx, l.ID)
			if err != nil {
				b.Fatal(err)
			}
			if l.Counts[core.StatusQueued]+l.Counts[core.StatusGenerating] == 0 {
				break
			}
			time.Sleep(5 * time.Millisecond)
		}
	}
	b.ReportMetric(float64(len(in.Products)*len(in.Locales)*b.N)/b.Elapsed().Seconds(), "drafts/s")
}

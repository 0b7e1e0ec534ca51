package app

import (
	"context"
	"encoding/json"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/alicebob/miniredis/v2"
	"github.com/redis/go-redis/v9"

	"github.com/copydesk/copydesk"
	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/text/segment"
)

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

// DICT_CACHE_DIR is read into Config by LoadConfig (cmd/api and
// cmd/worker) and handed to internal/text/segment by New: unset the
// user's cache directory, off none, else the directory.
func TestLoadConfigDictCacheDir(t *testing.T) {
	def := ""
	if base, err := os.UserCacheDir(); err == nil {
		def = filepath.Join(base, "copydesk")
	}
	dir := t.TempDir()
	t.Cleanup(func() { segment.SetCacheDir("") })
	for _, tc := range []struct{ env, field, dir string }{
		{"", "", def},
		{"off", "off", ""},
		{dir, dir, dir},
		{" " + dir + " ", dir, dir},
	} {
		cfg, err := LoadConfig(func(k string) string {
			return map[string]string{"DATABASE_URL": "sqlite:" + filepath.Join(t.TempDir(), "c.db"), "DICT_CACHE_DIR": tc.env}[k]
		})
		if err != nil || cfg.DictCacheDir != tc.field {
			t.Fatalf("DICT_CACHE_DIR=%q: %q, %v; want %q", tc.env, cfg.DictCacheDir, err, tc.field)
		}
		segment.SetCacheDir("elsewhere")
		a, err := New(context.Background(), cfg, slog.New(slog.DiscardHandler))
		if err != nil {
			t.Fatal(err)
		}
		a.Close()
		if got := segment.CacheDir(); got != tc.dir {
			t.Errorf("DICT_CACHE_DIR=%q: the dictionaries' cache in %q, want %q", tc.env, got, tc.dir)
		}
	}
}

// NEAR_INDEX: the store unless told otherwise; redis without a
// REDIS_URL, or another value, stops the start.
func TestLoadConfigNearIndex(t *testing.T) {
	const pg, sqlite, rd = "postgres://db/c", "sqlite:./c.db", "redis://r:6379/0"
	for _, tc := range []struct {
		db, redis, nearIndex string
		want, wantErr        string
	}{
		{pg, rd, "", NearIndexStore, ""},
		{pg, rd, "redis", NearIndexRedis, ""},
		{pg, "", "", NearIndexStore, ""},
		{sqlite, rd, "", NearIndexStore, ""},
		{pg, rd, "store", NearIndexStore, ""},
		{sqlite, rd, "redis", NearIndexRedis, ""},
		{pg, "", "redis", "", "NEAR_INDEX=redis needs REDIS_URL"},
		{pg, rd, "memory", "", `NEAR_INDEX must be store or redis, got "memory"`},
	} {
		c, err := LoadConfig(func(k string) string {
			return map[string]string{"DATABASE_URL": tc.db, "REDIS_URL": tc.redis, "NEAR_INDEX": tc.nearIndex}[k]
		})
		switch {
		case tc.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tc.wantErr)):
			t.Errorf("%s %q %q: error %v, want %q", tc.db, tc.redis, tc.nearIndex, err, tc.wantErr)
		case tc.wantErr == "" && (err != nil || c.NearIndex != tc.want):
			t.Errorf("%s %q %q: %q, %v; want %q", tc.db, tc.redis, tc.nearIndex, c.NearIndex, err, tc.want)
		}
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

func TestNewGenerator(t *testing.T) {
	mr := miniredis.RunT(t)
	rdb := redis.NewClient(&redis.Options{Addr: mr.Addr()})
	defer rdb.Close()
	providers := filepath.Join(t.TempDir(), "providers.yaml")
	if err := os.WriteFile(providers, []byte(`providers:
  - {name: primary, base_url: "http://127.0.0.1:1/v1", api_key_env: PRIMARY_KEY, model: m1, rpm: 100, weight: 3}
  - {name: fallback, base_url: "http://127.0.0.1:2/v1", model: m2, rpm: 20, weight: 0}
`), 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		env     map[string]string
		wantID  string
		wantRPM float64
		wantErr string
	}{
		{"offline by default", nil, "offline/template-v1", 0, ""},
		{"one provider", map[string]string{"LLM_BASE_URL": "http://vllm:8000/v1", "LLM_MODEL": "llama", "LLM_RPM": "120"}, "vllm/llama;", 117.6, ""},
		{"providers file", map[string]string{"LLM_PROVIDERS_FILE": providers, "PRIMARY_KEY": "sk-1"}, "primary/m1;fallback/m2;", 98, ""},
		{"missing providers file", map[string]string{"LLM_PROVIDERS_FILE": "/nope.yaml"}, "", 0, "LLM_PROVIDERS_FILE"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg, err := LoadConfig(func(k string) string { return tt.env[k] })
			if err != nil {
				t.Fatal(err)
			}
			gen, id, err := NewGenerator(cfg, cfg.Getenv, rdb, slog.New(slog.DiscardHandler), nil)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err = %v, want %q", err, tt.wantErr)
				}
				return
			}
			if err != nil || id != tt.wantID {
				t.Fatalf("id = %q, %v; want %q", id, err, tt.wantID)
			}
			if est, ok := gen.(core.Estimator); ok {
				if got := est.Estimate(core.GenerateRequest{}).RequestsPerMinute; got < tt.wantRPM-0.01 || got > tt.wantRPM+0.01 {
					t.Fatalf("pace = %v rpm, want %v", got, tt.wantRPM)
				}
			} else if tt.wantRPM != 0 {
				t.Fatalf("%T cannot estimate", gen)
			}
		})
	}
}

// TestEmbeddedRestartResumesWork: the in-process Redis loses its queue
// when the process stops; the next start must pick the work up from the
// database at once.
func TestEmbeddedRestartResumesWork(t *testing.T) {
	db := "sqlite:" + filepath.Join(t.TempDir(), "restart.db")
	cfg, err := LoadConfig(func(k string) string {
		return map[string]string{"DATABASE_URL": db, "ADMIN_TOKEN": "a", "STUCK_AFTER": "1h"}[k]
	})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	first, err := New(ctx, cfg, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	admin, _ := first.Service.Authenticate(ctx, "a")
	var in core.LaunchInput
	if err := json.Unmarshal(copydesk.SampleLaunch, &in); err != nil {
		t.Fatal(err)
	}
	in.Products = in.Products[:3]
	l, _, err := first.Service.SubmitLaunch(ctx, admin, in, "")
	if err != nil {
		t.Fatal(err)
	}
	first.Close() // stopped before any worker ran: the queue is gone

	second, err := New(ctx, cfg, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	defer second.Close()
	runCtx, stop := context.WithCancel(ctx)
	defer stop()
	go second.RunWorkers(runCtx)
	go second.RunSweep(runCtx)
	// Wait on the second run's commits to the outbox (no polling); the
	// timeout only guards against a hang.
	wait, cancelWait := context.WithTimeout(ctx, 2*time.Minute)
	defer cancelWait()
	var got *core.Launch
	err = second.Service.Await(wait, func(ctx context.Context) (bool, error) {
		got, err = second.Service.GetLaunch(ctx, l.ID)
		return err == nil && got.Counts[core.StatusInReview] == 9, err
	})
	if err != nil {
		t.Fatalf("the work of the first run was not resumed: %v (counts %v)", err, got.Counts)
	}
}

func TestAutoApproveConfig(t *testing.T) {
	env := func(v string) func(string) string {
		return func(k string) string { return map[string]string{"AUTO_APPROVE": v}[k] }
	}
	c, err := LoadConfig(env(" fr-fr:0.1, de-DE:0 "))
	if err != nil || len(c.AutoApprove) != 2 || c.AutoApprove["fr-FR"] != 0.1 || c.AutoApprove["de-DE"] != 0 {
		t.Fatalf("AUTO_APPROVE parsed to %v, %v", c.AutoApprove, err)
	}
	if c, _ := LoadConfig(env("")); c.AutoApprove != nil {
		t.Errorf("unset AUTO_APPROVE gave a policy: %v", c.AutoApprove)
	}
	for _, bad := range []string{"fr-FR", "fr-FR:1.5", "fr-FR:-0.1", "xx-!!:0.1", "fr-FR:half"} {
		if _, err := LoadConfig(env(bad)); err == nil || !strings.Contains(err.Error(), "AUTO_APPROVE") {
			t.Errorf("AUTO_APPROVE=%q: %v, want an error naming it", bad, err)
		}
	}
}

func TestWorkerMemoryLimit(t *testing.T) {
	tests := []struct {
		in      string
		want    int64
		wantErr bool
	}{
		{"", DefaultWorkerMemoryLimit, false},
		{"off", 0, false},
		{"0", 0, false},
		{"96MiB", 96 << 20, false},
		{"1GiB", 1 << 30, false},
		{"512KiB", 512 << 10, false},
		{"123456789", 123456789, false},
		{"100B", 100, false},
		{"80MB", 0, true},
		{"-1MiB", 0, true},
		{"lots", 0, true},
	}
	for _, tt := range tests {
		c, err := LoadConfig(func(k string) string { return map[string]string{"WORKER_MEMORY_LIMIT": tt.in}[k] })
		if tt.wantErr {
			if err == nil || !strings.Contains(err.Error(), "WORKER_MEMORY_LIMIT") {
				t.Errorf("%q: error %v, want one naming WORKER_MEMORY_LIMIT", tt.in, err)
			}
			continue
		}
		if err != nil || c.WorkerMemoryLimit != tt.want {
			t.Errorf("%q: %d, %v; want %d", tt.in, c.WorkerMemoryLimit, err, tt.want)
		}
	}
}

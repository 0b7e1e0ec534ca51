package app

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/alicebob/miniredis/v2"
	"github.com/redis/go-redis/v9"

	"github.com/copydesk/copydesk"
	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/fakellm"
	"github.com/copydesk/copydesk/internal/offline"
	"github.com/copydesk/copydesk/internal/styleguide"
)

// BenchmarkLaunchAtProviderLimit runs a whole launch that needs 200 model
// calls against the fake provider (300 ms latency, 120 requests a minute,
// 429 with Retry-After beyond it): with the shared limiter in one worker
// process, in two worker processes sharing Redis, and with the limiter
// off. It reports the provider's pace as a share of its limit, the 429s
// and the prompt tokens per draft. About 100 s a case; a shorter variant:
// COPYDESK_BENCH_RPM=600 COPYDESK_BENCH_DRAFTS=100.
//
//	go test -run '^$' -bench LaunchAtProviderLimit -benchtime 1x ./internal/app
func BenchmarkLaunchAtProviderLimit(b *testing.B) {
	rpm := envInt("COPYDESK_BENCH_RPM", 120)
	drafts := envInt("COPYDESK_BENCH_DRAFTS", 200)
	for _, bc := range []struct {
		name    string
		workers int
		limiter bool
	}{
		{"limiter/1-worker", 1, true},
		{"limiter/2-workers", 2, true},
		{"no-limiter/1-worker", 1, false},
	} {
		b.Run(bc.name, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				runPaceCase(b, rpm, drafts, bc.workers, bc.limiter)
			}
		})
	}
}

func runPaceCase(b *testing.B, rpm, drafts, workers int, limiter bool) {
	guide, err := styleguide.Parse(copydesk.ExampleStyleGuide)
	if err != nil {
		b.Fatal(err)
	}
	fake := fakellm.New(fakellm.Options{Model: "fake", Latency: 300 * time.Millisecond, RPM: rpm, Reply: offlineReply(guide)})
	llmSrv := httptest.NewServer(fake)
	defer llmSrv.Close()

	env := map[string]string{
		"DATABASE_URL":       "sqlite:" + filepath.Join(b.TempDir(), "pace.db"),
		"REDIS_URL":          sharedRedis(b),
		"LLM_BASE_URL":       llmSrv.URL + "/v1",
		"LLM_MODEL":          "fake",
		"ADMIN_TOKEN":        "a",
		"WORKER_CONCURRENCY": "20",
	}
	if limiter {
		env["LLM_RPM"] = strconv.Itoa(rpm)
	}
	cfg, err := LoadConfig(func(k string) string { return env[k] })
	if err != nil {
		b.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	var apps []*App
	for range workers {
		a, err := New(ctx, cfg, slog.New(slog.DiscardHandler))
		if err != nil {
			b.Fatal(err)
		}
		apps = append(apps, a)
		go a.RunWorkers(ctx)
	}
	defer func() {
		cancel()
		time.Sleep(100 * time.Millisecond)
		for _, a := range apps {
			a.Close()
		}
	}()

	svc := apps[0].Service
	admin, _ := svc.Authenticate(ctx, "a")
	in := paceLaunch(b, drafts)
	start := time.Now()
	l, _, err := svc.SubmitLaunch(ctx, admin, in, "")
	if err != nil {
		b.Fatal(err)
	}
	for {
		l, err = svc.GetLaunch(ctx, l.ID)
		if err != nil {
			b.Fatal(err)
		}
		if l.Counts[core.StatusQueued]+l.Counts[core.StatusGenerating] == 0 {
			break
		}
		time.Sleep(200 * time.Millisecond)
	}
	elapsed := time.Since(start)
	st := fake.Stats()
	b.ReportMetric(st.Pace()/float64(rpm), "limit_share")
	b.ReportMetric(float64(st.RateLimited), "429s")
	b.ReportMetric(float64(st.Requests), "requests")
	b.ReportMetric(float64(st.MaxInWindow), "max_in_60s")
	b.ReportMetric(elapsed.Seconds(), "launch_s")
	b.ReportMetric(float64(l.Usage.PromptTokens)/float64(drafts), "prompt_tokens/draft")
	b.ReportMetric(float64(l.Counts[core.StatusInReview]), "in_review")
}

// paceLaunch is the sample launch's products repeated under new SKUs, in
// en-GB and fr-FR, making n drafts.
func paceLaunch(b *testing.B, n int) core.LaunchInput {
	var in core.LaunchInput
	if err := json.Unmarshal(copydesk.SampleLaunch, &in); err != nil {
		b.Fatal(err)
	}
	base := in.Products
	in.Products = nil
	in.Locales = []string{"en-GB", "fr-FR"}
	for i := range n / 2 {
		p := base[i%len(base)]
		p.SKU = fmt.Sprintf("P%05d", i)
		p.Name = fmt.Sprintf("%s %d", p.Name, i)
		in.Products = append(in.Products, p)
	}
	return in
}

// offlineReply makes the fake provider answer like a model that writes
// clean copy: it reads the locale, channel and product facts from the
// prompt and lets the offline writer write them.
func offlineReply(guide *styleguide.Guide) func(fakellm.ChatRequest) string {
	return func(req fakellm.ChatRequest) string {
		user := req.Messages[len(req.Messages)-1].Content
		var p core.Product
		_ = json.Unmarshal([]byte(between(user, "<product_data>\n", "\n</product_data>")), &p)
		text := offline.Write(core.GenerateRequest{Product: p, Guide: guide, Attempt: 1,
			Locale: between(user, "Target locale: ", " ("), Channel: between(user, "Channel: ", " (")})
		out, _ := json.Marshal(map[string]string{"text": text})
		return string(out)
	}
}

func between(s, start, end string) string {
	_, after, ok := strings.Cut(s, start)
	if !ok {
		return ""
	}
	v, _, _ := strings.Cut(after, end)
	return v
}

// sharedRedis is the Redis every worker of a case shares: a database of
// its own on TEST_REDIS_URL when set, else an in-process one.
func sharedRedis(b *testing.B) string {
	if u := os.Getenv("TEST_REDIS_URL"); u != "" {
		parsed, err := url.Parse(u)
		if err != nil {
			b.Fatal(err)
		}
		parsed.Path = "/12"
		opt, err := redis.ParseURL(parsed.String())
		if err != nil {
			b.Fatal(err)
		}
		rdb := redis.NewClient(opt)
		defer rdb.Close()
		if err := rdb.FlushDB(context.Background()).Err(); err != nil {
			b.Fatal(err)
		}
		return parsed.String()
	}
	mr := miniredis.NewMiniRedis()
	if err := mr.Start(); err != nil {
		b.Fatal(err)
	}
	b.Cleanup(mr.Close)
	return "redis://" + mr.Addr() + "/0"
}

func envInt(name string, def int) int {
	if n, err := strconv.Atoi(os.Getenv(name)); err == nil && n > 0 {
		return n
	}
	return def
}

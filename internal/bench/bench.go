// Package bench measures a whole launch end to end, the way an operator
// runs one: the REST API and a worker in their own processes, the offline
// writer in place of a model, PostgreSQL + Redis or the embedded default
// (SQLite and an in-process Redis). It reports drafts per second for each
// quarter of the launch (so growth shows), Asynq's own no-op pace on the
// same Redis in the same run, the time POST /v1/launches takes to answer,
// the worker's peak RSS and CPU per draft, and GET /v1/launches/{id}
// under load from this process. cmd/bench is its command.
package bench

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/alicebob/miniredis/v2"
	"github.com/hibiken/asynq"
	"github.com/jackc/pgx/v5"
	"github.com/redis/go-redis/v9"

	"github.com/copydesk/copydesk/internal/core"
)

// Stores a case can run on.
const (
	StorePostgres = "pg"       // PostgreSQL + Redis, API and worker processes
	StoreEmbedded = "embedded" // SQLite + in-process Redis and workers, one process
)

// Options configure a run.
type Options struct {
	Sizes       []int    // drafts per case
	Stores      []string // StorePostgres, StoreEmbedded
	Locales     []string // the launch's locales (products = drafts / locales)
	Concurrency int      // WORKER_CONCURRENCY
	// Workers is how many worker processes the PostgreSQL case runs (0 or
	// 1: one); the worker figures (CPU) are their sum, RSS the first's.
	Workers int
	// DatabaseURL is a PostgreSQL server the bench may create and drop a
	// schema on; RedisURL a Redis database it may flush (it must be empty
	// unless Flush is set).
	DatabaseURL, RedisURL string
	Flush                 bool
	// Exe is this program: children are Exe -role api|worker.
	Exe string
	// WorkerExe, when set, is the PostgreSQL case's worker binary
	// (cmd/worker, built with go build), run without arguments in place of
	// Exe -role worker: the worker as deployed, linking only what a worker
	// needs (internal/appcore), where Exe links the API and the rest. Its first line on stdout is its ready line; the bench's
	// profiles (BENCH_CPUPROFILE_DIR, BENCH_MEMPROFILE_DIR) are Exe's own.
	WorkerExe string
	// Load is the GET /v1/launches/{id} load after each launch.
	LoadConns    int
	LoadDuration time.Duration
	LoadMax      int
	// Timeout bounds one launch from submission to the last draft.
	Timeout time.Duration
	// KeepSchema keeps the PostgreSQL case's schema after the launch, for
	// EXPLAIN and pg_stat_user_tables; its name is printed.
	KeepSchema bool
	// Env is added to the children's environment (STUCK_AFTER, ...).
	Env map[string]string
}

// Result is one case.
type Result struct {
	Store    string
	Drafts   int
	Launches int
	Raw      RawResult
	// Ingest is the time every POST /v1/launches took to answer 202, and
	// IngestMax the slowest single one.
	Ingest, IngestMax time.Duration
	Total             time.Duration // first POST to the last draft out of queued/generating
	Quarters          [4]float64    // drafts/s in each quarter of the launch
	QuarterRSS        [4]float64    // the worker's RSS at the end of each quarter, MiB
	// QuarterAnon and QuarterFile split QuarterRSS into the kernel's
	// RssAnon (the Go heap, stacks, runtime) and RssFile (the binary's
	// own pages as far as they are mapped), MiB.
	QuarterAnon, QuarterFile [4]float64
	Final                    map[core.Status]int
	Worker                   Usage         // the worker's (embedded: the whole process's) life
	WorkerCPU                time.Duration // CPU from the first POST to the last draft
	Processed                int           // generation tasks Asynq ran (PostgreSQL case), -1 unknown
	Get                      LoadResult
	Failures                 []Failure // the failed drafts (at most maxFailures), read back after the launch
	Chain                    *Chain    // the rest of the chain's CPU (PostgreSQL case)
}

// PerSec is the launch's overall drafts per second.
func (r Result) PerSec() float64 { return float64(r.Drafts) / r.Total.Seconds() }

// CPUPerDraft is the worker's CPU per draft during the launch.
func (r Result) CPUPerDraft() time.Duration { return r.WorkerCPU / time.Duration(max(r.Drafts, 1)) }

// Run runs every case and prints each result as it comes, then a summary.
func Run(ctx context.Context, o Options, stdout, stderr io.Writer) ([]Result, error) {
	var results []Result
	for _, store := range o.Stores {
		for _, n := range o.Sizes {
			fmt.Fprintf(stdout, "== %s, %d drafts (%d locales, %d worker(s) of concurrency %d), load average %s\n", store, n, len(o.Locales), max(o.Workers, 1), o.Concurrency, loadAverage())
			r, err := runCase(ctx, o, store, n, stdout, stderr)
			if err != nil {
				return results, fmt.Errorf("%s %d: %w", store, n, err)
			}
			printResult(stdout, r)
			results = append(results, r)
		}
	}
	PrintSummary(stdout, results)
	return results, nil
}

func runCase(ctx context.Context, o Options, store string, n int, stdout, stderr io.Writer) (Result, error) {
	res := Result{Store: store, Drafts: n, Processed: -1}
	launches, err := Launches(n, o.Locales)
	if err != nil {
		return res, err
	}
	res.Drafts = 0
	for _, l := range launches {
		res.Drafts += len(l.Products) * len(l.Locales) * len(l.Channels)
	}
	n = res.Drafts
	token := newSecret()
	env := map[string]string{
		"ADMIN_TOKEN": token, "WORKER_CONCURRENCY": fmt.Sprint(o.Concurrency),
		// The offline writer and the bundled guide, whatever this shell has.
		"LLM_BASE_URL": "", "LLM_API_KEY": "", "OPENAI_BASE_URL": "", "OPENAI_API_KEY": "",
		"LLM_PROVIDERS_FILE": "", "LLM_MODEL": "", "STYLE_GUIDE": "", "LLM_RPM": "", "LLM_TPM": "",
		// The GET load and the progress polls are one token's requests.
		"API_RATE_LIMIT": "0",
	}
	for k, v := range o.Env {
		env[k] = v
	}
	var (
		redisOpt asynq.RedisConnOpt
		pgApp    string // the children's application_name on PostgreSQL
	)
	switch store {
	case StorePostgres:
		if o.DatabaseURL == "" || o.RedisURL == "" {
			return res, fmt.Errorf("the PostgreSQL case needs a database URL and a Redis URL")
		}
		dbURL, app, drop, err := freshSchema(ctx, o.DatabaseURL)
		if err != nil {
			return res, err
		}
		if o.KeepSchema {
			fmt.Fprintf(stdout, "schema %s is kept (drop it with DROP SCHEMA %s CASCADE)\n", app, app)
		} else {
			defer drop()
		}
		if err := emptyRedis(ctx, o.RedisURL, o.Flush); err != nil {
			return res, err
		}
		defer func() { _ = emptyRedis(context.Background(), o.RedisURL, true) }()
		env["DATABASE_URL"], env["REDIS_URL"] = dbURL, o.RedisURL
		pgApp = app
		redisOpt, err = asynq.ParseRedisURI(o.RedisURL)
		if err != nil {
			return res, err
		}
	case StoreEmbedded:
		dir, err := os.MkdirTemp("", "copydesk-bench-")
		if err != nil {
			return res, err
		}
		defer os.RemoveAll(dir)
		env["DATABASE_URL"], env["REDIS_URL"] = "sqlite:"+filepath.Join(dir, "bench.db"), ""
		// Asynq's pace on the kind of Redis the embedded default runs.
		mr := miniredis.NewMiniRedis()
		if err := mr.Start(); err != nil {
			return res, err
		}
		defer mr.Close()
		redisOpt = asynq.RedisClientOpt{Addr: mr.Addr()}
	default:
		return res, fmt.Errorf("unknown store %q", store)
	}

	res.Raw, err = RawAsynq(ctx, redisOpt, n, o.Concurrency)
	if err != nil {
		return res, err
	}
	fmt.Fprintf(stdout, "raw Asynq: %d no-op tasks enqueued in %s, run at %.0f/s\n", n, res.Raw.Enqueue.Round(time.Millisecond), res.Raw.PerSec)

	api, err := startChild(ctx, o.Exe, RoleAPI, env, stderr)
	if err != nil {
		return res, err
	}
	apiStopped := false
	defer func() {
		if !apiStopped {
			api.stop()
		}
	}()
	base := strings.TrimPrefix(api.line, "listening ")
	worker := api
	var others []*child // the PostgreSQL case's further workers
	if store == StorePostgres {
		worker, err = startWorker(ctx, o, env, stderr)
		if err != nil {
			return res, err
		}
		defer func() {
			if worker != nil {
				worker.stop()
			}
		}()
		for range max(o.Workers, 1) - 1 {
			w, err := startWorker(ctx, o, env, stderr)
			if err != nil {
				return res, err
			}
			defer w.stop()
			others = append(others, w)
		}
	}
	workersCPU := func() time.Duration {
		t := worker.cpu()
		for _, w := range others {
			t += w.cpu()
		}
		return t
	}
	hc := &http.Client{Timeout: 5 * time.Minute}

	var meter *chainMeter
	if store == StorePostgres {
		meter = newChainMeter(ctx, api, o.DatabaseURL, pgApp, o.RedisURL)
	}
	cpu0 := workersCPU()
	start := time.Now()
	var ids []string
	for _, in := range launches {
		body, _ := json.Marshal(in)
		t0 := time.Now()
		var l core.Launch
		if err := call(ctx, hc, http.MethodPost, base+"/v1/launches", token, body, http.StatusAccepted, &l); err != nil {
			return res, fmt.Errorf("submit: %w", err)
		}
		d := time.Since(t0)
		res.Ingest += d
		res.IngestMax = max(res.IngestMax, d)
		ids = append(ids, l.ID)
	}
	fmt.Fprintf(stdout, "submitted %d launch(es) in %s (slowest %s)\n", len(ids), res.Ingest.Round(time.Millisecond), res.IngestMax.Round(time.Millisecond))

	// Poll progress; the time each quarter is crossed is interpolated
	// between polls.
	type sample struct {
		t    time.Duration
		done int
	}
	prev := sample{}
	var crossed [4]time.Duration
	q := 0
	deadline := time.After(o.Timeout)
	tick := time.NewTicker(250 * time.Millisecond)
	defer tick.Stop()
	lastPrint := time.Now()
	for q < 4 {
		select {
		case <-ctx.Done():
			return res, ctx.Err()
		case <-deadline:
			return res, fmt.Errorf("the launch did not finish within %s (%d of %d drafts)", o.Timeout, prev.done, n)
		case <-tick.C:
		}
		done, counts, err := progress(ctx, hc, base, token, ids)
		if err != nil {
			return res, err
		}
		now := sample{t: time.Since(start), done: done}
		rss := worker.rss()
		anon, file := procRssSplit(worker.cmd.Process.Pid)
		if meter != nil {
			meter.sample(ctx)
		}
		for q < 4 && now.done >= (q+1)*n/4 {
			target := (q + 1) * n / 4
			frac := 1.0
			if now.done > prev.done {
				frac = float64(target-prev.done) / float64(now.done-prev.done)
			}
			crossed[q] = prev.t + time.Duration(frac*float64(now.t-prev.t))
			res.QuarterRSS[q] = rss
			res.QuarterAnon[q], res.QuarterFile[q] = anon, file
			if o.Env["BENCH_MEMPROFILE_DIR"] != "" && (o.WorkerExe == "" || worker == api) {
				// (cmd/worker takes no SIGUSR1: it would end it.)
				worker.heapProfile()
			}
			q++
		}
		if q == 4 {
			res.Final = counts
		}
		if time.Since(lastPrint) > 10*time.Second {
			fmt.Fprintf(stdout, "  %s: %d/%d drafts done, worker RSS %.0f MiB\n", now.t.Round(time.Second), done, n, rss)
			lastPrint = time.Now()
		}
		prev = now
	}
	res.WorkerCPU = workersCPU() - cpu0
	if meter != nil {
		c := meter.done(ctx)
		res.Chain = &c
	}
	res.Total = crossed[3]
	for i := range 4 {
		from := time.Duration(0)
		if i > 0 {
			from = crossed[i-1]
		}
		res.Quarters[i] = float64(n/4) / (crossed[i] - from).Seconds()
	}
	res.Launches = len(ids)

	if res.Final[core.StatusFailed] > 0 {
		if res.Failures, err = failures(ctx, hc, base, token, ids); err != nil {
			fmt.Fprintf(stderr, "reading the failed drafts: %v\n", err)
		}
	}
	if o.LoadConns > 0 {
		res.Get = Load(ctx, base+"/v1/launches/"+ids[len(ids)-1], token, o.LoadConns, o.LoadDuration, o.LoadMax)
	}
	if store == StorePostgres {
		insp := asynq.NewInspector(redisOpt)
		if info, err := insp.GetQueueInfo("generate"); err == nil {
			res.Processed = info.ProcessedTotal
		}
		insp.Close()
		res.Worker = worker.stop()
		worker = nil
	} else {
		res.Worker = api.stop()
		apiStopped = true
	}
	return res, nil
}

// progress sums the launches' drafts that left queued and generating.
func progress(ctx context.Context, hc *http.Client, base, token string, ids []string) (int, map[core.Status]int, error) {
	counts := map[core.Status]int{}
	for _, id := range ids {
		var l core.Launch
		if err := call(ctx, hc, http.MethodGet, base+"/v1/launches/"+id, token, nil, http.StatusOK, &l); err != nil {
			return 0, nil, err
		}
		for s, c := range l.Counts {
			counts[s] += c
		}
	}
	done := 0
	for s, c := range counts {
		if s != core.StatusQueued && s != core.StatusGenerating {
			done += c
		}
	}
	return done, counts, nil
}

func call(ctx context.Context, hc *http.Client, method, u, token string, body []byte, want int, out any) error {
	req, err := http.NewRequestWithContext(ctx, method, u, bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+token)
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	resp, err := hc.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != want {
		return fmt.Errorf("%s %s: %d %s", method, u, resp.StatusCode, truncate(string(b), 500))
	}
	return json.Unmarshal(b, out)
}

func truncate(s string, n int) string {
	if len(s) > n {
		return s[:n] + "…"
	}
	return s
}

func newSecret() string {
	b := make([]byte, 16)
	_, _ = rand.Read(b)
	return "bench_" + hex.EncodeToString(b)
}

// freshSchema makes a schema of a random name and returns a URL whose
// sessions use it and carry its name as their application_name (so that
// their backends can be found in pg_stat_activity), the name, and a
// function that drops it.
func freshSchema(ctx context.Context, base string) (string, string, func(), error) {
	conn, err := connectPlain(ctx, base)
	if err != nil {
		return "", "", nil, fmt.Errorf("connect to PostgreSQL: %w", err)
	}
	defer conn.Close(ctx)
	b := make([]byte, 6)
	_, _ = rand.Read(b)
	schema := "bench_" + hex.EncodeToString(b)
	if _, err := conn.Exec(ctx, "CREATE SCHEMA "+schema); err != nil {
		return "", "", nil, err
	}
	drop := func() {
		c, err := connectPlain(context.Background(), base)
		if err != nil {
			return
		}
		defer c.Close(context.Background())
		_, _ = c.Exec(context.Background(), "DROP SCHEMA "+schema+" CASCADE")
	}
	u, err := url.Parse(base)
	if err != nil {
		drop()
		return "", "", nil, err
	}
	qs := u.Query()
	qs.Set("search_path", schema)
	qs.Set("application_name", schema)
	u.RawQuery = qs.Encode()
	return u.String(), schema, drop, nil
}

// connectPlain opens one connection of the bench's own to the database at
// u, leaving out pgxpool's settings (pool_max_conns=…): those are for the
// children's pools, which read them from DATABASE_URL, and a single
// connection would send them to the server as unknown parameters.
func connectPlain(ctx context.Context, u string) (*pgx.Conn, error) {
	if parsed, err := url.Parse(u); err == nil {
		qs := parsed.Query()
		for k := range qs {
			if strings.HasPrefix(k, "pool_") {
				qs.Del(k)
			}
		}
		parsed.RawQuery = qs.Encode()
		u = parsed.String()
	}
	return pgx.Connect(ctx, u)
}

// emptyRedis makes sure the bench's Redis database is empty: it flushes
// it when flush is set and refuses a database holding keys otherwise.
func emptyRedis(ctx context.Context, u string, flush bool) error {
	opt, err := redis.ParseURL(u)
	if err != nil {
		return fmt.Errorf("redis URL: %w", err)
	}
	rdb := redis.NewClient(opt)
	defer rdb.Close()
	if flush {
		return rdb.FlushDB(ctx).Err()
	}
	n, err := rdb.DBSize(ctx).Result()
	if err != nil {
		return err
	}
	if n > 0 {
		return fmt.Errorf("redis database %d holds %d keys; give an empty one or -flush", opt.DB, n)
	}
	return nil
}

// loadAverage is the machine's 1, 5 and 15 minute load averages: the
// figures of a shared machine mean little without them.
func loadAverage() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "unknown"
	}
	f := strings.Fields(string(b))
	if len(f) < 3 {
		return "unknown"
	}
	return strings.Join(f[:3], " ")
}

func printResult(w io.Writer, r Result) {
	fmt.Fprintf(w, "drafts/s by quarter: %.0f  %.0f  %.0f  %.0f (overall %.0f, %s)\n",
		r.Quarters[0], r.Quarters[1], r.Quarters[2], r.Quarters[3], r.PerSec(), r.Total.Round(time.Millisecond))
	fmt.Fprintf(w, "worker: peak RSS %.0f MiB (by quarter %.0f %.0f %.0f %.0f), CPU %.2f ms/draft\n",
		r.Worker.PeakRSS, r.QuarterRSS[0], r.QuarterRSS[1], r.QuarterRSS[2], r.QuarterRSS[3], float64(r.CPUPerDraft().Microseconds())/1000)
	fmt.Fprintf(w, "worker RssAnon / RssFile MiB by quarter: %.1f / %.1f, %.1f / %.1f, %.1f / %.1f, %.1f / %.1f\n",
		r.QuarterAnon[0], r.QuarterFile[0], r.QuarterAnon[1], r.QuarterFile[1], r.QuarterAnon[2], r.QuarterFile[2], r.QuarterAnon[3], r.QuarterFile[3])
	if c := r.Chain; c != nil {
		per := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 / float64(max(r.Drafts, 1)) }
		fmt.Fprintf(w, "chain CPU ms/draft: worker %.2f, API %.2f, PostgreSQL backends %.2f, WAL writer+checkpointer+bgwriter %.2f (server-wide), Redis %.2f (server-wide)",
			per(r.WorkerCPU), per(c.API), per(c.Backends), per(c.PGAux), per(c.Redis))
		if !c.Known {
			fmt.Fprint(w, " (some figures could not be read)")
		}
		fmt.Fprintln(w)
	}
	fmt.Fprintf(w, "final: %v; generation tasks run: %s; load average %s\n", r.Final, processed(r), loadAverage())
	if r.Get.Requests > 0 {
		fmt.Fprintf(w, "GET /v1/launches/{id}: %.0f req/s, p50 %s, p99 %s, %d errors in %d requests\n",
			r.Get.PerSec, r.Get.P50.Round(10*time.Microsecond), r.Get.P99.Round(10*time.Microsecond), r.Get.Errors, r.Get.Requests)
	}
	printFailures(w, r.Failures)
}

func processed(r Result) string {
	if r.Processed < 0 {
		return "n/a"
	}
	return fmt.Sprintf("%d for %d drafts", r.Processed, r.Drafts)
}

// PrintSummary prints one row per case.
func PrintSummary(w io.Writer, results []Result) {
	if len(results) == 0 {
		return
	}
	fmt.Fprintln(w, "\nsummary")
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "store\tdrafts\tdrafts/s\tQ1\tQ2\tQ3\tQ4\traw Asynq/s\tratio\tPOST s\tRSS MiB\tCPU ms/draft\tGET req/s\tGET p99 ms\ttasks run\t")
	for _, r := range results {
		fmt.Fprintf(tw, "%s\t%d\t%.0f\t%.0f\t%.0f\t%.0f\t%.0f\t%.0f\t%.1f×\t%.2f\t%.0f\t%.2f\t%.0f\t%.1f\t%s\t\n",
			r.Store, r.Drafts, r.PerSec(), r.Quarters[0], r.Quarters[1], r.Quarters[2], r.Quarters[3],
			r.Raw.PerSec, r.Raw.PerSec/r.PerSec(), r.Ingest.Seconds(), r.Worker.PeakRSS,
			float64(r.CPUPerDraft().Microseconds())/1000, r.Get.PerSec, float64(r.Get.P99.Microseconds())/1000, processed(r))
	}
	tw.Flush()
}

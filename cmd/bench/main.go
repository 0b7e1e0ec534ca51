// Command bench runs whole launches through copydesk with the offline
// writer and reports drafts/s per quarter of each launch beside Asynq's own
// no-op pace on the same Redis, the time POST /v1/launches takes, the
// worker's peak RSS and CPU per draft, and GET /v1/launches/{id} under
// load. See docs/PERFORMANCE.md.
//
//	go run ./cmd/bench -sizes 1000,10000 -stores pg,embedded
//
// PostgreSQL + Redis come from -database-url and -redis-url (default
// BENCH_DATABASE_URL or TEST_DATABASE_URL, BENCH_REDIS_URL or
// TEST_REDIS_URL); the bench makes and drops its own schema, and wants an
// empty Redis database (or -flush to empty it first and after).
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/copydesk/copydesk/internal/bench"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Getenv, os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "copydesk-bench:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("bench", flag.ContinueOnError)
	fs.SetOutput(stderr)
	role := fs.String("role", "", "internal: run as the bench's api or worker child process")
	sizes := fs.String("sizes", "1000,10000", "drafts per launch, comma-separated (100000 is opt-in)")
	stores := fs.String("stores", "pg,embedded", "stores to run: pg (PostgreSQL + Redis), embedded (SQLite + in-process Redis); empty for none")
	locales := fs.String("locales", "en-GB,fr-FR", "the launch's locales, or all (every locale pack's, 25); products = drafts / locales")
	concurrency := fs.Int("concurrency", 50, "WORKER_CONCURRENCY of the worker")
	workers := fs.Int("workers", 1, "worker processes of the pg case (CPU per draft is their sum)")
	dbURL := fs.String("database-url", or(getenv("BENCH_DATABASE_URL"), getenv("TEST_DATABASE_URL")), "PostgreSQL server for the pg case")
	redisURL := fs.String("redis-url", or(getenv("BENCH_REDIS_URL"), getenv("TEST_REDIS_URL")), "Redis database for the pg case (must be empty, or -flush)")
	flush := fs.Bool("flush", false, "flush the Redis database before and after each pg case")
	keepSchema := fs.Bool("keep-schema", false, "keep the pg case's schema (its name is printed) for EXPLAIN and pg_stat_user_tables")
	loadConns := fs.Int("load-conns", 50, "connections of the GET /v1/launches/{id} load after each launch (0: none)")
	loadDur := fs.Duration("load-duration", 5*time.Second, "how long the GET load lasts at most")
	loadMax := fs.Int("load-max", 200000, "how many GET requests the load sends at most")
	timeout := fs.Duration("timeout", 2*time.Hour, "give up on a launch after this long")
	checkTexts := fs.Int("check", 1000, "texts of the check comparison with Vale (0: none)")
	cpuProfile := fs.String("cpuprofile-dir", "", "write a CPU profile of each child (api.pprof, worker.pprof) into this directory")
	memProfile := fs.String("memprofile-dir", "", "write heap profiles of the worker (worker-heap-N.pprof, and .txt with the runtime's memory figures; the embedded process's api-heap-N) at the end of each quarter into this directory")
	vale := fs.String("vale", or(getenv("VALE"), "vale"), "the Vale binary for the check comparison")
	checkRuns := fs.Int("check-runs", 5, "runs of each side of the check comparison, alternating (the median counts)")
	checkExe := fs.String("check-exe", getenv("BENCH_CHECK_EXE"), "cmd/checkcorpus's binary (go build ./cmd/checkcorpus): the same check in a binary linking the checker alone, run beside the bench's own check child each round")
	workerExe := fs.String("worker-exe", getenv("BENCH_WORKER_EXE"), "the pg case's worker binary (go build -o PATH ./cmd/worker), run in place of this program's -role worker: the worker as deployed, without the API (-cpuprofile-dir and -memprofile-dir then profile the API alone)")
	checkCPU := fs.Int("check-cpu", 1, "the CPU both sides of the check comparison are pinned to (taskset -c)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *role != "" {
		return bench.RunRole(ctx, *role, getenv, stdout, stderr)
	}
	locs, err := bench.ExpandLocales(split(*locales))
	if err != nil {
		return err
	}
	o := bench.Options{
		Stores: split(*stores), Locales: locs, Concurrency: *concurrency, Workers: *workers,
		DatabaseURL: *dbURL, RedisURL: *redisURL, Flush: *flush, KeepSchema: *keepSchema,
		LoadConns: *loadConns, LoadDuration: *loadDur, LoadMax: *loadMax, Timeout: *timeout,
	}
	o.Env = map[string]string{}
	for _, p := range [][2]string{{*cpuProfile, "BENCH_CPUPROFILE_DIR"}, {*memProfile, "BENCH_MEMPROFILE_DIR"}} {
		if p[0] == "" {
			continue
		}
		dir, err := filepath.Abs(p[0])
		if err != nil {
			return err
		}
		o.Env[p[1]] = dir
	}
	for _, s := range split(*sizes) {
		n, err := strconv.Atoi(s)
		if err != nil || n < 4 {
			return fmt.Errorf("-sizes: %q is not a number of drafts of at least 4", s)
		}
		o.Sizes = append(o.Sizes, n)
	}
	if len(o.Stores) > 0 && (len(o.Sizes) == 0 || len(o.Locales) == 0) {
		return errors.New("-sizes and -locales must not be empty")
	}
	exe, err := os.Executable()
	if err != nil {
		return err
	}
	o.Exe = exe
	if *workerExe != "" {
		if o.WorkerExe, err = filepath.Abs(*workerExe); err != nil {
			return err
		}
	}
	if len(o.Stores) > 0 {
		if _, err := bench.Run(ctx, o, stdout, stderr); err != nil {
			return err
		}
	}
	if *checkTexts > 0 {
		path, err := exec.LookPath(*vale)
		if err != nil {
			fmt.Fprintf(stdout, "Vale not found (%s): copydesk's side of the check comparison only; give -vale or VALE\n", *vale)
			path = ""
		}
		r, err := bench.CompareVale(ctx, bench.ValeOptions{Exe: exe, CheckExe: *checkExe, Vale: path, Texts: *checkTexts, Runs: *checkRuns, CPU: *checkCPU})
		if err != nil {
			return err
		}
		bench.PrintVale(stdout, r)
	}
	return nil
}

func split(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func or(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// Command worker runs copydesk's generation and publishing tasks from
// Redis. Run as many as the providers' rate limits allow; they share the
// work and the limits. It is built on internal/appcore alone: none of the
// HTTP API, the reviewer UI, the queue monitor, the in-process Redis or
// the spreadsheet (XLSX) code is linked, so none of their code, data or
// start-up work is in a worker's memory (#17).
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"syscall"

	"golang.org/x/sync/errgroup"

	"github.com/copydesk/copydesk/internal/appcore"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Getenv, os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "copydesk-worker:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	if len(args) > 0 {
		return fmt.Errorf("worker takes no arguments; configure it with the environment (see README)")
	}
	cfg, err := appcore.LoadConfig(getenv)
	if err != nil {
		return err
	}
	if cfg.Embedded() {
		return errors.New("REDIS_URL is required: the worker takes its work from Redis (the API runs workers itself when REDIS_URL is unset)")
	}
	log := appcore.NewLogger(stderr, slog.LevelInfo)
	cfg.PoolSize = appcore.WorkerPoolSize
	a, err := appcore.New(ctx, cfg, log, appcore.Options{})
	if err != nil {
		return err
	}
	defer a.Close()
	limit := appcore.ApplyWorkerMemoryLimit(ctx, cfg, getenv)
	floor := ""
	if limit > 0 && getenv("GOMEMLIMIT") == "" {
		floor = " (a floor, raised to keep the heap goal at 3/2 of the live heap)"
	}
	fmt.Fprintf(stdout, "copydesk worker: %d concurrent tasks, memory limit %s%s\n", cfg.WorkerConcurrency, memoryLimit(limit), floor)
	g, gctx := errgroup.WithContext(ctx)
	g.Go(func() error { return a.RunWorkers(gctx) })
	g.Go(func() error { a.RunSweep(gctx); return nil })
	return g.Wait()
}

// memoryLimit says a soft memory limit in MiB ("none" for 0).
func memoryLimit(n int64) string {
	if n <= 0 {
		return "none"
	}
	return fmt.Sprintf("%d MiB", n>>20)
}

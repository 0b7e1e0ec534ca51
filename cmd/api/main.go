// Command api serves copydesk over HTTP: the REST API under /v1 (with the
// launch event feed), the reviewer UI at /review/, /healthz, /readyz,
// /metrics, /openapi.json and, for admins, the queue monitor at
// /admin/queues/. With no configuration it runs everything in one process:
// SQLite, an in-process Redis with the workers and the sweep inside, and
// the offline generator; with REDIS_URL set it only serves, and cmd/worker
// processes do the work. -demo submits the bundled sample launch and shows
// it through. It is wiring only: main calls run, which builds internal/app.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"golang.org/x/sync/errgroup"

	"github.com/copydesk/copydesk/internal/app"
	"github.com/copydesk/copydesk/internal/core"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Getenv, os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "copydesk-api:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("api", flag.ContinueOnError)
	fs.SetOutput(stderr)
	demo := fs.Bool("demo", false, "submit the bundled sample launch, show its progress and publish a few drafts")
	demoExit := fs.Bool("demo-exit", false, "with -demo: stop once the demo is done instead of serving on")
	demoLocales := fs.String("demo-locales", "", `with -demo: the launch's locales, comma-separated ("ja-JP,ar-AE"), or "all" for the 25 supported locales; default the sample's en-GB, fr-FR and de-DE`)
	if err := fs.Parse(args); err != nil {
		return err
	}
	demoLocs, err := demoLocaleList(*demoLocales)
	if err != nil {
		return err
	}
	cfg, err := app.LoadConfig(getenv)
	if err != nil {
		return err
	}
	log := app.NewLogger(stderr, slog.LevelInfo)
	generated := false
	if cfg.Embedded() {
		if cfg.AdminToken == "" {
			generated = true
			cfg.AdminToken = core.NewSecret()
			fmt.Fprintf(stdout, "admin token (generated for this run): %s\n", cfg.AdminToken)
		}
		if cfg.WebhookSecret == "" {
			cfg.WebhookSecret = "whsec_" + strings.TrimPrefix(core.NewSecret(), "cd_")
			fmt.Fprintf(stdout, "webhook secret (generated for this run): %s\n", cfg.WebhookSecret)
		}
	} else if cfg.AdminToken == "" {
		log.Warn("ADMIN_TOKEN is unset: no bootstrap admin; use tokens made earlier")
	}

	a, err := app.New(ctx, cfg, log)
	if err != nil {
		return err
	}
	defer a.Close()

	ln, err := net.Listen("tcp", cfg.HTTPAddr)
	if err != nil {
		return fmt.Errorf("listen on %s: %w", cfg.HTTPAddr, err)
	}
	base := "http://" + displayAddr(ln.Addr())
	// On shutdown the server stops accepting, finishes the requests in
	// flight and ends event streams; the workers hand tasks still running
	// back to the queue (app.Serve).
	fmt.Fprintf(stdout, "copydesk API listening on %s (store %s, %s)\n", base, storeKind(cfg), mode(cfg))

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	g, gctx := errgroup.WithContext(ctx)
	g.Go(func() error { return a.Serve(gctx, ln) })
	if *demo {
		g.Go(func() error {
			err := runDemo(gctx, a.Service, demoRun{adminToken: cfg.AdminToken, generated: generated, base: base,
				locales: demoLocs, exit: *demoExit, store: storeKind(cfg)}, stdout)
			if err != nil || *demoExit {
				cancel()
			}
			return err
		})
	}
	return g.Wait()
}

func displayAddr(a net.Addr) string {
	tcp, ok := a.(*net.TCPAddr)
	if ok && (tcp.IP == nil || tcp.IP.IsUnspecified()) {
		return fmt.Sprintf("localhost:%d", tcp.Port)
	}
	return a.String()
}

func storeKind(cfg app.Config) string {
	if strings.HasPrefix(cfg.DatabaseURL, "sqlite:") {
		return cfg.DatabaseURL
	}
	return "PostgreSQL"
}

func mode(cfg app.Config) string {
	if cfg.Embedded() {
		return "embedded Redis and workers"
	}
	return "queueing to Redis; run cmd/worker for the work"
}

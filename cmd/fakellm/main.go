// Command fakellm serves a fake OpenAI-compatible chat completions API for
// local runs, demos and load tests: point LLM_BASE_URL at it and copydesk
// writes plausible copy with no network and no bill, at the latency, rate
// limit and fault rates you choose. GET /stats reports what it served.
package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/copydesk/copydesk/internal/fakellm"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Getenv, os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "fakellm:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("fakellm", flag.ContinueOnError)
	fs.SetOutput(stderr)
	addr := fs.String("addr", orDefault(getenv("FAKELLM_ADDR"), "127.0.0.1:8089"), "listen address (env FAKELLM_ADDR)")
	var opts fakellm.Options
	fs.DurationVar(&opts.Latency, "latency", 0, "delay before every answer, e.g. 300ms")
	fs.IntVar(&opts.RPM, "rpm", 0, "requests per minute before answering 429 (0: no limit)")
	fs.Float64Var(&opts.ServerErrorRate, "error-rate", 0, "fraction of requests answered 500")
	fs.Float64Var(&opts.HangRate, "hang-rate", 0, "fraction of requests never answered (until -hang-for)")
	fs.DurationVar(&opts.HangFor, "hang-for", 2*time.Minute, "how long a hung request hangs")
	fs.Float64Var(&opts.MalformedRate, "malformed-rate", 0, "fraction of requests answered with broken JSON")
	fs.Float64Var(&opts.TruncatedRate, "truncated-rate", 0, "fraction of replies cut short with finish_reason length")
	fs.Float64Var(&opts.RefusalRate, "refusal-rate", 0, "fraction of replies that are refusals")
	fs.Float64Var(&opts.NULRate, "nul-rate", 0, "fraction of replies whose text holds NUL, control and bidi characters")
	fs.Uint64Var(&opts.Seed, "seed", 1, "seed of the fault draws")
	script := fs.String("script", "", "file of scripted replies, one JSON value a line: a string (the content) or an object {content, finish_reason, refusal, fault, status, body, retry_after}")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected arguments: %v", fs.Args())
	}
	for name, rate := range map[string]float64{"error-rate": opts.ServerErrorRate, "hang-rate": opts.HangRate,
		"malformed-rate": opts.MalformedRate, "truncated-rate": opts.TruncatedRate, "refusal-rate": opts.RefusalRate, "nul-rate": opts.NULRate} {
		if rate < 0 || rate > 1 {
			return fmt.Errorf("-%s must be between 0 and 1, got %v", name, rate)
		}
	}
	if opts.RPM < 0 || opts.Latency < 0 {
		return errors.New("-rpm and -latency must not be negative")
	}
	if *script != "" {
		replies, err := readScript(*script)
		if err != nil {
			return err
		}
		opts.Script = replies
	}

	fake := fakellm.New(opts)
	mux := http.NewServeMux()
	mux.HandleFunc("GET /stats", func(w http.ResponseWriter, _ *http.Request) {
		st := fake.Stats()
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(map[string]any{"stats": st, "pace_per_minute": st.Pace()})
	})
	mux.Handle("/", fake)

	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}
	fmt.Fprintf(stdout, "fakellm listening on http://%s/v1 (latency %v, rpm %d)\n", ln.Addr(), opts.Latency, opts.RPM)
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	shutdown, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	return srv.Shutdown(shutdown)
}

// readScript reads one scripted reply a line; blank lines and lines
// starting with # are skipped.
func readScript(path string) ([]fakellm.Scripted, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var replies []fakellm.Scripted
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(make([]byte, 0, 64<<10), 4<<20)
	for line := 1; sc.Scan(); line++ {
		text := bytes.TrimSpace(sc.Bytes())
		if len(text) == 0 || text[0] == '#' {
			continue
		}
		var reply fakellm.Scripted
		if text[0] == '"' {
			var content string
			if err := json.Unmarshal(text, &content); err != nil {
				return nil, fmt.Errorf("%s:%d: %v", path, line, err)
			}
			reply.Content = content
		} else {
			dec := json.NewDecoder(bytes.NewReader(text))
			dec.DisallowUnknownFields()
			if err := dec.Decode(&reply); err != nil {
				return nil, fmt.Errorf("%s:%d: %v", path, line, err)
			}
		}
		replies = append(replies, reply)
	}
	return replies, sc.Err()
}

func orDefault(v, def string) string {
	if v != "" {
		return v
	}
	return def
}

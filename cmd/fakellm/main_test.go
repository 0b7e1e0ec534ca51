package main

import (
	"context"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/copydesk/copydesk/internal/testutil"
)

func TestRunServesScriptedRepliesAndStats(t *testing.T) {
	dir := t.TempDir()
	script := filepath.Join(dir, "replies.jsonl")
	if err := os.WriteFile(script, []byte("# first a plain reply\n\"{\\\"text\\\": \\\"scripted\\\"}\"\n{\"status\": 429, \"retry_after\": 3}\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	stdout := &testutil.SyncBuffer{}
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, []string{"-addr", "127.0.0.1:0", "-script", script}, func(string) string { return "" }, stdout, io.Discard)
	}()
	addr := regexp.MustCompile(`http://\S+/v1`)
	wait, stop := context.WithTimeout(ctx, time.Minute)
	defer stop()
	text, _ := stdout.Await(wait, addr.MatchString) // woken by each write
	base := addr.FindString(text)
	if base == "" {
		t.Fatalf("no address printed: %q", stdout.String())
	}
	body := `{"model":"m","messages":[{"role":"user","content":"hi"}]}`
	for i, want := range []int{200, 429, 200} {
		resp, err := http.Post(base+"/chat/completions", "application/json", strings.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != want {
			t.Fatalf("request %d: %d %s", i, resp.StatusCode, b)
		}
		if i == 0 && !strings.Contains(string(b), "scripted") {
			t.Errorf("first reply not scripted: %s", b)
		}
	}
	resp, err := http.Get(strings.TrimSuffix(base, "/v1") + "/stats")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if !strings.Contains(string(b), `"Requests":3`) || !strings.Contains(string(b), `"RateLimited":1`) {
		t.Errorf("stats %s", b)
	}
	cancel()
	if err := <-done; err != nil {
		t.Errorf("run: %v", err)
	}
}

func TestRunRefusesBadFlags(t *testing.T) {
	for _, args := range [][]string{{"-error-rate", "2"}, {"-rpm", "-1"}, {"extra"}, {"-script", "/does/not/exist"}} {
		if err := run(context.Background(), args, func(string) string { return "" }, io.Discard, io.Discard); err == nil {
			t.Errorf("%v: no error", args)
		}
	}
}

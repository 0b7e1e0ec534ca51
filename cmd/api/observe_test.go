package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestObservability runs the embedded API and checks what an operator
// sees: JSON logs whose request id follows a launch from its request into
// its tasks, /metrics with the HTTP, model, check and queue metrics,
// readiness, and the queue monitor for admins only.
func TestObservability(t *testing.T) {
	base, logs := startAPI(t, map[string]string{
		"HTTP_ADDR":    "127.0.0.1:0",
		"DATABASE_URL": "sqlite:" + filepath.Join(t.TempDir(), "obs.db"),
		"ADMIN_TOKEN":  "admin-obs",
	})
	admin := client{t: t, base: base, token: "admin-obs"}
	var merch struct {
		Token string `json:"token"`
	}
	admin.do("POST", "/v1/tokens", map[string]any{"name": "Mo", "role": "merchandiser"}, 201, &merch)

	body, _ := json.Marshal(launchBody("Heart Charm", "Star Charm"))
	req, _ := http.NewRequest("POST", base+"/v1/launches", bytes.NewReader(body))
	req.Header.Set("Authorization", "Bearer "+merch.Token)
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-Request-Id", "launch-req-42")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	var l launchView
	_ = json.NewDecoder(resp.Body).Decode(&l)
	resp.Body.Close()
	if resp.StatusCode != 202 {
		t.Fatalf("submit = %d", resp.StatusCode)
	}
	admin.waitWritten(l.ID, 2)

	// Every log line is a JSON object; the launch's request id is on its
	// request line and on each of its generation tasks.
	tasks := 0
	sawRequest := false
	// Task lines are written as tasks finish, perhaps after the drafts'
	// commits: wait for them on the log itself (woken by each write).
	waitLogs, stop := context.WithTimeout(context.Background(), time.Minute)
	defer stop()
	logs.Await(waitLogs, func(text string) bool {
		tasks, sawRequest = 0, false
		for _, line := range strings.Split(text, "\n") {
			if !strings.HasPrefix(line, "{") {
				continue
			}
			var rec map[string]any
			if err := json.Unmarshal([]byte(line), &rec); err != nil {
				continue // a line being written; a whole one is checked below
			}
			if rec["request_id"] != "launch-req-42" {
				continue
			}
			switch rec["msg"] {
			case "request":
				sawRequest = rec["path"] == "/v1/launches"
			case "task":
				if rec["type"] == "draft:generate" {
					tasks++
				}
			}
		}
		return sawRequest && tasks >= 2
	})
	for _, line := range strings.Split(logs.String(), "\n") {
		if line == "" {
			continue
		}
		if strings.HasPrefix(line, "{") && !json.Valid([]byte(line)) {
			t.Fatalf("log line is not JSON: %q", line)
		}
	}
	if !sawRequest || tasks < 2 {
		t.Fatalf("request line %v, %d generation task lines with the launch's request id; logs:\n%s", sawRequest, tasks, logs.String())
	}

	get := func(path string, set func(*http.Request)) (int, http.Header, string) {
		req, _ := http.NewRequest("GET", base+path, nil)
		if set != nil {
			set(req)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, resp.Header, string(b)
	}
	// A check that finds problems, so findings are counted by category and rule.
	admin.do("POST", "/v1/checks", map[string]any{"locale": "en-GB", "channel": "pdp",
		"product": map[string]any{"sku": "1", "name": "Heart Charm", "category": "charm", "materials": []string{"sterling silver"}},
		"text":    "A solid gold heart charm, hypoallergenic and cheap."}, 200, nil)
	status, _, metrics := get("/metrics", nil)
	if status != 200 {
		t.Fatalf("/metrics = %d", status)
	}
	for _, want := range []string{
		`copydesk_http_requests_total{method="POST",route="/v1/launches",status="202"} 1`,
		`copydesk_http_request_duration_seconds_bucket{method="GET",route="/v1/launches/:id"`,
		`copydesk_model_calls_total{outcome="ok",provider="offline"}`,
		`copydesk_model_tokens_total{kind="prompt",provider="offline"}`,
		`copydesk_checks_total{verdict=`,
		`copydesk_findings_total{category="banned_term",rule="no-cheap",severity="block"} 1`,
		`copydesk_drafts{status="queued"} 0`,
		`copydesk_drafts{status="generating"} 0`,
		`copydesk_model_cost_total{provider="offline"}`,
		`copydesk_model_call_duration_seconds_bucket{provider="offline"`,
		`asynq_queue_size{queue="generate"}`,
		`asynq_queue_latency_seconds{queue="generate"}`,
		`go_goroutines`,
	} {
		if !strings.Contains(metrics, want) {
			t.Errorf("/metrics lacks %s", want)
		}
	}
	drafts := 0
	for _, line := range strings.Split(metrics, "\n") {
		if rest, ok := strings.CutPrefix(line, "copydesk_drafts{"); ok {
			var n int
			_, val, _ := strings.Cut(rest, "} ")
			fmt.Sscan(val, &n)
			drafts += n
		}
	}
	if drafts != 2 {
		t.Errorf("copydesk_drafts sums to %d, want the launch's 2 drafts", drafts)
	}
	if status, _, _ := get("/readyz", nil); status != 200 {
		t.Errorf("/readyz = %d", status)
	}

	status, h, _ := get("/admin/queues/", nil)
	if status != 401 || !strings.HasPrefix(h.Get("WWW-Authenticate"), "Basic") {
		t.Errorf("monitor without a token = %d %q, want 401 asking for Basic", status, h.Get("WWW-Authenticate"))
	}
	if status, _, _ := get("/admin/queues/", func(r *http.Request) { r.SetBasicAuth("x", merch.Token) }); status != 403 {
		t.Errorf("monitor for a merchandiser = %d, want 403", status)
	}
	status, h, page := get("/admin/queues/", func(r *http.Request) { r.SetBasicAuth("admin", "admin-obs") })
	if status != 200 || !strings.Contains(h.Get("Content-Type"), "text/html") || !strings.Contains(page, "<") {
		t.Errorf("monitor for an admin = %d %q", status, h.Get("Content-Type"))
	}
	status, _, queues := get("/admin/queues/api/queues", func(r *http.Request) { r.Header.Set("Authorization", "Bearer admin-obs") })
	if status != 200 || !strings.Contains(queues, "generate") {
		t.Errorf("monitor API = %d %.200s", status, queues)
	}
}

package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/copydesk/copydesk/internal/testutil"

	"github.com/copydesk/copydesk/internal/app"
	"github.com/copydesk/copydesk/internal/fakellm"
)

func envFunc(env map[string]string) func(string) string {
	return func(k string) string { return env[k] }
}

var listening = regexp.MustCompile(`listening on (http://\S+)`)

// startAPI runs the API through run() and returns its base URL.
func startAPI(t *testing.T, env map[string]string, args ...string) (string, *testutil.SyncBuffer) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	out := &testutil.SyncBuffer{}
	exited := make(chan struct{})
	var runErr error
	go func() { runErr = run(ctx, args, envFunc(env), out, out); close(exited) }() // logs too, as JSON lines
	t.Cleanup(func() {
		cancel()
		select {
		case <-exited:
			if runErr != nil {
				t.Errorf("run: %v", runErr)
			}
		case <-time.After(30 * time.Second):
			t.Error("run did not stop")
		}
	})
	// Wait for the "listening on" line, woken by each write to the output,
	// or for run to stop early.
	wait, stop := context.WithTimeout(ctx, 60*time.Second)
	defer stop()
	go func() {
		select {
		case <-exited:
			stop()
		case <-wait.Done():
		}
	}()
	text, ok := out.Await(wait, listening.MatchString)
	if !ok {
		select {
		case <-exited:
			t.Fatalf("run stopped early: %v\n%s", runErr, text)
		default:
			t.Fatalf("the API did not start:\n%s", text)
		}
	}
	return listening.FindStringSubmatch(text)[1], out
}

type client struct {
	t     *testing.T
	base  string
	token string
}

func (c client) do(method, path string, body any, want int, out any) {
	c.t.Helper()
	var r io.Reader
	if body != nil {
		b, _ := json.Marshal(body)
		r = bytes.NewReader(b)
	}
	req, _ := http.NewRequest(method, c.base+path, r)
	req.Header.Set("Authorization", "Bearer "+c.token)
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		c.t.Fatal(err)
	}
	defer resp.Body.Close()
	data, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != want {
		c.t.Fatalf("%s %s = %d, want %d: %s", method, path, resp.StatusCode, want, data)
	}
	if out != nil {
		if err := json.Unmarshal(data, out); err != nil {
			c.t.Fatalf("%s %s: %v: %s", method, path, err, data)
		}
	}
}

type launchView struct {
	ID     string         `json:"id"`
	Status string         `json:"status"`
	Counts map[string]int `json:"counts"`
}

type draftView struct {
	ID       string `json:"id"`
	SKU      string `json:"sku"`
	Status   string `json:"status"`
	Text     string `json:"text"`
	Model    string `json:"model"`
	Attempts int    `json:"attempts"`
	Findings []struct {
		Rule, Category, Severity string
	} `json:"findings"`
}

// eventView is one event of a launch's outbox as the stream sends it.
type eventView struct {
	Seq     int64  `json:"seq"`
	DraftID string `json:"draft_id"`
	Event   string `json:"event"`
}

// follow reads the launch's Server-Sent Events stream (the outbox, from its
// first event) and calls ok before the first event and after each one until
// it answers true: the test waits on the pipeline's own events rather than
// sleeping between polls. The stream ending, or two minutes passing (a
// guard against a hang, not a timing assertion), fails the test.
func (c client) follow(launchID string, ok func(ev *eventView) bool) {
	c.t.Helper()
	if ok(nil) {
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, "GET", c.base+"/v1/launches/"+launchID+"/events?after=0", nil)
	req.Header.Set("Authorization", "Bearer "+c.token)
	req.Header.Set("Accept", "text/event-stream")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		c.t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != 200 {
		b, _ := io.ReadAll(resp.Body)
		c.t.Fatalf("event stream = %d: %s", resp.StatusCode, b)
	}
	sc := bufio.NewScanner(resp.Body)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	for sc.Scan() {
		data, found := strings.CutPrefix(sc.Text(), "data: ")
		if !found {
			continue
		}
		var ev eventView
		if err := json.Unmarshal([]byte(data), &ev); err != nil {
			c.t.Fatalf("event %q: %v", data, err)
		}
		if ok(&ev) {
			return
		}
	}
	c.t.Fatalf("the event stream of launch %s ended before the awaited event: %v", launchID, sc.Err())
}

// waitWritten waits on the launch's events until every draft is written
// (in review or failed) and returns the launch.
func (c client) waitWritten(launchID string, drafts int) launchView {
	c.t.Helper()
	var l launchView
	c.follow(launchID, func(*eventView) bool {
		c.do("GET", "/v1/launches/"+launchID, nil, 200, &l)
		return l.Counts["queued"]+l.Counts["generating"] == 0 && l.Counts["in_review"]+l.Counts["failed"] == drafts
	})
	return l
}

func (c client) drafts(launchID string) map[string]draftView {
	c.t.Helper()
	var page struct {
		Items []draftView `json:"items"`
	}
	c.do("GET", "/v1/launches/"+launchID+"/drafts", nil, 200, &page)
	out := map[string]draftView{}
	for _, d := range page.Items {
		out[d.SKU] = d
	}
	return out
}

// waitCatalogue waits for the draft's "published" event and returns the
// catalogue's text for sku.
func (c client) waitCatalogue(launchID, draftID, sku string) string {
	c.t.Helper()
	c.follow(launchID, func(ev *eventView) bool {
		return ev != nil && ev.DraftID == draftID && ev.Event == "published"
	})
	var body struct {
		Descriptions []struct{ Text string } `json:"descriptions"`
	}
	c.do("GET", "/v1/catalogue/"+sku, nil, 200, &body)
	if len(body.Descriptions) == 0 {
		c.t.Fatalf("%s was published but the catalogue has no description", sku)
	}
	return body.Descriptions[0].Text
}

// goodCopy is publishable en-GB copy for a sterling silver charm, written
// differently per product so that the near-duplicate check stays quiet.
func goodCopy(name string) string {
	switch name {
	case "Heart Charm":
		return "Meet the Heart Charm, crafted in sterling silver and finished by hand. " +
			"Its clean lines catch the light with every movement, and it pairs easily with the pieces you already wear. " +
			"Wear it alone for quiet elegance, or add it to a bracelet to tell your own story. " +
			"A thoughtful gift for someone special, or a treat for yourself."
	case "Fixable Charm":
		return "The Fixable Charm is shaped in sterling silver, with a polished outline that feels smooth against the skin. " +
			"Slide it onto your favourite chain on a Monday morning and keep it there all week. " +
			"Hand-finished detail gives the small piece a calm, confident presence. " +
			"Give it to a friend who loves simple, meaningful design."
	}
	return "Here is the " + name + ", made from sterling silver by careful hands. " +
		"Sunlight plays across its surface while you go about your day, from the office to dinner with friends. " +
		"Choose it for yourself or surprise somebody dear: either way, the charm becomes part of a personal story " +
		"that grows with every new addition you make over time."
}

// llmScript is the fake model's behaviour per product: "Liar" products
// always say gold, "Fixable" ones say gold only until they are shown the
// finding, the rest write good copy at once.
func llmScript(req fakellm.ChatRequest) string {
	prompt := ""
	for _, m := range req.Messages {
		prompt += m.Content + "\n"
	}
	name := "Heart Charm"
	for _, n := range []string{"Liar Charm", "Fixable Charm", "Heart Charm"} {
		if strings.Contains(prompt, n) {
			name = n
			break
		}
	}
	if strings.Contains(prompt, "Target locale: fr-FR") {
		// A model that keeps the protected terms in their markers.
		fr := "Voici le charm " + name + " de la collection ⟦Moments⟧, façonné en argent sterling et fini à la main. " +
			"Sa forme douce accompagne vos journées, du bureau au dîner entre amis. " +
			"Portez-le seul pour un style discret, ou associez-le à vos bracelets préférés pour raconter votre propre histoire. " +
			"Une jolie idée de cadeau pour une personne qui compte."
		b, _ := json.Marshal(map[string]string{"text": fr})
		return string(b)
	}
	text := goodCopy(name)
	reasked := strings.Contains(prompt, "grounding")
	if name == "Liar Charm" || (name == "Fixable Charm" && !reasked) {
		text = strings.Replace(text, "sterling silver", "solid 18k gold", 1)
	}
	b, _ := json.Marshal(map[string]string{"text": text})
	return string(b)
}

func launchBody(products ...string) map[string]any {
	var ps []map[string]any
	for i, name := range products {
		ps = append(ps, map[string]any{"sku": fmt.Sprintf("E2E%03d", i+1), "name": name, "category": "charm",
			"collection": "Moments", "materials": []string{"sterling silver"}, "features": []string{"hand-finished"}})
	}
	return map[string]any{"name": "E2E launch", "source_locale": "en-GB", "locales": []string{"en-GB"},
		"channels": []string{"pdp"}, "products": ps}
}

// exercise drives the main job over REST: submit, generation with
// self-correction, review, approval, publication.
func exercise(t *testing.T, base string) {
	admin := client{t: t, base: base, token: "admin-e2e"}
	var tok struct {
		Token string `json:"token"`
	}
	admin.do("POST", "/v1/tokens", map[string]any{"name": "Ruth", "role": "reviewer", "locales": []string{"en-GB"}}, 201, &tok)
	reviewer := client{t: t, base: base, token: tok.Token}
	var merch struct {
		Token string `json:"token"`
	}
	admin.do("POST", "/v1/tokens", map[string]any{"name": "Mo", "role": "merchandiser"}, 201, &merch)
	merchandiser := client{t: t, base: base, token: merch.Token}

	var l launchView
	merchandiser.do("POST", "/v1/launches", launchBody("Heart Charm", "Fixable Charm", "Liar Charm"), 202, &l)
	l = merchandiser.waitWritten(l.ID, 3)
	if l.Counts["in_review"] != 2 || l.Counts["failed"] != 1 {
		t.Fatalf("counts = %v; want 2 in review and the liar failed; drafts: %+v", l.Counts, merchandiser.drafts(l.ID))
	}
	drafts := merchandiser.drafts(l.ID)
	heart, fixable, liar := drafts["E2E001"], drafts["E2E002"], drafts["E2E003"]
	if !strings.Contains(heart.Model, "fake-model") || heart.Attempts != 1 {
		t.Fatalf("heart = %+v; want written by the configured model at the first attempt", heart)
	}
	if fixable.Status != "in_review" || fixable.Attempts != 2 || strings.Contains(fixable.Text, "gold") {
		t.Fatalf("fixable = %+v; want corrected on the re-ask", fixable)
	}
	if liar.Status != "failed" || !strings.Contains(liar.Text, "gold") || len(liar.Findings) == 0 {
		t.Fatalf("liar = %+v; want failed with its findings", liar)
	}
	// A merchandiser may not approve; a reviewer may not approve failed copy.
	merchandiser.do("POST", "/v1/drafts/"+heart.ID+"/approve", map[string]any{}, 403, nil)
	reviewer.do("POST", "/v1/drafts/"+liar.ID+"/approve", map[string]any{}, 409, nil)

	reviewer.do("POST", "/v1/drafts/"+heart.ID+"/approve", map[string]any{"comment": "lovely"}, 200, nil)
	if got := reviewer.waitCatalogue(l.ID, heart.ID, "E2E001"); got != heart.Text {
		t.Fatalf("catalogue text = %q, want the approved draft", got)
	}
	if _, err := http.Get(base + "/v1/catalogue/E2E003"); err != nil {
		t.Fatal(err)
	}
	reviewer.do("GET", "/v1/catalogue/E2E003", nil, 404, nil)
}

func newFakeLLM(t *testing.T) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(fakellm.New(fakellm.Options{Model: "fake-model", Reply: llmScript}))
	t.Cleanup(srv.Close)
	return srv
}

func TestEndToEndEmbedded(t *testing.T) {
	llm := newFakeLLM(t)
	base, _ := startAPI(t, map[string]string{
		"HTTP_ADDR":    "127.0.0.1:0",
		"DATABASE_URL": "sqlite:" + filepath.Join(t.TempDir(), "e2e.db"),
		"LLM_BASE_URL": llm.URL + "/v1",
		"LLM_API_KEY":  "sk-e2e",
		"LLM_MODEL":    "fake-model",
		"ADMIN_TOKEN":  "admin-e2e",
	})
	exercise(t, base)
}

// TestEndToEndPostgresRedis runs the API as a real deployment: it only
// enqueues into Redis, and a separate worker over the same PostgreSQL and
// Redis does the work.
func TestEndToEndPostgresRedis(t *testing.T) {
	ctx := context.Background()
	dbURL := testutil.FreshSchema(t, "e2e")
	redisURL := testutil.RedisDB(t, testutil.RedisDBAPI)
	llm := newFakeLLM(t)
	env := map[string]string{
		"HTTP_ADDR":    "127.0.0.1:0",
		"DATABASE_URL": dbURL,
		"REDIS_URL":    redisURL,
		"LLM_BASE_URL": llm.URL + "/v1",
		"LLM_API_KEY":  "sk-e2e",
		"LLM_MODEL":    "fake-model",
		"ADMIN_TOKEN":  "admin-e2e",
	}
	base, _ := startAPI(t, env)

	cfg, err := app.LoadConfig(envFunc(env))
	if err != nil {
		t.Fatal(err)
	}
	worker, err := app.New(ctx, cfg, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	wctx, stop := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- worker.RunWorkers(wctx) }()
	t.Cleanup(func() {
		stop()
		<-done
		worker.Close()
	})
	exercise(t, base)
}

// TestDemo runs the README's run command on the embedded default with the
// offline generator: the sample launch must be written, checked and partly
// published.
func TestDemo(t *testing.T) {
	out := &testutil.SyncBuffer{}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	env := envFunc(map[string]string{
		"HTTP_ADDR":    "127.0.0.1:0",
		"DATABASE_URL": "sqlite:" + filepath.Join(t.TempDir(), "demo.db"),
	})
	logs := &testutil.SyncBuffer{}
	err := run(ctx, []string{"-demo", "-demo-exit"}, env, out, logs)
	if err != nil {
		t.Fatalf("run: %v\n%s", err, out)
	}
	got := out.String()
	for _, want := range []string{"admin token", "72 drafts", "all 72 drafts written and checked", "demo: published", "en-GB pdp v1", "fr-FR pdp v1", "de-DE pdp v1",
		"demo:   fr-FR 24 in review, 0 with a block finding",
		"the server stops now (-demo-exit). The launch stays in sqlite:", "ADMIN_TOKEN=YOUR_TOKEN go run ./cmd/api"} {
		if !strings.Contains(got, want) {
			t.Errorf("the demo output lacks %q:\n%s", want, got)
		}
	}
	// -demo-exit stops the server: no "Where to look" at URLs that are gone
	// with a token made for this run only.
	if strings.Contains(got, "Where to look") {
		t.Errorf("-demo-exit points at the stopped server:\n%s", got)
	}
	// The start-up sweep leaves the demo's own launch to its submission
	// (issue #17: it logged 16 of a fresh launch's drafts as lost).
	if strings.Contains(logs.String(), "lost their task") {
		t.Errorf("the sweep took the demo's fresh drafts for lost:\n%s", logs)
	}
	if strings.Contains(got, "map[") {
		t.Errorf("the demo prints a Go map:\n%s", got)
	}
	// A second run on the same database prints its own copy (version 2),
	// not the first run's.
	out2 := &testutil.SyncBuffer{}
	if err := run(ctx, []string{"-demo", "-demo-exit"}, env, out2, io.Discard); err != nil {
		t.Fatalf("second run: %v\n%s", err, out2)
	}
	got = out2.String()
	if !strings.Contains(got, "en-GB pdp v2") || strings.Contains(got, "pdp v1") {
		t.Errorf("the second demo run does not print its own copy:\n%s", got)
	}
}

// TestDemoAllLocales runs the README's 25-locale demo: the sample launch
// (24 products) in every supported locale on the offline writer reaches
// review with no block finding in any locale.
func TestDemoAllLocales(t *testing.T) {
	if testing.Short() {
		t.Skip("600 drafts; both CJK dictionaries load")
	}
	out := &testutil.SyncBuffer{}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	env := envFunc(map[string]string{
		"HTTP_ADDR":    "127.0.0.1:0",
		"DATABASE_URL": "sqlite:" + filepath.Join(t.TempDir(), "demo.db"),
	})
	if err := run(ctx, []string{"-demo", "-demo-exit", "-demo-locales", "all"}, env, out, io.Discard); err != nil {
		t.Fatalf("run: %v\n%s", err, out)
	}
	got := out.String()
	for _, want := range []string{"24 products x 25 locales = 600 drafts", "all 600 drafts written and checked", "600 drafts in review in 25 locales, 0 with a block finding", "ja-JP pdp v1", "ar-AE pdp v1", "zh-TW pdp v1",
		"demo:   ja-JP 24 in review, 0 with a block finding", "demo:   ar-AE 24 in review, 0 with a block finding"} {
		if !strings.Contains(got, want) {
			t.Errorf("the demo output lacks %q:\n%s", want, got)
		}
	}
	var stderr strings.Builder
	if err := run(ctx, []string{"-demo", "-demo-locales", "en-GB,xx-YY"}, env, io.Discard, &stderr); err == nil || !strings.Contains(err.Error(), `"xx-YY" has no locale pack`) {
		t.Errorf("-demo-locales with an unknown locale: %v", err)
	}
}

func TestRunRejectsBadConfiguration(t *testing.T) {
	tests := []struct {
		name string
		env  map[string]string
		want string
	}{
		{"bad database url", map[string]string{"DATABASE_URL": "mysql://x"}, "DATABASE_URL"},
		{"bad duration", map[string]string{"STUCK_AFTER": "soon"}, "STUCK_AFTER"},
		{"bad concurrency", map[string]string{"WORKER_CONCURRENCY": "0"}, "WORKER_CONCURRENCY"},
		{"model missing", map[string]string{"LLM_BASE_URL": "http://127.0.0.1:1/v1"}, "LLM_MODEL"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := run(context.Background(), nil, envFunc(tt.env), io.Discard, io.Discard)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("err = %v; want it to name %s", err, tt.want)
			}
		})
	}
}

// TestEndToEndTranslateAndDryRun estimates a launch without spending
// anything, then runs it in translate mode: the en-GB source is written
// first and the fr-FR copy is translated from it, protected terms intact.
func TestEndToEndTranslateAndDryRun(t *testing.T) {
	fake := fakellm.New(fakellm.Options{Model: "fake-model", Reply: llmScript})
	llm := httptest.NewServer(fake)
	t.Cleanup(llm.Close)
	base, _ := startAPI(t, map[string]string{
		"HTTP_ADDR":    "127.0.0.1:0",
		"DATABASE_URL": "sqlite:" + filepath.Join(t.TempDir(), "e2e.db"),
		"LLM_BASE_URL": llm.URL + "/v1",
		"LLM_API_KEY":  "sk-e2e",
		"LLM_MODEL":    "fake-model",
		"LLM_RPM":      "600",
		"ADMIN_TOKEN":  "admin-e2e",
	})
	admin := client{t: t, base: base, token: "admin-e2e"}
	body := launchBody("Heart Charm")
	body["mode"] = "translate"
	body["locales"] = []string{"en-GB", "fr-FR"}

	var est struct {
		Drafts          int      `json:"drafts"`
		ModelCalls      int      `json:"model_calls"`
		PromptTokens    int      `json:"prompt_tokens"`
		DurationSeconds *float64 `json:"duration_seconds"`
	}
	admin.do("POST", "/v1/launches?dry_run=true", body, 200, &est)
	if est.Drafts != 2 || est.ModelCalls != 2 || est.PromptTokens <= 0 || est.DurationSeconds == nil {
		t.Fatalf("estimate = %+v", est)
	}
	if n := fake.Stats().Requests; n != 0 {
		t.Fatalf("a dry run called the model %d times", n)
	}

	var l launchView
	admin.do("POST", "/v1/launches", body, 202, &l)
	admin.waitWritten(l.ID, 2)
	var page struct {
		Items []draftView `json:"items"`
	}
	admin.do("GET", "/v1/launches/"+l.ID+"/drafts?locale=fr-FR", nil, 200, &page)
	if len(page.Items) != 1 {
		t.Fatalf("fr-FR drafts = %+v", page.Items)
	}
	fr := page.Items[0]
	if fr.Status != "in_review" || !strings.Contains(fr.Text, "collection Moments") || strings.ContainsAny(fr.Text, "⟦⟧") {
		t.Fatalf("fr-FR draft = %+v; want the translation in review, protected terms restored", fr)
	}
	reqs := fake.Requests()
	last := reqs[len(reqs)-1]
	if !strings.Contains(last.Messages[len(last.Messages)-1].Content, "crafted in sterling silver") {
		t.Fatalf("the translation was not asked from the en-GB source: %+v", last.Messages)
	}
}

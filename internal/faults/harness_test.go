package faults

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/redis/go-redis/v9"

	"github.com/copydesk/copydesk/internal/fakellm"
	"github.com/copydesk/copydesk/internal/testutil"
)

// binDir holds the api and worker binaries, built once per test run.
var (
	binDir   string
	buildMu  sync.Mutex
	buildErr error
	built    bool
)

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "copydesk-faults-bin-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	binDir = dir
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// binaries builds cmd/api and cmd/worker into binDir the first time a test
// asks (the Go build cache makes that a link step when the packages'
// tests have just been compiled) and returns their paths.
func binaries(t *testing.T) (api, worker string) {
	t.Helper()
	buildMu.Lock()
	defer buildMu.Unlock()
	if !built {
		built = true
		goBin := filepath.Join(runtime.GOROOT(), "bin", "go")
		if _, err := os.Stat(goBin); err != nil {
			goBin = "go"
		}
		cmd := exec.Command(goBin, "build", "-o", binDir+string(filepath.Separator),
			"github.com/copydesk/copydesk/cmd/api", "github.com/copydesk/copydesk/cmd/worker")
		out, err := cmd.CombinedOutput()
		if err != nil {
			buildErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	}
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return filepath.Join(binDir, "api"), filepath.Join(binDir, "worker")
}

// requireServices skips (or, under CI, fails) a test that cannot reach
// PostgreSQL or start redis-server, and skips in -short mode: the suite
// runs real processes for a minute.
func requireServices(t *testing.T) {
	t.Helper()
	if testing.Short() {
		t.Skip("fault tests run real processes; skipped with -short")
	}
	testutil.ServiceURL(t, "TEST_DATABASE_URL")
	if _, err := exec.LookPath("redis-server"); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("redis-server is not on PATH (required in CI: the fault tests start their own)")
		}
		t.Skip("redis-server is not on PATH")
	}
}

func secret(prefix string) string {
	b := make([]byte, 12)
	rand.Read(b)
	return prefix + hex.EncodeToString(b)
}

// ---- Redis ----

// redisServer is a redis-server of the test's own, on a free port, so
// that tests can flush it, kill it and restart it without touching the
// shared one, and run side by side.
type redisServer struct {
	t    *testing.T
	port int
	dir  string
	cmd  *exec.Cmd
	out  *testutil.SyncBuffer
}

func startRedis(t *testing.T) *redisServer {
	t.Helper()
	r := &redisServer{t: t, port: freePort(t), dir: t.TempDir(), out: &testutil.SyncBuffer{}}
	r.start()
	t.Cleanup(r.kill)
	return r
}

func (r *redisServer) URL() string { return fmt.Sprintf("redis://127.0.0.1:%d/0", r.port) }

func (r *redisServer) start() {
	r.t.Helper()
	r.cmd = exec.Command("redis-server", "--port", strconv.Itoa(r.port), "--bind", "127.0.0.1",
		"--save", "", "--appendonly", "no", "--dir", r.dir)
	r.cmd.Stdout, r.cmd.Stderr = r.out, r.out
	if err := r.cmd.Start(); err != nil {
		r.t.Fatalf("redis-server: %v", err)
	}
	c := r.client()
	defer c.Close()
	deadline := time.Now().Add(10 * time.Second)
	for c.Ping(context.Background()).Err() != nil {
		if time.Now().After(deadline) {
			r.t.Fatalf("redis-server on port %d did not answer: %s", r.port, r.out.String())
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// kill stops the server at once, as a crash would (nothing is saved).
func (r *redisServer) kill() {
	if r.cmd == nil || r.cmd.Process == nil {
		return
	}
	_ = r.cmd.Process.Kill()
	_ = r.cmd.Wait()
	r.cmd = nil
}

func (r *redisServer) client() *redis.Client {
	return redis.NewClient(&redis.Options{Addr: fmt.Sprintf("127.0.0.1:%d", r.port)})
}

func (r *redisServer) flush() {
	r.t.Helper()
	c := r.client()
	defer c.Close()
	if err := c.FlushAll(context.Background()).Err(); err != nil {
		r.t.Fatalf("FLUSHALL: %v", err)
	}
}

func freePort(t *testing.T) int {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port
}

// ---- processes ----

// proc is one copydesk process with its output kept.
type proc struct {
	name string
	cmd  *exec.Cmd
	out  *testutil.SyncBuffer
	done chan struct{}
}

func (p *proc) alive() bool {
	select {
	case <-p.done:
		return false
	default:
		return true
	}
}

// kill sends SIGKILL: no shutdown, no lease handed back.
func (p *proc) kill() {
	_ = p.cmd.Process.Signal(syscall.SIGKILL)
	<-p.done
}

// stop sends SIGTERM and waits (SIGKILL after 25 s).
func (p *proc) stop() {
	if !p.alive() {
		return
	}
	_ = p.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-p.done:
	case <-time.After(25 * time.Second):
		p.kill()
	}
}

// ---- the stack ----

// stack is one deployment: PostgreSQL schema, Redis, fake LLM, one API
// and some workers, all configured by env.
type stack struct {
	t       *testing.T
	dbURL   string // the processes' DATABASE_URL (schema, application_name)
	appName string // application_name of the processes' connections
	redis   *redisServer
	llm     *fakellm.Server
	llmSrv  *httptest.Server
	env     map[string]string
	api     *proc
	base    string
	workers []*proc
	token   string
	procs   []*proc
	db      *pgx.Conn // the test's own connection (another application_name)
	keys    []string  // the LLM API keys the processes hold
	// madeTokens are API tokens made through POST /v1/tokens.
	madeTokens []string
}

// stackOptions shape a stack.
type stackOptions struct {
	Workers     int
	Concurrency int
	LLM         fakellm.Options
	// Keys, when set, gives worker i the LLM API key Keys[i] (the API
	// gets Keys[0]); otherwise every process shares one key.
	Keys []string
	Env  map[string]string
}

func newStack(t *testing.T, o stackOptions) *stack {
	t.Helper()
	requireServices(t)
	apiBin, workerBin := binaries(t)
	s := &stack{t: t, token: secret("adm_"), env: map[string]string{}}

	schemaURL := testutil.FreshSchema(t, "faults")
	u, err := url.Parse(schemaURL)
	if err != nil {
		t.Fatal(err)
	}
	// A password the logs must never show: added to the URL when it has
	// none (a server that trusts the connection never asks for it).
	if _, has := u.User.Password(); !has {
		user := "postgres"
		if u.User != nil && u.User.Username() != "" {
			user = u.User.Username()
		}
		u.User = url.UserPassword(user, secret("pgpw"))
	}
	q := u.Query()
	s.appName = "copydesk_" + strings.TrimPrefix(q.Get("search_path"), "faults_")
	q.Set("application_name", s.appName)
	u.RawQuery = q.Encode()
	s.dbURL = u.String()
	s.db, err = pgx.Connect(context.Background(), schemaURL)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.db.Close(context.Background()) })

	s.redis = startRedis(t)
	s.llm = fakellm.New(o.LLM)
	s.llmSrv = httptest.NewServer(s.llm)
	t.Cleanup(s.llmSrv.Close)

	keys := o.Keys
	if len(keys) == 0 {
		keys = []string{secret("sk-fake-")}
	}
	provFile := filepath.Join(t.TempDir(), "providers.yaml")
	// The key comes from the environment variable the file names.
	providers := fmt.Sprintf("providers:\n  - {name: fake, base_url: %q, api_key_env: FAKE_LLM_KEY, model: fake-1, timeout: 2s, structured_output: json_object}\n",
		s.llmSrv.URL+"/v1")
	if err := os.WriteFile(provFile, []byte(providers), 0o600); err != nil {
		t.Fatal(err)
	}
	s.env = map[string]string{
		"DATABASE_URL":       s.dbURL,
		"REDIS_URL":          s.redis.URL(),
		"LLM_PROVIDERS_FILE": provFile,
		"ADMIN_TOKEN":        s.token,
		"API_RATE_LIMIT":     "0",
		"RECONCILE_INTERVAL": "1s",
		"STUCK_AFTER":        "4s",
		"MAX_ATTEMPTS":       "2",
		"WORKER_CONCURRENCY": strconv.Itoa(max(o.Concurrency, 1)),
		"HTTP_ADDR":          "127.0.0.1:0",
		"WEBHOOK_SECRET":     secret("whsec_"),
	}
	s.keys = keys
	for k, v := range o.Env {
		s.env[k] = v
	}
	t.Cleanup(func() {
		for _, p := range s.procs {
			p.stop()
		}
		if dir := os.Getenv("FAULTS_LOG_DIR"); dir != "" {
			for _, p := range s.procs {
				_ = os.WriteFile(filepath.Join(dir, t.Name()+"-"+p.name+".log"), []byte(p.out.String()), 0o644)
			}
		}
		if t.Failed() {
			for _, p := range s.procs {
				t.Logf("---- %s output (last 4 KiB) ----\n%s", p.name, tail(p.out.String(), 4096))
			}
		}
	})

	s.api = s.start("api", apiBin, map[string]string{"FAKE_LLM_KEY": keys[0]}, "copydesk API listening on ")
	line := s.api.out.String()
	i := strings.Index(line, "listening on ")
	s.base = strings.Fields(line[i+len("listening on "):])[0]
	for i := range max(o.Workers, 1) {
		s.workers = append(s.workers, s.start(fmt.Sprintf("worker%d", i), workerBin,
			map[string]string{"FAKE_LLM_KEY": keys[i%len(keys)]}, "copydesk worker: "))
	}
	return s
}

// start runs a binary with the stack's env plus extra and waits for ready
// on its output.
func (s *stack) start(name, bin string, extra map[string]string, ready string) *proc {
	s.t.Helper()
	env := []string{"PATH=" + os.Getenv("PATH"), "HOME=" + os.Getenv("HOME"), "TMPDIR=" + os.TempDir()}
	for k, v := range s.env {
		env = append(env, k+"="+v)
	}
	for k, v := range extra {
		env = append(env, k+"="+v)
	}
	p := &proc{name: name, out: &testutil.SyncBuffer{}, done: make(chan struct{})}
	p.cmd = exec.Command(bin)
	p.cmd.Env = env
	p.cmd.Stdout, p.cmd.Stderr = p.out, p.out
	if err := p.cmd.Start(); err != nil {
		s.t.Fatalf("%s: %v", name, err)
	}
	go func() { _ = p.cmd.Wait(); close(p.done) }()
	s.procs = append(s.procs, p)
	deadline := time.Now().Add(60 * time.Second)
	for !strings.Contains(p.out.String(), ready) {
		if !p.alive() || time.Now().After(deadline) {
			s.t.Fatalf("%s did not start:\n%s", name, tail(p.out.String(), 4096))
		}
		time.Sleep(20 * time.Millisecond)
	}
	return p
}

// secrets lists what the logs must never show: the admin token, the
// webhook secret, the LLM API keys, the database password and a token made
// through the API (if any).
func (s *stack) secrets() map[string]string {
	out := map[string]string{"ADMIN_TOKEN": s.token, "WEBHOOK_SECRET": s.env["WEBHOOK_SECRET"]}
	for i, k := range s.keys {
		out["LLM API key "+strconv.Itoa(i)] = k
	}
	if u, err := url.Parse(s.dbURL); err == nil {
		if pw, ok := u.User.Password(); ok {
			out["DATABASE_URL password"] = pw
		}
	}
	for i, tok := range s.madeTokens {
		out["API token "+strconv.Itoa(i)] = tok
	}
	return out
}

// checkNoSecrets greps every process's output for each secret, whole and
// by its tail (a key cut short or masked but for its end still leaks).
func (s *stack) checkNoSecrets() {
	s.t.Helper()
	logs := s.logs()
	if len(logs) == 0 {
		s.t.Fatal("no log output to check")
	}
	for name, v := range s.secrets() {
		if len(v) < 12 {
			continue
		}
		for _, part := range []string{v, v[len(v)-10:]} {
			if i := strings.Index(logs, part); i >= 0 {
				s.t.Errorf("the logs show the %s: …%s…", name, logs[max(0, i-80):min(len(logs), i+len(part)+20)])
				break
			}
		}
	}
}

// logs is every process's output so far.
func (s *stack) logs() string {
	var b strings.Builder
	for _, p := range s.procs {
		b.WriteString(p.out.String())
	}
	return b.String()
}

func tail(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[len(s)-n:]
}

// ---- HTTP ----

// do sends a request with the admin token and decodes a JSON answer into
// out (if not nil); it returns the status. A transport error fails the
// test (call it from the test's goroutine; others use request).
func (s *stack) do(method, path string, body any, out any) (int, http.Header, []byte) {
	s.t.Helper()
	status, h, b, err := s.request(method, path, body, out)
	if err != nil {
		s.t.Fatal(err)
	}
	return status, h, b
}

// makeToken makes an API token of role through POST /v1/tokens and
// remembers it among the secrets the logs must not show.
func (s *stack) makeToken(role string) string {
	s.t.Helper()
	var out struct{ Token string }
	status, _, b := s.do(http.MethodPost, "/v1/tokens", map[string]any{"name": "faults " + role, "role": role}, &out)
	if status != http.StatusCreated && status != http.StatusOK || out.Token == "" {
		s.t.Fatalf("make token: %d %s", status, b)
	}
	s.madeTokens = append(s.madeTokens, out.Token)
	return out.Token
}

// request is do that returns its error instead.
func (s *stack) request(method, path string, body any, out any) (int, http.Header, []byte, error) {
	return s.requestAs(s.token, method, path, body, out)
}

// requestAs is request with another bearer token.
func (s *stack) requestAs(token, method, path string, body any, out any) (int, http.Header, []byte, error) {
	var rd io.Reader
	if body != nil {
		b, err := json.Marshal(body)
		if err != nil {
			return 0, nil, nil, err
		}
		rd = bytes.NewReader(b)
	}
	req, err := http.NewRequest(method, s.base+path, rd)
	if err != nil {
		return 0, nil, nil, err
	}
	req.Header.Set("Authorization", "Bearer "+token)
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	resp, err := (&http.Client{Timeout: 30 * time.Second}).Do(req)
	if err != nil {
		return 0, nil, nil, fmt.Errorf("%s %s: %w", method, path, err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	if out != nil && resp.StatusCode < 300 {
		if err := json.Unmarshal(b, out); err != nil {
			return resp.StatusCode, resp.Header, b, fmt.Errorf("%s %s: %v: %s", method, path, err, b)
		}
	}
	return resp.StatusCode, resp.Header, b, nil
}

type product struct {
	SKU       string   `json:"sku"`
	Name      string   `json:"name"`
	Category  string   `json:"category"`
	Materials []string `json:"materials"`
	Features  []string `json:"features,omitempty"`
}

// submit posts a launch of the products in locales (pdp channel) and
// returns its id.
func (s *stack) submit(name string, locales []string, products []product) string {
	s.t.Helper()
	body := map[string]any{"name": name, "source_locale": locales[0], "locales": locales,
		"channels": []string{"pdp"}, "products": products}
	var launch struct{ ID string }
	status, _, b := s.do(http.MethodPost, "/v1/launches", body, &launch)
	if status != http.StatusAccepted {
		s.t.Fatalf("submit: %d %s", status, b)
	}
	return launch.ID
}

// products makes n plain silver products whose names start with prefix.
func products(prefix string, n int) []product {
	ps := make([]product, n)
	for i := range ps {
		ps[i] = product{SKU: fmt.Sprintf("%s%03d", strings.ToUpper(prefix[:1]), i),
			Name: fmt.Sprintf("%s Charm %d", prefix, i), Category: "charm", Materials: []string{"sterling silver"}}
	}
	return ps
}

// ---- the database, the truth ----

// counts returns the launch's drafts by status.
func (s *stack) counts(launch string) map[string]int {
	s.t.Helper()
	rows, err := s.db.Query(context.Background(), `SELECT status, count(*) FROM drafts WHERE launch_id = $1 GROUP BY status`, launch)
	if err != nil {
		s.t.Fatal(err)
	}
	defer rows.Close()
	out := map[string]int{}
	for rows.Next() {
		var st string
		var n int
		if err := rows.Scan(&st, &n); err != nil {
			s.t.Fatal(err)
		}
		out[st] = n
	}
	return out
}

// settled reports whether no draft of the launch is still on its way
// (queued, generating, rejected or approved).
func settled(c map[string]int) bool {
	return c["queued"]+c["generating"]+c["rejected"]+c["approved"] == 0
}

// waitSettled waits (generously: this is not a timing test) until every
// draft of the launch is in_review, published or failed, and returns
// when that was seen.
func (s *stack) waitSettled(launch string, within time.Duration) time.Time {
	s.t.Helper()
	deadline := time.Now().Add(within)
	for {
		c := s.counts(launch)
		if settled(c) {
			return time.Now()
		}
		if time.Now().After(deadline) {
			s.t.Fatalf("launch %s not settled after %v: %v", launch, within, c)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// waitFor polls cond every 20 ms until it holds or within passes.
func waitFor(t *testing.T, within time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(within)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("waited %v for %s", within, what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// draftRow is a draft as the database holds it.
type draftRow struct {
	ID, SKU, Status, Reason string
	Attempts                int
}

func (s *stack) drafts(launch string) []draftRow {
	s.t.Helper()
	rows, err := s.db.Query(context.Background(),
		`SELECT id, sku, status, reason, attempts FROM drafts WHERE launch_id = $1 ORDER BY sku`, launch)
	if err != nil {
		s.t.Fatal(err)
	}
	defer rows.Close()
	var out []draftRow
	for rows.Next() {
		var d draftRow
		if err := rows.Scan(&d.ID, &d.SKU, &d.Status, &d.Reason, &d.Attempts); err != nil {
			s.t.Fatal(err)
		}
		out = append(out, d)
	}
	return out
}

// checkOutcome asserts the promise for a settled launch: every
// draft in_review, published or failed with a reason; attempts within
// MAX_ATTEMPTS per generation round; no draft published twice, one
// catalogue entry per draft version. It returns the drafts.
func (s *stack) checkOutcome(launch string) []draftRow {
	s.t.Helper()
	ds := s.drafts(launch)
	if len(ds) == 0 {
		s.t.Fatal("launch has no drafts")
	}
	maxAttempts, _ := strconv.Atoi(s.env["MAX_ATTEMPTS"])
	for _, d := range ds {
		switch d.Status {
		case "in_review", "published":
		case "failed":
			if strings.TrimSpace(d.Reason) == "" {
				s.t.Errorf("draft %s (%s) failed without a reason", d.ID, d.SKU)
			}
		default:
			s.t.Errorf("draft %s (%s) ended %s", d.ID, d.SKU, d.Status)
		}
		if d.Attempts > maxAttempts {
			s.t.Errorf("draft %s (%s) spent %d attempts, budget %d", d.ID, d.SKU, d.Attempts, maxAttempts)
		}
	}
	var twice int
	if err := s.db.QueryRow(context.Background(), `SELECT count(*) FROM (SELECT e.draft_id FROM draft_events e
		JOIN drafts d ON d.id = e.draft_id WHERE d.launch_id = $1 AND e.event = 'published'
		GROUP BY e.draft_id HAVING count(*) > 1) x`, launch).Scan(&twice); err != nil {
		s.t.Fatal(err)
	}
	if twice > 0 {
		s.t.Errorf("%d drafts have more than one published event", twice)
	}
	var dup int
	if err := s.db.QueryRow(context.Background(), `SELECT count(*) FROM (SELECT sku, locale, channel FROM catalogue
		WHERE launch_id = $1 GROUP BY sku, locale, channel HAVING count(*) > 1) x`, launch).Scan(&dup); err != nil {
		s.t.Fatal(err)
	}
	if dup > 0 {
		s.t.Errorf("%d products have more than one catalogue entry for one draft", dup)
	}
	return ds
}

func statusCounts(ds []draftRow) map[string]int {
	out := map[string]int{}
	for _, d := range ds {
		out[d.Status]++
	}
	return out
}

// terminate ends the stack's processes' database connections (only
// theirs: by application_name) and returns how many it ended.
func (s *stack) terminate() int {
	s.t.Helper()
	var n int
	if err := s.db.QueryRow(context.Background(), `SELECT count(*) FROM (SELECT pg_terminate_backend(pid) FROM pg_stat_activity
		WHERE application_name = $1 AND pid <> pg_backend_pid()) x`, s.appName).Scan(&n); err != nil {
		s.t.Fatal(err)
	}
	return n
}

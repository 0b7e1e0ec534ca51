package openai

import (
	"context"
	"encoding/json"
	"errors"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/fakellm"
	"github.com/copydesk/copydesk/internal/llm"
	"github.com/copydesk/copydesk/internal/prompts"
	"github.com/copydesk/copydesk/internal/ratelimit"
)

const testKey = "sk-test-SECRET-0123456789"

var testRequest = core.GenerateRequest{
	Product: core.Product{SKU: "190001C01", Name: "Pavé Heart Charm", Category: "charm",
		Materials: []string{"sterling silver"}},
	Locale:  "en-GB",
	Channel: "pdp",
	Attempt: 1,
}

// newTestGenerator serves fake through httptest and points a Generator at
// it; tweak adjusts the config.
func newTestGenerator(t *testing.T, fake *fakellm.Server, tweak func(*Config)) *Generator {
	t.Helper()
	srv := httptest.NewServer(fake)
	t.Cleanup(srv.Close)
	cfg := Config{Name: "fake", BaseURL: srv.URL + "/v1", APIKey: testKey, Model: "gpt-4o-mini", Timeout: 5 * time.Second}
	if tweak != nil {
		tweak(&cfg)
	}
	return New(cfg)
}

func TestGenerateHappyPath(t *testing.T) {
	fake := fakellm.New(fakellm.Options{})
	g := newTestGenerator(t, fake, func(c *Config) {
		c.Price = Price{PromptPer1K: 1, CompletionPer1K: 2}
		c.Temperature = 0.7
	})
	gen, err := g.Generate(context.Background(), testRequest)
	if err != nil {
		t.Fatal(err)
	}
	p := prompts.Build(testRequest)
	if !strings.Contains(gen.Text, "Pavé Heart Charm") {
		t.Errorf("text %q", gen.Text)
	}
	if gen.Model != "fake/gpt-4o-mini" || gen.PromptVersion != p.Version || gen.PromptHash != p.Hash {
		t.Errorf("generation %+v", gen)
	}
	if gen.Usage.PromptTokens == 0 || gen.Usage.CompletionTokens == 0 {
		t.Errorf("usage %+v", gen.Usage)
	}
	wantCost := float64(gen.Usage.PromptTokens)/1000 + 2*float64(gen.Usage.CompletionTokens)/1000
	if diff := gen.Usage.Cost - wantCost; diff > 1e-9 || diff < -1e-9 {
		t.Errorf("cost %v, want %v", gen.Usage.Cost, wantCost)
	}

	reqs := fake.Requests()
	if len(reqs) != 1 {
		t.Fatalf("%d requests", len(reqs))
	}
	req := reqs[0]
	if req.Header.Get("Authorization") != "Bearer "+testKey {
		t.Errorf("Authorization %q", req.Header.Get("Authorization"))
	}
	if req.Path != "/v1/chat/completions" || req.Model != "gpt-4o-mini" || req.MaxTokens != DefaultMaxTokens || req.Temperature < 0.69 {
		t.Errorf("request %s %+v", req.Path, req)
	}
	if len(req.Messages) != 2 || req.Messages[0].Role != "system" || req.Messages[0].Content != p.System ||
		req.Messages[1].Role != "user" || req.Messages[1].Content != p.User {
		t.Errorf("messages %+v", req.Messages)
	}
}

func TestStructuredOutputRequestShape(t *testing.T) {
	tests := []struct {
		mode     StructuredOutput
		wantType string
	}{
		{StructuredAuto, "json_schema"},
		{StructuredJSONSchema, "json_schema"},
		{StructuredJSONObject, "json_object"},
		{StructuredNone, ""},
	}
	for _, tt := range tests {
		t.Run(string(tt.mode), func(t *testing.T) {
			fake := fakellm.New(fakellm.Options{})
			g := newTestGenerator(t, fake, func(c *Config) { c.StructuredOutput = tt.mode })
			if _, err := g.Generate(context.Background(), testRequest); err != nil {
				t.Fatal(err)
			}
			req := fake.Requests()[0]
			if got := req.ResponseFormatType(); got != tt.wantType {
				t.Fatalf("response_format.type %q, want %q (%s)", got, tt.wantType, req.ResponseFormat)
			}
			if tt.wantType != "json_schema" {
				return
			}
			var rf struct {
				JSONSchema struct {
					Name   string          `json:"name"`
					Strict bool            `json:"strict"`
					Schema json.RawMessage `json:"schema"`
				} `json:"json_schema"`
			}
			if err := json.Unmarshal(req.ResponseFormat, &rf); err != nil {
				t.Fatal(err)
			}
			if !rf.JSONSchema.Strict || rf.JSONSchema.Name == "" {
				t.Errorf("json_schema %s", req.ResponseFormat)
			}
			if !jsonEqual(t, rf.JSONSchema.Schema, prompts.ResponseSchema()) {
				t.Errorf("schema %s, want %s", rf.JSONSchema.Schema, prompts.ResponseSchema())
			}
		})
	}
}

func TestAutoModeStepsDownWhenStructuredOutputIsRejected(t *testing.T) {
	reject := fakellm.Scripted{Status: 400, Body: `{"error":{"message":"response_format json_schema is not supported by this model","type":"invalid_request_error"}}`}
	fake := fakellm.New(fakellm.Options{Script: []fakellm.Scripted{reject, reject}})
	g := newTestGenerator(t, fake, nil)
	if _, err := g.Generate(context.Background(), testRequest); err != nil {
		t.Fatal(err)
	}
	if _, err := g.Generate(context.Background(), testRequest); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range fake.Requests() {
		got = append(got, r.ResponseFormatType())
	}
	// schema rejected, object rejected, plain works and is remembered.
	want := []string{"json_schema", "json_object", "", ""}
	if strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("response formats sent %q, want %q", got, want)
	}
}

func TestRepliesAreReadOrRefused(t *testing.T) {
	const text = "Meet the Pavé Heart Charm in sterling silver, made to be treasured."
	tests := []struct {
		name     string
		reply    fakellm.Scripted
		wantText string
		wantCode core.Code
		wantMsg  string
	}{
		{"pure JSON", fakellm.Text(`{"text": "` + text + `"}`), text, "", ""},
		{"fenced", fakellm.Text("```json\n{\"text\": \"" + text + "\"}\n```"), text, "", ""},
		{"embedded in prose", fakellm.Text(`Sure! {"text": "` + text + `"} Anything else?`), text, "", ""},
		{"bare prose", fakellm.Text(text), text, "", ""},
		{"description key", fakellm.Text(`{"description": "` + text + `"}`), text, "", ""},
		{"copy key", fakellm.Text(`{"copy": "` + text + `"}`), text, "", ""},
		{"empty text", fakellm.Text(`{"text": ""}`), "", core.CodeInvalid, "empty"},
		{"JSON garbage", fakellm.Text(`{"text": "Meet the`), "", core.CodeInvalid, "not usable"},
		{"symbols garbage", fakellm.Text(`<<<>>> ### ||| ~~~ ^^^ @@@`), "", core.CodeInvalid, "not usable"},
		{"truncated", fakellm.Scripted{Fault: fakellm.FaultTruncated}, "", core.CodeInvalid, "cut off"},
		{"refusal", fakellm.Scripted{Fault: fakellm.FaultRefusal}, "", core.CodeInvalid, "refused"},
		{"content filter", fakellm.Scripted{Fault: fakellm.FaultFiltered}, "", core.CodeInvalid, "content filter"},
		{"malformed body", fakellm.Scripted{Fault: fakellm.FaultMalformed}, "", core.CodeUnavailable, "malformed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fake := fakellm.New(fakellm.Options{Script: []fakellm.Scripted{tt.reply}})
			g := newTestGenerator(t, fake, nil)
			gen, err := g.Generate(context.Background(), testRequest)
			if tt.wantCode == "" {
				if err != nil {
					t.Fatal(err)
				}
				if gen.Text != tt.wantText {
					t.Errorf("text %q, want %q", gen.Text, tt.wantText)
				}
				return
			}
			if got := core.ErrorCode(err); got != tt.wantCode {
				t.Fatalf("error %v (code %q), want code %q", err, got, tt.wantCode)
			}
			if !strings.Contains(err.Error(), tt.wantMsg) {
				t.Errorf("error %q does not mention %q", err, tt.wantMsg)
			}
		})
	}
}

func TestProviderErrorsAreTranslated(t *testing.T) {
	keyEcho := `{"error":{"message":"Incorrect API key provided: ` + testKey + `. You can find your API key at https://platform.openai.com","type":"invalid_request_error"}}`
	tests := []struct {
		name           string
		reply          fakellm.Scripted
		timeout        time.Duration
		wantCode       core.Code
		wantRetryAfter float64
		wantMsg        string
	}{
		{"429 with Retry-After", fakellm.Scripted{Status: 429, RetryAfter: 7}, 0, core.CodeUnavailable, 7, "429"},
		{"500", fakellm.Scripted{Fault: fakellm.FaultServerError}, 0, core.CodeUnavailable, 0, "500"},
		{"503 with Retry-After", fakellm.Scripted{Status: 503, RetryAfter: 3}, 0, core.CodeUnavailable, 3, "503"},
		{"502 with an HTML body", fakellm.Scripted{Status: 502, Body: "<html>Bad gateway</html>"}, 0, core.CodeUnavailable, 0, "502"},
		{"400", fakellm.Scripted{Status: 400, Body: `{"error":{"message":"max_tokens is too large","type":"invalid_request_error"}}`}, 0, core.CodeInvalid, 0, "rejected the request: 400 max_tokens is too large"},
		{"401 echoing the key", fakellm.Scripted{Status: 401, Body: keyEcho}, 0, core.CodeInvalid, 0, "check the API key"},
		{"404 unknown model", fakellm.Scripted{Status: 404}, 0, core.CodeInvalid, 0, "rejected the request: 404"},
		{"timeout", fakellm.Scripted{Fault: fakellm.FaultHang}, 200 * time.Millisecond, core.CodeUnavailable, 0, "did not answer within"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fake := fakellm.New(fakellm.Options{Script: []fakellm.Scripted{tt.reply}, HangFor: 5 * time.Second})
			g := newTestGenerator(t, fake, func(c *Config) {
				if tt.timeout > 0 {
					c.Timeout = tt.timeout
				}
			})
			_, err := g.Generate(context.Background(), testRequest)
			var cerr *core.Error
			if !errors.As(err, &cerr) {
				t.Fatalf("error %v is not a core error", err)
			}
			if cerr.Code != tt.wantCode || cerr.RetryAfter != tt.wantRetryAfter {
				t.Errorf("code %q retry after %v, want %q %v (%v)", cerr.Code, cerr.RetryAfter, tt.wantCode, tt.wantRetryAfter, err)
			}
			if !strings.Contains(err.Error(), tt.wantMsg) {
				t.Errorf("error %q does not mention %q", err, tt.wantMsg)
			}
			assertNoKey(t, err)
		})
	}
}

func TestUnreachableProviderIsUnavailable(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close() // nothing listens there now
	g := New(Config{Name: "gone", BaseURL: "http://user:" + testKey + "@" + addr + "/v1", APIKey: testKey, Model: "m", Timeout: 2 * time.Second})
	_, err = g.Generate(context.Background(), testRequest)
	if !core.IsCode(err, core.CodeUnavailable) {
		t.Fatalf("error %v, want unavailable", err)
	}
	assertNoKey(t, err)
}

func TestCancelledContextIsUnavailable(t *testing.T) {
	fake := fakellm.New(fakellm.Options{Script: []fakellm.Scripted{{Fault: fakellm.FaultHang}}, HangFor: 5 * time.Second})
	g := newTestGenerator(t, fake, nil)
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	_, err := g.Generate(ctx, testRequest)
	if !core.IsCode(err, core.CodeUnavailable) || !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("error %v, want unavailable wrapping the deadline", err)
	}
}

func TestAzureUsesDeploymentPathAndKeyHeader(t *testing.T) {
	fake := fakellm.New(fakellm.Options{})
	g := newTestGenerator(t, fake, func(c *Config) {
		c.BaseURL = strings.TrimSuffix(c.BaseURL, "/v1")
		c.Model = "gpt-4o"
		c.Azure = &Azure{APIVersion: "2024-10-21"}
	})
	if _, err := g.Generate(context.Background(), testRequest); err != nil {
		t.Fatal(err)
	}
	req := fake.Requests()[0]
	if req.Path != "/openai/deployments/gpt-4o/chat/completions?api-version=2024-10-21" {
		t.Errorf("path %q", req.Path)
	}
	if req.Header.Get("api-key") != testKey || req.Header.Get("Authorization") != "" {
		t.Errorf("headers %v", req.Header)
	}
}

func TestReasoningModelsGetMaxCompletionTokens(t *testing.T) {
	fake := fakellm.New(fakellm.Options{})
	g := newTestGenerator(t, fake, func(c *Config) { c.Model = "o4-mini"; c.Temperature = 0.5 })
	if _, err := g.Generate(context.Background(), testRequest); err != nil {
		t.Fatal(err)
	}
	req := fake.Requests()[0]
	if req.MaxCompletionTokens != DefaultMaxTokens || req.MaxTokens != 0 || req.Temperature != 0 {
		t.Errorf("request %+v", req)
	}
}

func TestParseStructuredOutput(t *testing.T) {
	for in, want := range map[string]StructuredOutput{"": StructuredAuto, "JSON_SCHEMA": StructuredJSONSchema, "none": StructuredNone} {
		if got, err := ParseStructuredOutput(in); err != nil || got != want {
			t.Errorf("ParseStructuredOutput(%q) = %q, %v", in, got, err)
		}
	}
	if _, err := ParseStructuredOutput("yaml"); err == nil {
		t.Error("accepted yaml")
	}
}

func assertNoKey(t *testing.T, err error) {
	t.Helper()
	for e := err; e != nil; e = errors.Unwrap(e) {
		if strings.Contains(e.Error(), testKey) || strings.Contains(e.Error(), "SECRET") {
			t.Fatalf("error leaks the API key: %q", e.Error())
		}
	}
}

func jsonEqual(t *testing.T, a, b []byte) bool {
	t.Helper()
	var x, y any
	if err := json.Unmarshal(a, &x); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &y); err != nil {
		t.Fatal(err)
	}
	xb, _ := json.Marshal(x)
	yb, _ := json.Marshal(y)
	return string(xb) == string(yb)
}

var _ core.Generator = (*Generator)(nil)
var _ http.RoundTripper = captureTransport{}

func TestConfigFromProvider(t *testing.T) {
	ps, err := llm.ParseProviders([]byte(`providers:
  - {name: az, base_url: "https://x.openai.azure.com", api_key_env: K, model: gpt-4o, timeout: 20s, max_tokens: 300,
     structured_output: json_object, azure: {deployment: writer}, price: {prompt_per_1k: 1}}
`), func(string) string { return testKey })
	if err != nil {
		t.Fatal(err)
	}
	cfg, err := ConfigFromProvider(ps[0])
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Name != "az" || cfg.APIKey != testKey || cfg.Timeout != 20*time.Second || cfg.MaxTokens != 300 ||
		cfg.StructuredOutput != StructuredJSONObject || cfg.Azure == nil || cfg.Azure.Deployment != "writer" || cfg.Price.PromptPer1K != 1 {
		t.Errorf("config %+v", cfg)
	}
}

// TestRouterFallsBackWhenAProviderRateLimits runs the real pieces together:
// a 429 with Retry-After from the primary sends the call to the fallback,
// cools the primary down and books the penalty in the shared limiter.
func TestRouterFallsBackWhenAProviderRateLimits(t *testing.T) {
	primary := fakellm.New(fakellm.Options{Script: []fakellm.Scripted{{Status: 429, RetryAfter: 30}}})
	fallback := fakellm.New(fakellm.Options{})
	limiter := ratelimit.NewMemory(nil)
	router, err := llm.NewRouter([]llm.Provider{
		{Name: "primary", Generator: newTestGenerator(t, primary, func(c *Config) { c.Name = "primary" }), Weight: 1, Limit: llm.Limit{RPM: 600}},
		{Name: "fallback", Generator: newTestGenerator(t, fallback, func(c *Config) { c.Name = "fallback" }), Weight: 0, Limit: llm.Limit{RPM: 600}},
	}, llm.Options{Limiter: limiter})
	if err != nil {
		t.Fatal(err)
	}
	for i := range 3 {
		gen, err := router.Generate(context.Background(), testRequest)
		if err != nil {
			t.Fatal(err)
		}
		if gen.Model != "fallback/gpt-4o-mini" {
			t.Errorf("call %d went to %s", i, gen.Model)
		}
	}
	if got := primary.Stats().Requests; got != 1 {
		t.Errorf("primary got %d requests during its cooldown", got)
	}
	// Other processes see the penalty through the shared limiter.
	wait, ok, err := limiter.Reserve(context.Background(), "primary", llm.Limit{RPM: 600}, 0, time.Minute)
	if err != nil || !ok || wait < 29*time.Second {
		t.Errorf("shared limiter wait %v ok %v err %v, want about 30s", wait, ok, err)
	}
}

func TestProtectedTermsLoseTheirMarkers(t *testing.T) {
	fake := fakellm.New(fakellm.Options{Script: []fakellm.Scripted{fakellm.Text(`{"text": "Un charm de la collection ⟦Moments⟧ signé ⟦Aurelia⟧."}`)}})
	g := newTestGenerator(t, fake, nil)
	gen, err := g.Generate(context.Background(), testRequest)
	if err != nil {
		t.Fatal(err)
	}
	if gen.Text != "Un charm de la collection Moments signé Aurelia." {
		t.Fatalf("text = %q", gen.Text)
	}
}

func TestEstimateMakesNoCall(t *testing.T) {
	fake := fakellm.New(fakellm.Options{})
	g := newTestGenerator(t, fake, func(c *Config) {
		c.Price = Price{PromptPer1K: 1, CompletionPer1K: 2}
		c.MaxTokens = 800
	})
	est := g.Estimate(testRequest)
	want := prompts.EstimateTokens(prompts.Build(testRequest))
	if est.PromptTokens != want || est.CompletionTokens != 200 || est.Model != "fake/gpt-4o-mini" {
		t.Fatalf("estimate = %+v; want %d prompt tokens", est, want)
	}
	if wantCost := float64(want)/1000 + 0.4; est.Cost < wantCost-1e-9 || est.Cost > wantCost+1e-9 {
		t.Fatalf("cost = %v, want %v", est.Cost, wantCost)
	}
	if fake.Stats().Requests != 0 {
		t.Fatal("Estimate called the provider")
	}
}

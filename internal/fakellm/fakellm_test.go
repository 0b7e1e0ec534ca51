package fakellm

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"
)

const chatBody = `{"model":"m1","messages":[{"role":"system","content":"be brief"},{"role":"user","content":"Product: {\"sku\":\"1\",\"name\":\"Pavé Heart Charm\"}"}]}`

type completion struct {
	Model   string `json:"model"`
	Object  string `json:"object"`
	Choices []struct {
		Index   int `json:"index"`
		Message struct {
			Role    string  `json:"role"`
			Content *string `json:"content"`
			Refusal string  `json:"refusal"`
		} `json:"message"`
		FinishReason string `json:"finish_reason"`
	} `json:"choices"`
	Usage struct {
		PromptTokens     int `json:"prompt_tokens"`
		CompletionTokens int `json:"completion_tokens"`
		TotalTokens      int `json:"total_tokens"`
	} `json:"usage"`
}

func post(t *testing.T, url, body string) (*http.Response, []byte) {
	t.Helper()
	resp, err := http.Post(url+"/v1/chat/completions", "application/json", strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp, b
}

func TestDefaultReplyIsJSONNamingTheProduct(t *testing.T) {
	srv := httptest.NewServer(New(Options{}))
	defer srv.Close()
	resp, body := post(t, srv.URL, chatBody)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("status %d: %s", resp.StatusCode, body)
	}
	var c completion
	if err := json.Unmarshal(body, &c); err != nil {
		t.Fatal(err)
	}
	if c.Object != "chat.completion" || c.Model != "m1" || len(c.Choices) != 1 || c.Choices[0].FinishReason != "stop" {
		t.Fatalf("unexpected completion: %s", body)
	}
	var reply struct{ Text string }
	if err := json.Unmarshal([]byte(*c.Choices[0].Message.Content), &reply); err != nil {
		t.Fatalf("content is not JSON: %v", err)
	}
	if !strings.Contains(reply.Text, "Pavé Heart Charm") {
		t.Errorf("text does not name the product: %q", reply.Text)
	}
	if c.Usage.TotalTokens != c.Usage.PromptTokens+c.Usage.CompletionTokens || c.Usage.PromptTokens == 0 {
		t.Errorf("usage inconsistent: %+v", c.Usage)
	}
}

func TestScriptedReplies(t *testing.T) {
	tests := []struct {
		name       string
		reply      Scripted
		wantStatus int
		check      func(t *testing.T, resp *http.Response, body []byte)
	}{
		{"text", Text("hello"), 200, func(t *testing.T, _ *http.Response, body []byte) {
			if !strings.Contains(string(body), `"content":"hello"`) {
				t.Errorf("body %s", body)
			}
		}},
		{"truncated", Scripted{Fault: FaultTruncated}, 200, func(t *testing.T, _ *http.Response, body []byte) {
			if !strings.Contains(string(body), `"finish_reason":"length"`) {
				t.Errorf("body %s", body)
			}
		}},
		{"refusal", Scripted{Fault: FaultRefusal}, 200, func(t *testing.T, _ *http.Response, body []byte) {
			if !strings.Contains(string(body), `"refusal":"I'm sorry`) || !strings.Contains(string(body), `"content":null`) {
				t.Errorf("body %s", body)
			}
		}},
		{"filtered", Scripted{Fault: FaultFiltered}, 200, func(t *testing.T, _ *http.Response, body []byte) {
			if !strings.Contains(string(body), `"finish_reason":"content_filter"`) {
				t.Errorf("body %s", body)
			}
		}},
		{"malformed", Scripted{Fault: FaultMalformed}, 200, func(t *testing.T, _ *http.Response, body []byte) {
			if json.Valid(body) {
				t.Errorf("body is valid JSON: %s", body)
			}
		}},
		{"server error", Scripted{Fault: FaultServerError}, 500, func(t *testing.T, _ *http.Response, body []byte) {
			if !strings.Contains(string(body), `"type":"server_error"`) {
				t.Errorf("body %s", body)
			}
		}},
		{"429", Scripted{Status: 429, RetryAfter: 7}, 429, func(t *testing.T, resp *http.Response, _ []byte) {
			if got := resp.Header.Get("Retry-After"); got != "7" {
				t.Errorf("Retry-After %q", got)
			}
		}},
		{"400 with body", Scripted{Status: 400, Body: `{"error":{"message":"bad schema","type":"invalid_request_error"}}`}, 400, func(t *testing.T, _ *http.Response, body []byte) {
			if !strings.Contains(string(body), "bad schema") {
				t.Errorf("body %s", body)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := httptest.NewServer(New(Options{Script: []Scripted{tt.reply}}))
			defer srv.Close()
			resp, body := post(t, srv.URL, chatBody)
			if resp.StatusCode != tt.wantStatus {
				t.Fatalf("status %d, want %d: %s", resp.StatusCode, tt.wantStatus, body)
			}
			tt.check(t, resp, body)
			// The script is used up: the next reply is the default one.
			if resp, body := post(t, srv.URL, chatBody); resp.StatusCode != 200 || !strings.Contains(string(body), `\"text\"`) {
				t.Errorf("after script: %d %s", resp.StatusCode, body)
			}
		})
	}
}

func TestRPMLimitAnswers429WithRetryAfter(t *testing.T) {
	now := time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)
	var mu sync.Mutex
	clock := func() time.Time { mu.Lock(); defer mu.Unlock(); return now }
	advance := func(d time.Duration) { mu.Lock(); now = now.Add(d); mu.Unlock() }
	fake := New(Options{RPM: 3, Now: clock})
	srv := httptest.NewServer(fake)
	defer srv.Close()

	for i := range 3 {
		if resp, body := post(t, srv.URL, chatBody); resp.StatusCode != 200 {
			t.Fatalf("request %d: %d %s", i, resp.StatusCode, body)
		}
		advance(10 * time.Second)
	}
	resp, body := post(t, srv.URL, chatBody)
	if resp.StatusCode != http.StatusTooManyRequests {
		t.Fatalf("4th request: %d", resp.StatusCode)
	}
	// The first admission was 30 s ago, so a slot frees in 30 s.
	if got := resp.Header.Get("Retry-After"); got != "30" {
		t.Errorf("Retry-After %q, want 30", got)
	}
	var env struct {
		Error struct{ Message, Type string }
	}
	if err := json.Unmarshal(body, &env); err != nil || env.Error.Message == "" {
		t.Errorf("429 body is not an OpenAI error: %s", body)
	}
	advance(30 * time.Second)
	if resp, _ := post(t, srv.URL, chatBody); resp.StatusCode != 200 {
		t.Errorf("after the window: %d", resp.StatusCode)
	}
	st := fake.Stats()
	if st.Requests != 5 || st.RateLimited != 1 || st.Admitted != 4 || st.MaxInWindow != 3 {
		t.Errorf("stats %+v", st)
	}
	if got := st.Pace(); got < 2.99 || got > 3.01 { // admitted at 0, 10, 20 and 60 s: 3 intervals in a minute
		t.Errorf("pace %v, want 3", got)
	}
}

func TestFaultRatesAreReproducible(t *testing.T) {
	fake := New(Options{ServerErrorRate: 0.5, Seed: 42})
	srv := httptest.NewServer(fake)
	defer srv.Close()
	var fails int
	for range 40 {
		if resp, _ := post(t, srv.URL, chatBody); resp.StatusCode == 500 {
			fails++
		}
	}
	if fails < 8 || fails > 32 {
		t.Errorf("%d of 40 failed at rate 0.5", fails)
	}
	if got := fake.Stats().Faults[FaultServerError]; got != fails {
		t.Errorf("counted %d faults, saw %d", got, fails)
	}
}

func TestHangEndsWhenClientGivesUp(t *testing.T) {
	srv := httptest.NewServer(New(Options{Script: []Scripted{{Fault: FaultHang}}}))
	defer srv.Close()
	client := &http.Client{Timeout: 100 * time.Millisecond}
	start := time.Now()
	_, err := client.Post(srv.URL+"/chat/completions", "application/json", strings.NewReader(chatBody))
	if err == nil {
		t.Fatal("hang answered")
	}
	if time.Since(start) > 2*time.Second {
		t.Errorf("took %v", time.Since(start))
	}
}

func TestRejectsBadRequests(t *testing.T) {
	srv := httptest.NewServer(New(Options{}))
	defer srv.Close()
	for _, body := range []string{`not json`, `{"model":"m","messages":[]}`} {
		if resp, _ := post(t, srv.URL, body); resp.StatusCode != 400 {
			t.Errorf("%s: status %d", body, resp.StatusCode)
		}
	}
	resp, err := http.Get(srv.URL + "/v1/models")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 404 {
		t.Errorf("unknown path: %d", resp.StatusCode)
	}
}

func TestPlanAndNULFault(t *testing.T) {
	t.Parallel()
	calls := 0
	srv := httptest.NewServer(New(Options{Plan: func(req ChatRequest) (Scripted, bool) {
		calls++
		if calls == 1 {
			return Scripted{Fault: FaultNUL}, true
		}
		return Scripted{}, false
	}, Script: []Scripted{Text(`{"text":"scripted"}`)}}))
	defer srv.Close()
	var texts []string
	for range 2 {
		resp, body := post(t, srv.URL, chatBody)
		if resp.StatusCode != http.StatusOK {
			t.Fatalf("status %d: %s", resp.StatusCode, body)
		}
		var c completion
		if err := json.Unmarshal(body, &c); err != nil {
			t.Fatal(err)
		}
		var reply struct{ Text string }
		if err := json.Unmarshal([]byte(*c.Choices[0].Message.Content), &reply); err != nil {
			t.Fatal(err)
		}
		texts = append(texts, reply.Text)
	}
	if !strings.Contains(texts[0], "\x00") || !strings.Contains(texts[0], "\x1b[") || !strings.Contains(texts[0], "\u202e") ||
		!strings.Contains(texts[0], "Pavé Heart Charm") {
		t.Errorf("NUL fault reply = %q, want NUL, an ANSI escape, a bidi override and the product", texts[0])
	}
	if texts[1] != "scripted" {
		t.Errorf("second reply = %q, want the script's once the plan passes", texts[1])
	}
}

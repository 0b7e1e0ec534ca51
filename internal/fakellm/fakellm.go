// Package fakellm is an in-process fake of an OpenAI-compatible chat
// completions server. Tests and benchmarks mount it with httptest.NewServer
// to exercise the LLM adapter and the rate limiter without a network or a
// bill: it can be slow, enforce a requests-per-minute limit with 429 and
// Retry-After, and inject the faults real providers produce (5xx, hangs,
// malformed JSON, truncated output, refusals).
package fakellm

import (
	"encoding/json"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Message is one chat message of a request.
type Message struct {
	Role    string `json:"role"`
	Content string `json:"content"`
}

// ChatRequest is the part of a chat completions request the fake reads. Raw
// keeps the whole body so that tests can assert on any field.
type ChatRequest struct {
	Model               string          `json:"model"`
	Messages            []Message       `json:"messages"`
	MaxTokens           int             `json:"max_tokens,omitempty"`
	MaxCompletionTokens int             `json:"max_completion_tokens,omitempty"`
	Temperature         float64         `json:"temperature,omitempty"`
	ResponseFormat      json.RawMessage `json:"response_format,omitempty"`
	Raw                 json.RawMessage `json:"-"`
	// Path is the URL path the request was sent to (with its query).
	Path string `json:"-"`
	// Header holds the request headers (Authorization included, so tests
	// can check how the key is sent).
	Header http.Header `json:"-"`
}

// ResponseFormatType returns response_format.type, or "" when absent.
func (r ChatRequest) ResponseFormatType() string {
	var rf struct {
		Type string `json:"type"`
	}
	_ = json.Unmarshal(r.ResponseFormat, &rf)
	return rf.Type
}

// Fault names a kind of failure the fake can produce.
type Fault string

const (
	FaultNone        Fault = ""
	FaultServerError Fault = "server_error" // 500 with an OpenAI-style error body
	FaultRateLimit   Fault = "rate_limit"   // 429 with Retry-After
	FaultHang        Fault = "hang"         // no answer until the client gives up
	FaultMalformed   Fault = "malformed"    // 200 with a body that is not JSON
	FaultTruncated   Fault = "truncated"    // finish_reason "length", content cut short
	FaultRefusal     Fault = "refusal"      // message.refusal set, no content
	FaultFiltered    Fault = "filtered"     // finish_reason "content_filter"
	// FaultNUL is a well-formed reply whose text holds NUL, control and
	// bidi characters (U+0000, an ANSI escape, BEL, U+202E), which no
	// field may store.
	FaultNUL Fault = "nul"
)

// Scripted is one reply the fake gives instead of its default. A zero
// Scripted with only Content set is a normal reply carrying Content.
type Scripted struct {
	Content      string `json:"content,omitempty"`
	FinishReason string `json:"finish_reason,omitempty"`
	Refusal      string `json:"refusal,omitempty"`
	Fault        Fault  `json:"fault,omitempty"`
	// Status, when set, answers with that HTTP status and Body (or an
	// OpenAI-style error body when Body is empty).
	Status     int    `json:"status,omitempty"`
	Body       string `json:"body,omitempty"`
	RetryAfter int    `json:"retry_after,omitempty"` // seconds, for 429 and 503
}

// Text is a scripted normal reply with content s.
func Text(s string) Scripted { return Scripted{Content: s} }

// Options configures a Server. The zero value is an instant, unlimited,
// faultless server.
type Options struct {
	// Model is reported in replies when the request names none.
	Model string
	// Latency delays every answer (429s excepted, as real limiters answer
	// them at once).
	Latency time.Duration
	// RPM limits admitted requests in any sliding 60-second window; beyond
	// it the fake answers 429 with Retry-After. Zero means no limit.
	RPM int
	// Rates in [0,1] at which a request gets each fault, drawn independently
	// in this order; scripted replies are never replaced by a fault.
	ServerErrorRate float64
	HangRate        float64
	MalformedRate   float64
	TruncatedRate   float64
	RefusalRate     float64
	NULRate         float64
	// HangFor bounds a hang so that a client without a timeout is not
	// stuck forever (default 2 minutes).
	HangFor time.Duration
	// Seed makes fault injection reproducible.
	Seed uint64
	// Reply, when set, writes the content of a normal reply; otherwise the
	// fake answers {"text": "..."} built from the request.
	Reply func(req ChatRequest) string
	// Script is a queue of replies given first, in order.
	Script []Scripted
	// Plan, when set, chooses the reply of each admitted request before
	// the script and the fault rates: ok false leaves the choice to them.
	// It is called with the server's lock held and must not call back.
	Plan func(req ChatRequest) (reply Scripted, ok bool)
	// Now is the clock (tests); default time.Now.
	Now func() time.Time
}

// Stats counts what the server did.
type Stats struct {
	Requests    int            // every chat completion request received
	Completed   int            // 200 answers with a well-formed completion
	RateLimited int            // 429 answers from the RPM limit or a script
	Faults      map[Fault]int  // injected or scripted faults (rate limits excluded)
	Admitted    int            // requests that passed the RPM limit
	FirstAt     time.Time      // first admitted request
	LastAt      time.Time      // last admitted request
	PerMinute   []int          // admitted requests per minute since FirstAt
	MaxInWindow int            // most admitted requests seen in any 60 s window
	ByModel     map[string]int // requests per model name
}

// Pace is the admitted requests per minute between the first and the last
// admitted request, the figure to compare with the RPM limit. It is 0 with
// fewer than two admitted requests.
func (s Stats) Pace() float64 {
	span := s.LastAt.Sub(s.FirstAt)
	if s.Admitted < 2 || span <= 0 {
		return 0
	}
	// n requests span n-1 intervals.
	return float64(s.Admitted-1) / span.Minutes()
}

// Server is the fake. It is safe for concurrent use.
type Server struct {
	opts Options

	mu       sync.Mutex
	rng      *rand.Rand
	script   []Scripted
	admitted []time.Time // admission times inside the current 60 s window
	stats    Stats
	requests []ChatRequest
}

// New makes a Server.
func New(opts Options) *Server {
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.HangFor <= 0 {
		opts.HangFor = 2 * time.Minute
	}
	if opts.Model == "" {
		opts.Model = "fake-model"
	}
	return &Server{
		opts:   opts,
		rng:    rand.New(rand.NewPCG(opts.Seed, opts.Seed^0x9e3779b97f4a7c15)),
		script: append([]Scripted(nil), opts.Script...),
		stats:  Stats{Faults: map[Fault]int{}, ByModel: map[string]int{}},
	}
}

// Enqueue adds scripted replies to the end of the queue.
func (s *Server) Enqueue(replies ...Scripted) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.script = append(s.script, replies...)
}

// Stats returns a copy of the counters.
func (s *Server) Stats() Stats {
	s.mu.Lock()
	defer s.mu.Unlock()
	st := s.stats
	st.Faults = make(map[Fault]int, len(s.stats.Faults))
	for k, v := range s.stats.Faults {
		st.Faults[k] = v
	}
	st.ByModel = make(map[string]int, len(s.stats.ByModel))
	for k, v := range s.stats.ByModel {
		st.ByModel[k] = v
	}
	st.PerMinute = append([]int(nil), s.stats.PerMinute...)
	return st
}

// Requests returns the chat requests received so far, oldest first.
func (s *Server) Requests() []ChatRequest {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]ChatRequest(nil), s.requests...)
}

// maxKeptRequests bounds memory in long benchmarks.
const maxKeptRequests = 1000

// ServeHTTP answers POST /v1/chat/completions and /chat/completions (any
// prefix, so Azure-style deployment paths work too).
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if !strings.HasSuffix(r.URL.Path, "/chat/completions") {
		writeError(w, http.StatusNotFound, "invalid_request_error", "unknown path "+r.URL.Path)
		return
	}
	if r.Method != http.MethodPost {
		writeError(w, http.StatusMethodNotAllowed, "invalid_request_error", "use POST")
		return
	}
	var req ChatRequest
	body, err := readBody(r)
	if err == nil {
		err = json.Unmarshal(body, &req)
	}
	if err != nil {
		writeError(w, http.StatusBadRequest, "invalid_request_error", "request body is not valid JSON")
		return
	}
	req.Raw = body
	req.Path = r.URL.RequestURI()
	req.Header = r.Header.Clone()
	if len(req.Messages) == 0 {
		writeError(w, http.StatusBadRequest, "invalid_request_error", "messages must not be empty")
		return
	}

	reply, retryAfter := s.admit(req)
	if reply.Fault == FaultRateLimit {
		writeRateLimited(w, retryAfter)
		return
	}
	if !sleep(r, s.opts.Latency) {
		return
	}
	s.answer(w, r, req, reply)
}

// admit records the request, applies the RPM limit and decides the reply.
// A rate-limited request gets FaultRateLimit and the seconds to wait.
func (s *Server) admit(req ChatRequest) (Scripted, int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	now := s.opts.Now()
	s.stats.Requests++
	s.stats.ByModel[req.Model]++
	if len(s.requests) < maxKeptRequests {
		s.requests = append(s.requests, req)
	}

	if s.opts.RPM > 0 {
		// Drop admissions older than the window; the oldest one left says
		// when a slot frees up.
		cut := 0
		for cut < len(s.admitted) && now.Sub(s.admitted[cut]) >= time.Minute {
			cut++
		}
		s.admitted = s.admitted[cut:]
		if len(s.admitted) >= s.opts.RPM {
			s.stats.RateLimited++
			free := s.admitted[0].Add(time.Minute).Sub(now)
			return Scripted{Fault: FaultRateLimit}, int(math.Ceil(free.Seconds()))
		}
		s.admitted = append(s.admitted, now)
		s.stats.MaxInWindow = max(s.stats.MaxInWindow, len(s.admitted))
	}
	s.stats.Admitted++
	if s.stats.FirstAt.IsZero() {
		s.stats.FirstAt = now
	}
	s.stats.LastAt = now
	minute := int(now.Sub(s.stats.FirstAt) / time.Minute)
	for len(s.stats.PerMinute) <= minute {
		s.stats.PerMinute = append(s.stats.PerMinute, 0)
	}
	s.stats.PerMinute[minute]++

	planned, ok := Scripted{}, false
	if s.opts.Plan != nil {
		planned, ok = s.opts.Plan(req)
	}
	if ok || len(s.script) > 0 {
		reply := planned
		if !ok {
			reply = s.script[0]
			s.script = s.script[1:]
		}
		if reply.Fault == FaultRateLimit || reply.Status == http.StatusTooManyRequests {
			s.stats.RateLimited++
			return Scripted{Fault: FaultRateLimit}, max(reply.RetryAfter, 1)
		}
		if reply.Fault != FaultNone {
			s.stats.Faults[reply.Fault]++
		}
		return reply, 0
	}
	for _, f := range []struct {
		rate  float64
		fault Fault
	}{
		{s.opts.ServerErrorRate, FaultServerError},
		{s.opts.HangRate, FaultHang},
		{s.opts.MalformedRate, FaultMalformed},
		{s.opts.TruncatedRate, FaultTruncated},
		{s.opts.RefusalRate, FaultRefusal},
		{s.opts.NULRate, FaultNUL},
	} {
		if f.rate > 0 && s.rng.Float64() < f.rate {
			s.stats.Faults[f.fault]++
			return Scripted{Fault: f.fault}, 0
		}
	}
	return Scripted{}, 0
}

func (s *Server) answer(w http.ResponseWriter, r *http.Request, req ChatRequest, reply Scripted) {
	if reply.Status != 0 {
		if reply.RetryAfter > 0 {
			w.Header().Set("Retry-After", strconv.Itoa(reply.RetryAfter))
		}
		if reply.Body != "" {
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(reply.Status)
			_, _ = w.Write([]byte(reply.Body))
			return
		}
		writeError(w, reply.Status, errorType(reply.Status), fmt.Sprintf("scripted %d", reply.Status))
		return
	}
	content := reply.Content
	finish := reply.FinishReason
	refusal := reply.Refusal
	switch reply.Fault {
	case FaultServerError:
		writeError(w, http.StatusInternalServerError, "server_error", "The server had an error while processing your request.")
		return
	case FaultHang:
		sleep(r, s.opts.HangFor)
		return
	case FaultMalformed:
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write([]byte(`{"id": "chatcmpl-broken", "choices": [{"message": {"content": "unterminated`))
		return
	case FaultTruncated:
		full := s.defaultContent(req)
		content, finish = full[:len(full)/2], "length"
	case FaultRefusal:
		content, refusal = "", "I'm sorry, I can't help with that request."
	case FaultFiltered:
		content, finish = "", "content_filter"
	case FaultNUL:
		content = NULReply(s.defaultContent(req))
	}
	if content == "" && refusal == "" && finish == "" {
		content = s.defaultContent(req)
	}
	if finish == "" {
		finish = "stop"
	}
	s.mu.Lock()
	s.stats.Completed++
	s.mu.Unlock()

	model := req.Model
	if model == "" {
		model = s.opts.Model
	}
	promptTokens := 0
	for _, m := range req.Messages {
		promptTokens += estimateTokens(m.Content)
	}
	completionTokens := estimateTokens(content + refusal)
	message := map[string]any{"role": "assistant", "content": content}
	if refusal != "" {
		message["content"] = nil
		message["refusal"] = refusal
	}
	resp := map[string]any{
		"id":      fmt.Sprintf("chatcmpl-fake-%d", s.opts.Now().UnixNano()),
		"object":  "chat.completion",
		"created": s.opts.Now().Unix(),
		"model":   model,
		"choices": []any{map[string]any{
			"index":         0,
			"message":       message,
			"finish_reason": finish,
		}},
		"usage": map[string]int{
			"prompt_tokens":     promptTokens,
			"completion_tokens": completionTokens,
			"total_tokens":      promptTokens + completionTokens,
		},
	}
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(resp)
}

func (s *Server) defaultContent(req ChatRequest) string {
	if s.opts.Reply != nil {
		return s.opts.Reply(req)
	}
	return DefaultReply(req)
}

// DefaultReply is the content the fake writes when nothing else is
// configured: valid JSON {"text": "..."} naming the product found in the
// request, so that a pipeline run through the fake produces plausible copy.
func DefaultReply(req ChatRequest) string {
	name := "this piece"
	for _, m := range req.Messages {
		if n := productName(m.Content); n != "" {
			name = n
			break
		}
	}
	text := fmt.Sprintf("Meet the %s, a piece made to be worn every day and treasured for years. "+
		"Its clean lines catch the light with every movement, and it pairs easily with the pieces you already love. "+
		"Wear it alone for quiet elegance or layer it to tell your own story. "+
		"A thoughtful gift for someone special, or a well-earned treat for yourself.", name)
	b, _ := json.Marshal(map[string]string{"text": text})
	return string(b)
}

// NULReply returns a reply's JSON content with NUL, an ANSI escape, BEL
// and a bidi override put into its text, as a broken model or proxy might
// send: {"text": "Meet\u0000 the \u001b[31m..."}.
func NULReply(content string) string {
	var v map[string]string
	if json.Unmarshal([]byte(content), &v) != nil || v["text"] == "" {
		return content + "\x00"
	}
	t := v["text"]
	cut := min(len(t)/2, strings.IndexByte(t, ' ')+1)
	v["text"] = t[:cut] + "\x00\x1b[31m\a" + t[cut:] + " \u202egnirts\u202c"
	b, _ := json.Marshal(v)
	return string(b)
}

// productName finds a JSON object with a "name" field in a prompt, the
// product facts that every copydesk prompt carries; it does not depend on
// the rest of the prompt's wording.
func productName(prompt string) string {
	for i := strings.IndexByte(prompt, '{'); i >= 0; {
		dec := json.NewDecoder(strings.NewReader(prompt[i:]))
		var obj struct {
			Name string `json:"name"`
		}
		if dec.Decode(&obj) == nil && obj.Name != "" {
			return obj.Name
		}
		next := strings.IndexByte(prompt[i+1:], '{')
		if next < 0 {
			break
		}
		i += 1 + next
	}
	return ""
}

// estimateTokens approximates a tokenizer: about four characters a token.
func estimateTokens(s string) int { return (len(s) + 3) / 4 }

func readBody(r *http.Request) ([]byte, error) {
	defer r.Body.Close()
	return io.ReadAll(io.LimitReader(r.Body, 8<<20))
}

// sleep waits d unless the client goes away first; it reports whether the
// full time passed.
func sleep(r *http.Request, d time.Duration) bool {
	if d <= 0 {
		return true
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return true
	case <-r.Context().Done():
		return false
	}
}

func writeRateLimited(w http.ResponseWriter, retryAfter int) {
	w.Header().Set("Retry-After", strconv.Itoa(retryAfter))
	writeError(w, http.StatusTooManyRequests, "requests",
		"Rate limit reached for requests per minute. Please try again in "+strconv.Itoa(retryAfter)+"s.")
}

func errorType(status int) string {
	switch {
	case status == http.StatusTooManyRequests:
		return "requests"
	case status >= 500:
		return "server_error"
	default:
		return "invalid_request_error"
	}
}

// writeError answers with the OpenAI error envelope.
func writeError(w http.ResponseWriter, status int, typ, message string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(map[string]any{"error": map[string]any{
		"message": message,
		"type":    typ,
		"param":   nil,
		"code":    nil,
	}})
}

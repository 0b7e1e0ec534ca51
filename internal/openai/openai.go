// Package openai is the core.Generator over any OpenAI-compatible chat
// completions endpoint (OpenAI, Azure OpenAI, vLLM, Ollama, gateways)
// through github.com/sashabaranov/go-openai. It asks for structured output
// where the provider supports it, reads replies tolerantly where it does
// not, and translates provider failures into core error codes at this
// boundary: 429, 5xx, timeouts and connection errors are unavailable (the
// queue retries later, with the provider's Retry-After), anything else the
// provider rejects is invalid. The API key never appears in an error.
package openai

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strings"
	"sync/atomic"
	"time"

	goopenai "github.com/sashabaranov/go-openai"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/prompts"
)

// StructuredOutput says how to ask the provider for JSON.
type StructuredOutput string

const (
	// StructuredAuto asks for a strict JSON schema and steps down to
	// json_object, then to plain text, when the provider rejects it.
	StructuredAuto StructuredOutput = "auto"
	// StructuredJSONSchema sends response_format json_schema (strict).
	StructuredJSONSchema StructuredOutput = "json_schema"
	// StructuredJSONObject sends response_format json_object.
	StructuredJSONObject StructuredOutput = "json_object"
	// StructuredNone sends no response_format; the reply is parsed
	// tolerantly.
	StructuredNone StructuredOutput = "none"
)

// ParseStructuredOutput reads a mode name; "" means auto.
func ParseStructuredOutput(s string) (StructuredOutput, error) {
	switch m := StructuredOutput(strings.ToLower(strings.TrimSpace(s))); m {
	case "":
		return StructuredAuto, nil
	case StructuredAuto, StructuredJSONSchema, StructuredJSONObject, StructuredNone:
		return m, nil
	}
	return "", fmt.Errorf("structured output must be auto, json_schema, json_object or none, got %q", s)
}

// Azure selects Azure OpenAI: BaseURL is the resource endpoint
// (https://NAME.openai.azure.com) and the deployment is named after the
// model unless Deployment says otherwise.
type Azure struct {
	APIVersion string // default go-openai's
	Deployment string // default Config.Model
}

// Price is what a provider charges, in any currency, per 1,000 tokens.
type Price struct {
	PromptPer1K     float64
	CompletionPer1K float64
}

// Config configures a Generator.
type Config struct {
	// Name names the provider in Generation.Model ("name/model"); default
	// "openai".
	Name    string
	BaseURL string // default https://api.openai.com/v1
	APIKey  string
	Model   string
	// Timeout bounds one request; default 60 s.
	Timeout time.Duration
	// MaxTokens bounds the reply; default 800.
	MaxTokens int
	// Temperature; zero leaves the provider's default.
	Temperature float32
	// StructuredOutput; default auto.
	StructuredOutput StructuredOutput
	Azure            *Azure
	Price            Price
	// HTTPClient is the base client (tests, proxies); its Transport is
	// wrapped to read response headers. Default: a pooled client.
	HTTPClient *http.Client
}

// Generator is a core.Generator over one OpenAI-compatible provider. It is
// safe for concurrent use.
type Generator struct {
	cfg    Config
	client *goopenai.Client
	// mode is the structured-output mode in use: in auto it steps down
	// once a provider has shown it does not support the richer one.
	mode atomic.Value // StructuredOutput
}

// Defaults of Config.
const (
	DefaultTimeout   = 60 * time.Second
	DefaultMaxTokens = 800
	defaultBaseURL   = "https://api.openai.com/v1"
)

// New makes a Generator.
func New(cfg Config) *Generator {
	if cfg.Name == "" {
		cfg.Name = "openai"
	}
	if cfg.Timeout <= 0 {
		cfg.Timeout = DefaultTimeout
	}
	if cfg.MaxTokens <= 0 {
		cfg.MaxTokens = DefaultMaxTokens
	}
	if cfg.StructuredOutput == "" {
		cfg.StructuredOutput = StructuredAuto
	}
	var cc goopenai.ClientConfig
	if cfg.Azure != nil {
		cc = goopenai.DefaultAzureConfig(cfg.APIKey, cfg.BaseURL)
		if cfg.Azure.APIVersion != "" {
			cc.APIVersion = cfg.Azure.APIVersion
		}
		deployment := cfg.Azure.Deployment
		cc.AzureModelMapperFunc = func(model string) string {
			if deployment != "" {
				return deployment
			}
			return model
		}
	} else {
		cc = goopenai.DefaultConfig(cfg.APIKey)
		if cfg.BaseURL != "" {
			cc.BaseURL = cfg.BaseURL
		}
	}
	cc.HTTPClient = withHeaderCapture(cfg.HTTPClient)
	g := &Generator{cfg: cfg, client: goopenai.NewClientWithConfig(cc)}
	start := cfg.StructuredOutput
	if start == StructuredAuto {
		start = StructuredJSONSchema
	}
	g.mode.Store(start)
	return g
}

// Name returns "provider/model", the value of Generation.Model.
func (g *Generator) Name() string { return g.cfg.Name + "/" + g.cfg.Model }

// Generate writes one draft.
func (g *Generator) Generate(ctx context.Context, req core.GenerateRequest) (*core.Generation, error) {
	p := prompts.Build(req)
	for {
		mode := g.mode.Load().(StructuredOutput)
		resp, header, err := g.complete(ctx, p, mode)
		if err != nil {
			if next, ok := g.stepDown(mode, err); ok {
				g.mode.CompareAndSwap(mode, next)
				continue
			}
			return nil, g.translate(ctx, err, header)
		}
		text, err := readCompletion(resp)
		if err != nil {
			return nil, err
		}
		// Translations carry do-not-translate terms inside markers; what
		// the model kept inside them goes out without the markers.
		text = prompts.RestoreProtected(text)
		usage := core.Usage{PromptTokens: resp.Usage.PromptTokens, CompletionTokens: resp.Usage.CompletionTokens}
		usage.Cost = float64(usage.PromptTokens)/1000*g.cfg.Price.PromptPer1K +
			float64(usage.CompletionTokens)/1000*g.cfg.Price.CompletionPer1K
		return &core.Generation{
			Text:          text,
			Model:         g.Name(),
			PromptVersion: p.Version,
			PromptHash:    p.Hash,
			Usage:         usage,
		}, nil
	}
}

// Estimate forecasts one call without making it (core.Estimator): the
// prompt's tokens from its length, the reply's from MaxTokens.
func (g *Generator) Estimate(req core.GenerateRequest) core.CallEstimate {
	prompt := prompts.EstimateTokens(prompts.Build(req))
	completion := g.cfg.MaxTokens
	if completion <= 0 {
		completion = DefaultMaxTokens
	}
	// A description rarely uses the whole reply budget: a pdp text of 120
	// words is about 200 tokens; assume a quarter of MaxTokens, at least
	// 200.
	completion = max(completion/4, 200)
	return core.CallEstimate{
		Model:            g.Name(),
		PromptTokens:     prompt,
		CompletionTokens: completion,
		Cost: float64(prompt)/1000*g.cfg.Price.PromptPer1K +
			float64(completion)/1000*g.cfg.Price.CompletionPer1K,
	}
}

// complete sends one request; header is the HTTP response's header, which
// go-openai does not expose on errors (it is where Retry-After lives).
func (g *Generator) complete(ctx context.Context, p prompts.Prompt, mode StructuredOutput) (goopenai.ChatCompletionResponse, http.Header, error) {
	ctx, cancel := context.WithTimeout(ctx, g.cfg.Timeout)
	defer cancel()
	var msgs []goopenai.ChatCompletionMessage
	if p.System != "" {
		msgs = append(msgs, goopenai.ChatCompletionMessage{Role: goopenai.ChatMessageRoleSystem, Content: p.System})
	}
	msgs = append(msgs, goopenai.ChatCompletionMessage{Role: goopenai.ChatMessageRoleUser, Content: p.User})
	creq := goopenai.ChatCompletionRequest{Model: g.cfg.Model, Messages: msgs}
	// Reasoning models refuse max_tokens and a temperature; go-openai
	// checks this client-side, so send what they accept.
	if isReasoningModel(g.cfg.Model) {
		creq.MaxCompletionTokens = g.cfg.MaxTokens
	} else {
		creq.MaxTokens = g.cfg.MaxTokens
		creq.Temperature = g.cfg.Temperature
	}
	switch mode {
	case StructuredJSONSchema:
		creq.ResponseFormat = &goopenai.ChatCompletionResponseFormat{
			Type: goopenai.ChatCompletionResponseFormatTypeJSONSchema,
			JSONSchema: &goopenai.ChatCompletionResponseFormatJSONSchema{
				Name:   "product_description",
				Schema: prompts.ResponseSchema(),
				Strict: true,
			},
		}
	case StructuredJSONObject:
		creq.ResponseFormat = &goopenai.ChatCompletionResponseFormat{Type: goopenai.ChatCompletionResponseFormatTypeJSONObject}
	}
	capture := &responseCapture{}
	resp, err := g.client.CreateChatCompletion(withCapture(ctx, capture), creq)
	return resp, capture.Header(), err
}

// stepDown reports the next structured-output mode to try when the
// provider rejected the current one (auto mode only).
func (g *Generator) stepDown(mode StructuredOutput, err error) (StructuredOutput, bool) {
	if g.cfg.StructuredOutput != StructuredAuto || mode == StructuredNone {
		return "", false
	}
	status, msg := providerStatus(err)
	if status != http.StatusBadRequest && status != http.StatusUnprocessableEntity && status != http.StatusNotImplemented {
		return "", false
	}
	msg = strings.ToLower(msg)
	if !strings.Contains(msg, "response_format") && !strings.Contains(msg, "json_schema") &&
		!strings.Contains(msg, "json_object") && !strings.Contains(msg, "structured") && !strings.Contains(msg, "schema") {
		return "", false
	}
	if mode == StructuredJSONSchema {
		return StructuredJSONObject, true
	}
	return StructuredNone, true
}

// readCompletion takes the text out of a completion or says why it cannot
// be used. Such replies are invalid, not unavailable: asking the same
// provider again at once would likely give the same answer, so the draft
// is re-asked within its attempt budget or fails, never published.
func readCompletion(resp goopenai.ChatCompletionResponse) (string, error) {
	if len(resp.Choices) == 0 {
		return "", core.Errorf(core.CodeInvalid, "the model returned no choices")
	}
	choice := resp.Choices[0]
	if choice.Message.Refusal != "" {
		return "", core.Errorf(core.CodeInvalid, "the model refused to write the description: %s", clip(choice.Message.Refusal, 200))
	}
	switch choice.FinishReason {
	case goopenai.FinishReasonLength:
		return "", core.Errorf(core.CodeInvalid, "the model's reply was cut off at the token limit (finish_reason length)")
	case goopenai.FinishReasonContentFilter:
		return "", core.Errorf(core.CodeInvalid, "the provider's content filter withheld the reply (finish_reason content_filter)")
	}
	text, err := ParseReply(choice.Message.Content)
	if err != nil {
		return "", core.Wrap(core.CodeInvalid, err, "the model's reply was not usable")
	}
	return text, nil
}

// translate maps a go-openai or transport error to a core error. Provider
// messages are redacted and clipped: they may echo a key or the prompt.
func (g *Generator) translate(ctx context.Context, err error, header http.Header) error {
	status, msg := providerStatus(err)
	msg = clip(g.redact(msg), 300)
	switch {
	case status == http.StatusTooManyRequests:
		return &core.Error{Code: core.CodeUnavailable, RetryAfter: RetryAfter(header, time.Now()),
			Message: fmt.Sprintf("provider %s is rate limiting requests (429): %s", g.cfg.Name, msg)}
	case status >= 500 || status == http.StatusRequestTimeout || status == http.StatusConflict:
		return &core.Error{Code: core.CodeUnavailable, RetryAfter: RetryAfter(header, time.Now()),
			Message: fmt.Sprintf("provider %s failed (%d): %s", g.cfg.Name, status, msg)}
	case status >= 400:
		hint := ""
		if status == http.StatusUnauthorized || status == http.StatusForbidden {
			hint = " (check the API key and its permissions)"
		}
		return core.Errorf(core.CodeInvalid, "provider %s rejected the request: %d %s%s", g.cfg.Name, status, msg, hint)
	}
	var netErr net.Error
	switch {
	case errors.Is(err, context.DeadlineExceeded) && ctx.Err() == nil:
		return &core.Error{Code: core.CodeUnavailable, Err: context.DeadlineExceeded,
			Message: fmt.Sprintf("provider %s did not answer within %v", g.cfg.Name, g.cfg.Timeout)}
	case ctx.Err() != nil:
		return &core.Error{Code: core.CodeUnavailable, Err: ctx.Err(),
			Message: fmt.Sprintf("generation with provider %s was cancelled", g.cfg.Name)}
	case isDecodeError(err):
		return &core.Error{Code: core.CodeUnavailable,
			Message: fmt.Sprintf("provider %s sent a malformed or incomplete response: %s", g.cfg.Name, clip(g.redact(rootMessage(err)), 200))}
	case errors.As(err, &netErr), isConnectionError(err):
		return &core.Error{Code: core.CodeUnavailable,
			Message: fmt.Sprintf("could not reach provider %s: %s", g.cfg.Name, clip(g.redact(rootMessage(err)), 200))}
	}
	// go-openai's own checks (unsupported model for the endpoint, invalid
	// parameters) fail before any request: a configuration problem.
	return core.Errorf(core.CodeInvalid, "request to provider %s could not be made: %s", g.cfg.Name, clip(g.redact(err.Error()), 200))
}

// providerStatus returns the HTTP status and message of a provider error
// response, or 0 when err is not one.
func providerStatus(err error) (int, string) {
	var apiErr *goopenai.APIError
	if errors.As(err, &apiErr) {
		return apiErr.HTTPStatusCode, apiErr.Message
	}
	var reqErr *goopenai.RequestError
	if errors.As(err, &reqErr) {
		msg := strings.TrimSpace(string(reqErr.Body))
		if msg == "" {
			msg = reqErr.HTTPStatus
		}
		return reqErr.HTTPStatusCode, msg
	}
	return 0, ""
}

func isConnectionError(err error) bool {
	var urlErr *url.Error
	var opErr *net.OpError
	return errors.As(err, &urlErr) || errors.As(err, &opErr) || errors.Is(err, net.ErrClosed) ||
		errors.Is(err, io.EOF) || strings.Contains(err.Error(), "connection reset")
}

func isDecodeError(err error) bool {
	var syntaxErr *json.SyntaxError
	var typeErr *json.UnmarshalTypeError
	// A body that ends mid-JSON is what a proxy cutting the reply short
	// looks like; url.Error marks failures of the transport instead.
	var urlErr *url.Error
	return errors.As(err, &syntaxErr) || errors.As(err, &typeErr) ||
		(errors.Is(err, io.ErrUnexpectedEOF) && !errors.As(err, &urlErr))
}

// rootMessage is the innermost error's text: a url.Error's own text names
// the URL, which may carry credentials.
func rootMessage(err error) string {
	for {
		next := errors.Unwrap(err)
		if next == nil {
			return err.Error()
		}
		err = next
	}
}

// redact removes the API key and any URL credentials from s.
func (g *Generator) redact(s string) string {
	if k := g.cfg.APIKey; len(k) >= 4 {
		s = strings.ReplaceAll(s, k, "[redacted]")
	}
	if u, err := url.Parse(g.cfg.BaseURL); err == nil && u.User != nil {
		s = strings.ReplaceAll(s, u.User.String(), "[redacted]")
		if p, ok := u.User.Password(); ok && p != "" {
			s = strings.ReplaceAll(s, p, "[redacted]")
		}
	}
	return s
}

func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) <= n {
		return s
	}
	cut := n
	for cut > 0 && !utf8Start(s[cut]) {
		cut--
	}
	return s[:cut] + "…"
}

func utf8Start(b byte) bool { return b&0xC0 != 0x80 }

// isReasoningModel mirrors go-openai's client-side check for models that
// take max_completion_tokens and no temperature.
func isReasoningModel(model string) bool {
	for _, p := range []string{"o1", "o3", "o4", "gpt-5"} {
		if strings.HasPrefix(model, p) {
			return true
		}
	}
	return false
}

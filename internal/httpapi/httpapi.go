// Package httpapi is copydesk's REST adapter (DESIGN.md §3): Gin routes that
// decode requests, call *core.Service and translate its results and errors
// into JSON and RFC 9457 problem documents. *gin.Context never leaves this
// package; the core sees only a context.Context and a *core.Token.
package httpapi

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"log/slog"
	"maps"
	"net/http"
	"net/url"
	"runtime/debug"
	"slices"
	"strings"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/copydesk/copydesk/internal/core"
)

// DefaultMaxBodyBytes caps request bodies when Options.MaxBodyBytes is 0:
// a launch of 5,000 products with every attribute filled fits with room.
const DefaultMaxBodyBytes = 10 << 20

const headerRequestID = "X-Request-Id"

// Options tune the adapter.
type Options struct {
	// Logger receives one line per request and the causes of internal
	// errors; nil discards them.
	Logger *slog.Logger
	// MaxBodyBytes caps every request body; 0 means DefaultMaxBodyBytes.
	MaxBodyBytes int64
	// ExportPageSize is how many rows a CSV export reads from the store at
	// a time; 0 means 1000.
	ExportPageSize int
	// Metrics, if set, observes every answered request by route template.
	Metrics Observer
	// MetricsHandler, if set, is served at GET /metrics (public, as
	// Prometheus scrapers expect; put it behind the network's own rules).
	MetricsHandler http.Handler
	// Admin, if set, is mounted at /admin/queues/ for admin tokens only
	// (the queue monitor, asynqmon).
	Admin http.Handler
	// StreamPoll is how often an event stream reads the outbox (default
	// 500ms); StreamHeartbeat how often it sends a keep-alive comment
	// (default 15s).
	StreamPoll, StreamHeartbeat time.Duration
	// Done, when closed, ends every open event stream, so that a graceful
	// shutdown is not held up by clients that never hang up.
	Done <-chan struct{}
	// RateLimit, if set, books one request of the token with the given ID
	// and answers how long it must wait when it is over its limit (0: go
	// ahead). Requests over the limit get 429 with Retry-After. An error
	// (the limiter's Redis is down) lets the request through, logged.
	RateLimit func(ctx context.Context, tokenID string) (time.Duration, error)
	// Ready, if set, is checked by /readyz after the store (e.g. a Redis
	// ping); an error means not ready.
	Ready func(ctx context.Context) error
}

// Observer records answered requests (internal/metrics implements it).
type Observer interface {
	ObserveHTTP(method, route string, status int, d time.Duration)
}

// server holds what the handlers share.
type server struct {
	svc     *core.Service
	log     *slog.Logger
	maxBody int64
	ready   func(ctx context.Context) error
	metrics Observer
	limit   func(ctx context.Context, tokenID string) (time.Duration, error)
	// event streams
	streamPoll, streamHeartbeat time.Duration
	done                        <-chan struct{}
	export                      int    // rows per store read of a CSV export
	openapi                     []byte // the OpenAPI document as JSON, converted once
}

func init() {
	// The mode is process-wide in Gin; release mode silences its debug
	// route dump and warnings, which would otherwise go to stdout.
	gin.SetMode(gin.ReleaseMode)
}

// New returns the HTTP handler of the REST API.
func New(svc *core.Service, opts Options) http.Handler {
	s := &server{svc: svc, log: opts.Logger, maxBody: opts.MaxBodyBytes, ready: opts.Ready, export: opts.ExportPageSize,
		metrics: opts.Metrics, limit: opts.RateLimit, streamPoll: opts.StreamPoll, streamHeartbeat: opts.StreamHeartbeat, done: opts.Done}
	if s.streamPoll <= 0 {
		s.streamPoll = defaultStreamPoll
	}
	if s.streamHeartbeat <= 0 {
		s.streamHeartbeat = defaultStreamHeartbeat
	}
	if s.export <= 0 {
		s.export = maxLimit
	}
	if s.log == nil {
		s.log = slog.New(slog.DiscardHandler)
	}
	if s.maxBody <= 0 {
		s.maxBody = DefaultMaxBodyBytes
	}
	doc, err := openAPIJSON()
	if err != nil {
		// A test guards the document; log rather than fail startup so the
		// API itself stays up if the spec is somehow broken.
		s.log.Error("the embedded OpenAPI document does not convert to JSON", "err", err)
	}
	s.openapi = doc

	r := gin.New()
	r.HandleMethodNotAllowed = true
	// Proxies are configured by the deployment, not trusted by default.
	_ = r.SetTrustedProxies(nil)
	r.Use(s.requestID, s.logRequests, s.recoverPanics, s.handle(s.limitBody), s.handle(s.checkURL))
	// A trailing slash is not redirected (Gin would answer 301 in
	// text/html): it is a 404 problem like any unknown path, with a hint.
	r.RedirectTrailingSlash = false
	r.NoRoute(s.handle(func(c *gin.Context) error {
		path := c.Request.URL.Path
		if len(path) > 1 && strings.HasSuffix(path, "/") {
			return core.Errorf(core.CodeNotFound, "no route for %s %s; paths take no trailing slash (%s)", c.Request.Method, path, strings.TrimRight(path, "/"))
		}
		return core.Errorf(core.CodeNotFound, "no route for %s %s", c.Request.Method, path)
	}))
	r.NoMethod(s.handle(func(c *gin.Context) error {
		return core.Errorf(codeMethodNotAllowed, "%s is not allowed on %s", c.Request.Method, c.Request.URL.Path)
	}))
	s.routes(r)
	if opts.MetricsHandler != nil {
		r.GET("/metrics", gin.WrapH(opts.MetricsHandler))
	}
	if opts.Admin != nil {
		r.Any("/admin/queues/*path", s.handle(s.adminOnly), gin.WrapH(opts.Admin))
		r.GET("/admin/queues", func(c *gin.Context) { c.Redirect(http.StatusMovedPermanently, "/admin/queues/") })
	}
	return r
}

func (s *server) routes(r *gin.Engine) {
	h := s.handle
	r.GET("/healthz", h(s.healthz))
	r.HEAD("/healthz", h(s.healthz))
	r.HEAD("/readyz", h(s.readyz))
	r.GET("/readyz", h(s.readyz))
	r.GET("/openapi.json", h(s.openAPI))

	v1 := r.Group("/v1", h(s.authenticate), h(requirePathParams))
	v1.POST("/tokens", h(s.createToken))
	v1.GET("/tokens", h(s.listTokens))
	v1.DELETE("/tokens/:id", h(s.revokeToken))
	v1.GET("/launches", h(s.listLaunches))
	v1.POST("/launches", h(s.submitLaunch))
	v1.GET("/launches/:id", h(s.getLaunch))
	v1.GET("/launches/:id/drafts", h(s.listDrafts))
	v1.GET("/launches/:id/drafts.csv", h(s.draftsCSV))
	v1.GET("/launches/:id/events", h(s.listEvents))
	v1.GET("/launches/:id/deliveries", h(s.listDeliveries))
	v1.GET("/drafts/:id", h(s.getDraft))
	v1.POST("/drafts/:id/approve", h(s.approve))
	v1.POST("/drafts/:id/reject", h(s.reject))
	v1.PUT("/drafts/:id/text", h(s.editText))
	v1.GET("/reviews", h(s.reviewQueue))
	v1.POST("/drafts/approve", h(s.bulkApprove))
	v1.GET("/drafts/:id/versions", h(s.draftVersions))
	v1.PUT("/launches/:id/products/:sku", h(s.updateProduct))
	v1.GET("/catalogue", h(s.catalogueFeed))
	v1.GET("/catalogue.csv", h(s.catalogueCSV))
	v1.GET("/catalogue/:sku", h(s.catalogueBySKU))
	v1.POST("/checks", h(s.check))
	v1.GET("/styleguide", h(s.getStyleGuide))
	v1.GET("/styleguide/versions", h(s.styleGuideVersions))
	v1.PUT("/styleguide", h(s.putStyleGuide))
}

// ---- middleware ----

// requestID keeps a caller's X-Request-Id when it is sane, or makes one, so
// that a problem reported by a caller can be found in the logs.
func (s *server) requestID(c *gin.Context) {
	id := requestIDOf(c.Request)
	c.Header(headerRequestID, id)
	c.Header("X-Content-Type-Options", "nosniff")
	c.Request = c.Request.WithContext(core.WithRequestID(c.Request.Context(), id))
	c.Next()
}

// requestIDOf returns the caller's X-Request-Id when it is sane, or a new
// random one (16 hex digits).
func requestIDOf(r *http.Request) string {
	id := r.Header.Get(headerRequestID)
	if !saneRequestID(id) {
		b := make([]byte, 8)
		_, _ = rand.Read(b)
		id = hex.EncodeToString(b)
	}
	return id
}

// RequestID is the API's request-id middleware for handlers mounted beside
// it (the reviewer UI): the same X-Request-Id answered, and in the
// request's context (core.RequestID) for logs and the events it causes.
func RequestID(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		id := requestIDOf(r)
		w.Header().Set(headerRequestID, id)
		h.ServeHTTP(w, r.WithContext(core.WithRequestID(r.Context(), id)))
	})
}

func saneRequestID(id string) bool {
	if id == "" || len(id) > 128 {
		return false
	}
	for _, r := range id {
		if r < 0x21 || r > 0x7e {
			return false
		}
	}
	return true
}

// logRequests writes one line per request. It logs the path without the
// query and never any header: Authorization carries a secret.
func (s *server) logRequests(c *gin.Context) {
	start := time.Now()
	c.Next()
	status := c.Writer.Status()
	level := slog.LevelInfo
	if status >= 500 {
		level = slog.LevelError
	}
	if s.metrics != nil {
		s.metrics.ObserveHTTP(c.Request.Method, c.FullPath(), status, time.Since(start))
	}
	s.log.LogAttrs(c.Request.Context(), level, "request",
		slog.String("method", c.Request.Method),
		slog.String("path", c.Request.URL.Path),
		slog.Int("status", status),
		slog.Duration("duration", time.Since(start)),
		slog.Int("bytes", c.Writer.Size()),
		slog.String("request_id", c.Writer.Header().Get(headerRequestID)),
	)
}

// recoverPanics answers a panicking handler with a plain 500 problem; the
// panic value and stack go to the log only.
func (s *server) recoverPanics(c *gin.Context) {
	defer func() {
		v := recover()
		if v == nil {
			return
		}
		if v == http.ErrAbortHandler {
			panic(v) // the server's own signal to drop the connection
		}
		s.log.ErrorContext(c.Request.Context(), "panic in handler",
			"method", c.Request.Method, "path", c.Request.URL.Path,
			"request_id", c.Writer.Header().Get(headerRequestID),
			"panic", v, "stack", string(debug.Stack()))
		if !c.Writer.Written() {
			p, _ := problemFor(core.Errorf(core.CodeInternal, "panic"))
			writeProblem(c, p)
		}
		c.Abort()
	}()
	c.Next()
}

// limitBody caps every request body; readers see *http.MaxBytesError past
// the cap, which decoding turns into 413.
func (s *server) limitBody(c *gin.Context) error {
	if c.Request.ContentLength > s.maxBody {
		return core.Errorf(core.CodeTooLarge, "the request body is larger than %d bytes", s.maxBody)
	}
	if c.Request.Body != nil {
		c.Request.Body = http.MaxBytesReader(c.Writer, c.Request.Body, s.maxBody)
	}
	return nil
}

// checkURL refuses path parameters and query values holding what no field
// may store (core.StringProblem: NUL, invalid UTF-8, control and
// bidirectional characters) with 400 naming the parameter, so that no
// store ever sees them ("/v1/drafts/a%00b").
func (s *server) checkURL(c *gin.Context) error {
	for _, p := range c.Params {
		if msg := core.StringProblem(p.Value, core.SingleLine); msg != "" {
			return core.Invalid("the path parameter "+p.Key+" "+msg, core.FieldError{Field: p.Key, Message: msg})
		}
	}
	q, err := url.ParseQuery(c.Request.URL.RawQuery)
	if err != nil {
		return core.Invalid("the query string is malformed", core.FieldError{Field: "query", Message: "is not a valid URL query"})
	}
	for _, key := range slices.Sorted(maps.Keys(q)) {
		if msg := core.StringProblem(key, core.SingleLine); msg != "" {
			return core.Invalid("a query parameter name "+msg, core.FieldError{Field: "query", Message: "has a parameter name that " + msg})
		}
		for _, v := range q[key] {
			if msg := core.StringProblem(v, core.SingleLine); msg != "" {
				return core.Invalid("the query parameter "+key+" "+msg, core.FieldError{Field: key, Message: msg})
			}
		}
	}
	return nil
}

type tokenKey struct{}

// authenticate resolves "Authorization: Bearer TOKEN" and puts the token
// into the request's context for the handlers.
func (s *server) authenticate(c *gin.Context) error {
	scheme, secret, _ := strings.Cut(c.GetHeader("Authorization"), " ")
	if !strings.EqualFold(scheme, "Bearer") {
		secret = ""
	}
	tok, err := s.svc.Authenticate(c.Request.Context(), strings.TrimSpace(secret))
	if err != nil {
		return err
	}
	if s.limit != nil {
		wait, err := s.limit(c.Request.Context(), tok.ID)
		if err != nil {
			s.log.WarnContext(c.Request.Context(), "rate limiter unavailable; request let through", "err", err)
		} else if wait > 0 {
			return &core.Error{Code: codeTooManyRequests, RetryAfter: wait.Seconds(),
				Message: "this token is over its request rate limit; retry after the Retry-After seconds"}
		}
	}
	c.Request = c.Request.WithContext(context.WithValue(c.Request.Context(), tokenKey{}, tok))
	return nil
}

// requirePathParams answers 404 when a path parameter is empty
// (GET /v1/launches//drafts): an empty id names nothing, and must never
// reach a store as "no filter".
func requirePathParams(c *gin.Context) error {
	for _, p := range c.Params {
		if p.Value == "" {
			return core.Errorf(core.CodeNotFound, "the %s in the path is empty", p.Key)
		}
	}
	return nil
}

// caller returns the authenticated token of the request.
func caller(ctx context.Context) *core.Token {
	tok, _ := ctx.Value(tokenKey{}).(*core.Token)
	return tok
}

// ---- responses ----

func writeJSON(c *gin.Context, status int, v any) {
	writeJSONAs(c, status, "application/json", v)
}

// writeJSONAs encodes without HTML escaping: copy text with "&" or "<"
// stays readable, and nosniff stops browsers from treating it as HTML.
func writeJSONAs(c *gin.Context, status int, contentType string, v any) {
	var buf strings.Builder
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		s := `{"type":"` + problemTypeBase + `internal","title":"Internal error","status":500,"detail":"internal error"}` + "\n"
		c.Data(http.StatusInternalServerError, "application/problem+json", []byte(s))
		return
	}
	c.Data(status, contentType, []byte(buf.String()))
}

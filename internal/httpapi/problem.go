package httpapi

import (
	"errors"
	"log/slog"
	"math"
	"net/http"
	"strconv"

	"github.com/gin-gonic/gin"

	"github.com/copydesk/copydesk/internal/core"
)

// Codes that only the HTTP adapter produces. They share core.Code's type so
// that every error, from the core or from the adapter, is answered through
// the one statusOf table below.
const (
	codeUnsupportedMediaType core.Code = "unsupported_media_type"
	codeMethodNotAllowed     core.Code = "method_not_allowed"
	codeTooManyRequests      core.Code = "too_many_requests"
)

// problemTypeBase prefixes every problem "type": clients switch on the
// last path segment, which is the error code ("invalid", "not_found", ...).
// The URIs identify the problem kinds; they need not resolve.
const problemTypeBase = "https://copydesk.dev/problems/"

// problemKind is how one error code is answered.
type problemKind struct {
	status int
	title  string
}

// statusOf is the one table from error code to HTTP status (DESIGN.md §6).
var statusOf = map[core.Code]problemKind{
	core.CodeInvalid:         {http.StatusBadRequest, "Invalid request"},
	core.CodeUnauthorized:    {http.StatusUnauthorized, "Unauthorized"},
	core.CodeForbidden:       {http.StatusForbidden, "Forbidden"},
	core.CodeNotFound:        {http.StatusNotFound, "Not found"},
	codeMethodNotAllowed:     {http.StatusMethodNotAllowed, "Method not allowed"},
	core.CodeConflict:        {http.StatusConflict, "Conflict"},
	core.CodeTooLarge:        {http.StatusRequestEntityTooLarge, "Request too large"},
	codeUnsupportedMediaType: {http.StatusUnsupportedMediaType, "Unsupported media type"},
	codeTooManyRequests:      {http.StatusTooManyRequests, "Too many requests"},
	core.CodeInternal:        {http.StatusInternalServerError, "Internal error"},
	core.CodeUnavailable:     {http.StatusServiceUnavailable, "Service unavailable"},
}

// Problem is an RFC 9457 problem details document.
type Problem struct {
	Type   string            `json:"type"`
	Title  string            `json:"title"`
	Status int               `json:"status"`
	Detail string            `json:"detail"`
	Errors []core.FieldError `json:"errors,omitempty"`
}

// problemFor translates err into the problem a caller may see. Errors that
// are not *core.Error, and internal ones, show only "internal error": their
// text may carry SQL, hostnames or secrets.
func problemFor(err error) (Problem, float64) {
	code := core.ErrorCode(err)
	kind, ok := statusOf[code]
	if !ok {
		code, kind = core.CodeInternal, statusOf[core.CodeInternal]
	}
	p := Problem{Type: problemTypeBase + string(code), Title: kind.title, Status: kind.status, Detail: "internal error"}
	var e *core.Error
	if code == core.CodeInternal || !errors.As(err, &e) {
		return p, 0
	}
	p.Detail = core.ErrorMessage(err)
	if p.Detail == "internal error" {
		p.Detail = kind.title
	}
	p.Errors = e.Fields
	return p, e.RetryAfter
}

// handlerFunc is a route handler or guard with one error exit: it writes
// its answer and returns nil, or returns an error and writes nothing.
type handlerFunc func(c *gin.Context) error

// handle adapts h to Gin. A returned error is answered once, here, as an
// RFC 9457 problem through the statusOf table (core codes and the adapter's
// own), and the handler chain is aborted. A guard (authentication, URL and
// body checks) that returns nil lets the chain go on to the next handler.
func (s *server) handle(h handlerFunc) gin.HandlerFunc {
	return func(c *gin.Context) {
		if err := h(c); err != nil {
			writeError(c, s.log, err)
		}
	}
}

// writeError answers the request with err as problem+json and aborts the
// handler chain. Internal errors are logged with their cause.
func writeError(c *gin.Context, log *slog.Logger, err error) {
	p, retryAfter := problemFor(err)
	if p.Status >= 500 {
		log.ErrorContext(c.Request.Context(), "request failed",
			"method", c.Request.Method, "path", c.Request.URL.Path,
			"request_id", c.Writer.Header().Get(headerRequestID), "status", p.Status, "err", err)
	}
	if retryAfter > 0 {
		c.Header("Retry-After", strconv.Itoa(int(math.Ceil(retryAfter))))
	}
	if p.Status == http.StatusUnauthorized {
		c.Header("WWW-Authenticate", `Bearer realm="copydesk"`)
	}
	writeProblem(c, p)
}

func writeProblem(c *gin.Context, p Problem) {
	writeJSONAs(c, p.Status, "application/problem+json", p)
	c.Abort()
}

// Package reviewui is copydesk's reviewer web UI (DESIGN.md §1, "/review"):
// server-rendered html/template pages over *core.Service, an adapter beside
// the REST one. A reviewer signs in with a token, which is kept in an
// HttpOnly, SameSite=Strict cookie scoped to /review/; every form carries a
// CSRF token derived from that secret (HMAC), and POSTs from another origin
// are refused. Templates and assets are embedded; nothing loads from a CDN.
package reviewui

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"embed"
	"encoding/base64"
	"errors"
	"html/template"
	"io/fs"
	"log/slog"
	"net/http"
	"net/url"
	"runtime/debug"
	"strings"
	"time"

	"github.com/copydesk/copydesk/internal/core"
)

// Prefix is where the UI is mounted.
const Prefix = "/review/"

const (
	sessionCookie = "copydesk_review"
	preCookie     = "copydesk_review_pre" // the sign-in form's CSRF nonce
	csrfField     = "csrf"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

// Options tune the UI.
type Options struct {
	// Logger receives failed requests; nil discards them.
	Logger *slog.Logger
	// Now is the clock for relative times; nil means time.Now.
	Now func() time.Time
}

// UI serves the reviewer pages.
type UI struct {
	svc   *core.Service
	log   *slog.Logger
	now   func() time.Time
	pages map[string]*template.Template
	mux   *http.ServeMux
}

// New returns the UI's handler; mount it at Prefix (it also answers the
// bare "/review" with a redirect).
func New(svc *core.Service, opts Options) *UI {
	u := &UI{svc: svc, log: opts.Logger, now: opts.Now, pages: map[string]*template.Template{}}
	if u.log == nil {
		u.log = slog.New(slog.DiscardHandler)
	}
	if u.now == nil {
		u.now = time.Now
	}
	for _, name := range []string{"signin", "queue", "draft", "bulk", "error"} {
		u.pages[name] = template.Must(template.New("layout.html").Funcs(funcs).
			ParseFS(templateFS, "templates/layout.html", "templates/"+name+".html"))
	}
	static, _ := fs.Sub(staticFS, "static")
	m := http.NewServeMux()
	m.Handle("GET /review/static/", cacheStatic(http.StripPrefix("/review/static/", http.FileServerFS(static))))
	m.HandleFunc("GET /review", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, Prefix, http.StatusMovedPermanently)
	})
	m.HandleFunc("GET /review/signin", u.signinForm)
	m.HandleFunc("POST /review/signin", u.signin)
	m.HandleFunc("POST /review/signout", u.signout)
	m.HandleFunc("GET /review/{$}", u.authed(u.queue))
	m.HandleFunc("GET /review/bulk-approve", u.authed(u.bulkConfirm))
	m.HandleFunc("POST /review/bulk-approve", u.authed(u.bulkApprove))
	m.HandleFunc("GET /review/drafts/{id}", u.authed(u.draft))
	m.HandleFunc("POST /review/drafts/{id}/approve", u.authed(u.approve))
	m.HandleFunc("POST /review/drafts/{id}/reject", u.authed(u.reject))
	m.HandleFunc("POST /review/drafts/{id}/edit", u.authed(u.edit))
	m.HandleFunc("/review/", func(w http.ResponseWriter, r *http.Request) {
		u.fail(w, r, nil, core.Errorf(core.CodeNotFound, "there is no page at %s", r.URL.Path))
	})
	u.mux = m
	return u
}

// ServeHTTP sets the security headers every page shares and recovers from
// a panicking handler with a plain error page.
func (u *UI) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "+
		"form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "same-origin")
	h.Set("X-Frame-Options", "DENY")
	defer func() {
		if v := recover(); v != nil {
			if v == http.ErrAbortHandler {
				panic(v)
			}
			u.log.ErrorContext(r.Context(), "panic in review UI", "path", r.URL.Path, "panic", v, "stack", string(debug.Stack()))
			http.Error(w, "internal error", http.StatusInternalServerError)
		}
	}()
	if r.Method == http.MethodPost {
		// Every form is small. Parse it here, under a cap: past the cap
		// (or past net/http's own 10 MB) the form would parse empty and
		// the CSRF check would answer a misleading 403.
		r.Body = http.MaxBytesReader(w, r.Body, MaxFormBytes)
		if err := r.ParseForm(); err != nil {
			var tooBig *http.MaxBytesError
			if errors.As(err, &tooBig) || strings.Contains(err.Error(), "too large") {
				u.fail(w, r, nil, core.Errorf(core.CodeTooLarge, "the form is larger than %d bytes", MaxFormBytes))
				return
			}
			u.fail(w, r, nil, core.Invalid("the form could not be read: "+err.Error()))
			return
		}
	}
	u.mux.ServeHTTP(w, r)
}

// MaxFormBytes caps a posted form (1 MiB: an edited draft's text and a
// comment with room to spare); a larger one is 413.
const MaxFormBytes = 1 << 20

func cacheStatic(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "public, max-age=300")
		h.ServeHTTP(w, r)
	})
}

// session is the signed-in reviewer of a request.
type session struct {
	tok  *core.Token
	csrf string
}

type authedHandler func(w http.ResponseWriter, r *http.Request, s *session)

// authed resolves the session cookie; without a valid one a GET goes to
// the sign-in page (coming back afterwards) and a POST is refused. Every
// POST must carry the session's CSRF token and come from this origin.
func (u *UI) authed(h authedHandler) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		c, err := r.Cookie(sessionCookie)
		var tok *core.Token
		if err == nil && c.Value != "" {
			tok, err = u.svc.Authenticate(r.Context(), c.Value)
		}
		if tok == nil || (tok.Role != core.RoleReviewer && tok.Role != core.RoleAdmin) {
			if err != nil && !core.IsCode(err, core.CodeUnauthorized) && !isNoCookie(err) {
				u.fail(w, r, nil, err)
				return
			}
			if r.Method == http.MethodGet {
				http.Redirect(w, r, "/review/signin?next="+url.QueryEscape(r.URL.RequestURI()), http.StatusSeeOther)
				return
			}
			u.fail(w, r, nil, core.Errorf(core.CodeUnauthorized, "your session has ended: sign in again"))
			return
		}
		s := &session{tok: tok, csrf: csrfToken(c.Value)}
		if r.Method == http.MethodPost {
			if !sameOrigin(r) {
				u.fail(w, r, s, core.Errorf(core.CodeForbidden, "the form was sent from another site"))
				return
			}
			if subtle.ConstantTimeCompare([]byte(r.PostFormValue(csrfField)), []byte(s.csrf)) != 1 {
				u.fail(w, r, s, core.Errorf(core.CodeForbidden, "the form has expired or was not sent from this page: reload and try again"))
				return
			}
		}
		w.Header().Set("Cache-Control", "no-store")
		h(w, r, s)
	}
}

func isNoCookie(err error) bool { return err == http.ErrNoCookie }

// csrfToken derives the forms' CSRF token from the session secret: only a
// page that could read the HttpOnly cookie's value (none can) or that was
// served to the session can know it, and it is the same on every replica.
func csrfToken(secret string) string {
	m := hmac.New(sha256.New, []byte(secret))
	m.Write([]byte("copydesk review csrf v1"))
	return base64.RawURLEncoding.EncodeToString(m.Sum(nil))
}

// sameOrigin refuses a POST whose Origin (or, failing that, Referer) names
// another host; browsers send one of them on every form POST.
func sameOrigin(r *http.Request) bool {
	if r.Header.Get("Sec-Fetch-Site") == "cross-site" {
		return false
	}
	src := r.Header.Get("Origin")
	if src == "" || src == "null" {
		src = r.Header.Get("Referer")
	}
	if src == "" {
		return true // not a browser form post; the CSRF token still guards it
	}
	o, err := url.Parse(src)
	return err == nil && o.Host == r.Host
}

func secureRequest(r *http.Request) bool {
	return r.TLS != nil || strings.EqualFold(r.Header.Get("X-Forwarded-Proto"), "https")
}

func newNonce() string {
	b := make([]byte, 18)
	_, _ = rand.Read(b)
	return base64.RawURLEncoding.EncodeToString(b)
}

// safeNext keeps a post-sign-in redirect inside the UI.
func safeNext(next string) string {
	if strings.HasPrefix(next, Prefix) && !strings.HasPrefix(next, "//") && !strings.Contains(next, "\\") {
		return next
	}
	return Prefix
}

func (u *UI) signinForm(w http.ResponseWriter, r *http.Request) {
	u.renderSignin(w, r, http.StatusOK, "")
}

func (u *UI) renderSignin(w http.ResponseWriter, r *http.Request, status int, problem string) {
	nonce := newNonce()
	http.SetCookie(w, &http.Cookie{Name: preCookie, Value: nonce, Path: Prefix, HttpOnly: true,
		SameSite: http.SameSiteStrictMode, Secure: secureRequest(r), MaxAge: 3600})
	w.Header().Set("Cache-Control", "no-store")
	u.render(w, r, status, "signin", page{Title: "Sign in", Data: map[string]any{
		"CSRF": nonce, "Next": safeNext(r.FormValue("next")), "Problem": problem}})
}

func (u *UI) signin(w http.ResponseWriter, r *http.Request) {
	pre, err := r.Cookie(preCookie)
	if err != nil || !sameOrigin(r) ||
		subtle.ConstantTimeCompare([]byte(r.PostFormValue(csrfField)), []byte(pre.Value)) != 1 {
		u.renderSignin(w, r, http.StatusForbidden, "The sign-in form expired. Please try again.")
		return
	}
	secret := strings.TrimSpace(r.PostFormValue("token"))
	if secret == "" {
		u.renderSignin(w, r, http.StatusBadRequest, "Enter your reviewer token.")
		return
	}
	tok, err := u.svc.Authenticate(r.Context(), secret)
	switch {
	case core.IsCode(err, core.CodeUnauthorized):
		u.renderSignin(w, r, http.StatusUnauthorized, "That token is not valid.")
		return
	case err != nil:
		u.fail(w, r, nil, err)
		return
	case tok.Role != core.RoleReviewer && tok.Role != core.RoleAdmin:
		u.renderSignin(w, r, http.StatusForbidden, "That token belongs to the "+string(tok.Role)+" role; the review pages need a reviewer or admin token.")
		return
	}
	http.SetCookie(w, &http.Cookie{Name: sessionCookie, Value: secret, Path: Prefix, HttpOnly: true,
		SameSite: http.SameSiteStrictMode, Secure: secureRequest(r), MaxAge: 12 * 3600})
	http.SetCookie(w, &http.Cookie{Name: preCookie, Value: "", Path: Prefix, MaxAge: -1})
	http.Redirect(w, r, safeNext(r.PostFormValue("next")), http.StatusSeeOther)
}

func (u *UI) signout(w http.ResponseWriter, r *http.Request) {
	if c, err := r.Cookie(sessionCookie); err == nil && sameOrigin(r) &&
		subtle.ConstantTimeCompare([]byte(r.PostFormValue(csrfField)), []byte(csrfToken(c.Value))) == 1 {
		http.SetCookie(w, &http.Cookie{Name: sessionCookie, Value: "", Path: Prefix, HttpOnly: true,
			SameSite: http.SameSiteStrictMode, MaxAge: -1})
	}
	http.Redirect(w, r, "/review/signin", http.StatusSeeOther)
}

// statusOf maps an error code to the page's HTTP status.
var statusOf = map[core.Code]int{
	core.CodeInvalid:      http.StatusBadRequest,
	core.CodeUnauthorized: http.StatusUnauthorized,
	core.CodeForbidden:    http.StatusForbidden,
	core.CodeNotFound:     http.StatusNotFound,
	core.CodeConflict:     http.StatusConflict,
	core.CodeTooLarge:     http.StatusRequestEntityTooLarge,
	core.CodeUnavailable:  http.StatusServiceUnavailable,
	core.CodeInternal:     http.StatusInternalServerError,
}

// fail renders err as an error page; internal errors are logged and shown
// only as "internal error".
func (u *UI) fail(w http.ResponseWriter, r *http.Request, s *session, err error) {
	status, ok := statusOf[core.ErrorCode(err)]
	if !ok {
		status = http.StatusInternalServerError
	}
	if status >= 500 {
		u.log.ErrorContext(r.Context(), "review UI request failed", "path", r.URL.Path, "err", err)
	}
	var fields []core.FieldError
	if e, ok := err.(*core.Error); ok {
		fields = e.Fields
	}
	u.render(w, r, status, "error", page{Title: http.StatusText(status), Session: s,
		Data: map[string]any{"Status": status, "Message": core.ErrorMessage(err), "Fields": fields}})
}

// page is what every template gets.
type page struct {
	Title   string
	Session *session
	Data    any
}

// CSRF is the session's form token (empty when signed out).
func (p page) CSRF() string {
	if p.Session == nil {
		return ""
	}
	return p.Session.csrf
}

// Who names the signed-in token and its scope.
func (p page) Who() string {
	if p.Session == nil {
		return ""
	}
	t := p.Session.tok
	if t.Role == core.RoleAdmin {
		return t.Name + " (admin, every locale)"
	}
	return t.Name + " (reviewer: " + strings.Join(t.Locales, ", ") + ")"
}

func (u *UI) render(w http.ResponseWriter, r *http.Request, status int, name string, p page) {
	var buf strings.Builder
	if err := u.pages[name].Execute(&buf, p); err != nil {
		u.log.ErrorContext(r.Context(), "review UI template failed", "page", name, "err", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	_, _ = w.Write([]byte(buf.String()))
}

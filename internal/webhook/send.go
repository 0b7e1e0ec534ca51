package webhook

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"time"
)

// Attempt is the outcome of one delivery attempt.
type Attempt struct {
	At         time.Time `json:"at"`
	StatusCode int       `json:"status_code,omitempty"` // 0 when no answer came
	Error      string    `json:"error,omitempty"`       // why it failed, safe to show
	// Refused is set when the SSRF guard refused the address (at connect
	// time, redirects included): retrying cannot help.
	Refused  bool          `json:"refused,omitempty"`
	Duration time.Duration `json:"-"`
}

// OK reports whether the receiver took the event (any 2xx answer).
func (a Attempt) OK() bool { return a.Error == "" && a.StatusCode >= 200 && a.StatusCode < 300 }

// Sender posts signed events.
type Sender struct {
	Client *http.Client
	Secret []byte
	// Now is the clock of the timestamps; nil means time.Now.
	Now func() time.Time
}

// Send posts body to url as one attempt of event eventID, signed at the
// current time. It never returns an error: the attempt says what happened.
// Only the answer's status is kept; its body is read (up to 64 KiB, so the
// connection can be reused) and dropped.
func (s *Sender) Send(ctx context.Context, url, eventID string, body []byte) Attempt {
	now := time.Now
	if s.Now != nil {
		now = s.Now
	}
	at := now()
	a := Attempt{At: at.UTC()}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		a.Error = "the callback URL is not valid"
		return a
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("User-Agent", "copydesk-webhook/1")
	SetHeaders(req.Header, s.Secret, eventID, at, body)
	start := time.Now()
	resp, err := s.Client.Do(req)
	a.Duration = time.Since(start)
	if err != nil {
		var refused *RefusedError
		a.Refused = errors.As(err, &refused)
		a.Error = describe(err)
		return a
	}
	_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
	resp.Body.Close()
	a.StatusCode = resp.StatusCode
	if !a.OK() {
		a.Error = fmt.Sprintf("the receiver answered %d", resp.StatusCode)
	}
	return a
}

// describe turns a client error into a short reason without the URL's
// query (which may hold a receiver's token).
func describe(err error) string {
	var refused *RefusedError
	switch {
	case errors.As(err, &refused):
		return refused.Error()
	case errors.Is(err, context.DeadlineExceeded):
		return "timed out"
	}
	var ue interface{ Unwrap() error }
	if errors.As(err, &ue) {
		if inner := ue.Unwrap(); inner != nil {
			return inner.Error()
		}
	}
	return err.Error()
}

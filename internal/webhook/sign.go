// Package webhook signs, sends and verifies copydesk's webhook events, and
// provides the HTTP client that sends them without letting a callback URL
// reach private networks (server-side request forgery). It is pure of
// copydesk's adapters: core and the queue adapter use it; it imports none.
//
// Signing follows Stripe and Standard Webhooks: the signed content is
// "TIMESTAMP.BODY" (Unix seconds, a dot, the raw body bytes), the MAC is
// HMAC-SHA256 keyed with WEBHOOK_SECRET, and the headers are
//
//	X-Copydesk-Event-Id:  the event's id (the same on every retry; dedupe on it)
//	X-Copydesk-Timestamp: the Unix time of this attempt, in seconds
//	X-Copydesk-Signature: sha256=HEX
//
// A receiver recomputes the MAC over the timestamp header, a dot and the raw
// body, compares in constant time, and refuses a timestamp more than a few
// minutes from its clock, so that a captured request cannot be replayed.
package webhook

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"math"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// Header names.
const (
	HeaderEventID   = "X-Copydesk-Event-Id"
	HeaderTimestamp = "X-Copydesk-Timestamp"
	HeaderSignature = "X-Copydesk-Signature"
)

// DefaultTolerance is how far a timestamp may be from the receiver's clock.
const DefaultTolerance = 5 * time.Minute

// Sign returns the signature header value, "sha256=HEX", of body sent at ts.
func Sign(secret []byte, ts time.Time, body []byte) string {
	return "sha256=" + hex.EncodeToString(mac(secret, ts.Unix(), body))
}

func mac(secret []byte, unix int64, body []byte) []byte {
	m := hmac.New(sha256.New, secret)
	m.Write([]byte(strconv.FormatInt(unix, 10)))
	m.Write([]byte{'.'})
	m.Write(body)
	return m.Sum(nil)
}

// SetHeaders sets the event id, timestamp and signature headers of one
// delivery attempt.
func SetHeaders(h http.Header, secret []byte, eventID string, ts time.Time, body []byte) {
	h.Set(HeaderEventID, eventID)
	h.Set(HeaderTimestamp, strconv.FormatInt(ts.Unix(), 10))
	h.Set(HeaderSignature, Sign(secret, ts, body))
}

// Errors of Verify.
var (
	ErrNoSignature  = errors.New("webhook: missing or malformed signature or timestamp header")
	ErrBadSignature = errors.New("webhook: signature does not match")
	ErrStale        = errors.New("webhook: timestamp outside the tolerance (replayed or clock skew)")
)

// Verify checks a received request's headers against its raw body: the
// signature must match the timestamp and body, and the timestamp must be
// within tolerance of now. Several "sha256=" values separated by commas or
// spaces are accepted (secret rotation).
func Verify(secret []byte, h http.Header, body []byte, now time.Time, tolerance time.Duration) error {
	tsText := strings.TrimSpace(h.Get(HeaderTimestamp))
	unix, err := strconv.ParseInt(tsText, 10, 64)
	if err != nil {
		return ErrNoSignature
	}
	want := mac(secret, unix, body)
	found := false
	for _, sig := range strings.FieldsFunc(h.Get(HeaderSignature), func(r rune) bool { return r == ',' || r == ' ' }) {
		hexSig, ok := strings.CutPrefix(sig, "sha256=")
		if !ok {
			continue
		}
		found = true
		got, err := hex.DecodeString(hexSig)
		if err == nil && hmac.Equal(got, want) {
			if math.Abs(float64(now.Unix()-unix)) > tolerance.Seconds() {
				return fmt.Errorf("%w: %ds away", ErrStale, now.Unix()-unix)
			}
			return nil
		}
	}
	if !found {
		return ErrNoSignature
	}
	return ErrBadSignature
}

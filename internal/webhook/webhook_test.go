package webhook_test

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"net/url"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/copydesk/copydesk/internal/webhook"
)

var secret = []byte("whsec-test")

func TestSignAndVerify(t *testing.T) {
	t.Parallel()
	now := time.Unix(1_800_000_000, 0)
	body := []byte(`{"id":"ev1","type":"draft.published"}`)
	h := http.Header{}
	webhook.SetHeaders(h, secret, "ev1", now, body)
	if got := h.Get(webhook.HeaderSignature); !strings.HasPrefix(got, "sha256=") || len(got) != len("sha256=")+64 {
		t.Fatalf("signature header = %q", got)
	}
	// A known answer, computed with Python's hmac module, so that receivers
	// in other languages can check theirs:
	// HMAC-SHA256("whsec-test", "1800000000." + body).
	if got, want := h.Get(webhook.HeaderSignature), "sha256=6d35a3f133a559035bf622b21b3257eb676d5dc58d065d1bf03dbc30422918a2"; got != want {
		t.Errorf("signature = %s, want %s", got, want)
	}
	tests := []struct {
		name    string
		edit    func(h http.Header, body []byte) []byte
		now     time.Time
		wantErr error
	}{
		{"valid", nil, now, nil},
		{"valid within tolerance", nil, now.Add(4 * time.Minute), nil},
		{"stale", nil, now.Add(6 * time.Minute), webhook.ErrStale},
		{"from the future", nil, now.Add(-6 * time.Minute), webhook.ErrStale},
		{"body changed", func(h http.Header, b []byte) []byte {
			return append([]byte(nil), strings.Replace(string(b), "ev1", "ev2", 1)...)
		}, now, webhook.ErrBadSignature},
		{"timestamp changed (replay with a fresh time)", func(h http.Header, b []byte) []byte {
			h.Set(webhook.HeaderTimestamp, "1800000300")
			return b
		}, now.Add(5 * time.Minute), webhook.ErrBadSignature},
		{"other secret", func(h http.Header, b []byte) []byte {
			h.Set(webhook.HeaderSignature, webhook.Sign([]byte("other"), now, b))
			return b
		}, now, webhook.ErrBadSignature},
		{"rotation: one of two signatures matches", func(h http.Header, b []byte) []byte {
			h.Set(webhook.HeaderSignature, webhook.Sign([]byte("old"), now, b)+", "+h.Get(webhook.HeaderSignature))
			return b
		}, now, nil},
		{"no signature", func(h http.Header, b []byte) []byte { h.Del(webhook.HeaderSignature); return b }, now, webhook.ErrNoSignature},
		{"no timestamp", func(h http.Header, b []byte) []byte { h.Del(webhook.HeaderTimestamp); return b }, now, webhook.ErrNoSignature},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			hh := h.Clone()
			b := body
			if tt.edit != nil {
				b = tt.edit(hh, b)
			}
			err := webhook.Verify(secret, hh, b, tt.now, webhook.DefaultTolerance)
			if !errors.Is(err, tt.wantErr) || (tt.wantErr == nil) != (err == nil) {
				t.Errorf("Verify = %v, want %v", err, tt.wantErr)
			}
		})
	}
}

func TestBlocked(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"127.0.0.1", "127.8.9.10", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254",
		"100.100.100.200", "0.0.0.0", "::1", "::", "fd00:ec2::254", "fe80::1", "::ffff:127.0.0.1", "::ffff:169.254.169.254",
		"64:ff9b::a00:1", "2002:7f00:1::", "224.0.0.1", "255.255.255.255", "198.18.0.1"} {
		if !webhook.Blocked(netip.MustParseAddr(s)) {
			t.Errorf("%s is not blocked", s)
		}
	}
	for _, s := range []string{"93.184.215.14", "8.8.8.8", "2606:4700:4700::1111", "1.1.1.1"} {
		if webhook.Blocked(netip.MustParseAddr(s)) {
			t.Errorf("public %s is blocked", s)
		}
	}
}

func refused(t *testing.T, err error) {
	t.Helper()
	var r *webhook.RefusedError
	if !errors.As(err, &r) {
		t.Fatalf("err = %v, want a refusal", err)
	}
}

// TestGuardRefusesPrivateDestinations drives the real client at private
// addresses: each is refused at connect time, before any byte is sent.
func TestGuardRefusesPrivateDestinations(t *testing.T) {
	t.Parallel()
	var hits atomic.Int32
	target := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { hits.Add(1) }))
	defer target.Close()

	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	get := func(c *http.Client, u string) error {
		req, _ := http.NewRequestWithContext(ctx, "GET", u, nil)
		resp, err := c.Do(req)
		if err == nil {
			io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
		}
		return err
	}

	strict := webhook.NewGuard(nil).Client(5 * time.Second)
	// Loopback by IP literal.
	refused(t, get(strict, target.URL))
	// A name that resolves to loopback.
	refused(t, get(strict, strings.Replace(target.URL, "127.0.0.1", "localhost", 1)))
	// The cloud metadata service (refused before a connection is tried:
	// this would otherwise hang until the timeout).
	refused(t, get(strict, "http://169.254.169.254/latest/meta-data/"))
	refused(t, get(strict, "http://[fd00:ec2::254]/latest/meta-data/"))
	refused(t, get(strict, "http://[::ffff:127.0.0.1]:"+portOf(target.URL)+"/"))

	// A redirect from an allowed host to a private one: the receiver at
	// 127.0.0.1 is allowed, the places it redirects to are not.
	for _, dest := range []string{"http://169.254.169.254/latest/meta-data/", "http://10.0.0.1/", strings.Replace(target.URL, "127.0.0.1", "localhost", 1) + "/x"} {
		redirector := httptest.NewServer(http.RedirectHandler(dest, http.StatusFound))
		allowLoopbackIP := webhook.NewGuard([]string{"127.0.0.1"}).Client(5 * time.Second)
		refused(t, get(allowLoopbackIP, redirector.URL))
		redirector.Close()
	}
	if n := hits.Load(); n != 0 {
		t.Errorf("the private target was reached %d times", n)
	}

	// Allowed explicitly: by name, by IP and by CIDR.
	for _, allow := range []string{"localhost", "127.0.0.1", "127.0.0.0/8"} {
		c := webhook.NewGuard([]string{allow}).Client(5 * time.Second)
		u := target.URL
		if allow == "localhost" {
			u = strings.Replace(u, "127.0.0.1", "localhost", 1)
		}
		if err := get(c, u); err != nil {
			t.Errorf("allowed %s: %v", allow, err)
		}
	}
	if hits.Load() != 3 {
		t.Errorf("allowed hosts reached the target %d times, want 3", hits.Load())
	}
}

func portOf(raw string) string {
	u, _ := url.Parse(raw)
	return u.Port()
}

func TestCheckURL(t *testing.T) {
	t.Parallel()
	g := webhook.NewGuard([]string{"hooks.internal"})
	for _, ok := range []string{"https://campaigns.example/hooks/copydesk", "http://hooks.internal:8080/x", "https://8.8.8.8/"} {
		if err := g.CheckURL(ok); err != nil {
			t.Errorf("CheckURL(%q) = %v", ok, err)
		}
	}
	for _, bad := range []string{"ftp://x.example/", "/relative", "https://user:pw@x.example/", "http://127.0.0.1/", "http://[::1]/", "http://169.254.169.254/", "http:///nohost"} {
		if err := g.CheckURL(bad); err == nil {
			t.Errorf("CheckURL(%q) accepted", bad)
		}
	}
}

func TestSend(t *testing.T) {
	t.Parallel()
	now := time.Now()
	var status atomic.Int32
	status.Store(503)
	var verified atomic.Int32
	recv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		if err := webhook.Verify(secret, r.Header, body, time.Now(), webhook.DefaultTolerance); err != nil {
			http.Error(w, err.Error(), 400)
			return
		}
		verified.Add(1)
		w.WriteHeader(int(status.Load()))
	}))
	defer recv.Close()
	s := &webhook.Sender{Client: webhook.NewGuard([]string{"127.0.0.1"}).Client(5 * time.Second), Secret: secret, Now: func() time.Time { return now }}
	a := s.Send(context.Background(), recv.URL, "ev1", []byte(`{"a":1}`))
	if a.OK() || a.StatusCode != 503 || !strings.Contains(a.Error, "503") {
		t.Errorf("attempt = %+v", a)
	}
	status.Store(204)
	if a := s.Send(context.Background(), recv.URL, "ev1", []byte(`{"a":1}`)); !a.OK() {
		t.Errorf("attempt = %+v", a)
	}
	if verified.Load() != 2 {
		t.Errorf("receiver verified %d deliveries, want 2", verified.Load())
	}
	strict := &webhook.Sender{Client: webhook.NewGuard(nil).Client(time.Second), Secret: secret}
	if a := strict.Send(context.Background(), recv.URL, "ev1", nil); a.OK() || !strings.Contains(a.Error, "WEBHOOK_ALLOWED_HOSTS") {
		t.Errorf("loopback attempt = %+v", a)
	}
}

// TestGuardJudgesResolvedAddresses answers host names through an
// injected resolver, as a DNS rebinding attacker controls the answers: a
// public-looking name whose answer is private is refused at connect time,
// directly and after a redirect, and reaches its target only when its host
// is allowed.
func TestGuardJudgesResolvedAddresses(t *testing.T) {
	t.Parallel()
	var hits atomic.Int32
	target := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { hits.Add(1) }))
	defer target.Close()
	port := portOf(target.URL)
	dns := map[string][]netip.Addr{
		"hooks.campaigns.example":    {netip.MustParseAddr("127.0.0.1")},
		"metadata.campaigns.example": {netip.MustParseAddr("169.254.169.254")},
		"mapped.campaigns.example":   {netip.MustParseAddr("::ffff:10.0.0.1")},
		"internal.campaigns.example": {netip.MustParseAddr("127.0.0.1")},
	}
	var lookups atomic.Int32
	resolve := func(_ context.Context, host string) ([]netip.Addr, error) {
		lookups.Add(1)
		if a, ok := dns[host]; ok {
			return a, nil
		}
		return nil, errors.New("no such host")
	}
	guard := func(allowed ...string) *http.Client {
		g := webhook.NewGuard(allowed)
		g.Resolve = resolve
		return g.Client(5 * time.Second)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	get := func(c *http.Client, u string) error {
		req, _ := http.NewRequestWithContext(ctx, "GET", u, nil)
		resp, err := c.Do(req)
		if err == nil {
			io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
		}
		return err
	}
	strict := guard()
	for _, host := range []string{"hooks.campaigns.example", "metadata.campaigns.example", "mapped.campaigns.example"} {
		refused(t, get(strict, "http://"+host+":"+port+"/hook"))
	}
	// An allowed receiver redirects to a name that resolves to loopback.
	redirector := httptest.NewServer(http.RedirectHandler("http://internal.campaigns.example:"+port+"/", http.StatusTemporaryRedirect))
	defer redirector.Close()
	refused(t, get(guard("127.0.0.1"), redirector.URL))
	if n := hits.Load(); n != 0 {
		t.Fatalf("the private target was reached %d times", n)
	}
	// Allowed by name: the resolver's answer is dialled.
	if err := get(guard("hooks.campaigns.example"), "http://hooks.campaigns.example:"+port+"/hook"); err != nil {
		t.Fatalf("allowed host: %v", err)
	}
	if hits.Load() != 1 || lookups.Load() < 5 {
		t.Errorf("hits = %d, lookups = %d; want 1 and the resolver asked every time", hits.Load(), lookups.Load())
	}
}

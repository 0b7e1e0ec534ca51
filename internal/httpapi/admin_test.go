package httpapi_test

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/internal/httpapi"
)

func TestMetricsAndQueueMonitor(t *testing.T) {
	t.Parallel()
	monitor := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("monitor " + r.URL.Path)) })
	e := newEnv(t, func(o *httpapi.Options) { o.Admin = monitor })
	e.do(request{method: "GET", path: "/v1/drafts/d1", token: e.merch})
	rec := e.do(request{method: "GET", path: "/metrics"})
	wantStatus(t, rec, 200)
	if !strings.Contains(rec.Body.String(), `copydesk_http_requests_total{method="GET",route="/v1/drafts/:id",status="404"} 1`) {
		t.Errorf("/metrics lacks the request by route template:\n%.2000s", rec.Body.String())
	}

	basic := func(pw string) map[string]string {
		req, _ := http.NewRequest("GET", "/", nil)
		req.SetBasicAuth("someone", pw)
		return map[string]string{"Authorization": req.Header.Get("Authorization")}
	}
	tests := []struct {
		name   string
		req    request
		status int
	}{
		{"no token", request{}, 401},
		{"wrong token", request{header: basic("nope")}, 401},
		{"merchandiser", request{token: e.merch}, 403},
		{"merchandiser by basic", request{header: basic(e.merch)}, 403},
		{"admin by bearer", request{token: adminSecret}, 200},
		{"admin by basic", request{header: basic(adminSecret)}, 200},
	}
	for _, tt := range tests {
		r := tt.req
		r.method, r.path = "GET", "/admin/queues/api/queues"
		rec := e.rawDo(r) // the monitor is a UI, not part of the REST contract
		if rec.Code != tt.status {
			t.Errorf("%s: %d, want %d: %s", tt.name, rec.Code, tt.status, rec.Body.String())
		}
		if tt.status == 401 && !strings.HasPrefix(rec.Header().Get("WWW-Authenticate"), "Basic") {
			t.Errorf("%s: WWW-Authenticate = %q, want Basic so a browser asks", tt.name, rec.Header().Get("WWW-Authenticate"))
		}
		if tt.status == 200 && rec.Body.String() != "monitor /admin/queues/api/queues" {
			t.Errorf("%s: body %q", tt.name, rec.Body.String())
		}
	}
}

// rawDo sends r to the handler without checking it against the spec.
func (e *testEnv) rawDo(r request) *httptest.ResponseRecorder {
	e.t.Helper()
	raw := *e
	raw.handler = e.raw
	return raw.do(r)
}

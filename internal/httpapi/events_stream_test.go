package httpapi_test

import (
	"bufio"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/httpapi"
)

// sseEvent is one Server-Sent Event as a client parses it.
type sseEvent struct {
	id, event string
	data      core.Event
}

// sseStream reads a text/event-stream response.
type sseStream struct {
	t          *testing.T
	resp       *http.Response
	sc         *bufio.Scanner
	heartbeats int
	retry      bool
}

func openStream(t *testing.T, ctx context.Context, base, launchID, token, lastID string) *sseStream {
	t.Helper()
	req, _ := http.NewRequestWithContext(ctx, "GET", base+"/v1/launches/"+launchID+"/events", nil)
	req.Header.Set("Accept", "text/event-stream")
	req.Header.Set("Authorization", "Bearer "+token)
	if lastID != "" {
		req.Header.Set("Last-Event-ID", lastID)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	if resp.StatusCode != 200 || resp.Header.Get("Content-Type") != "text/event-stream; charset=utf-8" {
		t.Fatalf("stream: %d %q", resp.StatusCode, resp.Header.Get("Content-Type"))
	}
	t.Cleanup(func() { resp.Body.Close() })
	return &sseStream{t: t, resp: resp, sc: bufio.NewScanner(resp.Body)}
}

// next returns the next event, counting heartbeats on the way.
func (s *sseStream) next() sseEvent {
	s.t.Helper()
	var ev sseEvent
	for s.sc.Scan() {
		line := s.sc.Text()
		switch {
		case line == "":
			if ev.id != "" {
				return ev
			}
		case strings.HasPrefix(line, ":"):
			s.heartbeats++
		case strings.HasPrefix(line, "retry: "):
			s.retry = true
		case strings.HasPrefix(line, "id: "):
			ev.id = strings.TrimPrefix(line, "id: ")
		case strings.HasPrefix(line, "event: "):
			ev.event = strings.TrimPrefix(line, "event: ")
		case strings.HasPrefix(line, "data: "):
			if err := json.Unmarshal([]byte(strings.TrimPrefix(line, "data: ")), &ev.data); err != nil {
				s.t.Fatalf("data is not an event: %v: %s", err, line)
			}
		default:
			s.t.Fatalf("unexpected line %q", line)
		}
	}
	s.t.Fatalf("stream ended: %v", s.sc.Err())
	return ev
}

// TestEventStream follows a launch over SSE, drops the connection, and
// resumes with Last-Event-ID on another API replica over the same store:
// nothing is missed or repeated, and heartbeats flow while it is quiet.
func TestEventStream(t *testing.T) {
	t.Parallel()
	fast := func(o *httpapi.Options) { o.StreamPoll, o.StreamHeartbeat = 10*time.Millisecond, 30*time.Millisecond }
	e := newEnv(t, fast)
	launchID, drafts := e.submit() // 12 events so far
	replicaA := httptest.NewServer(e.raw)
	defer replicaA.Close()
	o := httpapi.Options{}
	fast(&o)
	replicaB := httptest.NewServer(httpapi.New(e.svc, o)) // another process over the same database
	defer replicaB.Close()

	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	connA, dropA := context.WithCancel(ctx)
	s := openStream(t, connA, replicaA.URL, launchID, e.reviewerFR, "")
	for i := 1; i <= 12; i++ {
		ev := s.next()
		if ev.id != strconv.Itoa(i) || ev.data.Seq != int64(i) || ev.event != ev.data.Event || ev.data.LaunchID != launchID {
			t.Fatalf("event %d = %+v", i, ev)
		}
	}
	if !s.retry {
		t.Error("no retry: field before the events")
	}
	// A change while connected arrives live.
	fr := draftIn(t, drafts, "fr-FR")
	wantStatus(t, e.do(request{method: "POST", path: "/v1/drafts/" + fr.ID + "/approve", token: e.reviewerFR}), 200)
	if ev := s.next(); ev.id != "13" || ev.event != core.EventApproved || ev.data.DraftID != fr.ID {
		t.Fatalf("live event = %+v", ev)
	}
	if s.heartbeats == 0 {
		// Wait for one: nothing else is happening.
		deadline := time.Now().Add(5 * time.Second)
		for s.heartbeats == 0 && time.Now().Before(deadline) && s.sc.Scan() {
			if strings.HasPrefix(s.sc.Text(), ":") {
				s.heartbeats++
			}
		}
		if s.heartbeats == 0 {
			t.Error("no heartbeat on a quiet stream")
		}
	}
	dropA() // the client loses its connection

	// Changes while disconnected.
	other := drafts[0]
	for _, d := range drafts {
		if d.Locale == "fr-FR" && d.ID != fr.ID {
			other = d
		}
	}
	wantStatus(t, e.do(request{method: "POST", path: "/v1/drafts/" + other.ID + "/reject", token: e.reviewerFR, body: `{"comment":"Warmer."}`}), 200)
	wantStatus(t, e.do(request{method: "POST", path: "/v1/drafts/" + other.ID + "/reject", token: e.reviewerFR, body: `{"comment":"Warmer."}`}), 409)

	// Resume on the other replica from the last id received.
	s = openStream(t, ctx, replicaB.URL, launchID, e.reviewerFR, "13")
	ev := s.next()
	if ev.id != "14" || ev.event != core.EventRejected || ev.data.Detail != "Warmer." {
		t.Fatalf("first event after resuming = %+v, want seq 14, the rejection", ev)
	}
	// ?after= works too (EventSource cannot set headers on its first connection).
	req, _ := http.NewRequestWithContext(ctx, "GET", replicaB.URL+"/v1/launches/"+launchID+"/events?after=13", nil)
	req.Header.Set("Accept", "text/event-stream")
	req.Header.Set("Authorization", "Bearer "+e.merch)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	s2 := &sseStream{t: t, resp: resp, sc: bufio.NewScanner(resp.Body)}
	if ev := s2.next(); ev.id != "14" {
		t.Errorf("?after=13 starts at %s", ev.id)
	}
	resp.Body.Close()
}

func TestEventStreamErrorsAndShutdown(t *testing.T) {
	t.Parallel()
	done := make(chan struct{})
	e := newEnv(t, func(o *httpapi.Options) { o.Done = done; o.StreamPoll = 10 * time.Millisecond })
	launchID, _ := e.submit()
	sse := map[string]string{"Accept": "text/event-stream"}
	checkProblem(t, e.do(request{method: "GET", path: "/v1/launches/nope/events", token: e.merch, header: sse}), 404)
	checkProblem(t, e.do(request{method: "GET", path: "/v1/launches/" + launchID + "/events", token: e.merch,
		header: map[string]string{"Accept": "text/event-stream", "Last-Event-ID": "x"}}), 400)
	checkProblem(t, e.do(request{method: "GET", path: "/v1/launches/" + launchID + "/events", header: sse}), 401)

	srv := httptest.NewServer(e.raw)
	defer srv.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	s := openStream(t, ctx, srv.URL, launchID, e.merch, "11")
	if ev := s.next(); ev.id != "12" {
		t.Fatalf("resumed at %s", ev.id)
	}
	close(done) // the server shuts down: the stream ends instead of holding it up
	for s.sc.Scan() {
	}
	if ctx.Err() != nil {
		t.Error("the stream did not end on shutdown")
	}
}

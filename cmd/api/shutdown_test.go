package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"path/filepath"
	"testing"
	"time"

	"github.com/copydesk/copydesk/internal/testutil"
)

// TestShutdownFinishesRequestsInFlight cancels run's context (what SIGTERM
// does) while a launch is being uploaded: the API stops accepting new
// connections, the request in flight is still answered 202, and run
// returns without an error.
func TestShutdownFinishesRequestsInFlight(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	out := &testutil.SyncBuffer{}
	env := map[string]string{"HTTP_ADDR": "127.0.0.1:0", "DATABASE_URL": "sqlite:" + filepath.Join(t.TempDir(), "stop.db"),
		"ADMIN_TOKEN": "admin-stop"}
	exited := make(chan error, 1)
	go func() { exited <- run(ctx, nil, envFunc(env), out, out) }()
	wait, stopWait := context.WithTimeout(context.Background(), time.Minute)
	defer stopWait()
	text, ok := out.Await(wait, listening.MatchString)
	if !ok {
		t.Fatalf("the API did not start:\n%s", text)
	}
	base, _ := url.Parse(listening.FindStringSubmatch(text)[1])

	body, _ := json.Marshal(launchBody("Heart Charm"))
	conn, err := net.Dial("tcp", base.Host)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	// Expect: 100-continue makes the server say when the handler starts
	// reading the body: from then on the request is in flight.
	fmt.Fprintf(conn, "POST /v1/launches HTTP/1.1\r\nHost: %s\r\nAuthorization: Bearer admin-stop\r\nContent-Type: application/json\r\nContent-Length: %d\r\nExpect: 100-continue\r\n\r\n",
		base.Host, len(body))
	r := bufio.NewReader(conn)
	cont, err := http.ReadResponse(r, nil)
	if err != nil || cont.StatusCode != http.StatusContinue {
		t.Fatalf("no 100 Continue: %v", err)
	}
	half := len(body) / 2
	if _, err := conn.Write(body[:half]); err != nil {
		t.Fatal(err)
	}

	cancel() // SIGTERM
	// The listener closes: new connections are refused.
	for {
		c, err := net.DialTimeout("tcp", base.Host, time.Second)
		if err != nil {
			break
		}
		c.Close()
		if wait.Err() != nil {
			t.Fatal("the API kept accepting connections after shutdown began")
		}
		time.Sleep(10 * time.Millisecond)
	}
	// The request in flight is finished and answered.
	if _, err := conn.Write(body[half:]); err != nil {
		t.Fatalf("finishing the upload: %v", err)
	}
	resp, err := http.ReadResponse(r, nil)
	if err != nil {
		t.Fatalf("no answer to the request in flight: %v\n%s", err, out.String())
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusAccepted {
		t.Fatalf("request in flight = %d, want 202", resp.StatusCode)
	}
	select {
	case err := <-exited:
		if err != nil {
			t.Fatalf("run: %v", err)
		}
	case <-wait.Done():
		t.Fatal("run did not return after shutdown")
	}
}

package app

import (
	"context"
	"encoding/json"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/copydesk/copydesk/internal/testutil"
)

// TestWebhookTasksCarryTheRequestID: the X-Request-Id of the request that
// submitted a launch is on the log line of each webhook delivery task of
// that launch, as it is on its generation tasks.
func TestWebhookTasksCarryTheRequestID(t *testing.T) {
	recv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusNoContent) }))
	defer recv.Close()
	env := map[string]string{"DATABASE_URL": "sqlite:" + filepath.Join(t.TempDir(), "rid.db"), "ADMIN_TOKEN": "a",
		"WEBHOOK_SECRET": "whsec_rid", "WEBHOOK_ALLOWED_HOSTS": "127.0.0.1", "WEBHOOK_POLL": "20ms"}
	logs := &testutil.SyncBuffer{}
	a, ctx := runApp(t, env, slog.New(slog.NewJSONHandler(logs, nil)))

	in := sampleLaunch(t, 1, "en-GB")
	in.CallbackURL = recv.URL + "/hooks"
	body, _ := json.Marshal(in)
	rec, view := do(t, a.Handler(), call{method: "POST", path: "/v1/launches", token: "a", body: string(body),
		header: map[string]string{"Content-Type": "application/json", "X-Request-Id": "launch-req-77"}})
	if rec.Code != http.StatusAccepted {
		t.Fatalf("submit = %d %s", rec.Code, rec.Body)
	}
	launchID, _ := view["id"].(string)
	admin, err := a.Service.Authenticate(ctx, "a")
	if err != nil {
		t.Fatal(err)
	}
	approveUntilFinished(t, ctx, a, admin, launchID)

	// One delivery line per event (a publish and the completion), each with
	// the submission's request id.
	deliveries := func(text string) (with, without int) {
		for _, line := range strings.Split(text, "\n") {
			var rec map[string]any
			if json.Unmarshal([]byte(line), &rec) != nil || rec["msg"] != "task" || rec["type"] != "webhook:deliver" {
				continue
			}
			if rec["request_id"] == "launch-req-77" {
				with++
			} else {
				without++
			}
		}
		return with, without
	}
	wait, cancelWait := context.WithTimeout(ctx, time.Minute)
	defer cancelWait()
	logs.Await(wait, func(text string) bool { with, _ := deliveries(text); return with >= 2 })
	if with, without := deliveries(logs.String()); with < 2 || without > 0 {
		t.Fatalf("%d webhook task lines with the launch's request id, %d without; logs:\n%s", with, without, logs.String())
	}
}

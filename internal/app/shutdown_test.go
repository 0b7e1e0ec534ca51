package app

import (
	"context"
	"encoding/json"
	"log/slog"
	"net/http/httptest"
	"path/filepath"
	"testing"
	"time"

	"github.com/hibiken/asynq"

	copydesk "github.com/copydesk/copydesk"
	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/fakellm"
	"github.com/copydesk/copydesk/internal/tasks"
)

// TestShutdownHandsTasksBack stops a worker (context cancelled, as on
// SIGTERM) while a generation task is running on a model that does not
// answer: after WORKER_SHUTDOWN_TIMEOUT the task is handed back to the
// queue (pending, not lost nor archived), and the next worker writes the
// draft.
func TestShutdownHandsTasksBack(t *testing.T) {
	llm := fakellm.New(fakellm.Options{Model: "m", Script: []fakellm.Scripted{{Fault: fakellm.FaultHang}}, HangFor: time.Minute})
	llmSrv := httptest.NewServer(llm)
	defer llmSrv.Close()
	env := map[string]string{"DATABASE_URL": "sqlite:" + filepath.Join(t.TempDir(), "stop.db"), "REDIS_URL": testRedis(t),
		"ADMIN_TOKEN": "a", "LLM_BASE_URL": llmSrv.URL + "/v1", "LLM_MODEL": "m", "WORKER_SHUTDOWN_TIMEOUT": "200ms"}
	cfg, err := LoadConfig(func(k string) string { return env[k] })
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	a, err := New(ctx, cfg, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	insp := asynq.NewInspector(a.Redis)
	defer insp.Close()

	var in core.LaunchInput
	if err := json.Unmarshal(copydesk.SampleLaunch, &in); err != nil {
		t.Fatal(err)
	}
	in.Products, in.Locales = in.Products[:1], []string{"en-GB"}
	l, _, err := a.Service.SubmitLaunch(ctx, &core.Token{ID: "t", Name: "m", Role: core.RoleMerchandiser}, in, "")
	if err != nil {
		t.Fatal(err)
	}
	drafts, _, _ := a.Service.ListDrafts(ctx, core.DraftFilter{LaunchID: l.ID}, "")
	taskID := tasks.GenerateTaskID(drafts[0])

	wctx, stop := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- a.RunWorkers(wctx) }()
	for llm.Stats().Requests == 0 { // the task is running, its model call hanging
		if ctx.Err() != nil {
			t.Fatal("the generation task never called the model")
		}
		time.Sleep(10 * time.Millisecond)
	}
	stop()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	info, err := insp.GetTaskInfo(tasks.QueueGenerate, taskID)
	if err != nil || info.State != asynq.TaskStatePending {
		t.Fatalf("task after shutdown = %+v, %v; want it pending again (handed back)", info, err)
	}

	// The next worker takes it up; the model answers this time.
	wctx, stop = context.WithCancel(ctx)
	go func() { done <- a.RunWorkers(wctx) }()
	defer func() { stop(); <-done }()
	for {
		d, err := a.Service.GetDraft(ctx, drafts[0].ID)
		if err != nil {
			t.Fatal(err)
		}
		if d.Status == core.StatusInReview || d.Status == core.StatusFailed {
			if d.Version == 0 {
				t.Fatalf("draft = %+v", d)
			}
			break
		}
		if ctx.Err() != nil {
			t.Fatalf("draft never written after the restart: %s", d.Status)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

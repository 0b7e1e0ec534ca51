package tasks

import (
	"context"
	"errors"
	"strings"
	"sync"
	"testing"

	"github.com/hibiken/asynq"
)

type ctxKey struct{}

// TestOnGrownStack: a handler run on a kept goroutine answers as it would
// on Asynq's own: its error, its panic (raised again on the caller's
// goroutine, with the handler's stack), the task's context; tasks run one
// after another reuse one goroutine, and tasks at once each get their own.
func TestOnGrownStack(t *testing.T) {
	boom := errors.New("boom")
	tests := []struct {
		name      string
		handler   func(ctx context.Context) error
		wantErr   error
		wantPanic string
	}{
		{"nil", func(context.Context) error { return nil }, nil, ""},
		{"error", func(context.Context) error { return boom }, boom, ""},
		{"context", func(ctx context.Context) error {
			if ctx.Value(ctxKey{}) != "task" {
				return errors.New("the task's context was not passed")
			}
			return nil
		}, nil, ""},
		{"panic", func(context.Context) error { panic("handler broke") }, nil, "handler broke"},
	}
	h := &Handlers{}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			mw := h.onGrownStack(asynq.HandlerFunc(func(ctx context.Context, _ *asynq.Task) error { return tc.handler(ctx) }))
			var err error
			recovered := func() (r any) {
				defer func() { r = recover() }()
				err = mw.ProcessTask(context.WithValue(context.Background(), ctxKey{}, "task"), asynq.NewTask("t", nil))
				return nil
			}()
			if tc.wantPanic != "" {
				s, _ := recovered.(string)
				if !strings.Contains(s, tc.wantPanic) || !strings.Contains(s, "handler goroutine:") {
					t.Fatalf("recovered %v, want a panic carrying %q and the handler's stack", recovered, tc.wantPanic)
				}
				return
			}
			if recovered != nil || !errors.Is(err, tc.wantErr) || (tc.wantErr == nil && err != nil) {
				t.Fatalf("err %v, panic %v; want %v", err, recovered, tc.wantErr)
			}
		})
	}

	p := &Handlers{}
	mw := p.onGrownStack(asynq.HandlerFunc(func(context.Context, *asynq.Task) error { return nil }))
	for range 100 {
		if err := mw.ProcessTask(context.Background(), asynq.NewTask("t", nil)); err != nil {
			t.Fatal(err)
		}
	}
	if n := len(p.stacks.idle); n != 1 {
		t.Errorf("%d goroutines kept after 100 tasks one after another, want 1", n)
	}
	release := make(chan struct{})
	var started sync.WaitGroup
	started.Add(3)
	wait := p.onGrownStack(asynq.HandlerFunc(func(context.Context, *asynq.Task) error {
		started.Done()
		<-release
		return nil
	}))
	var wg sync.WaitGroup
	for range 3 {
		wg.Go(func() { _ = wait.ProcessTask(context.Background(), asynq.NewTask("t", nil)) })
	}
	started.Wait() // three at once: each on a goroutine of its own
	close(release)
	wg.Wait()
	if n := len(p.stacks.idle); n != 3 {
		t.Errorf("%d goroutines kept after 3 tasks at once, want 3", n)
	}
}

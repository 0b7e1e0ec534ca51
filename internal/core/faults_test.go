package core_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// A model reply holding characters no field may store is an attempt that
// blocks: it is cleaned before any store sees it and re-asked, never left
// in generating to be bought again.
func TestModelReplyWithNULIsReasked(t *testing.T) {
	tests := []struct {
		name, reply string
	}{
		{"NUL", "A sterling\x00 silver charm."},
		{"invalid UTF-8", "A sterling \xff silver charm."},
		{"ANSI escape", "A \x1b[2Jsterling silver charm."},
		{"bidi override", "A sterling \u202Esilver charm."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFixture(t, tt.reply, "A sterling silver charm.")
			d := f.generateOne(t, "S1")
			if d.Status != core.StatusInReview || d.Attempts != 2 || d.Text != "A sterling silver charm." {
				t.Fatalf("draft = %s, %d attempts, %q; want in_review after a re-ask", d.Status, d.Attempts, d.Text)
			}
			reask := f.gen.reqs[1]
			if len(reask.Findings) != 1 || reask.Findings[0].Rule != "output.characters" || reask.Findings[0].Category != "safety" ||
				core.StringProblem(reask.PreviousText, core.MultiLine) != "" {
				t.Fatalf("re-ask = %+v; want a safety finding and the cleaned previous text", reask)
			}
		})
	}
	t.Run("every reply bad", func(t *testing.T) {
		f := newFixture(t, "Bad\x00 copy.")
		d := f.generateOne(t, "S1")
		if d.Status != core.StatusFailed || d.Attempts != 3 || d.Reason == "" || strings.ContainsRune(d.Text, 0) {
			t.Fatalf("draft = %s, %d attempts, reason %q, text %q; want failed after 3, cleaned", d.Status, d.Attempts, d.Reason, d.Text)
		}
		if f.gen.calls() != 3 {
			t.Fatalf("%d model calls, want 3", f.gen.calls())
		}
	})
	t.Run("nothing but NUL", func(t *testing.T) {
		f := newFixture(t, "\x00\x00")
		d := f.generateOne(t, "S1")
		if d.Status != core.StatusFailed || !strings.Contains(d.Reason, "NUL") {
			t.Fatalf("draft = %s, reason %q; want failed naming NUL", d.Status, d.Reason)
		}
	})
}

// failingWrites fails the write that stores a generation with err.
type failingWrites struct {
	core.Store
	err error
}

func (s failingWrites) Tx(ctx context.Context, fn func(core.TxStore) error) error {
	return s.Store.Tx(ctx, func(tx core.TxStore) error { return fn(failingTx{tx, s.err}) })
}

type failingTx struct {
	core.TxStore
	err error
}

func (t failingTx) AppendEvents(ctx context.Context, events []*core.Event) error {
	for _, e := range events {
		if e.Event == core.EventGenerated {
			return t.err
		}
	}
	return t.TxStore.AppendEvents(ctx, events)
}

// Every error that is not transient ends the round with a reason; a
// transient one is returned for the queue to retry, until the last try.
func TestNonTransientErrorsEndTheRound(t *testing.T) {
	tests := []struct {
		name     string
		err      error
		finalTry bool
		wantErr  bool
		want     core.Status
	}{
		{"invalid write", core.Errorf(core.CodeInvalid, "value too long"), false, false, core.StatusFailed},
		{"not found", core.Errorf(core.CodeNotFound, "product gone"), false, false, core.StatusFailed},
		{"internal, retried", errors.New("conn closed"), false, true, core.StatusGenerating},
		{"internal, last try", errors.New("conn closed"), true, false, core.StatusFailed},
		{"unavailable, retried", core.Errorf(core.CodeUnavailable, "db down"), false, true, core.StatusGenerating},
		{"unavailable, last try", core.Errorf(core.CodeUnavailable, "db down"), true, false, core.StatusFailed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFixture(t, "A sterling silver charm.")
			ctx := context.Background()
			l, _, err := f.svc.SubmitLaunch(ctx, f.admin, launchInput("S1"), "")
			if err != nil {
				t.Fatal(err)
			}
			drafts, _, _ := f.svc.ListDrafts(ctx, core.DraftFilter{LaunchID: l.ID}, "")
			svc := core.NewService(core.Deps{Store: failingWrites{f.store, tt.err}, Queue: f.queue, Generator: f.gen, Checker: goldChecker{}},
				core.Config{MaxAttempts: 3, GeneratorID: "fake"})
			err = svc.GenerateDraft(ctx, drafts[0].ID, tt.finalTry)
			if (err != nil) != tt.wantErr {
				t.Fatalf("GenerateDraft = %v, want error %v", err, tt.wantErr)
			}
			d, _ := f.store.GetDraft(ctx, drafts[0].ID)
			if d.Status != tt.want {
				t.Fatalf("draft is %s, want %s", d.Status, tt.want)
			}
			if d.Status == core.StatusFailed && !strings.Contains(d.Reason, "generation failed") {
				t.Fatalf("reason %q", d.Reason)
			}
		})
	}
}

func TestStringProblem(t *testing.T) {
	tests := []struct {
		s    string
		kind core.TextKind
		want string // part of the message, "" for acceptable
	}{
		{"Pavé Heart Charm", core.SingleLine, ""},
		{"قلادة \u200Fفضة", core.SingleLine, ""}, // RLM is legitimate in RTL text
		{"two\nlines", core.MultiLine, ""},
		{"tab\there", core.MultiLine, ""},
		{"two\nlines", core.SingleLine, "single line"},
		{"a\u2028b", core.SingleLine, "single line"},
		{"a\u2028b", core.MultiLine, ""},
		{"a\x00b", core.MultiLine, "NUL"},
		{"a\xffb", core.MultiLine, "UTF-8"},
		{"a\x1bb", core.MultiLine, "U+001B"},
		{"a\u009bb", core.MultiLine, "U+009B"},
		{"a\u2067b", core.MultiLine, "U+2067"},
	}
	for _, tt := range tests {
		got := core.StringProblem(tt.s, tt.kind)
		if (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("StringProblem(%q, %d) = %q, want %q", tt.s, tt.kind, got, tt.want)
		}
		if clean := core.SanitizeText(tt.s, tt.kind); core.StringProblem(clean, tt.kind) != "" {
			t.Errorf("SanitizeText(%q) = %q still has a problem", tt.s, clean)
		}
	}
}

// downQueue is a work queue whose Redis is down.
type downQueue struct{ calls int }

func (q *downQueue) EnqueueGenerate(context.Context, *core.Draft) error {
	q.calls++
	return core.Errorf(core.CodeUnavailable, "redis: connection refused")
}
func (q *downQueue) EnqueuePublish(context.Context, *core.Draft) error {
	return q.EnqueueGenerate(nil, nil)
}

// With Redis down, a launch is stored after one failed enqueue, not one
// per draft, and the answer says the sweep will enqueue the rest.
func TestSubmitWithTheQueueDownFailsFast(t *testing.T) {
	f := newFixture(t, "A sterling silver charm.")
	q := &downQueue{}
	svc := core.NewService(core.Deps{Store: f.store, Queue: q, Generator: f.gen, Checker: goldChecker{}}, core.Config{})
	skus := make([]string, 50)
	for i := range skus {
		skus[i] = "S" + strings.Repeat("1", i+1)
	}
	l, created, err := svc.SubmitLaunch(context.Background(), f.admin, launchInput(skus...), "")
	if err != nil || !created {
		t.Fatalf("submit = %v", err)
	}
	if q.calls != 1 {
		t.Errorf("%d enqueue attempts; want 1 (stop at the first failure)", q.calls)
	}
	if !strings.Contains(l.Notice, "50 remaining drafts") || l.Counts[core.StatusQueued] != 50 {
		t.Errorf("launch = notice %q, counts %v", l.Notice, l.Counts)
	}
}

package httpapi_test

import (
	"context"
	"fmt"
	"github.com/copydesk/copydesk/internal/locales"
	"strings"
	"sync"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/memstore"
)

// faultyStore wraps the in-memory store (internal/memstore, which passes
// the stores' conformance suite) to inject failures it cannot have.
type faultyStore struct {
	*memstore.Store
	mu             sync.Mutex
	pingErr        error
	getLaunchErr   error
	panicGetLaunch bool
}

func (s *faultyStore) setPingErr(err error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.pingErr = err
}

func (s *faultyStore) Ping(ctx context.Context) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.pingErr != nil {
		return s.pingErr
	}
	return s.Store.Ping(ctx)
}

func (s *faultyStore) getLaunch() error {
	if s.panicGetLaunch {
		panic("store exploded with password=hunter2")
	}
	return s.getLaunchErr
}

func (s *faultyStore) GetLaunch(ctx context.Context, id string) (*core.Launch, error) {
	if err := s.getLaunch(); err != nil {
		return nil, err
	}
	return s.Store.GetLaunch(ctx, id)
}

func (s *faultyStore) LaunchWithProgress(ctx context.Context, id string) (*core.Launch, error) {
	if err := s.getLaunch(); err != nil {
		return nil, err
	}
	return s.Store.LaunchWithProgress(ctx, id)
}

func (s *faultyStore) View(ctx context.Context, fn func(core.TxStore) error) error {
	return s.Store.View(ctx, func(tx core.TxStore) error { return fn(faultyTx{tx, s}) })
}

type faultyTx struct {
	core.TxStore
	s *faultyStore
}

func (t faultyTx) GetLaunch(ctx context.Context, id string) (*core.Launch, error) {
	if err := t.s.getLaunch(); err != nil {
		return nil, err
	}
	return t.TxStore.GetLaunch(ctx, id)
}

// fakeQueue records what was enqueued.
type fakeQueue struct {
	mu       sync.Mutex
	generate []string
	publish  []string
}

func (q *fakeQueue) EnqueueGenerate(_ context.Context, d *core.Draft) error {
	q.mu.Lock()
	defer q.mu.Unlock()
	q.generate = append(q.generate, d.ID)
	return nil
}

func (q *fakeQueue) EnqueuePublish(_ context.Context, d *core.Draft) error {
	q.mu.Lock()
	defer q.mu.Unlock()
	q.publish = append(q.publish, d.ID)
	return nil
}

// fakeGenerator writes a fixed sentence naming the product and locale.
type fakeGenerator struct{}

func (fakeGenerator) Generate(_ context.Context, req core.GenerateRequest) (*core.Generation, error) {
	return &core.Generation{Text: fmt.Sprintf("The %s, crafted for %s.", req.Product.Name, req.Locale),
		Model: "fake/writer", PromptVersion: "test", Usage: core.Usage{PromptTokens: 10, CompletionTokens: 5}}, nil
}

// fakeChecker blocks texts that contain "gold" and warns on "!", so tests
// can steer verdicts through the text alone; and, standing in for
// grounding, blocks a text naming the product's "not_in_copy" attribute,
// so that changing a product's facts can make its copy wrong.
type fakeChecker struct{}

// SupportedLocales implements core.LocaleLister: the locales with a pack,
// as the real checker lists them (core refuses every locale when nothing
// lists).
func (fakeChecker) SupportedLocales() []string {
	set, err := locales.Load()
	if err != nil {
		panic(err)
	}
	return set.Supported()
}

func (fakeChecker) Check(in core.CheckInput) []core.Finding {
	var out []core.Finding
	if w := in.Product.Attributes["not_in_copy"]; w != "" {
		if i := strings.Index(in.Text, w); i >= 0 {
			out = append(out, core.Finding{Rule: "grounding.fact", Category: "grounding", Severity: core.SeverityBlock,
				Message: "names " + w + "; the product's facts say otherwise", Start: i, End: i + len(w)})
		}
	}
	if i := strings.Index(in.Text, "gold"); i >= 0 {
		out = append(out, core.Finding{Rule: "grounding.material", Category: "grounding", Severity: core.SeverityBlock,
			Message: "mentions gold; the product does not", Start: i, End: i + 4})
	}
	if strings.Contains(in.Text, "!") {
		out = append(out, core.Finding{Rule: "one-exclamation", Category: "readability", Severity: core.SeverityWarn,
			Message: "too excited"})
	}
	return out
}

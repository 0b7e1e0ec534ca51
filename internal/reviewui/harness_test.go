package reviewui_test

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/copydesk/copydesk"
	"github.com/copydesk/copydesk/internal/app"
	"github.com/copydesk/copydesk/internal/core"
)

const adminSecret = "admin-secret-for-tests"

// harness is the real service on the embedded default (SQLite in a temp
// dir, in-process Redis and workers, offline generator) behind httptest.
type harness struct {
	app    *app.App
	srv    *httptest.Server
	admin  *core.Token
	launch *core.Launch
}

// newHarness starts the service and writes the bundled sample launch
// (24 products in en-GB, fr-FR and de-DE) until every draft is in review.
func newHarness(t testing.TB) *harness {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	cfg, err := app.LoadConfig(func(k string) string {
		return map[string]string{"DATABASE_URL": "sqlite:" + filepath.Join(t.TempDir(), "review.db"),
			"ADMIN_TOKEN": adminSecret, "RECONCILE_INTERVAL": "1s"}[k]
	})
	if err != nil {
		t.Fatal(err)
	}
	a, err := app.New(ctx, cfg, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	go func() { _ = a.RunWorkers(ctx); close(done) }()
	t.Cleanup(func() { cancel(); <-done; a.Close() })
	srv := httptest.NewServer(a.Handler())
	t.Cleanup(srv.Close)
	h := &harness{app: a, srv: srv}
	h.admin, err = a.Service.Authenticate(ctx, adminSecret)
	if err != nil {
		t.Fatal(err)
	}
	var in core.LaunchInput
	if err := json.Unmarshal(copydesk.SampleLaunch, &in); err != nil {
		t.Fatal(err)
	}
	h.launch, _, err = a.Service.SubmitLaunch(ctx, h.admin, in, "")
	if err != nil {
		t.Fatal(err)
	}
	h.waitLaunch(t, func(l *core.Launch) bool {
		return l.Counts[core.StatusQueued]+l.Counts[core.StatusGenerating] == 0
	})
	return h
}

// waitLaunch waits until ok holds of the launch, checked after each
// commit to the event outbox (core.Service.Await, no polling); two minutes
// without it fail the test.
func (h *harness) waitLaunch(t testing.TB, ok func(*core.Launch) bool) *core.Launch {
	t.Helper()
	var l *core.Launch
	h.await(t, func(ctx context.Context) (done bool, err error) {
		l, err = h.app.Service.GetLaunch(ctx, h.launch.ID)
		return err == nil && ok(l), err
	}, func() string { return fmt.Sprintf("launch counts %v", l.Counts) })
	return l
}

// waitDraft waits until ok holds of a draft, as waitLaunch does.
func (h *harness) waitDraft(t *testing.T, id string, ok func(*core.Draft) bool) *core.Draft {
	t.Helper()
	var d *core.Draft
	h.await(t, func(ctx context.Context) (done bool, err error) {
		d, err = h.app.Service.GetDraft(ctx, id)
		return err == nil && ok(d), err
	}, func() string { return fmt.Sprintf("draft %s: status %s version %d", id, d.Status, d.Version) })
	return d
}

// await runs core.Service.Await with a two-minute guard against a hang.
func (h *harness) await(t testing.TB, done func(context.Context) (bool, error), state func() string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	if err := h.app.Service.Await(ctx, done); err != nil {
		t.Fatalf("did not get there: %v; %s", err, state())
	}
}

// submit stores a launch of the sample's first two products (renamed
// SKUs) in locales and waits until they are written.
func (h *harness) submit(t testing.TB, name, goLive string, locales ...string) *core.Launch {
	t.Helper()
	var in core.LaunchInput
	if err := json.Unmarshal(copydesk.SampleLaunch, &in); err != nil {
		t.Fatal(err)
	}
	in.Name, in.GoLive, in.Locales, in.SourceLocale = name, goLive, locales, locales[0]
	in.Products = in.Products[:2]
	for i := range in.Products {
		in.Products[i].SKU = fmt.Sprintf("%s-%d", strings.ToUpper(strings.Fields(name)[0]), i)
	}
	l, _, err := h.app.Service.SubmitLaunch(context.Background(), h.admin, in, "")
	if err != nil {
		t.Fatal(err)
	}
	h.await(t, func(ctx context.Context) (bool, error) {
		got, err := h.app.Service.GetLaunch(ctx, l.ID)
		return err == nil && got.Counts[core.StatusQueued]+got.Counts[core.StatusGenerating] == 0, err
	}, func() string { return "launch " + name + " not written" })
	return l
}

// reviewer makes a reviewer token for locales and returns its secret.
func (h *harness) reviewer(t testing.TB, name string, locales ...string) string {
	t.Helper()
	secret, _, err := h.app.Service.CreateToken(context.Background(), h.admin,
		core.TokenInput{Name: name, Role: core.RoleReviewer, Locales: locales})
	if err != nil {
		t.Fatal(err)
	}
	return secret
}

// drafts lists the sample launch's drafts in a locale.
func (h *harness) drafts(t *testing.T, locale string) []*core.Draft {
	t.Helper()
	return h.draftsOf(t, h.launch.ID, locale)
}

// draftsOf lists a launch's drafts in a locale.
func (h *harness) draftsOf(t *testing.T, launchID, locale string) []*core.Draft {
	t.Helper()
	ds, _, err := h.app.Service.ListDrafts(context.Background(), core.DraftFilter{LaunchID: launchID,
		Locales: []string{locale}, Limit: 1000}, "")
	if err != nil {
		t.Fatal(err)
	}
	return ds
}

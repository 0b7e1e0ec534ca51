package httpapi_test

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// TestEveryIllegalTransitionIsAConflict puts a draft in every status and
// tries every reviewer action on it over the API: the core state machine
// allows exactly the legal ones (200) and answers every other with 409
// naming the from and to states.
func TestEveryIllegalTransitionIsAConflict(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	_, drafts := e.submit()
	d := draftIn(t, drafts, "fr-FR")
	ctx := context.Background()
	actions := []struct {
		event, method, path, body string
	}{
		{core.EventApproved, "POST", "/approve", `{"comment":"fine"}`},
		{core.EventRejected, "POST", "/reject", `{"comment":"Mention the clasp."}`},
		{core.EventEdited, "PUT", "/text", `{"text":"Un charme en argent."}`},
	}
	legal := 0
	for _, from := range core.Statuses {
		for _, a := range actions {
			t.Run(fmt.Sprintf("%s_%s", from, a.event), func(t *testing.T) {
				// Put the draft in "from" behind the machine's back, as a
				// race with a worker or another reviewer would.
				if err := e.store.Tx(ctx, func(tx core.TxStore) error {
					d, err := tx.LockDraft(ctx, d.ID)
					if err != nil {
						return err
					}
					d.Status, d.Findings = from, []core.Finding{}
					return tx.SaveDraft(ctx, d)
				}); err != nil {
					t.Fatal(err)
				}
				rec := e.do(request{method: a.method, path: "/v1/drafts/" + d.ID + a.path, token: e.reviewerFR, body: a.body})
				to, err := core.Transition(from, a.event)
				if err == nil {
					legal++
					wantStatus(t, rec, http.StatusOK)
					if got := decode[core.Draft](t, rec); got.Status != to {
						t.Errorf("after %s from %s: status %s, want %s", a.event, from, got.Status, to)
					}
					return
				}
				p := checkProblem(t, rec, http.StatusConflict)
				var target core.Status
				for _, st := range core.Machine {
					if st.Event == a.event {
						target = st.To
					}
				}
				if want := fmt.Sprintf("from %s to %s", from, target); !strings.Contains(p.Detail, want) {
					t.Errorf("detail %q does not name %q", p.Detail, want)
				}
				if got, _ := e.svc.GetDraft(ctx, d.ID); got.Status != from {
					t.Errorf("a refused %s moved the draft from %s to %s", a.event, from, got.Status)
				}
			})
		}
	}
	// approve from in_review; reject and edit from in_review and failed.
	if legal != 5 {
		t.Errorf("%d legal reviewer transitions, want 5", legal)
	}
}

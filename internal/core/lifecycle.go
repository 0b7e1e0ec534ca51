package core

import (
	"context"
	"time"
)

// apply moves a draft one step through Machine in one transaction: it
// locks the draft, checks with Transition that ev.Event may leave the
// draft's status (else a conflict naming from and to), lets mutate change
// the other fields (and read or write through tx), checks the invariants,
// saves the draft, adds any new cost to the launch's spend and appends ev
// to the event outbox. mutate never sets Status: the machine does. An
// error from mutate or an invariant rolls everything back. The draft is
// returned with its History.
func (s *Service) apply(ctx context.Context, id string, ev Event, mutate func(tx TxStore, d *Draft) error) (*Draft, error) {
	return s.transition(ctx, id, ev, mutate, true)
}

// move is apply for the pipeline's own steps, whose callers never show
// the draft to anyone: the same step without reading the draft's history
// back, committed together with other goroutines' moves that are waiting
// at the same moment (group commit, see batch.go): one transaction, one
// outbox lock and one commit for many drafts, each with its own result.
func (s *Service) move(ctx context.Context, id string, ev Event, mutate func(tx TxStore, d *Draft) error) (*Draft, error) {
	return s.batcher.move(s, ctx, id, ev, mutate)
}

// transition is one step of one draft in a transaction of its own.
func (s *Service) transition(ctx context.Context, id string, ev Event, mutate func(tx TxStore, d *Draft) error, history bool) (*Draft, error) {
	var (
		out  *Draft
		near []NearKeys // for a NearIndex of the service's own, after commit
	)
	err := s.store.Tx(ctx, func(stx TxStore) error {
		tx, capture := stx, (*nearCaptureTx)(nil)
		if s.nearIndex != nil {
			capture = &nearCaptureTx{TxStore: stx}
			tx = capture
		}
		d, err := tx.LockDraft(ctx, id)
		if err != nil {
			return err
		}
		st, err := s.begin(ctx, d, ev)
		if err != nil {
			return err
		}
		if err := s.change(ctx, tx, d, &st, mutate); err != nil {
			return err
		}
		if err := tx.SaveDraft(ctx, d); err != nil {
			return err
		}
		if st.spent != 0 {
			if err := tx.AddLaunchSpend(ctx, d.LaunchID, st.spent); err != nil {
				return err
			}
		}
		if err := tx.AppendEvents(ctx, []*Event{&st.ev}); err != nil {
			return err
		}
		if history {
			if d.History, err = tx.ListEvents(ctx, EventFilter{DraftID: d.ID}); err != nil {
				return err
			}
		}
		out = d
		if capture != nil {
			versionNearKeys(capture.near, d)
			near = capture.near
		}
		return nil
	})
	if err == nil {
		s.committed()
		s.indexTexts(ctx, near)
	}
	return out, err
}

// step is one draft's step in the making: the event it records, where it
// started, and the cost it adds to the launch's spend.
type step struct {
	ev      Event
	from    Status
	to      Status
	cost    float64
	version int
	spent   float64
}

// begin checks, before anything is written, that ev may move the locked
// draft d: the machine has the edge and, inside a generation round, the
// round's lease still holds the draft. An error here changed nothing.
func (s *Service) begin(ctx context.Context, d *Draft, ev Event) (step, error) {
	to, err := Transition(d.Status, ev.Event)
	if err != nil {
		return step{}, err
	}
	// Inside a generation round, its lease must still hold the draft.
	if l := leaseFrom(ctx); ev.Event != EventGenerating && !l.owns(d) {
		return step{}, Errorf(CodeConflict, "another worker took the draft over")
	}
	return step{ev: ev, from: d.Status, to: to, cost: d.Usage.Cost, version: d.Version}, nil
}

// change applies the step to d: mutate, the status, the review marks, the
// invariants, the time, and a new text version kept through tx. It fills
// in st's event and spend; the caller saves d and appends the event. An
// error may come after writes through tx: the transaction must roll back.
func (s *Service) change(ctx context.Context, tx TxStore, d *Draft, st *step, mutate func(tx TxStore, d *Draft) error) error {
	if st.to != StatusGenerating {
		d.LeaseToken, d.LeaseUntil = "", time.Time{} // the round is over
	}
	if mutate != nil {
		if err := mutate(tx, d); err != nil {
			return err
		}
	}
	d.Status = st.to
	markReview(st.ev.Event, d)
	if err := checkInvariants(st.ev.Event, d); err != nil {
		return err
	}
	d.UpdatedAt = StoreTime(s.now())
	if d.Version != st.version && d.Version > 0 {
		// Every version of the text is kept, with what made it.
		if err := tx.PutDraftVersion(ctx, &DraftVersion{DraftID: d.ID, Version: d.Version, Text: d.Text,
			Findings: d.Findings, Model: d.Model, Event: st.ev.Event, By: st.ev.By, At: d.UpdatedAt}); err != nil {
			return err
		}
	}
	st.spent = d.Usage.Cost - st.cost
	ev := &st.ev
	ev.LaunchID, ev.DraftID, ev.From, ev.To, ev.Version, ev.At = d.LaunchID, d.ID, st.from, st.to, d.Version, d.UpdatedAt
	return nil
}

// markReview keeps the review marks true whoever moves the draft: a stale
// mark lasts until a person approves, edits or a rewrite replaces the
// copy; a hand edit protects the text until a rejection asks for a
// rewrite.
func markReview(event string, d *Draft) {
	switch event {
	case EventApproved, EventEdited, EventGenerated, EventFailed:
		d.Stale = ""
	case EventRejected:
		d.EditedBy, d.Stale = "", ""
	}
}

// checkInvariants holds the rules that no transition may break, whoever
// asks: a draft with any block finding is never approved or published
// (DESIGN.md section 3).
func checkInvariants(event string, d *Draft) error {
	switch event {
	case EventApproved, EventAutoApproved, EventPublished:
		if Blocks(d.Findings) {
			return Errorf(CodeConflict, "the draft has blocking findings; edit or reject it")
		}
	}
	return nil
}

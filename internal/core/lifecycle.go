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
// the draft to anyone: the same transaction without reading the draft's
// history back (one statement fewer, and no history that grows with the
// draft's life).
func (s *Service) move(ctx context.Context, id string, ev Event, mutate func(tx TxStore, d *Draft) error) (*Draft, error) {
	return s.transition(ctx, id, ev, mutate, false)
}

func (s *Service) transition(ctx context.Context, id string, ev Event, mutate func(tx TxStore, d *Draft) error, history bool) (*Draft, error) {
	var out *Draft
	err := s.store.Tx(ctx, func(tx TxStore) error {
		d, err := tx.LockDraft(ctx, id)
		if err != nil {
			return err
		}
		from, cost, version := d.Status, d.Usage.Cost, d.Version
		to, err := Transition(from, ev.Event)
		if err != nil {
			return err
		}
		// Inside a generation round, its lease must still hold the draft.
		if l := leaseFrom(ctx); ev.Event != EventGenerating && !l.owns(d) {
			return Errorf(CodeConflict, "another worker took the draft over")
		}
		if to != StatusGenerating {
			d.LeaseToken, d.LeaseUntil = "", time.Time{} // the round is over
		}
		if mutate != nil {
			if err := mutate(tx, d); err != nil {
				return err
			}
		}
		d.Status = to
		markReview(ev.Event, d)
		if err := checkInvariants(ev.Event, d); err != nil {
			return err
		}
		d.UpdatedAt = StoreTime(s.now())
		if d.Version != version && d.Version > 0 {
			// Every version of the text is kept, with what made it.
			if err := tx.PutDraftVersion(ctx, &DraftVersion{DraftID: d.ID, Version: d.Version, Text: d.Text,
				Findings: d.Findings, Model: d.Model, Event: ev.Event, By: ev.By, At: d.UpdatedAt}); err != nil {
				return err
			}
		}
		if err := tx.SaveDraft(ctx, d); err != nil {
			return err
		}
		if spent := d.Usage.Cost - cost; spent != 0 {
			if err := tx.AddLaunchSpend(ctx, d.LaunchID, spent); err != nil {
				return err
			}
		}
		ev.LaunchID, ev.DraftID, ev.From, ev.To, ev.Version, ev.At = d.LaunchID, d.ID, from, to, d.Version, d.UpdatedAt
		if err := tx.AppendEvents(ctx, []*Event{&ev}); err != nil {
			return err
		}
		if history {
			if d.History, err = tx.ListEvents(ctx, EventFilter{DraftID: d.ID}); err != nil {
				return err
			}
		}
		out = d
		return nil
	})
	if err == nil {
		s.committed()
	}
	return out, err
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

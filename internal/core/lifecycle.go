package core

import "context"

// apply moves a draft one step through Machine in one transaction: it
// locks the draft, checks with Transition that ev.Event may leave the
// draft's status (else a conflict naming from and to), lets mutate change
// the other fields (and read or write through tx), checks the invariants,
// saves the draft, adds any new cost to the launch's spend and appends ev
// to the event outbox. mutate never sets Status: the machine does. An
// error from mutate or an invariant rolls everything back. The draft is
// returned with its History.
func (s *Service) apply(ctx context.Context, id string, ev Event, mutate func(tx TxStore, d *Draft) error) (*Draft, error) {
	var out *Draft
	err := s.store.Tx(ctx, func(tx TxStore) error {
		d, err := tx.LockDraft(ctx, id)
		if err != nil {
			return err
		}
		from, cost := d.Status, d.Usage.Cost
		to, err := Transition(from, ev.Event)
		if err != nil {
			return err
		}
		if mutate != nil {
			if err := mutate(tx, d); err != nil {
				return err
			}
		}
		d.Status = to
		if err := checkInvariants(ev.Event, d); err != nil {
			return err
		}
		d.UpdatedAt = StoreTime(s.now())
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
		if d.History, err = tx.ListEvents(ctx, EventFilter{DraftID: d.ID}); err != nil {
			return err
		}
		out = d
		return nil
	})
	return out, err
}

// checkInvariants holds the rules that no transition may break, whoever
// asks: a draft with any block finding is never approved or published
// (DESIGN.md section 3).
func checkInvariants(event string, d *Draft) error {
	switch event {
	case EventApproved, EventPublished:
		if Blocks(d.Findings) {
			return Errorf(CodeConflict, "the draft has blocking findings; edit or reject it")
		}
	}
	return nil
}

package core

import "context"

// apply moves a draft one step through Machine, atomically: the store
// loads the draft, Transition checks that ev.Event may leave the draft's
// status (else a conflict naming from and to), mutate changes the other
// fields, the invariants are checked, and the draft is saved with ev in its
// history. mutate never sets Status: the machine does. An error from mutate
// or an invariant aborts the change.
func (s *Service) apply(ctx context.Context, id string, ev Event, mutate func(*Draft) error) (*Draft, error) {
	return s.store.UpdateDraft(ctx, id, nil, ev, func(d *Draft) error {
		to, err := Transition(d.Status, ev.Event)
		if err != nil {
			return err
		}
		if mutate != nil {
			if err := mutate(d); err != nil {
				return err
			}
		}
		d.Status = to
		return checkInvariants(ev.Event, d)
	})
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

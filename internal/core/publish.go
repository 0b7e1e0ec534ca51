package core

import "context"

// PublishDraft writes an approved draft to the catalogue. It checks the
// text once more against the current guide as a last gate: copy that now
// blocks goes back to review instead of out to the public. Idempotent.
func (s *Service) PublishDraft(ctx context.Context, id string) (*CatalogueEntry, error) {
	d, err := s.store.GetDraft(ctx, id)
	if err != nil {
		return nil, err
	}
	if d.Status != StatusApproved && d.Status != StatusPublished {
		return nil, nil // nothing to publish
	}
	if d.Status == StatusApproved {
		product, err := s.store.GetProduct(ctx, d.LaunchID, d.SKU)
		if err != nil {
			return nil, err
		}
		_, guide, err := s.CurrentStyleGuide(ctx)
		if err != nil {
			return nil, err
		}
		findings := s.checker.Check(CheckInput{Product: *product, Locale: d.Locale, Channel: d.Channel, Text: d.Text, Guide: guide})
		if Blocks(findings) {
			_, err := s.apply(ctx, id,
				Event{Event: EventPublishRefused, By: "worker", Detail: "blocking findings under the current style guide"},
				func(d *Draft) error {
					d.Findings = findings
					return nil
				})
			if IsCode(err, CodeConflict) {
				err = nil
			}
			return nil, err
		}
	}
	if d.Status == StatusApproved {
		if _, err := Transition(d.Status, EventPublished); err != nil {
			return nil, err
		}
		if err := checkInvariants(EventPublished, d); err != nil {
			return nil, err
		}
	}
	return s.store.PublishDraft(ctx, id, Event{Event: EventPublished, By: "worker"})
}

package core

import (
	"context"
)

// PublishDraft writes an approved draft to the catalogue. It checks the
// text once more against the current guide as a last gate: copy that now
// blocks goes back to review instead of out to the public. Idempotent: a
// published draft answers its entry; a draft neither approved nor
// published answers nil (nothing to publish).
func (s *Service) PublishDraft(ctx context.Context, id string) (*CatalogueEntry, error) {
	d, err := s.store.GetDraft(ctx, id)
	if err != nil {
		return nil, err
	}
	switch d.Status {
	case StatusPublished:
		return s.store.CatalogueEntryForDraft(ctx, d.ID, d.Version)
	case StatusApproved:
	default:
		return nil, nil
	}
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
		_, err := s.move(ctx, id,
			Event{Event: EventPublishRefused, By: "worker", Detail: "blocking findings under the current style guide"},
			func(_ TxStore, d *Draft) error {
				d.Findings = findings
				return nil
			})
		if IsCode(err, CodeConflict) {
			err = nil
		}
		return nil, err
	}
	var entry *CatalogueEntry
	_, err = s.move(ctx, id, Event{Event: EventPublished, By: "worker"}, func(tx TxStore, d *Draft) error {
		now := StoreTime(s.now())
		// This version was public before and withdrawn when the product's
		// facts changed; approved again, it is put back, published now.
		if prev, err := tx.CatalogueEntryForDraft(ctx, d.ID, d.Version); err == nil && prev.Withdrawn {
			prev.Withdrawn, prev.PublishedAt = false, now
			entry = prev
			return tx.ReinstateCatalogueEntry(ctx, prev.ID, now)
		} else if err != nil && !IsCode(err, CodeNotFound) {
			return err
		}
		e := &CatalogueEntry{ID: s.newID(), SKU: d.SKU, Locale: d.Locale, Channel: d.Channel, Text: d.Text,
			DraftID: d.ID, LaunchID: d.LaunchID, Category: product.Category, Collection: product.Collection,
			PublishedAt: now, NearSig: s.storedSig(d.Text)}
		entry = e
		if err := tx.InsertCatalogueEntry(ctx, e, d.Version); err != nil {
			return err
		}
		// Published copy is a neighbour of every later draft of its
		// locale, channel and category, whichever launch writes it.
		return tx.PutNearKeys(ctx, e.ID, s.catalogueNearKeys(e))
	})
	if IsCode(err, CodeConflict) {
		// Another task published it first, or a reviewer moved it on.
		if d, gerr := s.store.GetDraft(ctx, id); gerr == nil && d.Status == StatusPublished {
			return s.store.CatalogueEntryForDraft(ctx, d.ID, d.Version)
		}
	}
	if err != nil {
		return nil, err
	}
	return entry, nil
}

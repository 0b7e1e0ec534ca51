package core

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
)

// SubmitLaunch validates and stores a launch with one draft per (sku,
// locale, channel) and enqueues their generation. With an idempotency key,
// resubmitting the same body returns the first launch (created false); a
// different body under the same key is a conflict.
func (s *Service) SubmitLaunch(ctx context.Context, caller *Token, in LaunchInput, idempotencyKey string) (*Launch, bool, error) {
	if err := requireRole(caller, RoleMerchandiser, RoleIntegration); err != nil {
		return nil, false, err
	}
	_, guide, err := s.CurrentStyleGuide(ctx)
	if err != nil {
		return nil, false, err
	}
	if err := s.validateLaunch(&in, guide.HasChannel); err != nil {
		return nil, false, err
	}
	if in.Mode == "" {
		in.Mode = ModeGenerate
	}
	body, _ := json.Marshal(in)
	sum := sha256.Sum256(body)
	requestHash := hex.EncodeToString(sum[:])
	if len(idempotencyKey) > 200 {
		return nil, false, Invalid("the Idempotency-Key header is too long", FieldError{Field: "Idempotency-Key", Message: "must be at most 200 characters"})
	}
	if !printableASCII(idempotencyKey) {
		return nil, false, Invalid("the Idempotency-Key header is not valid", FieldError{Field: "Idempotency-Key", Message: "must be printable ASCII without spaces"})
	}
	if idempotencyKey != "" {
		if l, ok, err := s.replay(ctx, caller.ID, idempotencyKey, requestHash); ok || err != nil {
			return l, false, err
		}
	}
	now := s.now().UTC()
	// The launch's ID is known before its drafts are stored, so that they
	// are marked as being enqueued (by launch) from before the commit until
	// the queue has their tasks: a sweep of this process that reads them in
	// between leaves them to this submission.
	l := &Launch{ID: s.newID(), Name: in.Name, SourceLocale: in.SourceLocale, Locales: in.Locales, Channels: in.Channels,
		GoLive: in.GoLive, CallbackURL: in.CallbackURL, Mode: in.Mode, Budget: in.Budget, IdempotencyKey: idempotencyKey,
		IdempotencyOwner: caller.ID, RequestHash: requestHash, CreatedBy: caller.Name, CreatedAt: now,
		RequestID: RequestID(ctx)}
	drafts := make([]*Draft, 0, len(in.Products)*len(in.Locales)*len(in.Channels))
	for _, p := range in.Products {
		for _, loc := range in.Locales {
			for _, ch := range in.Channels {
				drafts = append(drafts, &Draft{SKU: p.SKU, Locale: loc, Channel: ch, Status: StatusQueued,
					Findings: []Finding{}, CreatedAt: now, UpdatedAt: now})
			}
		}
	}
	enqueued := s.enqueueing(l.ID)
	if err := s.CreateLaunch(ctx, l, in.Products, drafts); err != nil {
		enqueued()
		if IsCode(err, CodeConflict) && idempotencyKey != "" {
			// Another request with the same key won the race.
			if l, ok, rerr := s.replay(ctx, caller.ID, idempotencyKey, requestHash); ok || rerr != nil {
				return l, false, rerr
			}
		}
		return nil, false, err
	}
	// The drafts are safe in the store. Enqueueing stops at the first
	// failure (Redis down): one slow error, not one per draft; the sweep
	// enqueues the rest once the queue is back, and the answer says so.
	first := drafts
	if in.Mode == ModeTranslate {
		first = make([]*Draft, 0, len(drafts)/max(len(in.Locales), 1))
		for _, d := range drafts {
			if d.Locale == in.SourceLocale {
				first = append(first, d) // the others once their source-locale draft is written
			}
		}
	}
	// The first drafts are enqueued before answering, so that a queue that
	// is down shows in the answer; the rest after it, in the background: the
	// 202 waits for the commit and one batch, not for a round trip per
	// draft. Anything not enqueued (Redis down, this process stopped) is
	// the sweep's: a queued draft whose task the queue does not hold.
	head := first[:min(len(first), syncEnqueue)]
	deferred := 0
	if n, err := s.enqueueGenerate(ctx, head); err != nil {
		enqueued()
		deferred = len(first) - n
		s.log.WarnContext(ctx, "enqueue failed; the launch is stored and the sweep will enqueue its drafts",
			"launch", l.ID, "drafts_not_enqueued", deferred, "err", err)
	} else if rest := first[len(head):]; len(rest) > 0 {
		bg := context.WithoutCancel(ctx)
		go func() {
			defer enqueued()
			if n, err := s.enqueueGenerate(bg, rest); err != nil {
				s.log.WarnContext(bg, "enqueue failed; the launch is stored and the sweep will enqueue its drafts",
					"launch", l.ID, "drafts_not_enqueued", len(rest)-n, "err", err)
			}
		}()
	} else {
		enqueued()
	}
	stored, err := s.GetLaunch(ctx, l.ID)
	if err != nil {
		return nil, false, err
	}
	if deferred > 0 {
		stored.Notice = fmt.Sprintf("the work queue is unavailable: the launch is stored and its %d remaining drafts will be enqueued by the sweep once it is back", deferred)
	}
	return stored, true, nil
}

// syncEnqueue is how many of a launch's drafts SubmitLaunch enqueues
// before it answers; the rest go in the background.
const syncEnqueue = 64

// enqueueGenerate enqueues the drafts' generation, in parallel batches
// when the queue can (BatchQueue), and returns how many it enqueued before
// the first failure.
func (s *Service) enqueueGenerate(ctx context.Context, drafts []*Draft) (int, error) {
	if bq, ok := s.queue.(BatchQueue); ok {
		return bq.EnqueueGenerateBatch(ctx, drafts)
	}
	for i, d := range drafts {
		if err := s.queue.EnqueueGenerate(ctx, d); err != nil {
			return i, err
		}
	}
	return len(drafts), nil
}

// replay answers a resubmission: the launch owner created under key.
func (s *Service) replay(ctx context.Context, owner, key, requestHash string) (*Launch, bool, error) {
	prev, err := s.store.LaunchByIdempotencyKey(ctx, owner, key)
	if IsCode(err, CodeNotFound) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, err
	}
	if prev.RequestHash != requestHash {
		return nil, false, Errorf(CodeConflict, "the Idempotency-Key was already used with a different body (launch %s)", prev.ID)
	}
	l, err := s.GetLaunch(ctx, prev.ID)
	return l, err == nil, err
}

// CreateLaunch stores a launch with its products and drafts in one
// transaction, with a "created" event per draft in the outbox. It fills in
// what PrepareLaunch does (IDs, defaults, times). A launch whose
// (IdempotencyOwner, IdempotencyKey) exists is a conflict.
func (s *Service) CreateLaunch(ctx context.Context, l *Launch, products []Product, drafts []*Draft) error {
	PrepareLaunch(l, len(products), drafts, s.now(), s.newID)
	events := make([]*Event, len(drafts))
	for i, d := range drafts {
		events[i] = &Event{LaunchID: l.ID, DraftID: d.ID, At: d.CreatedAt, Event: EventCreated,
			By: l.CreatedBy, To: d.Status, Version: d.Version}
	}
	err := s.store.Tx(ctx, func(tx TxStore) error {
		if err := tx.InsertLaunch(ctx, l); err != nil {
			return err
		}
		if err := tx.InsertProducts(ctx, l.ID, products); err != nil {
			return err
		}
		if err := tx.InsertDrafts(ctx, drafts); err != nil {
			return err
		}
		return tx.AppendEvents(ctx, events)
	})
	if err == nil {
		s.committed()
	}
	return err
}

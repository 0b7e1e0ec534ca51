package core

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
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
	if err := ValidateLaunch(&in, guide.HasChannel); err != nil {
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
		if l, ok, err := s.replay(ctx, idempotencyKey, requestHash); ok || err != nil {
			return l, false, err
		}
	}
	now := s.now().UTC()
	l := &Launch{Name: in.Name, SourceLocale: in.SourceLocale, Locales: in.Locales, Channels: in.Channels,
		GoLive: in.GoLive, CallbackURL: in.CallbackURL, Mode: in.Mode, Budget: in.Budget, IdempotencyKey: idempotencyKey,
		RequestHash: requestHash, CreatedBy: caller.Name, CreatedAt: now}
	drafts := make([]*Draft, 0, len(in.Products)*len(in.Locales)*len(in.Channels))
	for _, p := range in.Products {
		for _, loc := range in.Locales {
			for _, ch := range in.Channels {
				drafts = append(drafts, &Draft{SKU: p.SKU, Locale: loc, Channel: ch, Status: StatusQueued,
					Findings: []Finding{}, CreatedAt: now, UpdatedAt: now})
			}
		}
	}
	if err := s.store.CreateLaunch(ctx, l, in.Products, drafts); err != nil {
		if IsCode(err, CodeConflict) && idempotencyKey != "" {
			// Another request with the same key won the race.
			if l, ok, rerr := s.replay(ctx, idempotencyKey, requestHash); ok || rerr != nil {
				return l, false, rerr
			}
		}
		return nil, false, err
	}
	for _, d := range drafts {
		if in.Mode == ModeTranslate && d.Locale != in.SourceLocale {
			continue // translated once its source-locale draft is written
		}
		if err := s.queue.EnqueueGenerate(ctx, d); err != nil {
			// The draft is safe in the store; the sweep enqueues it later.
			s.log.Warn("enqueue failed; the sweep will retry", "draft", d.ID, "err", err)
		}
	}
	stored, err := s.store.GetLaunch(ctx, l.ID)
	if err != nil {
		return nil, false, err
	}
	return stored, true, nil
}

func (s *Service) replay(ctx context.Context, key, requestHash string) (*Launch, bool, error) {
	prev, err := s.store.LaunchByIdempotencyKey(ctx, key)
	if IsCode(err, CodeNotFound) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, err
	}
	if prev.RequestHash != requestHash {
		return nil, false, Errorf(CodeConflict, "the Idempotency-Key was already used with a different body (launch %s)", prev.ID)
	}
	return prev, true, nil
}

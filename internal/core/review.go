package core

import (
	"context"
	"fmt"
	"strings"
	"unicode/utf8"

	utext "github.com/copydesk/copydesk/internal/text"
)

// ReviewQueue lists drafts waiting in review for the caller's locales.
func (s *Service) ReviewQueue(ctx context.Context, caller *Token, locale, cursor string, limit int) ([]*Draft, string, error) {
	if err := requireRole(caller, RoleReviewer); err != nil {
		return nil, "", err
	}
	locales := caller.Locales
	if locale != "" {
		c, err := CanonicalLocale(locale)
		if err != nil {
			return nil, "", Invalid("unknown locale", FieldError{Field: "locale", Message: err.Error()})
		}
		if !caller.CanReview(c) {
			return nil, "", Errorf(CodeForbidden, "you do not review %s", c)
		}
		locales = []string{c}
	}
	return s.listDrafts(ctx, DraftFilter{Locales: locales, Status: StatusInReview, Limit: limit}, cursor)
}

// Approve marks a draft in review as approved and enqueues its publishing.
// A draft with any blocking finding can never be approved.
func (s *Service) Approve(ctx context.Context, caller *Token, id, comment string) (*Draft, error) {
	return s.ApproveVersion(ctx, caller, id, comment, 0)
}

// ApproveVersion is Approve of the text the reviewer saw: with version > 0
// the draft must still be at that version (checked under the draft's lock),
// else a conflict error naming the current version; 0 approves whatever
// version the draft is at (clients that do not send one).
func (s *Service) ApproveVersion(ctx context.Context, caller *Token, id, comment string, version int) (*Draft, error) {
	if version < 0 {
		return nil, Invalid("the version is not valid", FieldError{Field: "version", Message: "must be a draft version, 1 or more"})
	}
	d, err := s.store.GetDraft(ctx, id)
	if err != nil {
		return nil, err
	}
	if err := requireReviewer(caller, d.Locale); err != nil {
		return nil, err
	}
	if err := checkComment(comment, false); err != nil {
		return nil, err
	}
	// Marked as being enqueued from before the commit until the queue has
	// the task, so that a sweep never takes it for lost in between.
	enqueued := s.enqueueing(id)
	defer enqueued()
	d, err = s.apply(ctx, id, Event{Event: EventApproved, By: caller.Name, Detail: comment},
		func(_ TxStore, d *Draft) error {
			if version > 0 && d.Version != version {
				return Errorf(CodeConflict, "the draft is at version %d, not %d: its text changed after you loaded it; review version %d", d.Version, version, d.Version)
			}
			return nil
		})
	if err != nil {
		return nil, err
	}
	if err := s.queue.EnqueuePublish(ctx, d); err != nil {
		s.log.WarnContext(ctx, "enqueue publish failed; the sweep will retry", "draft", d.ID, "err", err)
	}
	return d, nil
}

// Reject records the reviewer's comment as feedback and moves the draft
// to rejected, where it rests until a worker regenerates it with that
// feedback (rejected -> generating).
func (s *Service) Reject(ctx context.Context, caller *Token, id, comment string) (*Draft, error) {
	d, err := s.store.GetDraft(ctx, id)
	if err != nil {
		return nil, err
	}
	if err := requireReviewer(caller, d.Locale); err != nil {
		return nil, err
	}
	if err := checkComment(comment, true); err != nil {
		return nil, err
	}
	enqueued := s.enqueueing(id) // until the queue has the task (Approve)
	defer enqueued()
	d, err = s.apply(ctx, id, Event{Event: EventRejected, By: caller.Name, Detail: comment},
		func(_ TxStore, d *Draft) error {
			d.Feedback = comment
			return nil
		})
	if err != nil {
		return nil, err
	}
	if err := s.queue.EnqueueGenerate(ctx, d); err != nil {
		s.log.WarnContext(ctx, "enqueue failed; the sweep will retry", "draft", d.ID, "err", err)
	}
	return d, nil
}

// EditText replaces a draft's text with a reviewer's edit. The edit is
// checked again; with blocking findings it waits in review and cannot be
// approved until they are fixed.
func (s *Service) EditText(ctx context.Context, caller *Token, id, text string) (*Draft, error) {
	d, err := s.store.GetDraft(ctx, id)
	if err != nil {
		return nil, err
	}
	if err := requireReviewer(caller, d.Locale); err != nil {
		return nil, err
	}
	text = utext.NFC(strings.TrimSpace(text)) // stored in NFC, as the UI and catalogue expect
	switch {
	case text == "":
		return nil, Invalid("the text is empty", FieldError{Field: "text", Message: "is required"})
	case StringProblem(text, MultiLine) != "":
		p := StringProblem(text, MultiLine)
		return nil, Invalid("the text "+p, FieldError{Field: "text", Message: p})
	case utf8.RuneCountInString(text) > MaxTextLength:
		return nil, Invalid("the text is too long", FieldError{Field: "text", Message: fmt.Sprintf("must be at most %d characters", MaxTextLength)})
	}
	product, err := s.store.GetProduct(ctx, d.LaunchID, d.SKU)
	if err != nil {
		return nil, err
	}
	doc, guide, err := s.CurrentStyleGuide(ctx)
	if err != nil {
		return nil, err
	}
	neighbours, keys, err := s.nearNeighbours(ctx, d, product, text)
	if err != nil {
		return nil, err
	}
	findings := s.checker.Check(CheckInput{Product: *product, Locale: d.Locale, Channel: d.Channel, Text: text, Guide: guide, Neighbours: neighbours})
	sig := s.storedSig(text)
	edited, err := s.apply(ctx, id,
		Event{Event: EventEdited, By: caller.Name, Detail: "verdict " + Verdict(findings)}, func(tx TxStore, d *Draft) error {
			if err := tx.PutNearKeys(ctx, d.ID, keys); err != nil {
				return err
			}
			d.Text, d.NearSig = text, sig
			d.Findings = findings
			d.Version++
			d.Model = "human/" + caller.Name
			d.EditedBy = caller.Name
			d.StyleGuideVersion = doc.Version
			d.Reason = ""
			return nil
		})
	if err != nil {
		return nil, err
	}
	s.rememberText(edited)
	// In translate mode, the translations follow an edited source.
	if l, err := s.store.GetLaunch(ctx, edited.LaunchID); err == nil && l.Mode == ModeTranslate && edited.Locale == l.SourceLocale {
		if err := s.followSource(ctx, edited, caller.Name); err != nil {
			return nil, err
		}
	}
	return edited, nil
}

func checkComment(comment string, required bool) error {
	switch {
	case required && strings.TrimSpace(comment) == "":
		return Invalid("a comment is required", FieldError{Field: "comment", Message: "is required: say what to change"})
	case utf8.RuneCountInString(comment) > MaxCommentLength:
		return Invalid("the comment is too long", FieldError{Field: "comment", Message: fmt.Sprintf("must be at most %d characters", MaxCommentLength)})
	case StringProblem(comment, MultiLine) != "":
		p := StringProblem(comment, MultiLine)
		return Invalid("the comment "+p, FieldError{Field: "comment", Message: p})
	}
	return nil
}

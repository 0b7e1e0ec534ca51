package core

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"strconv"
	"strings"
)

// ---- versions ----

// Versions returns every kept version of a draft, oldest first.
func (s *Service) Versions(ctx context.Context, id string) ([]DraftVersion, error) {
	var out []DraftVersion
	err := s.store.View(ctx, func(tx TxStore) error {
		if _, err := tx.GetDraft(ctx, id); err != nil {
			return err
		}
		var err error
		out, err = tx.ListDraftVersions(ctx, id)
		return err
	})
	return out, err
}

// VersionDiff is a word-level diff between two versions of a draft.
type VersionDiff struct {
	From int      `json:"from"`
	To   int      `json:"to"`
	Ops  []DiffOp `json:"ops"`
}

// ParseVersionRange reads "A..B" (two version numbers) for ?diff=.
func ParseVersionRange(s string) (int, int, error) {
	a, b, ok := strings.Cut(s, "..")
	x, err1 := strconv.Atoi(a)
	y, err2 := strconv.Atoi(b)
	if !ok || err1 != nil || err2 != nil || x < 1 || y < 1 {
		return 0, 0, Invalid("the diff parameter is not a version range",
			FieldError{Field: "diff", Message: "must be two version numbers such as 1..3"})
	}
	return x, y, nil
}

// DiffVersions compares versions a and b of a draft word by word (see
// WordDiff). A version the draft never had is CodeNotFound.
func (s *Service) DiffVersions(ctx context.Context, id string, a, b int) (*VersionDiff, error) {
	vs, err := s.Versions(ctx, id)
	if err != nil {
		return nil, err
	}
	text := func(n int) (string, error) {
		for _, v := range vs {
			if v.Version == n {
				return v.Text, nil
			}
		}
		return "", Errorf(CodeNotFound, "draft %s has no version %d", id, n)
	}
	ta, err := text(a)
	if err != nil {
		return nil, err
	}
	tb, err := text(b)
	if err != nil {
		return nil, err
	}
	return &VersionDiff{From: a, To: b, Ops: WordDiff(ta, tb)}, nil
}

// ---- bulk approval ----

// BulkApproveInput selects the drafts to approve at once: those in review
// of a launch and/or of some locales (default: all the caller reviews),
// optionally only the listed IDs. Only drafts with no findings at all are
// approved.
type BulkApproveInput struct {
	LaunchID string   `json:"launch_id,omitempty"`
	Locales  []string `json:"locales,omitempty" validate:"max=50"`
	IDs      []string `json:"ids,omitempty" validate:"max=1000"`
	// Versions, when given, pairs each of IDs with the text version the
	// caller saw (same length as IDs; 0 means any): a draft whose text has
	// changed since is skipped, left for a person, as a stale single
	// approval is a conflict.
	Versions []int  `json:"versions,omitempty" validate:"max=1000"`
	Comment  string `json:"comment,omitempty"`
}

// BulkApproveResult says what a bulk approval did.
type BulkApproveResult struct {
	Approved []string `json:"approved"`
	// Skipped are in-review drafts of the set left for a person: with
	// findings, or changed by someone else meanwhile.
	Skipped []string `json:"skipped"`
}

// MaxBulkApprove caps one bulk approval.
const MaxBulkApprove = 1000

// BulkApprove approves, each through the state machine with its own
// event, every in-review draft of the set that has no findings. A reviewer
// may only name locales they review (CodeForbidden), and IDs outside their
// locales are refused the same way.
func (s *Service) BulkApprove(ctx context.Context, caller *Token, in BulkApproveInput) (*BulkApproveResult, error) {
	if err := requireRole(caller, RoleReviewer); err != nil {
		return nil, err
	}
	if err := ValidateStruct(&in); err != nil {
		return nil, err
	}
	if err := checkComment(in.Comment, false); err != nil {
		return nil, err
	}
	if in.LaunchID == "" && len(in.IDs) == 0 && len(in.Locales) == 0 && caller.Role == RoleAdmin {
		return nil, Invalid("name a launch, locales or drafts to approve",
			FieldError{Field: "launch_id", Message: "an admin must narrow a bulk approval"})
	}
	locales, err := scopeLocales(caller, in.Locales)
	if err != nil {
		return nil, err
	}
	if in.LaunchID != "" {
		if _, err := s.store.GetLaunch(ctx, in.LaunchID); err != nil {
			return nil, err
		}
	}
	if len(in.Versions) > 0 && len(in.Versions) != len(in.IDs) {
		return nil, Invalid("versions must pair with ids",
			FieldError{Field: "versions", Message: fmt.Sprintf("%d versions for %d ids", len(in.Versions), len(in.IDs))})
	}
	seen := map[string]int{}
	for i, v := range in.Versions {
		if v < 0 {
			return nil, Invalid("bad version", FieldError{Field: fmt.Sprintf("versions[%d]", i), Message: "a version is 1 or more (0: any)"})
		}
		seen[in.IDs[i]] = v
	}
	var set []*Draft
	if len(in.IDs) > 0 {
		for i, id := range in.IDs {
			d, err := s.store.GetDraft(ctx, id)
			if IsCode(err, CodeNotFound) {
				return nil, Invalid("unknown draft", FieldError{Field: fmt.Sprintf("ids[%d]", i), Message: "no draft " + id})
			}
			if err != nil {
				return nil, err
			}
			if err := requireReviewer(caller, d.Locale); err != nil {
				return nil, err
			}
			if (in.LaunchID == "" || d.LaunchID == in.LaunchID) && (locales == nil || contains(locales, d.Locale)) &&
				d.Status == StatusInReview {
				set = append(set, d)
			}
		}
	} else {
		set, err = s.store.ListDrafts(ctx, DraftFilter{LaunchID: in.LaunchID, Locales: locales, Status: StatusInReview,
			Limit: MaxBulkApprove})
		if err != nil {
			return nil, err
		}
	}
	res := &BulkApproveResult{Approved: []string{}, Skipped: []string{}}
	detail := "bulk approval"
	if in.Comment != "" {
		detail += ": " + in.Comment
	}
	for _, d := range set {
		if len(d.Findings) > 0 {
			res.Skipped = append(res.Skipped, d.ID)
			continue
		}
		enqueued := s.enqueueing(d.ID) // until the queue has the task (Approve)
		done, err := s.move(ctx, d.ID, Event{Event: EventApproved, By: caller.Name, Detail: detail},
			func(_ TxStore, d *Draft) error {
				if len(d.Findings) > 0 {
					return Errorf(CodeConflict, "the draft has findings now")
				}
				if v := seen[d.ID]; v > 0 && d.Version != v {
					return Errorf(CodeConflict, "the draft is at version %d, not %d", d.Version, v)
				}
				return nil
			})
		if IsCode(err, CodeConflict) {
			enqueued()
			res.Skipped = append(res.Skipped, d.ID)
			continue
		}
		if err != nil {
			enqueued()
			return nil, err
		}
		res.Approved = append(res.Approved, d.ID)
		if err := s.queue.EnqueuePublish(ctx, done); err != nil {
			s.log.Warn("enqueue publish failed; the sweep will retry", "draft", d.ID, "err", err)
		}
		enqueued()
	}
	return res, nil
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

// ---- stale copy ----

// ProductUpdate is what changing a product's facts did to its drafts.
type ProductUpdate struct {
	Product Product  `json:"product"`
	Changes []string `json:"changes"`
	// Stale are drafts that no longer pass and went back to review;
	// Withdrawn are those of them whose published copy left the public
	// catalogue (until a reviewer approves them again); Rechecked are
	// drafts in review checked again; Requeued are translations sent to
	// follow their changed source.
	Stale     []string `json:"stale"`
	Withdrawn []string `json:"withdrawn"`
	Rechecked []string `json:"rechecked"`
	Requeued  []string `json:"requeued"`
}

// UpdateProduct replaces a product's facts (merchandiser, integration,
// admin) and checks every draft of it again, in every locale and channel:
// drafts in review get the new findings (marked stale when they now
// block); approved or published copy that no longer passes returns to
// review marked stale with the change; queued and generating drafts will
// be written from the new facts.
func (s *Service) UpdateProduct(ctx context.Context, caller *Token, launchID, sku string, p Product) (*ProductUpdate, error) {
	if err := requireRole(caller, RoleMerchandiser, RoleIntegration); err != nil {
		return nil, err
	}
	if p.SKU == "" {
		p.SKU = sku
	}
	var fields []FieldError
	if err := ValidateStruct(&p); err != nil {
		if e, ok := err.(*Error); ok {
			fields = append(fields, e.Fields...)
		} else {
			return nil, err
		}
	}
	fields = append(fields, CheckStrings(&p)...)
	if p.SKU != sku {
		fields = append(fields, FieldError{Field: "sku", Message: fmt.Sprintf("must be %q, the SKU in the path", sku)})
	}
	if len(fields) > 0 {
		return nil, Invalid("the product is not valid", fields...)
	}
	old, err := s.store.GetProduct(ctx, launchID, sku)
	if err != nil {
		if IsCode(err, CodeNotFound) {
			if _, lerr := s.store.GetLaunch(ctx, launchID); lerr != nil {
				return nil, lerr
			}
		}
		return nil, err
	}
	if err := s.store.UpdateProduct(ctx, launchID, p); err != nil {
		return nil, err
	}
	res := &ProductUpdate{Product: p, Changes: FactChanges(*old, p), Stale: []string{}, Withdrawn: []string{}, Rechecked: []string{}, Requeued: []string{}}
	if res.Changes == nil {
		res.Changes = []string{}
	}
	change := "the product's facts changed"
	if len(res.Changes) > 0 {
		change += ": " + strings.Join(res.Changes, "; ")
	}
	drafts, err := s.store.ListDrafts(ctx, DraftFilter{LaunchID: launchID, SKU: sku, Limit: MaxPageSize})
	if err != nil {
		return nil, err
	}
	_, guide, err := s.CurrentStyleGuide(ctx)
	if err != nil {
		return nil, err
	}
	for _, d := range drafts {
		switch d.Status {
		case StatusInReview, StatusApproved, StatusPublished:
		default:
			continue // not written yet, or failed: the next rewrite reads the new facts
		}
		neighbours, _, err := s.nearNeighbours(ctx, d, &p, d.Text)
		if err != nil {
			return nil, err
		}
		findings := s.checker.Check(CheckInput{Product: p, Locale: d.Locale, Channel: d.Channel, Text: d.Text,
			Guide: guide, Neighbours: neighbours})
		if findings == nil {
			findings = []Finding{}
		}
		event, detail := EventRechecked, change+" (verdict "+Verdict(findings)+")"
		switch {
		case Blocks(findings) && d.Status == StatusPublished:
			event, detail = EventWithdrawn, detail+"; withdrawn from the catalogue until approved again"
		case Blocks(findings):
			event = EventStale
		case d.Status != StatusInReview:
			continue // approved or published copy that still passes stays
		}
		withdrawn := 0
		_, err = s.move(ctx, d.ID, Event{Event: event, By: caller.Name, Detail: detail},
			func(tx TxStore, d *Draft) error {
				d.Findings = findings
				if event == EventRechecked {
					return nil
				}
				d.Stale = change
				// Copy that is no longer true leaves the public catalogue in
				// the same transaction (an approved draft may have an older
				// version out there); publishing it again puts it back.
				var err error
				withdrawn, err = tx.WithdrawCatalogue(ctx, d.ID, StoreTime(s.now()))
				return err
			})
		if IsCode(err, CodeConflict) {
			continue // moved meanwhile (a reviewer or worker got there first)
		}
		if err != nil {
			return nil, err
		}
		switch {
		case event == EventRechecked:
			res.Rechecked = append(res.Rechecked, d.ID)
		case withdrawn > 0:
			res.Stale, res.Withdrawn = append(res.Stale, d.ID), append(res.Withdrawn, d.ID)
		default:
			res.Stale = append(res.Stale, d.ID)
		}
	}
	return res, nil
}

// followSource sends the translations of a source-locale draft whose text
// changed (a rewrite or a hand edit) to be translated again from it. A
// translation edited by hand is never overwritten: it is marked stale for
// its reviewer instead. Translations not written yet start from the new
// source anyway.
func (s *Service) followSource(ctx context.Context, source *Draft, by string) error {
	siblings, err := s.store.ListDrafts(ctx, DraftFilter{LaunchID: source.LaunchID, SKU: source.SKU,
		Channel: source.Channel, Limit: MaxPageSize})
	if err != nil {
		return err
	}
	why := fmt.Sprintf("the %s source text changed (version %d)", source.Locale, source.Version)
	for _, sib := range siblings {
		if sib.ID == source.ID {
			continue
		}
		if sib.EditedBy != "" {
			if sib.Status == StatusApproved || sib.Status == StatusPublished || sib.Status == StatusInReview {
				_, err := s.move(ctx, sib.ID, Event{Event: EventStale, By: by, Detail: why + "; the hand edit is kept"},
					func(_ TxStore, d *Draft) error { d.Stale = why; return nil })
				if err != nil && !IsCode(err, CodeConflict) {
					return err
				}
			}
			continue
		}
		if _, err := Transition(sib.Status, EventSourceChanged); err != nil {
			continue // queued or being written: it reads the new source
		}
		enqueued := s.enqueueing(sib.ID) // until the queue has the task (Approve)
		d, err := s.move(ctx, sib.ID, Event{Event: EventSourceChanged, By: by, Detail: why}, nil)
		if IsCode(err, CodeConflict) {
			enqueued()
			continue
		}
		if err != nil {
			enqueued()
			return err
		}
		if err := s.queue.EnqueueGenerate(ctx, d); err != nil {
			s.log.Warn("enqueue translation failed; the sweep will retry", "draft", d.ID, "err", err)
		}
		enqueued()
	}
	return nil
}

// ---- auto-approval ----

// sampled decides, the same way every time for a draft version, whether
// it falls in a policy's sample: the first 8 bytes of SHA-256(id, version)
// read as a fraction of 2^64, below rate. Reproducible (a re-run of the
// same task decides alike) and uniform over drafts.
func sampled(id string, version int, rate float64) bool {
	sum := sha256.Sum256([]byte(id + "\x00" + strconv.Itoa(version)))
	x := float64(binary.BigEndian.Uint64(sum[:8])) / (1 << 64)
	return x < rate
}

// autoApprove applies the locale's auto-approval policy to a freshly
// generated draft: with no findings, either it is approved by the policy
// or, if it falls in the sample, kept for a human; both are recorded as
// events. Without a policy for the locale it does nothing.
func (s *Service) autoApprove(ctx context.Context, d *Draft) error {
	rate, ok := s.cfg.AutoApprove[d.Locale]
	if !ok || d.Status != StatusInReview || len(d.Findings) > 0 {
		return nil
	}
	pct := strconv.FormatFloat(rate*100, 'f', -1, 64) + "%"
	if sampled(d.ID, d.Version, rate) {
		_, err := s.move(ctx, d.ID, Event{Event: EventSampled, By: "policy",
			Detail: "no findings, but in the " + pct + " sample the " + d.Locale + " auto-approval policy sends to a reviewer"}, nil)
		if IsCode(err, CodeConflict) {
			err = nil
		}
		return err
	}
	enqueued := s.enqueueing(d.ID) // until the queue has the task (Approve)
	defer enqueued()
	done, err := s.move(ctx, d.ID, Event{Event: EventAutoApproved, By: "policy",
		Detail: "no findings; approved by the " + d.Locale + " auto-approval policy (" + pct + " sampled for a reviewer)"},
		func(_ TxStore, d *Draft) error {
			if len(d.Findings) > 0 {
				return Errorf(CodeConflict, "the draft has findings now")
			}
			return nil
		})
	if IsCode(err, CodeConflict) {
		return nil
	}
	if err != nil {
		return err
	}
	if err := s.queue.EnqueuePublish(ctx, done); err != nil {
		s.log.Warn("enqueue publish failed; the sweep will retry", "draft", done.ID, "err", err)
	}
	return nil
}

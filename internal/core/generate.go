package core

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/copydesk/copydesk/internal/styleguide"
)

// GenerateDraft runs one generation round for a draft: generate, check,
// re-ask with the findings up to MaxAttempts, then in_review or failed. It
// is idempotent: a draft that is no longer queued or generating is left
// alone. An unavailable generator returns the error so the queue retries
// later, unless finalTry, when the draft fails with the reason.
//
// Every error that is not transient ends the round: the draft fails with
// the reason (and a log line) instead of staying in generating to be
// bought again from the model on every retry and sweep. Transient errors
// (CodeUnavailable, and CodeInternal, which a store answers for a dropped
// connection) are returned for the queue to retry, until finalTry.
func (s *Service) GenerateDraft(ctx context.Context, id string, finalTry bool) error {
	err := s.generateDraft(ctx, id, finalTry)
	switch {
	case errors.Is(err, errLeaseLost):
		// Another worker took the draft over after this one's lease had
		// lapsed: it writes the draft; this round stored nothing.
		s.log.WarnContext(ctx, "generation stopped: another worker took the draft over", "draft", id)
		return nil
	case errors.Is(err, errLeaseHeld):
		return err // another worker is on it: wait, never fail the draft
	}
	if err == nil || ctx.Err() != nil || IsCode(err, CodeConflict) {
		return err
	}
	if !finalTry && (IsCode(err, CodeUnavailable) || IsCode(err, CodeInternal)) {
		return err
	}
	s.log.Error("generation ended with an error; the draft fails", "draft", id, "final_try", finalTry, "err", err)
	if ferr := s.fail(ctx, id, 0, Usage{}, "generation failed: "+ErrorMessage(err), nil); ferr != nil {
		return errors.Join(err, ferr)
	}
	return nil
}

func (s *Service) generateDraft(ctx context.Context, id string, finalTry bool) (err error) {
	// The launch's settings (mode, budget) are read once per process, and
	// its spend, when it has a budget, in the transaction that takes the
	// draft: one row, not an aggregate of the launch's drafts. The same
	// transaction takes the draft's generation lease (takeLease).
	var launch *Launch
	token := s.newID()
	d, err := s.move(ctx, id, Event{Event: EventGenerating, By: "worker"}, func(tx TxStore, d *Draft) error {
		if err := s.takeLease(d, token); err != nil {
			return err
		}
		l, err := s.launchSettings(ctx, tx, d.LaunchID)
		launch = l
		return err
	})
	if IsCode(err, CodeConflict) {
		return nil // already generated, or taken by a reviewer action
	}
	if err != nil {
		return err
	}
	ctx, lease, release := s.holdLease(ctx, d.ID, token)
	defer func() {
		release(err != nil)
		if lease.isLost() {
			err = errLeaseLost
		}
	}()
	if launch.Budget > 0 && launch.Spent >= launch.Budget {
		return s.fail(ctx, d.ID, 0, Usage{}, fmt.Sprintf("the launch budget of %.2f is spent (%.2f used)", launch.Budget, launch.Spent), nil)
	}
	var source *SourceText
	if launch.Mode == ModeTranslate && d.Locale != launch.SourceLocale {
		src, err := s.sourceDraft(ctx, d, launch.SourceLocale)
		if err != nil {
			return err
		}
		switch src.Status {
		case StatusInReview, StatusApproved, StatusPublished:
			source = &SourceText{Locale: launch.SourceLocale, Text: src.Text}
		case StatusFailed:
			return s.fail(ctx, d.ID, 0, Usage{}, "the "+launch.SourceLocale+" source draft failed, so there is nothing to translate from", nil)
		default:
			// Park it: the source draft enqueues it once written.
			_, err := s.move(ctx, d.ID,
				Event{Event: EventWaiting, By: "worker", Detail: "waiting for the " + launch.SourceLocale + " source draft"}, nil)
			if IsCode(err, CodeConflict) {
				err = nil
			}
			return err
		}
	}
	// The product, and with it the current guide's version where the
	// store reads both in one statement (ProductsGuideReader).
	product, guideRead, err := s.readProductAndGuide(ctx, d.LaunchID, d.SKU)
	if err != nil {
		return err
	}
	var doc *StyleGuideDoc
	var guide *styleguide.Guide
	switch {
	case guideRead == nil:
		doc, guide, err = s.CurrentStyleGuide(ctx)
	case *guideRead == "":
		doc, guide, err = s.styleGuideAt(ctx, "", Errorf(CodeNotFound, "style guide not found"))
	default:
		doc, guide, err = s.styleGuideAt(ctx, *guideRead, nil)
	}
	if err != nil {
		return err
	}
	var examples []CatalogueEntry
	if !modelFree(s.gen) {
		if examples, err = s.examples(ctx, d, product); err != nil {
			return err
		}
	}
	req := GenerateRequest{Product: *product, Locale: d.Locale, Channel: d.Channel, Guide: guide,
		Feedback: d.Feedback, Examples: examples, Source: source}
	var (
		gen      *Generation
		findings []Finding
		usage    Usage
		attempts int
		keys     []int64 // the near-duplicate index keys of gen.Text
	)
	for attempt := 1; attempt <= s.cfg.MaxAttempts; attempt++ {
		req.Attempt = attempt
		g, replyProblem, err := s.generate(ctx, req, doc.Version)
		if attempts > 0 {
			// A re-ask after paid attempts waits out a short outage here
			// rather than ending the round: a retried round starts again
			// from its first attempt and would buy those again.
			g, replyProblem, err = s.waitAndRetry(ctx, req, doc.Version, g, replyProblem, err)
		}
		if err != nil {
			if IsCode(err, CodeUnavailable) && !finalTry {
				return err
			}
			return s.fail(ctx, d.ID, attempts+1, usage, "generation failed: "+ErrorMessage(err), findings)
		}
		attempts++
		usage = usage.Add(g.Usage)
		gen = g
		// Neighbours are looked up by the new text's band keys: the
		// candidates its near-duplicates are among, not the whole launch.
		neighbours, k, err := s.nearNeighbours(ctx, d, product, g.Text)
		if err != nil {
			return err
		}
		keys = k
		findings = s.checker.Check(CheckInput{Product: *product, Locale: d.Locale, Channel: d.Channel,
			Text: g.Text, Guide: guide, Neighbours: neighbours})
		giveNeighbours(neighbours)
		if replyProblem != "" {
			s.log.Warn("model reply refused", "draft", d.ID, "model", g.Model, "attempt", attempt, "problem", replyProblem)
			findings = append(findings, Finding{Rule: "output.characters", Category: "safety", Severity: SeverityBlock,
				Message: "the model's reply " + replyProblem + "; such characters are removed and the copy is written again"})
		}
		if !Blocks(findings) {
			break
		}
		req.PreviousText, req.Findings = g.Text, findings
	}
	blocked := Blocks(findings)
	if !blocked && attempts == 1 && d.Feedback == "" {
		s.remember(ctx, req, doc.Version, gen)
	}
	ev := Event{Event: EventGenerated, By: gen.Model, Detail: fmt.Sprintf("%d attempt(s), verdict %s", attempts, Verdict(findings))}
	if blocked {
		ev = Event{Event: EventFailed, By: gen.Model, Detail: fmt.Sprintf("still blocked after %d attempt(s)", attempts)}
	}
	rewrite := d.Version > 0 // an earlier text existed: translations follow the new one
	// The stored signature, made while the text was checked: the text is
	// not tokenised again.
	sig := s.storedSig(gen.Text)
	written, err := s.move(ctx, d.ID, ev, func(tx TxStore, d *Draft) error {
		if err := tx.PutNearKeys(ctx, d.ID, keys); err != nil {
			return err
		}
		d.Text, d.NearSig = gen.Text, sig
		d.Findings = findings
		d.Version++
		d.Attempts += attempts
		d.Model = gen.Model
		d.PromptVersion, d.PromptHash = gen.PromptVersion, gen.PromptHash
		d.StyleGuideVersion = doc.Version
		d.Usage = d.Usage.Add(usage)
		d.Feedback = ""
		d.Reason = ""
		if blocked {
			d.Reason = fmt.Sprintf("the copy still had blocking findings after %d attempt(s)", attempts)
		}
		return nil
	})
	if IsCode(err, CodeConflict) {
		return nil
	}
	if err != nil {
		return err
	}
	s.rememberText(written)
	if launch.Mode == ModeTranslate && d.Locale == launch.SourceLocale {
		if rewrite && !blocked {
			if err := s.followSource(ctx, written, gen.Model); err != nil {
				return err
			}
		}
		if err := s.releaseTranslations(ctx, d); err != nil {
			return err
		}
	}
	if !blocked {
		return s.autoApprove(ctx, written)
	}
	return nil
}

// Bounds of waitAndRetry: one wait at most, the whole of them at most.
const (
	reaskMaxWait   = 30 * time.Second
	reaskMaxWaited = 2 * time.Minute
)

// waitAndRetry retries a re-ask that met an unavailable generator (a
// provider cooling down, rate limited, failing for a moment) after the
// error's Retry-After, as long as each wait is at most reaskMaxWait and
// all of them reaskMaxWaited; otherwise it returns the last answer.
func (s *Service) waitAndRetry(ctx context.Context, req GenerateRequest, guideVersion string, g *Generation, problem string, err error) (*Generation, string, error) {
	waited := time.Duration(0)
	for err != nil && IsCode(err, CodeUnavailable) {
		var e *Error
		if !errors.As(err, &e) {
			break
		}
		wait := time.Duration(max(e.RetryAfter, 0.05) * float64(time.Second))
		if wait > reaskMaxWait || waited+wait > reaskMaxWaited {
			break
		}
		s.log.InfoContext(ctx, "re-ask waits for the model", "attempt", req.Attempt, "wait", wait, "reason", ErrorMessage(err))
		select {
		case <-ctx.Done():
			return g, problem, err
		case <-time.After(wait):
		}
		waited += wait
		g, problem, err = s.generate(ctx, req, guideVersion)
	}
	return g, problem, err
}

// sourceDraft finds the source-locale draft a translation starts from.
func (s *Service) sourceDraft(ctx context.Context, d *Draft, sourceLocale string) (*Draft, error) {
	found, err := s.store.ListDrafts(ctx, DraftFilter{LaunchID: d.LaunchID, SKU: d.SKU, Channel: d.Channel,
		Locales: []string{sourceLocale}, Limit: 1})
	if err != nil {
		return nil, err
	}
	if len(found) == 0 {
		return nil, Errorf(CodeInvalid, "no %s source draft for %s", sourceLocale, d.SKU)
	}
	return found[0], nil
}

// releaseTranslations enqueues the other locales of a source draft that
// has just been written (or has failed, so that they fail with the reason).
func (s *Service) releaseTranslations(ctx context.Context, source *Draft) error {
	siblings, err := s.store.ListDrafts(ctx, DraftFilter{LaunchID: source.LaunchID, SKU: source.SKU,
		Channel: source.Channel, Status: StatusQueued, Limit: 1000})
	if err != nil {
		return err
	}
	ids := make([]string, len(siblings))
	for i, sib := range siblings {
		ids[i] = sib.ID
	}
	// Parked siblings are stuck in the sweep's eyes: marked as being
	// enqueued from the read that found them until the queue has them.
	defer s.enqueueing(ids...)()
	for _, sib := range siblings {
		if sib.ID == source.ID {
			continue
		}
		if err := s.queue.EnqueueGenerate(ctx, sib); err != nil {
			s.log.WarnContext(ctx, "enqueue translation failed; the sweep will retry", "draft", sib.ID, "err", err)
		}
	}
	return nil
}

func (s *Service) fail(ctx context.Context, id string, attempts int, usage Usage, reason string, findings []Finding) error {
	d, err := s.move(ctx, id, Event{Event: EventFailed, By: "worker", Detail: reason},
		func(_ TxStore, d *Draft) error {
			d.Reason = reason
			d.Attempts += attempts
			d.Usage = d.Usage.Add(usage)
			if findings != nil {
				d.Findings = findings
			}
			return nil
		})
	if IsCode(err, CodeConflict) {
		return nil
	}
	if err != nil {
		return err
	}
	// A failed source draft releases its translations so that they fail
	// with the reason instead of waiting for ever.
	if l, err := s.launchSettings(ctx, s.store, d.LaunchID); err == nil && l.Mode == ModeTranslate && d.Locale == l.SourceLocale {
		return s.releaseTranslations(ctx, d)
	}
	return nil
}

// cacheKey identifies a first-attempt generation by everything that
// shapes it, so that the same description is never paid for twice.
func (s *Service) cacheKey(req GenerateRequest, guideVersion string) string {
	facts, _ := json.Marshal(req.Product)
	h := sha256.New()
	source := ""
	if req.Source != nil {
		source = req.Source.Locale + "\x00" + req.Source.Text
	}
	for _, part := range []string{string(facts), req.Locale, req.Channel, guideVersion, s.cfg.GeneratorID, source} {
		h.Write([]byte(part))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))
}

// generate asks the generator (or the cache) for one attempt. A reply
// holding characters no field may store (NUL, invalid UTF-8, control or
// bidirectional characters: StringProblem) is returned cleaned, with the
// problem, so that the attempt counts as blocked and is re-asked.
func (s *Service) generate(ctx context.Context, req GenerateRequest, guideVersion string) (*Generation, string, error) {
	if req.Attempt == 1 && req.Feedback == "" && !modelFree(s.gen) {
		if g, err := s.store.CachedGeneration(ctx, s.cacheKey(req, guideVersion)); err == nil {
			reused := *g
			reused.Usage = Usage{} // nothing was spent this time
			return &reused, "", nil
		}
	}
	g, err := s.gen.Generate(ctx, req)
	if err != nil {
		return nil, "", err
	}
	clean := *g
	problem := StringProblem(g.Text, MultiLine)
	clean.Text = SanitizeText(g.Text, MultiLine)
	clean.Model = SanitizeText(g.Model, SingleLine)
	clean.PromptVersion = SanitizeText(g.PromptVersion, SingleLine)
	clean.PromptHash = SanitizeText(g.PromptHash, SingleLine)
	if strings.TrimSpace(clean.Text) == "" {
		if problem != "" {
			return nil, "", Errorf(CodeInvalid, "the generator returned no usable text: its reply %s", problem)
		}
		return nil, "", Errorf(CodeInvalid, "the generator returned no text")
	}
	return &clean, problem, nil
}

func (s *Service) remember(ctx context.Context, req GenerateRequest, guideVersion string, g *Generation) {
	if g.Usage.PromptTokens == 0 && g.Usage.CompletionTokens == 0 {
		return // free (offline or already cached): nothing to save
	}
	if err := s.store.PutCachedGeneration(ctx, s.cacheKey(req, guideVersion), g); err != nil {
		s.log.WarnContext(ctx, "could not cache generation", "err", err)
	}
}

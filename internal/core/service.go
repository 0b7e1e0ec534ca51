package core

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/copydesk/copydesk/internal/styleguide"
)

// Config tunes the pipeline.
type Config struct {
	// MaxAttempts bounds how often one generation round asks the generator
	// before the draft fails with its findings.
	MaxAttempts int
	// StuckAfter is how long a draft may sit in queued, generating or
	// approved before the sweep enqueues it again.
	StuckAfter time.Duration
	// AdminToken is the bootstrap admin secret; empty disables it.
	AdminToken string
	// GeneratorID names the configured generator(s) so that cached
	// generations are only reused for the same models.
	GeneratorID string
}

// Deps are the adapters the pipeline consumes.
type Deps struct {
	Store     Store
	Queue     Queue
	Generator Generator
	Checker   Checker
	Logger    *slog.Logger
	Now       func() time.Time
}

// Service is copydesk's pipeline: every use case of the REST API and the
// workers goes through it.
type Service struct {
	store   Store
	queue   Queue
	gen     Generator
	checker Checker
	cfg     Config
	log     *slog.Logger
	now     func() time.Time

	mu     sync.Mutex
	guides map[string]*styleguide.Guide // parsed guides by version
}

// NewService wires the pipeline.
func NewService(d Deps, cfg Config) *Service {
	if cfg.MaxAttempts <= 0 {
		cfg.MaxAttempts = 3
	}
	if cfg.StuckAfter <= 0 {
		cfg.StuckAfter = 5 * time.Minute
	}
	if d.Logger == nil {
		d.Logger = slog.New(slog.DiscardHandler)
	}
	if d.Now == nil {
		d.Now = time.Now
	}
	return &Service{store: d.Store, queue: d.Queue, gen: d.Generator, checker: d.Checker,
		cfg: cfg, log: d.Logger, now: d.Now, guides: map[string]*styleguide.Guide{}}
}

// Store exposes the store for read-only adapters (health checks).
func (s *Service) Store() Store { return s.store }

// ---- style guide ----

// guideVersion names a stored guide by its declared version and a hash of
// its exact source, so that two edits that forget to bump "version" still
// get distinct, reproducible names.
func guideVersion(g *styleguide.Guide, body []byte) string {
	sum := sha256.Sum256(body)
	return g.Version + "+" + hex.EncodeToString(sum[:4])
}

// ParseStyleGuide parses a guide and turns its error into an invalid error.
func ParseStyleGuide(body []byte) (*styleguide.Guide, error) {
	g, err := styleguide.Parse(body)
	if err != nil {
		return nil, &Error{Code: CodeInvalid, Message: "the style guide is not valid: " + err.Error(),
			Fields: []FieldError{{Field: "body", Message: err.Error()}}}
	}
	return g, nil
}

// InstallStyleGuide records body as a guide version. With onlyIfEmpty it
// does nothing when the store already has a guide: that is how the bundled
// default is installed without overriding a guide an admin has put since.
func (s *Service) InstallStyleGuide(ctx context.Context, body []byte, onlyIfEmpty bool) (*StyleGuideDoc, error) {
	if onlyIfEmpty {
		doc, err := s.store.LatestStyleGuide(ctx)
		if err == nil {
			return doc, nil
		}
		if !IsCode(err, CodeNotFound) {
			return nil, err
		}
	}
	g, err := ParseStyleGuide(body)
	if err != nil {
		return nil, err
	}
	doc := StyleGuideDoc{Version: guideVersion(g, body), Body: string(body), CreatedAt: s.now().UTC()}
	if err := s.store.SaveStyleGuide(ctx, doc); err != nil {
		return nil, err
	}
	s.mu.Lock()
	s.guides[doc.Version] = g
	s.mu.Unlock()
	return &doc, nil
}

// PutStyleGuide replaces the guide for new work (admin only).
func (s *Service) PutStyleGuide(ctx context.Context, caller *Token, body []byte) (*StyleGuideDoc, error) {
	if err := requireRole(caller, RoleAdmin); err != nil {
		return nil, err
	}
	return s.InstallStyleGuide(ctx, body, false)
}

// CurrentStyleGuide returns the latest guide, parsed once per version.
func (s *Service) CurrentStyleGuide(ctx context.Context) (*StyleGuideDoc, *styleguide.Guide, error) {
	doc, err := s.store.LatestStyleGuide(ctx)
	if err != nil {
		if IsCode(err, CodeNotFound) {
			return nil, nil, Errorf(CodeUnavailable, "no style guide is installed")
		}
		return nil, nil, err
	}
	s.mu.Lock()
	g, ok := s.guides[doc.Version]
	s.mu.Unlock()
	if ok {
		return doc, g, nil
	}
	g, err = ParseStyleGuide([]byte(doc.Body))
	if err != nil {
		return nil, nil, Wrap(CodeInternal, err, "the stored style guide does not parse")
	}
	s.mu.Lock()
	s.guides[doc.Version] = g
	s.mu.Unlock()
	return doc, g, nil
}

// ---- auth ----

// HashToken is how token secrets are stored.
func HashToken(secret string) string {
	sum := sha256.Sum256([]byte(secret))
	return hex.EncodeToString(sum[:])
}

// NewSecret returns a random token secret.
func NewSecret() string {
	b := make([]byte, 24)
	_, _ = rand.Read(b)
	return "cd_" + base64.RawURLEncoding.EncodeToString(b)
}

// Authenticate resolves a bearer secret to its token.
func (s *Service) Authenticate(ctx context.Context, secret string) (*Token, error) {
	if secret == "" {
		return nil, Errorf(CodeUnauthorized, "a bearer token is required")
	}
	if s.cfg.AdminToken != "" && subtle.ConstantTimeCompare([]byte(secret), []byte(s.cfg.AdminToken)) == 1 {
		return &Token{ID: "bootstrap", Name: "admin", Role: RoleAdmin}, nil
	}
	t, err := s.store.TokenByHash(ctx, HashToken(secret))
	if err != nil {
		if IsCode(err, CodeNotFound) {
			return nil, Errorf(CodeUnauthorized, "the bearer token is not valid")
		}
		return nil, err
	}
	return t, nil
}

// TokenInput asks for a new token.
type TokenInput struct {
	Name    string   `json:"name" validate:"required,max=100"`
	Role    Role     `json:"role" validate:"required"`
	Locales []string `json:"locales,omitempty" validate:"max=50"`
}

// CreateToken makes a token and returns its secret, shown only once.
func (s *Service) CreateToken(ctx context.Context, caller *Token, in TokenInput) (string, *Token, error) {
	if err := requireRole(caller, RoleAdmin); err != nil {
		return "", nil, err
	}
	var fields []FieldError
	if err := ValidateStruct(&in); err != nil {
		fields = append(fields, err.(*Error).Fields...)
	}
	if in.Role != "" && !in.Role.Valid() {
		fields = append(fields, FieldError{Field: "role", Message: "must be one of admin, merchandiser, reviewer, integration"})
	}
	if in.Role == RoleReviewer && len(in.Locales) == 0 {
		fields = append(fields, FieldError{Field: "locales", Message: "a reviewer needs at least one locale"})
	}
	for i, l := range in.Locales {
		c, err := CanonicalLocale(l)
		if err != nil {
			fields = append(fields, FieldError{Field: fmt.Sprintf("locales[%d]", i), Message: err.Error()})
			continue
		}
		in.Locales[i] = c
	}
	if len(fields) > 0 {
		return "", nil, Invalid("the token request is not valid", fields...)
	}
	secret := NewSecret()
	t := &Token{Name: in.Name, Role: in.Role, Locales: in.Locales, Hash: HashToken(secret), CreatedAt: s.now().UTC()}
	if err := s.store.CreateToken(ctx, t); err != nil {
		return "", nil, err
	}
	return secret, t, nil
}

func requireRole(caller *Token, roles ...Role) error {
	if caller == nil {
		return Errorf(CodeUnauthorized, "a bearer token is required")
	}
	if caller.Role == RoleAdmin {
		return nil
	}
	for _, r := range roles {
		if caller.Role == r {
			return nil
		}
	}
	return Errorf(CodeForbidden, "the %s role may not do this", caller.Role)
}

func requireReviewer(caller *Token, locale string) error {
	if caller == nil {
		return Errorf(CodeUnauthorized, "a bearer token is required")
	}
	if !caller.CanReview(locale) {
		return Errorf(CodeForbidden, "only reviewers of %s may do this", locale)
	}
	return nil
}

// ---- launches ----

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

// GetLaunch returns a launch with its progress.
func (s *Service) GetLaunch(ctx context.Context, id string) (*Launch, error) {
	return s.store.GetLaunch(ctx, id)
}

// ListDrafts pages the drafts of a launch.
func (s *Service) ListDrafts(ctx context.Context, f DraftFilter) ([]*Draft, string, error) {
	if f.LaunchID != "" {
		if _, err := s.store.GetLaunch(ctx, f.LaunchID); err != nil {
			return nil, "", err
		}
	}
	if f.Status != "" && !f.Status.Valid() {
		return nil, "", Invalid("unknown status", FieldError{Field: "status", Message: fmt.Sprintf("%q is not a draft status", f.Status)})
	}
	for i, l := range f.Locales {
		c, err := CanonicalLocale(l)
		if err != nil {
			return nil, "", Invalid("unknown locale", FieldError{Field: "locale", Message: err.Error()})
		}
		f.Locales[i] = c
	}
	return s.store.ListDrafts(ctx, f)
}

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
	return s.store.ListDrafts(ctx, DraftFilter{Locales: locales, Status: StatusInReview, Cursor: cursor, Limit: limit})
}

// GetDraft returns a draft with its history.
func (s *Service) GetDraft(ctx context.Context, id string) (*Draft, error) {
	return s.store.GetDraft(ctx, id)
}

// ---- generation ----

// GenerateDraft runs one generation round for a draft: generate, check,
// re-ask with the findings up to MaxAttempts, then in_review or failed. It
// is idempotent: a draft that is no longer queued or generating is left
// alone. An unavailable generator returns the error so the queue retries
// later, unless finalTry, when the draft fails with the reason.
func (s *Service) GenerateDraft(ctx context.Context, id string, finalTry bool) error {
	d, err := s.store.UpdateDraft(ctx, id, []Status{StatusQueued, StatusGenerating},
		Event{Event: "generating", By: "worker"}, func(d *Draft) error {
			d.Status = StatusGenerating
			return nil
		})
	if IsCode(err, CodeConflict) {
		return nil // already generated, or taken by a reviewer action
	}
	if err != nil {
		return err
	}
	launch, err := s.store.GetLaunch(ctx, d.LaunchID)
	if err != nil {
		return err
	}
	if launch.Budget > 0 && launch.Usage.Cost >= launch.Budget {
		return s.fail(ctx, d.ID, 0, Usage{}, fmt.Sprintf("the launch budget of %.2f is spent (%.2f used)", launch.Budget, launch.Usage.Cost), nil)
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
			_, err := s.store.UpdateDraft(ctx, d.ID, []Status{StatusGenerating},
				Event{Event: "waiting", By: "worker", Detail: "waiting for the " + launch.SourceLocale + " source draft"},
				func(d *Draft) error { d.Status = StatusQueued; return nil })
			if IsCode(err, CodeConflict) {
				err = nil
			}
			return err
		}
	}
	product, err := s.store.GetProduct(ctx, d.LaunchID, d.SKU)
	if err != nil {
		return err
	}
	doc, guide, err := s.CurrentStyleGuide(ctx)
	if err != nil {
		return err
	}
	neighbours, examples, err := s.neighbours(ctx, d, product)
	if err != nil {
		return err
	}
	req := GenerateRequest{Product: *product, Locale: d.Locale, Channel: d.Channel, Guide: guide,
		Feedback: d.Feedback, Examples: examples, Source: source}
	var (
		gen      *Generation
		findings []Finding
		usage    Usage
		attempts int
	)
	for attempt := 1; attempt <= s.cfg.MaxAttempts; attempt++ {
		req.Attempt = attempt
		g, err := s.generate(ctx, req, doc.Version)
		if err != nil {
			if IsCode(err, CodeUnavailable) && !finalTry {
				return err
			}
			return s.fail(ctx, d.ID, attempts+1, usage, "generation failed: "+ErrorMessage(err), findings)
		}
		attempts++
		usage = usage.Add(g.Usage)
		gen = g
		findings = s.checker.Check(CheckInput{Product: *product, Locale: d.Locale, Channel: d.Channel,
			Text: g.Text, Guide: guide, Neighbours: neighbours})
		if !Blocks(findings) {
			break
		}
		req.PreviousText, req.Findings = g.Text, findings
	}
	blocked := Blocks(findings)
	if !blocked && attempts == 1 && d.Feedback == "" {
		s.remember(ctx, req, doc.Version, gen)
	}
	ev := Event{Event: "generated", By: gen.Model, Detail: fmt.Sprintf("%d attempt(s), verdict %s", attempts, Verdict(findings))}
	if blocked {
		ev = Event{Event: "failed", By: gen.Model, Detail: fmt.Sprintf("still blocked after %d attempt(s)", attempts)}
	}
	_, err = s.store.UpdateDraft(ctx, d.ID, []Status{StatusGenerating}, ev, func(d *Draft) error {
		d.Text = gen.Text
		d.Findings = findings
		d.Version++
		d.Attempts += attempts
		d.Model = gen.Model
		d.PromptVersion, d.PromptHash = gen.PromptVersion, gen.PromptHash
		d.StyleGuideVersion = doc.Version
		d.Usage = d.Usage.Add(usage)
		d.Feedback = ""
		d.Reason = ""
		d.Status = StatusInReview
		if blocked {
			d.Status = StatusFailed
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
	if launch.Mode == ModeTranslate && d.Locale == launch.SourceLocale {
		return s.releaseTranslations(ctx, d)
	}
	return nil
}

// sourceDraft finds the source-locale draft a translation starts from.
func (s *Service) sourceDraft(ctx context.Context, d *Draft, sourceLocale string) (*Draft, error) {
	found, _, err := s.store.ListDrafts(ctx, DraftFilter{LaunchID: d.LaunchID, SKU: d.SKU, Channel: d.Channel,
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
	siblings, _, err := s.store.ListDrafts(ctx, DraftFilter{LaunchID: source.LaunchID, SKU: source.SKU,
		Channel: source.Channel, Status: StatusQueued, Limit: 1000})
	if err != nil {
		return err
	}
	for _, sib := range siblings {
		if sib.ID == source.ID {
			continue
		}
		if err := s.queue.EnqueueGenerate(ctx, sib); err != nil {
			s.log.Warn("enqueue translation failed; the sweep will retry", "draft", sib.ID, "err", err)
		}
	}
	return nil
}

func (s *Service) fail(ctx context.Context, id string, attempts int, usage Usage, reason string, findings []Finding) error {
	d, err := s.store.UpdateDraft(ctx, id, []Status{StatusGenerating}, Event{Event: "failed", By: "worker", Detail: reason},
		func(d *Draft) error {
			d.Status = StatusFailed
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
	if l, err := s.store.GetLaunch(ctx, d.LaunchID); err == nil && l.Mode == ModeTranslate && d.Locale == l.SourceLocale {
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

func (s *Service) generate(ctx context.Context, req GenerateRequest, guideVersion string) (*Generation, error) {
	if req.Attempt == 1 && req.Feedback == "" {
		if g, err := s.store.CachedGeneration(ctx, s.cacheKey(req, guideVersion)); err == nil {
			reused := *g
			reused.Usage = Usage{} // nothing was spent this time
			return &reused, nil
		}
	}
	g, err := s.gen.Generate(ctx, req)
	if err != nil {
		return nil, err
	}
	if strings.TrimSpace(g.Text) == "" {
		return nil, Errorf(CodeInvalid, "the generator returned no text")
	}
	return g, nil
}

func (s *Service) remember(ctx context.Context, req GenerateRequest, guideVersion string, g *Generation) {
	if g.Usage.PromptTokens == 0 && g.Usage.CompletionTokens == 0 {
		return // free (offline or already cached): nothing to save
	}
	if err := s.store.PutCachedGeneration(ctx, s.cacheKey(req, guideVersion), g); err != nil {
		s.log.Warn("could not cache generation", "err", err)
	}
}

// neighbours returns other products' copy in the same locale and channel
// (for near-duplicate detection) and approved catalogue examples of the
// same category (for few-shot prompting).
func (s *Service) neighbours(ctx context.Context, d *Draft, p *Product) ([]Neighbour, []CatalogueEntry, error) {
	siblings, _, err := s.store.ListDrafts(ctx, DraftFilter{LaunchID: d.LaunchID, Locales: []string{d.Locale}, Limit: 1000})
	if err != nil {
		return nil, nil, err
	}
	var out []Neighbour
	for _, sib := range siblings {
		if sib.SKU != d.SKU && sib.Channel == d.Channel && sib.Text != "" && sib.Status != StatusFailed {
			out = append(out, Neighbour{SKU: sib.SKU, Text: sib.Text})
		}
	}
	published, _, err := s.store.ListCatalogue(ctx, CatalogueFilter{Locale: d.Locale, Channel: d.Channel, Category: p.Category, Limit: 200})
	if err != nil {
		return nil, nil, err
	}
	var examples []CatalogueEntry
	for _, e := range published {
		if e.SKU == d.SKU {
			continue
		}
		out = append(out, Neighbour{SKU: e.SKU, Text: e.Text})
		if len(examples) < 2 && (p.Collection == "" || e.Collection == p.Collection || len(published) < 20) {
			examples = append(examples, e)
		}
	}
	return out, examples, nil
}

// ---- review ----

// Approve marks a draft in review as approved and enqueues its publishing.
// A draft with any blocking finding can never be approved.
func (s *Service) Approve(ctx context.Context, caller *Token, id, comment string) (*Draft, error) {
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
	d, err = s.store.UpdateDraft(ctx, id, []Status{StatusInReview}, Event{Event: "approved", By: caller.Name, Detail: comment},
		func(d *Draft) error {
			if Blocks(d.Findings) {
				return Errorf(CodeConflict, "the draft has blocking findings; edit or reject it")
			}
			d.Status = StatusApproved
			return nil
		})
	if err != nil {
		return nil, err
	}
	if err := s.queue.EnqueuePublish(ctx, d); err != nil {
		s.log.Warn("enqueue publish failed; the sweep will retry", "draft", d.ID, "err", err)
	}
	return d, nil
}

// Reject sends a draft back to generation with the reviewer's comment as
// feedback.
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
	d, err = s.store.UpdateDraft(ctx, id, []Status{StatusInReview, StatusFailed}, Event{Event: "rejected", By: caller.Name, Detail: comment},
		func(d *Draft) error {
			d.Status = StatusQueued
			d.Feedback = comment
			return nil
		})
	if err != nil {
		return nil, err
	}
	if err := s.queue.EnqueueGenerate(ctx, d); err != nil {
		s.log.Warn("enqueue failed; the sweep will retry", "draft", d.ID, "err", err)
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
	text = strings.TrimSpace(text)
	switch {
	case text == "":
		return nil, Invalid("the text is empty", FieldError{Field: "text", Message: "is required"})
	case !utf8.ValidString(text):
		return nil, Invalid("the text is not valid UTF-8", FieldError{Field: "text", Message: "is not valid UTF-8"})
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
	neighbours, _, err := s.neighbours(ctx, d, product)
	if err != nil {
		return nil, err
	}
	findings := s.checker.Check(CheckInput{Product: *product, Locale: d.Locale, Channel: d.Channel, Text: text, Guide: guide, Neighbours: neighbours})
	return s.store.UpdateDraft(ctx, id, []Status{StatusInReview, StatusFailed},
		Event{Event: "edited", By: caller.Name, Detail: "verdict " + Verdict(findings)}, func(d *Draft) error {
			d.Text = text
			d.Findings = findings
			d.Version++
			d.Model = "human/" + caller.Name
			d.StyleGuideVersion = doc.Version
			d.Reason = ""
			d.Status = StatusInReview
			return nil
		})
}

func checkComment(comment string, required bool) error {
	switch {
	case required && strings.TrimSpace(comment) == "":
		return Invalid("a comment is required", FieldError{Field: "comment", Message: "is required: say what to change"})
	case utf8.RuneCountInString(comment) > MaxCommentLength:
		return Invalid("the comment is too long", FieldError{Field: "comment", Message: fmt.Sprintf("must be at most %d characters", MaxCommentLength)})
	case !utf8.ValidString(comment):
		return Invalid("the comment is not valid UTF-8", FieldError{Field: "comment", Message: "is not valid UTF-8"})
	}
	return nil
}

// ---- publishing ----

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
			_, err := s.store.UpdateDraft(ctx, id, []Status{StatusApproved},
				Event{Event: "publish_refused", By: "worker", Detail: "blocking findings under the current style guide"},
				func(d *Draft) error {
					d.Status = StatusInReview
					d.Findings = findings
					return nil
				})
			if IsCode(err, CodeConflict) {
				err = nil
			}
			return nil, err
		}
	}
	return s.store.PublishDraft(ctx, id, Event{Event: "published", By: "worker"})
}

// Catalogue returns the newest published copy of a SKU.
func (s *Service) Catalogue(ctx context.Context, sku string) ([]CatalogueEntry, error) {
	entries, err := s.store.CatalogueBySKU(ctx, sku)
	if err != nil {
		return nil, err
	}
	if len(entries) == 0 {
		return nil, Errorf(CodeNotFound, "no published copy for SKU %q", sku)
	}
	return entries, nil
}

// CatalogueFeed pages published copy.
func (s *Service) CatalogueFeed(ctx context.Context, f CatalogueFilter) ([]CatalogueEntry, string, error) {
	if f.Locale != "" {
		c, err := CanonicalLocale(f.Locale)
		if err != nil {
			return nil, "", Invalid("unknown locale", FieldError{Field: "locale", Message: err.Error()})
		}
		f.Locale = c
	}
	return s.store.ListCatalogue(ctx, f)
}

// ---- checks ----

// CheckRequest asks to judge a text without generating.
type CheckRequest struct {
	Product Product `json:"product"`
	Locale  string  `json:"locale" validate:"required"`
	Channel string  `json:"channel" validate:"required"`
	Text    string  `json:"text" validate:"required,max=10000"`
}

// CheckResult is a verdict with its findings.
type CheckResult struct {
	Verdict           string    `json:"verdict"`
	Findings          []Finding `json:"findings"`
	StyleGuideVersion string    `json:"style_guide_version"`
}

// CheckText judges a text for a product, locale and channel.
func (s *Service) CheckText(ctx context.Context, in CheckRequest) (*CheckResult, error) {
	var fields []FieldError
	if err := ValidateStruct(&in); err != nil {
		fields = append(fields, err.(*Error).Fields...)
	}
	doc, guide, err := s.CurrentStyleGuide(ctx)
	if err != nil {
		return nil, err
	}
	if in.Locale != "" {
		if c, err := CanonicalLocale(in.Locale); err != nil {
			fields = append(fields, FieldError{Field: "locale", Message: err.Error()})
		} else {
			in.Locale = c
		}
	}
	if in.Channel != "" && !guide.HasChannel(in.Channel) {
		fields = append(fields, FieldError{Field: "channel", Message: fmt.Sprintf("unknown channel %q: the style guide does not define it", in.Channel)})
	}
	if !utf8.ValidString(in.Text) {
		fields = append(fields, FieldError{Field: "text", Message: "is not valid UTF-8"})
	}
	if len(fields) > 0 {
		return nil, Invalid("the check request is not valid", fields...)
	}
	findings := s.checker.Check(CheckInput{Product: in.Product, Locale: in.Locale, Channel: in.Channel, Text: in.Text, Guide: guide})
	if findings == nil {
		findings = []Finding{}
	}
	return &CheckResult{Verdict: Verdict(findings), Findings: findings, StyleGuideVersion: doc.Version}, nil
}

// ---- the sweep ----

// Reconcile enqueues drafts that have sat in queued, generating or
// approved for longer than StuckAfter: the database is the truth, and a
// flushed Redis or a killed worker must lose nothing. It returns how many
// drafts it enqueued.
func (s *Service) Reconcile(ctx context.Context) (int, error) {
	return s.ReconcileOlderThan(ctx, s.cfg.StuckAfter)
}

// ReconcileOlderThan is Reconcile with another age: zero enqueues every
// unfinished draft, which is right when the queue is known to be empty
// (an in-process Redis that has just started).
func (s *Service) ReconcileOlderThan(ctx context.Context, age time.Duration) (int, error) {
	before := s.now().Add(-age)
	stuck, err := s.store.StuckDrafts(ctx, []Status{StatusQueued, StatusGenerating, StatusApproved}, before, 1000)
	if err != nil {
		return 0, err
	}
	n := 0
	for _, d := range stuck {
		var err error
		if d.Status == StatusApproved {
			err = s.queue.EnqueuePublish(ctx, d)
		} else {
			err = s.queue.EnqueueGenerate(ctx, d)
		}
		if err != nil {
			return n, err
		}
		n++
	}
	return n, nil
}

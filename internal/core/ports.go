package core

import (
	"context"
	"time"

	"github.com/copydesk/copydesk/internal/styleguide"
)

// DraftFilter selects drafts for listing. Cursor is opaque, from a previous
// page's next cursor.
type DraftFilter struct {
	LaunchID string
	SKU      string
	Channel  string
	Locales  []string // any of these; empty means all
	Status   Status
	Cursor   string
	Limit    int
}

// CatalogueFilter selects published copy for the feed.
type CatalogueFilter struct {
	Locale     string
	Channel    string
	Since      time.Time
	Category   string
	Collection string
	Cursor     string
	Limit      int
}

// Store is the system of record. Every method is safe for concurrent use.
// Not-found lookups return an *Error with CodeNotFound.
type Store interface {
	// CreateLaunch stores a launch with its products and drafts in one
	// transaction, filling in IDs left empty. A second launch with the same
	// IdempotencyKey fails with CodeConflict.
	CreateLaunch(ctx context.Context, l *Launch, products []Product, drafts []*Draft) error
	// GetLaunch returns a launch with Counts per draft status and Usage summed.
	GetLaunch(ctx context.Context, id string) (*Launch, error)
	LaunchByIdempotencyKey(ctx context.Context, key string) (*Launch, error)
	GetProduct(ctx context.Context, launchID, sku string) (*Product, error)

	// GetDraft returns a draft with its History.
	GetDraft(ctx context.Context, id string) (*Draft, error)
	// ListDrafts pages drafts in a stable order (without History).
	ListDrafts(ctx context.Context, f DraftFilter) (drafts []*Draft, nextCursor string, err error)
	// UpdateDraft atomically loads a draft, checks that its status is one of
	// from (else CodeConflict), applies mutate, saves it, bumps UpdatedAt and
	// appends ev to its history. An error from mutate aborts the update.
	UpdateDraft(ctx context.Context, id string, from []Status, ev Event, mutate func(*Draft) error) (*Draft, error)
	// PublishDraft atomically moves an approved draft to published and writes
	// its catalogue entry with the next version for (sku, locale, channel).
	// Publishing an already published draft returns its existing entry and
	// writes nothing: publishing is idempotent.
	PublishDraft(ctx context.Context, id string, ev Event) (*CatalogueEntry, error)
	// StuckDrafts lists drafts in one of statuses not updated since before.
	StuckDrafts(ctx context.Context, statuses []Status, before time.Time, limit int) ([]*Draft, error)

	// CatalogueBySKU returns the newest entry per (locale, channel) of a SKU.
	CatalogueBySKU(ctx context.Context, sku string) ([]CatalogueEntry, error)
	// ListCatalogue pages published entries oldest first.
	ListCatalogue(ctx context.Context, f CatalogueFilter) (entries []CatalogueEntry, nextCursor string, err error)

	CreateToken(ctx context.Context, t *Token) error
	TokenByHash(ctx context.Context, hash string) (*Token, error)

	// SaveStyleGuide records a guide version; saving a version that exists
	// is a no-op.
	SaveStyleGuide(ctx context.Context, doc StyleGuideDoc) error
	// LatestStyleGuide returns the most recently saved version.
	LatestStyleGuide(ctx context.Context) (*StyleGuideDoc, error)
	StyleGuide(ctx context.Context, version string) (*StyleGuideDoc, error)

	// CachedGeneration returns a generation stored under key, so that the same
	// description is never paid for twice.
	CachedGeneration(ctx context.Context, key string) (*Generation, error)
	PutCachedGeneration(ctx context.Context, key string, g *Generation) error

	Ping(ctx context.Context) error
	Close() error
}

// Queue carries work; it is only a trigger, the Store holds the truth.
// Enqueueing work that is already queued is not an error.
type Queue interface {
	EnqueueGenerate(ctx context.Context, d *Draft) error
	EnqueuePublish(ctx context.Context, d *Draft) error
}

// SourceText is the checked source-locale copy that a translation starts from.
type SourceText struct {
	Locale string
	Text   string
}

// GenerateRequest is everything a generator needs to write one draft.
type GenerateRequest struct {
	Product Product
	Locale  string
	Channel string
	Guide   *styleguide.Guide
	// Attempt counts from 1 within one generation round.
	Attempt int
	// Feedback is a reviewer's comment on an earlier version.
	Feedback string
	// PreviousText and Findings are set on a re-ask: the last attempt and
	// what the checker found wrong with it.
	PreviousText string
	Findings     []Finding
	// Source is set in translate mode.
	Source *SourceText
	// Examples are approved catalogue texts of similar products (few-shot).
	Examples []CatalogueEntry
}

// Generation is what a generator wrote.
type Generation struct {
	Text          string `json:"text"`
	Model         string `json:"model"`
	PromptVersion string `json:"prompt_version"`
	PromptHash    string `json:"prompt_hash"`
	Usage         Usage  `json:"usage"`
}

// Generator writes copy. Errors with CodeUnavailable (rate limits, provider
// outages) are retried later without spending the draft's attempt budget;
// any other error fails the draft with its message as the reason.
type Generator interface {
	Generate(ctx context.Context, req GenerateRequest) (*Generation, error)
}

// Neighbour is another product's copy, for near-duplicate detection.
type Neighbour struct {
	SKU  string
	Text string
}

// CheckInput is one text to judge.
type CheckInput struct {
	Product    Product
	Locale     string
	Channel    string
	Text       string
	Guide      *styleguide.Guide
	Neighbours []Neighbour
}

// Checker judges a text against the product's facts and the style guide.
// It is pure: the same input always gives the same findings.
type Checker interface {
	Check(in CheckInput) []Finding
}

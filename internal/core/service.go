package core

import (
	"log/slog"
	"sync"
	"time"

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
	// AutoApprove is the auto-approval policy: for each locale named, a
	// generated draft with no findings at all is approved without a
	// person, except a sample of that fraction (0 to 1) still sent to a
	// reviewer. Locales not named (the default: none) always wait for one.
	AutoApprove map[string]float64
}

// Deps are the adapters the pipeline consumes.
type Deps struct {
	Store     Store
	Queue     Queue
	Generator Generator
	Checker   Checker
	Logger    *slog.Logger
	// Now is the clock (default time.Now); NewID makes IDs (default NewID).
	Now   func() time.Time
	NewID func() string
	// WebhookQueue and WebhookSender deliver webhooks (nil: the relay
	// sends nothing); CheckCallback judges a callback_url at submission
	// (the SSRF guard's CheckURL; nil accepts any http(s) URL).
	WebhookQueue  WebhookQueue
	WebhookSender WebhookSender
	CheckCallback func(url string) error
	// NearIndex, when set, holds the near-duplicate index instead of the
	// store (the Redis one beside PostgreSQL: docs/PERFORMANCE.md); nil
	// keeps it in the store, written in the transactions of the texts.
	NearIndex NearIndex
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
	newID   func() string

	webhookQueue  WebhookQueue
	webhookSender WebhookSender
	checkCallback func(string) error
	nearIndex     NearIndex // nil: the store's own index
	// nearDec makes the entries of neighbours read back from a
	// NearEntriesReader (nil when the checker makes none): one for the
	// service, so that the store reads concurrent calls' rows together.
	nearDec NearEntryDecoder

	mu     sync.Mutex
	guides map[string]*styleguide.Guide // parsed guides by version
	// guideDocs are the stored documents of guides by version, as
	// CurrentStyleGuide read them (a version's never change)
	guideDocs map[string]StyleGuideDoc
	// launches caches launch rows by ID for what never changes after
	// submission (mode, source locale, budget): see launchSettings.
	launches map[string]*Launch

	changedMu sync.Mutex
	changed   chan struct{} // closed and replaced at each commit of events

	batcher      batcher            // group commit of the pipeline's steps (batch.go)
	launchReads  launchReads        // coalesced reads of a launch (launchreads.go)
	productReads productReads       // products read together (productreads.go)
	guideVersion sharedRead[string] // the current guide's version, read together (sharedread.go)
	guideFill    sync.Mutex         // held while a guide version the process lacks is read and parsed
	enqueues     inFlight           // drafts and launches stored and not yet handed to the queue (sweep.go)
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
	if d.NewID == nil {
		d.NewID = NewID
	}
	s := &Service{store: d.Store, queue: d.Queue, gen: d.Generator, checker: d.Checker,
		cfg: cfg, log: d.Logger, now: d.Now, newID: d.NewID, guides: map[string]*styleguide.Guide{},
		changed:      make(chan struct{}),
		webhookQueue: d.WebhookQueue, webhookSender: d.WebhookSender, checkCallback: d.CheckCallback,
		nearIndex: d.NearIndex}
	if m, ok := d.Checker.(StoredEntryMaker); ok {
		s.nearDec = &nearEntryDecoder{m: m}
	}
	return s
}

// Store exposes the store for read-only adapters (health checks).
func (s *Service) Store() Store { return s.store }

package core

import (
	"context"
	"time"

	"github.com/copydesk/copydesk/internal/styleguide"
)

// DraftFilter selects drafts for listing, in id order. AfterID (the last
// id of the previous page, decoded from a cursor by core) and Limit are set
// by core; a store returns at most Limit drafts.
//
// With ByGoLive the order is the review queue's instead: the go-live date
// of the draft's launch, earliest first, launches without one after every
// dated one, then id; After (not AfterID) is then the key of the last draft
// of the previous page.
type DraftFilter struct {
	LaunchID string
	SKU      string
	Channel  string
	Locales  []string // any of these; empty means all
	Status   Status
	AfterID  string
	Limit    int
	ByGoLive bool
	After    *ReviewKey
}

// ReviewKey is a draft's place in the review queue: its launch's go-live
// date (YYYY-MM-DD, "" for none, which sorts last), then its id.
type ReviewKey struct {
	GoLive string
	ID     string
}

// LaunchFilter selects launches: with Locales, those that have a draft in
// any of them (the launches a reviewer of those locales sees); at most
// Limit, earliest go-live first (none last), then by name and id. With
// ByID, in ID (creation) order instead, after AfterID (GET /v1/launches,
// paged by cursor).
type LaunchFilter struct {
	Locales []string
	Limit   int
	ByID    bool
	AfterID string
}

// CatalogueKey is the sort key of the catalogue feed: published_at, then id.
type CatalogueKey struct {
	PublishedAt time.Time
	ID          string
}

// CatalogueFilter selects published copy for the feed, oldest first. Since
// is inclusive. After (from a cursor) and Limit are set by core.
type CatalogueFilter struct {
	Locale     string
	Channel    string
	Since      time.Time
	Category   string
	Collection string
	After      *CatalogueKey
	Limit      int
}

// EventFilter selects events of the outbox. With LaunchID, events of that
// launch with Seq > After in Seq order; with DraftID, that draft's events
// in ID order (its history); with neither, every event with ID > After in
// ID order. Limit caps the answer (zero: no cap).
type EventFilter struct {
	LaunchID string
	DraftID  string
	After    int64
	Limit    int
}

// TxStore is the store's primitives, one group per aggregate (launches,
// drafts, events, catalogue, tokens, guides, cache). Core composes them;
// inside Store.Tx they run in one transaction, elsewhere each on its own.
// Every method is safe for concurrent use. Stores keep what they are given:
// core fills in IDs and times (normalised with StoreTime) before writing.
// A lookup that finds nothing returns an *Error with CodeNotFound.
type TxStore interface {
	// InsertLaunch stores a launch row. A second launch with the same
	// (IdempotencyOwner, IdempotencyKey), key not empty, fails with
	// CodeConflict.
	InsertLaunch(ctx context.Context, l *Launch) error
	// GetLaunch returns the launch row (Spent included) without Counts,
	// Usage or Status: one row, cheap enough for every generation task.
	GetLaunch(ctx context.Context, id string) (*Launch, error)
	// LaunchByIdempotencyKey finds the launch owner created with key.
	LaunchByIdempotencyKey(ctx context.Context, owner, key string) (*Launch, error)
	// LaunchProgress counts a launch's drafts per status (every status
	// present, zero included) and sums their usage.
	LaunchProgress(ctx context.Context, id string) (map[Status]int, Usage, error)
	// ListLaunches lists launch rows (no Counts, Usage or Status) as f
	// says.
	ListLaunches(ctx context.Context, f LaunchFilter) ([]*Launch, error)
	// DraftCounts counts the drafts of each of launchIDs per status, only
	// those in locales when it is not empty. A launch with no such drafts
	// is absent; statuses with none are absent.
	DraftCounts(ctx context.Context, launchIDs, locales []string) (map[string]map[Status]int, error)
	// StatusCounts counts every launch's drafts per status (every status
	// present, zero included): the drafts-by-state gauge, read at each
	// scrape, so it reads kept counters, never the drafts.
	StatusCounts(ctx context.Context) (map[Status]int, error)
	// AddLaunchSpend adds cost to the launch's Spent in one statement
	// (an increment, never a read-modify-write).
	AddLaunchSpend(ctx context.Context, id string, cost float64) error
	// InsertProducts stores a launch's products; a SKU twice is CodeInvalid.
	InsertProducts(ctx context.Context, launchID string, products []Product) error
	GetProduct(ctx context.Context, launchID, sku string) (*Product, error)
	// UpdateProduct replaces the facts of a launch's product (p.SKU); an
	// unknown one is CodeNotFound.
	UpdateProduct(ctx context.Context, launchID string, p Product) error

	// InsertDrafts stores new drafts; a (launch, sku, locale, channel)
	// twice is CodeInvalid.
	InsertDrafts(ctx context.Context, drafts []*Draft) error
	// GetDraft returns a draft without History.
	GetDraft(ctx context.Context, id string) (*Draft, error)
	// LockDraft is GetDraft that, inside Tx, holds the draft against other
	// writers until the transaction ends (SELECT ... FOR UPDATE on
	// PostgreSQL; SQLite's single writer holds the whole database).
	LockDraft(ctx context.Context, id string) (*Draft, error)
	// SaveDraft writes every mutable field of a draft (status, text,
	// version, attempts, findings, model, versions, usage, feedback, reason,
	// updated_at). Only core's state machine calls it with a new status.
	SaveDraft(ctx context.Context, d *Draft) error
	// LockDrafts is LockDraft for many drafts at once (a group commit's):
	// the drafts of ids that exist, in ID order (the order their locks are
	// taken in, so that two transactions cannot deadlock), without
	// History; IDs not found are absent.
	LockDrafts(ctx context.Context, ids []string) ([]*Draft, error)
	// SaveDrafts is SaveDraft for many drafts (each at most once), in one
	// statement where the database can; a draft not found is
	// CodeNotFound.
	SaveDrafts(ctx context.Context, ds []*Draft) error
	// ListDrafts returns at most f.Limit drafts after f.AfterID in id
	// order, without History.
	ListDrafts(ctx context.Context, f DraftFilter) ([]*Draft, error)
	// StuckDrafts lists drafts in one of statuses not updated since before,
	// oldest first, at most limit.
	StuckDrafts(ctx context.Context, statuses []Status, before time.Time, limit int) ([]*Draft, error)

	// PutDraftVersion keeps one version of a draft's text; putting the
	// same (DraftID, Version) again replaces it (a re-check's findings).
	PutDraftVersion(ctx context.Context, v *DraftVersion) error
	// PutDraftVersions is PutDraftVersion for several versions in turn (a
	// draft's version given twice keeps the last): one statement on
	// PostgreSQL, for a batch of the group commit.
	PutDraftVersions(ctx context.Context, vs []*DraftVersion) error
	// ListDraftVersions returns every kept version of a draft, oldest
	// first; none is an empty list.
	ListDraftVersions(ctx context.Context, draftID string) ([]DraftVersion, error)

	// AppendEvents adds events to the outbox and fills in their ID and Seq.
	// Called inside Tx with the change it records: the event commits with
	// the change or not at all, and IDs and Seqs grow in commit order.
	AppendEvents(ctx context.Context, events []*Event) error
	// ListEvents reads the outbox (see EventFilter).
	ListEvents(ctx context.Context, f EventFilter) ([]Event, error)

	// InsertCatalogueEntry stores an entry (e.ID set) with the next
	// Version for its (sku, locale, channel), which it sets on e; draft
	// versions publish once (a second is CodeConflict). Concurrent inserts
	// for one (sku, locale, channel) take turns.
	InsertCatalogueEntry(ctx context.Context, e *CatalogueEntry, draftVersion int) error
	// CatalogueEntryForDraft returns the entry a draft version published,
	// withdrawn or not (Withdrawn says).
	CatalogueEntryForDraft(ctx context.Context, draftID string, draftVersion int) (*CatalogueEntry, error)
	// CatalogueBySKU returns the newest entry per (locale, channel) of a
	// SKU, ordered by locale and channel, unless that newest entry is
	// withdrawn (then nothing for that locale and channel); none is an
	// empty list.
	CatalogueBySKU(ctx context.Context, sku string) ([]CatalogueEntry, error)
	// ListCatalogue returns at most f.Limit entries that are not
	// withdrawn, after f.After, oldest first (published_at, id).
	ListCatalogue(ctx context.Context, f CatalogueFilter) ([]CatalogueEntry, error)
	// WithdrawCatalogue takes every entry that draftID published (any
	// version) out of the public catalogue as of at, and answers how many
	// were public until then.
	WithdrawCatalogue(ctx context.Context, draftID string, at time.Time) (int, error)
	// ReinstateCatalogueEntry puts a withdrawn entry back, published again
	// at at (so that feed readers reading since their last time see it).
	ReinstateCatalogueEntry(ctx context.Context, id string, at time.Time) error

	// CreateToken stores a token (ID set); a hash twice is CodeConflict.
	CreateToken(ctx context.Context, t *Token) error
	TokenByHash(ctx context.Context, hash string) (*Token, error)
	// ListTokens returns at most limit tokens with an ID greater than
	// afterID, in ID order.
	ListTokens(ctx context.Context, afterID string, limit int) ([]*Token, error)
	// DeleteToken removes a token (revocation); an unknown ID is not found.
	DeleteToken(ctx context.Context, id string) error

	// InsertWebhookDelivery records one delivery attempt (d.ID set).
	InsertWebhookDelivery(ctx context.Context, d *WebhookDelivery) error
	// ListWebhookDeliveries returns at most f.Limit attempts of
	// f.LaunchID (of one event, one outcome, when set) with an ID greater
	// than f.AfterID, in ID order.
	ListWebhookDeliveries(ctx context.Context, f DeliveryFilter) ([]WebhookDelivery, error)
	// WebhookAttempts counts the recorded attempts of a webhook event and
	// reports whether one of them delivered it.
	WebhookAttempts(ctx context.Context, eventID string) (int, bool, error)
	// RelayCursor returns the outbox event ID a relay has handled up to
	// (0 for a relay that never ran).
	RelayCursor(ctx context.Context, name string) (int64, error)
	// AdvanceRelayCursor moves a relay's cursor from from to to if it is
	// still at from (compare-and-set) and reports whether it moved.
	AdvanceRelayCursor(ctx context.Context, name string, from, to int64) (bool, error)
	// AddWebhookJobs records jobs as pending deliveries, recorded at at;
	// a job whose ID is recorded already is left as it is.
	AddWebhookJobs(ctx context.Context, jobs []WebhookJob, at time.Time) error
	// PendingWebhookJobs returns at most limit pending jobs recorded
	// before before, oldest first.
	PendingWebhookJobs(ctx context.Context, before time.Time, limit int) ([]WebhookJob, error)
	// FinishWebhookJob marks a job no longer pending (delivered, refused,
	// or nowhere to send it); an unknown ID is not an error.
	FinishWebhookJob(ctx context.Context, eventID string) error

	// SaveStyleGuide records a guide version and makes it current; saving
	// a version that exists keeps its body and makes it current again (a
	// rollback).
	SaveStyleGuide(ctx context.Context, doc StyleGuideDoc) error
	// CurrentStyleGuide returns the version most recently saved.
	CurrentStyleGuide(ctx context.Context) (*StyleGuideDoc, error)
	// CurrentStyleGuideVersion is CurrentStyleGuide's Version alone (a
	// version's body and time never change once stored, so a reader that
	// keeps them need not read them again).
	CurrentStyleGuideVersion(ctx context.Context) (string, error)
	StyleGuide(ctx context.Context, version string) (*StyleGuideDoc, error)
	// ListStyleGuides lists every version without its body, the current
	// one first and marked Current, then by when each was last saved.
	ListStyleGuides(ctx context.Context) ([]StyleGuideDoc, error)

	// PutNearKeys replaces the near-duplicate index keys of ref (a draft's
	// or a catalogue entry's ID) with keys; none removes them. Keys are
	// scoped LSH band keys (neardup.Keys): texts that share one are
	// candidates for the exact comparison.
	PutNearKeys(ctx context.Context, ref string, keys []int64) error
	// PutNearKeysMany is PutNearKeys for several refs in turn (a ref
	// given twice ends with its last keys): one statement on PostgreSQL,
	// where a batch of the group commit indexes its drafts' texts with it.
	PutNearKeysMany(ctx context.Context, items []NearKeys) error
	// NearTexts returns the drafts and catalogue entries indexed under at
	// least one of keys, the most keys in common first, at most limit. Each
	// key contributes at most perKey refs (a key common to half a launch's
	// boilerplate cannot make the lookup grow with the launch), so the work
	// is bounded by len(keys)*perKey whatever the size of the index.
	NearTexts(ctx context.Context, keys []int64, perKey, limit int) ([]NearText, error)
	// NearRefs is NearTexts without the texts, for a caller that keeps
	// what it needs of texts by ref and version and reads only the texts
	// it lacks (NearTextsOf): of the same limit texts, those f keeps, in
	// no order, with each draft's version.
	NearRefs(ctx context.Context, keys []int64, perKey, limit int, f NearFilter) ([]NearRef, error)
	// NearTextsOf returns the current text, version and stored signature
	// (Draft.NearSig, CatalogueEntry.NearSig: nil when none is stored) of
	// each of refs that exists (drafts' and catalogue entries' IDs); SKU
	// is left empty, refs not found are left out.
	NearTextsOf(ctx context.Context, refs []string) ([]NearRef, error)
	// NearRefsOf is NearRefs for refs found by a NearIndex of its own
	// (Deps.NearIndex) instead of the store's keys: of refs (drafts' and
	// catalogue entries' IDs, each at most once), those f keeps, in no
	// order, with each draft's version; refs not found are left out.
	// f.Category and f.CatalogueKeys are not read.
	NearRefsOf(ctx context.Context, refs []string, f NearFilter) ([]NearRef, error)

	// CachedGeneration returns a generation stored under key, so that the
	// same description is never paid for twice; a second put replaces.
	CachedGeneration(ctx context.Context, key string) (*Generation, error)
	PutCachedGeneration(ctx context.Context, key string, g *Generation) error
}

// NearKeys are the near-duplicate index keys of one ref (PutNearKeysMany,
// NearIndex.PutNearKeys).
type NearKeys struct {
	Ref  string
	Keys []int64
	// Version is the version of the ref's text the keys are of (a draft's
	// Draft.Version; 0 for a catalogue entry, whose text never changes).
	// A NearIndex written outside the store's transactions keeps, of two
	// puts of one ref, the one of the higher version whatever order they
	// arrive in; the store's own index ignores it (its writes are ordered
	// by the draft's row lock).
	Version int
}

// NearIndex is a near-duplicate index of LSH band keys kept outside the
// store (Deps.NearIndex; nil: the store's own, TxStore.PutNearKeys and
// NearRefs). Core writes it after the transaction that stored the texts
// commits, so it only ever holds committed texts' keys, and reads the
// candidates' rows from the store (TxStore.NearRefsOf): the candidates of
// a lookup are the store index's, and so are the findings. It is a copy:
// losing it (a flushed Redis) loses no text, only candidates until they
// are indexed again (Service.RebuildNearIndex). Safe for concurrent use.
type NearIndex interface {
	// PutNearKeys replaces the keys of each item's ref with its Keys (none
	// removes them): an item whose Version is lower than the version the
	// index holds for its ref is left out, a ref given twice ends with its
	// last item of the highest version.
	PutNearKeys(ctx context.Context, items []NearKeys) error
	// NearCandidates returns the refs filed under at least one of keys,
	// each key contributing its first perKey refs in byte order of the
	// ref, the most keys in common first (ties by ref, byte order), at
	// most limit: the refs TxStore.NearTexts finds in the store's index.
	NearCandidates(ctx context.Context, keys []int64, perKey, limit int) ([]NearCandidate, error)
}

// NearCandidate is a ref a NearIndex found and how many of the asked keys
// it is filed under.
type NearCandidate struct {
	Ref    string
	Shared int
}

// NearText is a text found through the near-duplicate index.
type NearText struct {
	// Ref is the draft's ID, or the catalogue entry's when Catalogue.
	Ref       string
	Catalogue bool
	LaunchID  string
	SKU       string
	Locale    string
	Channel   string
	Text      string
	// Status is the draft's (a catalogue entry's is published).
	Status Status
	// Shared is how many of the asked keys the text has.
	Shared int
}

// NearFilter is which of NearRefs' texts a draft's near-duplicate check
// compares with: a text (not empty) of the locale and channel, of another
// SKU, and for a draft, of the launch and not failed.
type NearFilter struct {
	LaunchID, Locale, Channel, SKU string
	// Category and CatalogueKeys: the last CatalogueKeys of the keys are
	// the published copy's of Locale, Channel and Category (catalogueScope
	// in core). A store may leave them out of the lookup when it holds no
	// catalogue entry of that locale, channel and category: no ref can
	// then be filed under them (catalogue entries are never deleted), so
	// the refs found are the same.
	Category      string
	CatalogueKeys int
}

// NearRef is a text found through the near-duplicate index, without the
// text (NearRefs), or with it (NearTextsOf).
type NearRef struct {
	// Ref is the draft's ID, or the catalogue entry's when Catalogue.
	Ref       string
	Catalogue bool
	SKU       string
	// Version is the draft's version (0 for a catalogue entry, whose text
	// never changes): a draft's text changes only with its version.
	Version int
	Text    string
	// Sig is Text's stored signature (NearTextsOf only; nil when none is
	// stored).
	Sig []byte
	// Entry is what a NearEntryDecoder made of Sig while the row was read
	// (NearEntriesOf only); Text and Sig are then left empty.
	Entry any
}

// NearEntriesReader is implemented by a Store that makes each
// neighbour's entry from its stored signature while it reads the row
// (NearEntriesOf), so that neither the text nor the signature's bytes are
// copied out of the row for a neighbour whose signature the checker
// reads: they were ~8% of a 10,000-draft launch's worker allocations,
// each read back to be decoded once and dropped (#17, perf39).
type NearEntriesReader interface {
	// NearEntriesOf is NearTextsOf, where each row with a text and a
	// stored signature is given to dec: a row dec makes an entry of has
	// it in Entry, its Text and Sig left empty; the others are as
	// NearTextsOf gives them.
	NearEntriesOf(ctx context.Context, refs []string, dec NearEntryDecoder) ([]NearRef, error)
}

// NearEntryDecoder makes a neighbour's entry from the signature stored
// with its text (NeighbourCache.StoredSignature's bytes), or nil when sig
// is not one it reads (the text is given then). sig is valid only during
// the call. The same decoder may be given to several calls at once: a
// store may read their rows in one statement when their decoders are
// equal (==).
type NearEntryDecoder interface {
	NearEntry(ref string, catalogue bool, version int, sig []byte) any
}

// NearRefsGiver is implemented by a Store that takes back a NearRefs
// answer its caller has read (cachedNeighbours gives each back once its
// neighbours are made) to answer a later lookup in: the caller keeps no
// reference to the slice after (the strings in it it may keep) (#17).
type NearRefsGiver interface {
	GiveNearRefs(refs []NearRef)
}

// LaunchReader is implemented by a Store that reads a launch with its
// progress (Counts and Usage) in one statement, one snapshot without a
// transaction; GetLaunch uses it when it can.
type LaunchReader interface {
	LaunchWithProgress(ctx context.Context, id string) (*Launch, error)
}

// Store is the system of record: the primitives outside a transaction,
// and two transaction seams.
type Store interface {
	TxStore
	// Tx runs fn in one read-write transaction: committed if fn returns
	// nil, rolled back otherwise (and fn's error returned). fn must not
	// keep tx after it returns. A store may run fn again, from the start,
	// in a new transaction when the database rolled the first back whole
	// (a deadlock's victim, a serialization failure: sqlstore, at most a
	// few times): fn must set whatever it gives its caller afresh on each
	// run, from what it reads through tx.
	Tx(ctx context.Context, fn func(tx TxStore) error) error
	// View runs fn in one read-only transaction: every read sees one
	// snapshot. Writes through tx fail.
	View(ctx context.Context, fn func(tx TxStore) error) error
	Ping(ctx context.Context) error
	Close() error
}

// DraftVersion is one version of a draft's text as it was written, kept
// for ever: what was generated, edited or rewritten, with its findings.
type DraftVersion struct {
	DraftID  string    `json:"-"`
	Version  int       `json:"version"`
	Text     string    `json:"text"`
	Findings []Finding `json:"findings"`
	Model    string    `json:"model,omitempty"`
	// Event made the version (generated, failed, edited); By is who.
	Event string    `json:"event"`
	By    string    `json:"by"`
	At    time.Time `json:"at"`
}

// Queue carries work; it is only a trigger, the Store holds the truth.
// Enqueueing work that is already queued is not an error.
type Queue interface {
	EnqueueGenerate(ctx context.Context, d *Draft) error
	EnqueuePublish(ctx context.Context, d *Draft) error
}

// BatchQueue is implemented by a Queue that enqueues many drafts' tasks at
// once faster than one by one (a launch's thousands at submission).
// EnqueueGenerateBatch returns how many it enqueued; on an error the rest
// are left to the sweep.
type BatchQueue interface {
	EnqueueGenerateBatch(ctx context.Context, drafts []*Draft) (int, error)
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

// ModelFree is implemented by a Generator that writes without a model
// (the offline template writer): nothing it writes costs anything, so the
// generation cache is not consulted, and it has no use for few-shot
// examples, so none are read. Wrappers forward it.
type ModelFree interface {
	ModelFree() bool
}

// modelFree reports whether g says it writes without a model.
func modelFree(g Generator) bool {
	f, ok := g.(ModelFree)
	return ok && f.ModelFree()
}

// Neighbour is another product's copy, for near-duplicate detection.
type Neighbour struct {
	SKU  string
	Text string
	// VariantGroup is the neighbour product's variant group: variants of
	// one design are compared with each other only to warn.
	VariantGroup string
	// Key, when set, names Text for a NeighbourCache: the same Key is
	// always the same text (a draft's ID and version, a catalogue
	// entry's ID).
	Key string
	// Entry is what the checker's NeighbourCache gave for the neighbour's
	// name; Text and Key are then left empty (the checker needs only what
	// it kept).
	Entry any
	// Sig, when set with Key, is what the checker's NeighbourCache made of
	// Text when it was stored (StoredSignature), read back with it: a
	// checker that reads it need not tokenise Text, which stays set for
	// one that cannot (another format).
	Sig []byte
}

// CheckInput is one text to judge.
type CheckInput struct {
	Product Product
	Locale  string
	Channel string
	Text    string
	Guide   *styleguide.Guide
	// Neighbours are read during Check only: a Checker keeps no reference
	// to the slice after it returns (the strings and entries in it it may
	// keep), for the service reuses it for the next draft's (#17).
	Neighbours []Neighbour
}

// NearKeyer is implemented by a Checker that can say which texts may be
// near-duplicates of each other: NearKeys returns the LSH band keys of a
// text's signature (neardup.Signature.Bands), computed the way its
// duplicate check compares texts; nil for a text it never compares. Core
// scopes them (a launch's locale and channel, the catalogue's) and finds
// neighbours through the store's index instead of reading every sibling.
type NearKeyer interface {
	NearKeys(text string) []uint64
}

// NeighbourCache is implemented by a Checker that keeps what its duplicate
// check needs of a neighbour's text (its signature and shingles) under the
// neighbour's Key, so that core reads from the store only the texts it
// lacks: a launch's neighbours are mostly the same few thousand texts, read
// back a draft at a time otherwise (64 texts a draft).
type NeighbourCache interface {
	// NeighbourEntries returns, for each key, the entry kept for it
	// (given back in Neighbour.Entry, so that it cannot be evicted
	// between the two calls), or nil when the text must be given; in
	// out when it has the room (a buffer of the caller's). keys are
	// valid only during the call: it keeps none.
	NeighbourEntries(keys []string, out []any) []any
	// RememberNeighbour says that text, just checked and stored, is
	// known as key from now on.
	RememberNeighbour(key, text string)
	// StoredSignature is what the checker needs of text to compare with
	// it (its MinHash signature and shingles), as bytes to store with the
	// text (Draft.NearSig, CatalogueEntry.NearSig) and give back in
	// Neighbour.Sig; nil for a text it never compares.
	StoredSignature(text string) []byte
}

// StoredEntryMaker is implemented by a NeighbourCache that makes a
// neighbour's entry from the signature stored with its text while core
// reads it (NearEntriesReader).
type StoredEntryMaker interface {
	// StoredEntry is the entry of the neighbour named key whose stored
	// signature is sig (StoredSignature's bytes), as Neighbour.Entry
	// (and kept under key, as a neighbour given with Key and Sig is), or
	// nil when sig is not one it reads. It keeps neither key nor sig,
	// valid only during the call.
	StoredEntry(key string, sig []byte) any
}

// Checker judges a text against the product's facts and the style guide.
// It is pure: the same input always gives the same findings.
type Checker interface {
	Check(in CheckInput) []Finding
}

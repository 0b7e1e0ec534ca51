// Package core owns copydesk's domain: launches, products, drafts and their
// state machine, the catalogue, and the small interfaces (Store, Queue,
// Generator, Checker, ...) that the pipeline consumes. Adapters at the edges
// implement those interfaces; core imports none of them.
package core

import (
	"time"
)

// Role is what a bearer token may do.
type Role string

const (
	RoleAdmin        Role = "admin"
	RoleMerchandiser Role = "merchandiser"
	RoleReviewer     Role = "reviewer"
	RoleIntegration  Role = "integration"
)

// Valid reports whether r is a known role.
func (r Role) Valid() bool {
	switch r {
	case RoleAdmin, RoleMerchandiser, RoleReviewer, RoleIntegration:
		return true
	}
	return false
}

// Stone is one group of stones set in a product: stones of one type and
// colour (a halo ring has a centre group of 1 and a halo group of 10).
type Stone struct {
	Type   string `json:"type" validate:"required,max=100"`
	Colour string `json:"colour,omitempty" validate:"max=100"`
	Count  int    `json:"count,omitempty" validate:"gte=0,lte=100000"`
	// Origin is natural, lab_grown or simulant (see StoneOrigin); empty
	// means what the type says ("lab-grown sapphire" is lab-grown).
	Origin string `json:"origin,omitempty" validate:"omitempty,oneof=natural lab_grown simulant"`
	// Treatment is a disclosed treatment ("heated", "diffused", "dyed").
	Treatment string `json:"treatment,omitempty" validate:"max=100"`
}

// Product is one SKU of a launch with the facts that copy may state.
type Product struct {
	SKU        string            `json:"sku" validate:"required,max=64"`
	Name       string            `json:"name" validate:"required,max=200"`
	Category   string            `json:"category" validate:"required,max=100"`
	Collection string            `json:"collection,omitempty" validate:"max=100"`
	Materials  []string          `json:"materials,omitempty" validate:"max=20,dive,required,max=100"`
	Stones     []Stone           `json:"stones,omitempty" validate:"max=50,dive"`
	Colours    []string          `json:"colours,omitempty" validate:"max=20,dive,required,max=100"`
	Features   []string          `json:"features,omitempty" validate:"max=50,dive,required,max=200"`
	Occasions  []string          `json:"occasions,omitempty" validate:"max=20,dive,required,max=100"`
	Keywords   []string          `json:"keywords,omitempty" validate:"max=50,dive,required,max=100"`
	Attributes map[string]string `json:"attributes,omitempty" text:"multiline" validate:"max=50,dive,keys,required,max=100,endkeys,max=500"`
	// Metals are the product's metals in a PIM's structured form, beside
	// (or instead of) the plain Materials strings; see Metal.
	Metals []Metal `json:"metals,omitempty" validate:"max=20,dive"`
	// Measurements are named sizes with units (mm, cm, in, ct).
	Measurements []Measurement `json:"measurements,omitempty" validate:"max=50,dive"`
	// TotalCaratWeight is the weight of all stones, in carats.
	TotalCaratWeight float64 `json:"total_carat_weight,omitempty" validate:"gte=0,lte=10000"`
	// VariantGroup ties the variants of one design (same design in another
	// metal or size): their copy may be alike without being duplicates.
	VariantGroup string `json:"variant_group,omitempty" validate:"max=100"`
}

// Generation modes of a launch.
const (
	ModeGenerate  = "generate"
	ModeTranslate = "translate"
)

// LaunchInput is what a merchandiser or campaign tool submits.
type LaunchInput struct {
	Name         string   `json:"name" validate:"required,max=200"`
	SourceLocale string   `json:"source_locale" validate:"required"`
	Locales      []string `json:"locales" validate:"required,min=1,max=40"`
	Channels     []string `json:"channels" validate:"required,min=1,max=10"`
	GoLive       string   `json:"go_live,omitempty"`
	CallbackURL  string   `json:"callback_url,omitempty" validate:"omitempty,max=2000"`
	Mode         string   `json:"mode,omitempty" validate:"omitempty,oneof=generate translate"`
	// Budget caps what the launch may spend on model calls, in the price
	// table's currency; zero means no cap.
	Budget   float64   `json:"budget,omitempty" validate:"gte=0"`
	Products []Product `json:"products" validate:"required,min=1,max=5000,dive"`
}

// Launch statuses, derived from the counts of its drafts.
const (
	LaunchProcessing = "processing" // some drafts are queued or generating
	LaunchInReview   = "in_review"  // every draft has been written; some wait for people
	LaunchComplete   = "complete"   // every draft is published or failed
)

// Launch is a stored launch.
type Launch struct {
	ID             string         `json:"id"`
	Name           string         `json:"name"`
	SourceLocale   string         `json:"source_locale"`
	Locales        []string       `json:"locales"`
	Channels       []string       `json:"channels"`
	GoLive         string         `json:"go_live,omitempty"`
	CallbackURL    string         `json:"callback_url,omitempty"`
	Mode           string         `json:"mode"`
	Budget         float64        `json:"budget,omitempty"`
	Status         string         `json:"status"`
	ProductCount   int            `json:"product_count"`
	Counts         map[Status]int `json:"counts"`
	Usage          Usage          `json:"usage"`
	IdempotencyKey string         `json:"-"`
	// IdempotencyOwner is the ID of the token that sent IdempotencyKey:
	// keys are scoped to their caller, so two teams never collide.
	IdempotencyOwner string `json:"-"`
	RequestHash      string `json:"-"`
	// RequestID is the id of the HTTP request that submitted the launch
	// (core.RequestID), carried into its webhook tasks' log lines.
	RequestID string `json:"-"`
	// Spent is what the launch's model calls have cost so far, kept on the
	// launch row so that the budget check reads one row, never the drafts.
	Spent     float64 `json:"-"`
	CreatedBy string  `json:"created_by,omitempty"`
	// Notice, on a submission's answer only, says what did not happen yet
	// (the work queue was down: the sweep enqueues the drafts later).
	Notice    string    `json:"notice,omitempty"`
	CreatedAt time.Time `json:"created_at"`
}

// Usage counts the tokens spent by the model calls behind a draft or launch.
type Usage struct {
	PromptTokens     int     `json:"prompt_tokens"`
	CompletionTokens int     `json:"completion_tokens"`
	Cost             float64 `json:"cost,omitempty"`
}

// Add returns u plus v.
func (u Usage) Add(v Usage) Usage {
	return Usage{
		PromptTokens:     u.PromptTokens + v.PromptTokens,
		CompletionTokens: u.CompletionTokens + v.CompletionTokens,
		Cost:             u.Cost + v.Cost,
	}
}

// Severity of a finding.
const (
	SeverityBlock = "block"
	SeverityWarn  = "warn"
)

// Verdicts of a check.
const (
	VerdictPass  = "pass"
	VerdictWarn  = "warn"
	VerdictBlock = "block"
)

// Finding is one problem a check found in a text. Start and End are a
// character (rune) span into the text; both are zero when the finding is
// about the text as a whole.
type Finding struct {
	Rule     string `json:"rule"`
	Category string `json:"category"`
	Severity string `json:"severity"`
	Message  string `json:"message"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
}

// Verdict is block if any finding blocks, else warn if any warns, else pass.
func Verdict(findings []Finding) string {
	v := VerdictPass
	for _, f := range findings {
		if f.Severity == SeverityBlock {
			return VerdictBlock
		}
		if f.Severity == SeverityWarn {
			v = VerdictWarn
		}
	}
	return v
}

// Blocks reports whether any finding blocks.
func Blocks(findings []Finding) bool { return Verdict(findings) == VerdictBlock }

// Event is one state change of a draft: a line of its history and a record
// of the event outbox (the draft_events table) that the review UI,
// Server-Sent Events, webhooks, metrics and feeds all read. Core appends
// one in the same transaction as every change it records.
type Event struct {
	// ID is monotonic over every launch, Seq within ID's launch: both only
	// grow in commit order, so a reader that asks for events after the last
	// one it saw never misses one.
	ID       int64  `json:"id"`
	LaunchID string `json:"launch_id"`
	Seq      int64  `json:"seq"`
	DraftID  string `json:"draft_id"`
	// At is when the change happened; By who made it (a token name, a
	// model or "worker").
	At    time.Time `json:"at"`
	Event string    `json:"event"`
	By    string    `json:"by"`
	// From and To are the draft's status before and after (From is empty
	// when the draft was created); Version is the draft's text version after.
	From    Status `json:"from,omitempty"`
	To      Status `json:"to"`
	Version int    `json:"version"`
	// Detail is the comment or reason given.
	Detail string `json:"detail,omitempty"`
}

// Draft is the copy for one (sku, locale, channel) of a launch.
type Draft struct {
	ID                string    `json:"id"`
	LaunchID          string    `json:"launch_id"`
	SKU               string    `json:"sku"`
	Locale            string    `json:"locale"`
	Channel           string    `json:"channel"`
	Status            Status    `json:"status"`
	Text              string    `json:"text"`
	Version           int       `json:"version"`
	Attempts          int       `json:"attempts"`
	Findings          []Finding `json:"findings"`
	Model             string    `json:"model,omitempty"`
	StyleGuideVersion string    `json:"style_guide_version,omitempty"`
	PromptVersion     string    `json:"prompt_version,omitempty"`
	PromptHash        string    `json:"prompt_hash,omitempty"`
	Usage             Usage     `json:"usage"`
	// Feedback is the reviewer's comment that the next generation must heed.
	Feedback string `json:"feedback,omitempty"`
	Reason   string `json:"reason,omitempty"` // why a draft failed
	// EditedBy names the reviewer whose hand edit the text is ("" for
	// generated text): no bulk run (a changed source, the sweep) writes
	// over it; only a rejection, which asks for a rewrite, clears it.
	EditedBy string `json:"edited_by,omitempty"`
	// Stale says why approved or published copy went back to review: the
	// product's facts (or its source text) changed under it, with the
	// change. Cleared when the draft is approved, edited or rewritten.
	Stale   string  `json:"stale,omitempty"`
	History []Event `json:"history,omitempty"`
	// LeaseToken and LeaseUntil are the generation lease: the worker
	// generating the draft holds the token until LeaseUntil and renews it
	// while it works (Service.GenerateDraft). Internal, never shown.
	LeaseToken string    `json:"-"`
	LeaseUntil time.Time `json:"-"`
	CreatedAt  time.Time `json:"created_at"`
	UpdatedAt  time.Time `json:"updated_at"`
	// NearSig is the checker's stored signature of Text
	// (NeighbourCache.StoredSignature), set with Text and saved with it, in
	// the same statement; read back only by NearTextsOf (a draft read
	// otherwise has none). Saved without one, a draft keeps the stored
	// signature if its text is unchanged and has none if it changed, so a
	// stored signature is always its text's. Internal, never shown.
	NearSig []byte `json:"-"`
}

// CatalogueEntry is one published description.
type CatalogueEntry struct {
	ID          string    `json:"-"`
	SKU         string    `json:"sku"`
	Locale      string    `json:"locale"`
	Channel     string    `json:"channel"`
	Text        string    `json:"text"`
	Version     int       `json:"version"`
	PublishedAt time.Time `json:"published_at"`
	DraftID     string    `json:"draft_id"`
	LaunchID    string    `json:"launch_id"`
	Category    string    `json:"-"`
	Collection  string    `json:"-"`
	// Withdrawn is set on an entry taken out of the public catalogue
	// because its product's facts changed under it (never served).
	Withdrawn bool `json:"-"`
	// NearSig is the checker's stored signature of Text, inserted with
	// the entry (published text never changes); read back only by
	// NearTextsOf, as Draft.NearSig.
	NearSig []byte `json:"-"`
}

// Token is a stored API token; only the hash of its secret is kept.
type Token struct {
	ID        string    `json:"id"`
	Name      string    `json:"name"`
	Role      Role      `json:"role"`
	Locales   []string  `json:"locales,omitempty"`
	Hash      string    `json:"-"`
	CreatedAt time.Time `json:"created_at"`
}

// CanReview reports whether the token may review drafts of locale.
func (t *Token) CanReview(locale string) bool {
	if t.Role == RoleAdmin {
		return true
	}
	if t.Role != RoleReviewer {
		return false
	}
	for _, l := range t.Locales {
		if l == locale {
			return true
		}
	}
	return false
}

// StyleGuideDoc is one stored version of the style guide source.
type StyleGuideDoc struct {
	Version   string    `json:"version"`
	Body      string    `json:"body,omitempty"`
	CreatedAt time.Time `json:"created_at"`
	// Current marks the version new work uses (set in listings).
	Current bool `json:"current,omitempty"`
}

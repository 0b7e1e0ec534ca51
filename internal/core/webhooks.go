package core

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"time"

	"github.com/copydesk/copydesk/internal/webhook"
)

// Webhook event types: what a launch's callback_url receives.
const (
	// WebhookDraftPublished is sent once per published draft version, with
	// the catalogue entry it made.
	WebhookDraftPublished = "draft.published"
	// WebhookLaunchCompleted is sent when every draft of a launch is
	// published or failed, with the launch's counts; again each time a
	// launch that was reopened (changed facts, stale copy) completes again.
	WebhookLaunchCompleted = "launch.completed"
	// WebhookDraftWithdrawn is sent when published copy leaves the public
	// catalogue because the product's facts changed and the copy no longer
	// passes (the draft is back in review), with the catalogue entry that
	// was withdrawn and the reason.
	WebhookDraftWithdrawn = "draft.withdrawn"
)

// Outcomes of a delivery attempt.
const (
	DeliveryDelivered = "delivered" // the receiver answered 2xx
	DeliveryFailed    = "failed"    // no answer, or not 2xx: retried with backoff
	DeliveryRefused   = "refused"   // the SSRF guard refused the address: not retried
)

// WebhookRelay is the name of the webhook relay's cursor in the store.
const WebhookRelay = "webhooks"

// WebhookJob is one webhook event to deliver, made by the relay from one
// outbox event and carried by the queue. ID is the event's id as the
// receiver sees it (X-Copydesk-Event-Id), the same on every attempt:
// "draft.published:42" is the publish recorded as outbox event 42,
// "launch.completed:57" the completion that outbox event 57 brought about.
type WebhookJob struct {
	ID       string    `json:"id"`
	Type     string    `json:"type"`
	LaunchID string    `json:"launch_id"`
	OutboxID int64     `json:"outbox_id"`
	DraftID  string    `json:"draft_id,omitempty"`
	Version  int       `json:"version,omitempty"` // the draft version published
	At       time.Time `json:"at"`                // when the outbox event happened
	// Reason is why published copy was withdrawn (draft.withdrawn only).
	Reason string `json:"reason,omitempty"`
	// RequestID is the id of the HTTP request that submitted the launch,
	// so that the delivery's log lines join it.
	RequestID string `json:"request_id,omitempty"`
}

// WebhookEvent is the JSON body a callback receives (see api/openapi.yaml,
// webhooks). Entry is set for draft.published, Launch for launch.completed.
type WebhookEvent struct {
	ID        string          `json:"id"`
	Type      string          `json:"type"`
	CreatedAt time.Time       `json:"created_at"`
	LaunchID  string          `json:"launch_id"`
	Entry     *CatalogueEntry `json:"entry,omitempty"`
	Launch    *Launch         `json:"launch,omitempty"`
	// Reason says why the entry was withdrawn (draft.withdrawn): the
	// product change and the verdict of the copy checked again.
	Reason string `json:"reason,omitempty"`
}

// WebhookDelivery is one recorded delivery attempt of a webhook event.
type WebhookDelivery struct {
	ID       string `json:"id"`
	LaunchID string `json:"launch_id"`
	// EventID is the WebhookJob's ID; Type its type.
	EventID string `json:"event_id"`
	Type    string `json:"type"`
	// Attempt counts the event's attempts from 1.
	Attempt int       `json:"attempt"`
	At      time.Time `json:"at"`
	Outcome string    `json:"outcome"`
	// StatusCode is the receiver's answer (0: none came); Error why the
	// attempt failed, without the URL.
	StatusCode int    `json:"status_code"`
	Error      string `json:"error,omitempty"`
	DurationMS int64  `json:"duration_ms"`
}

// DeliveryFilter selects a launch's delivery attempts in ID (time) order.
// AfterID and Limit are set by core.
type DeliveryFilter struct {
	LaunchID string
	EventID  string
	Outcome  string
	AfterID  string
	Limit    int
}

// WebhookQueue carries webhook jobs to the workers. Enqueueing a job that
// is queued, running or recently done (same ID) is not an error and does
// nothing.
type WebhookQueue interface {
	EnqueueWebhook(ctx context.Context, j WebhookJob) error
}

// WebhookSender makes one signed delivery attempt (internal/webhook's
// Sender over its SSRF-safe client).
type WebhookSender interface {
	Send(ctx context.Context, url, eventID string, body []byte) webhook.Attempt
}

// relayBatch is how many outbox events one relay pass reads.
const relayBatch = 500

// RelayWebhooks reads the event outbox after the relay's cursor (at most
// one batch) and makes a webhook job for each publish, each withdrawal and
// each completion of a launch that has a callback_url. In one transaction
// it moves the cursor past the batch (compare-and-set: of concurrent
// relays, one per worker, only one takes a batch) and records the jobs
// pending; then it enqueues them, keyed by ID. A job whose enqueue failed
// (Redis down) or whose task Redis later lost stays pending in the
// database, and the sweep enqueues it again (rescueWebhooks); a delivered
// event is never sent again. It answers how many jobs were enqueued and
// whether a whole batch was read (more may be waiting).
func (s *Service) RelayWebhooks(ctx context.Context) (int, bool, error) {
	if s.webhookQueue == nil {
		return 0, false, nil
	}
	from, err := s.store.RelayCursor(ctx, WebhookRelay)
	if err != nil {
		return 0, false, err
	}
	events, err := s.store.ListEvents(ctx, EventFilter{After: from, Limit: relayBatch})
	if err != nil || len(events) == 0 {
		return 0, false, err
	}
	launches := map[string]*Launch{}
	hasCallback := func(id string) bool {
		l, ok := launches[id]
		if !ok {
			l, err = s.store.GetLaunch(ctx, id)
			if err != nil {
				l = nil // deleted or unreadable: nothing to send
			}
			launches[id] = l
		}
		return l != nil && l.CallbackURL != ""
	}
	var jobs []WebhookJob
	lastFinish := map[string]int{} // launch -> index of its last event that finished a draft
	for i, e := range events {
		if !hasCallback(e.LaunchID) {
			continue
		}
		if e.Event == EventPublished && e.To == StatusPublished {
			jobs = append(jobs, WebhookJob{ID: WebhookDraftPublished + ":" + strconv.FormatInt(e.ID, 10), Type: WebhookDraftPublished,
				LaunchID: e.LaunchID, OutboxID: e.ID, DraftID: e.DraftID, Version: e.Version, At: e.At})
		}
		if e.Event == EventWithdrawn {
			jobs = append(jobs, WebhookJob{ID: WebhookDraftWithdrawn + ":" + strconv.FormatInt(e.ID, 10), Type: WebhookDraftWithdrawn,
				LaunchID: e.LaunchID, OutboxID: e.ID, DraftID: e.DraftID, Version: e.Version, At: e.At, Reason: e.Detail})
		}
		if finishes(e) {
			lastFinish[e.LaunchID] = i
		}
	}
	for launchID, i := range lastFinish {
		e := events[i]
		done, err := s.completedAt(ctx, e)
		if err != nil {
			return 0, false, err
		}
		if done {
			jobs = append(jobs, WebhookJob{ID: WebhookLaunchCompleted + ":" + strconv.FormatInt(e.ID, 10), Type: WebhookLaunchCompleted,
				LaunchID: launchID, OutboxID: e.ID, At: e.At})
		}
	}
	slices.SortStableFunc(jobs, func(a, b WebhookJob) int { return cmp.Compare(a.OutboxID, b.OutboxID) })
	for i := range jobs {
		if l := launches[jobs[i].LaunchID]; l != nil {
			jobs[i].RequestID = l.RequestID
		}
	}
	// The jobs are recorded pending in the transaction that moves the
	// cursor: from then on the database knows them, whatever Redis keeps.
	moved := false
	err = s.store.Tx(ctx, func(tx TxStore) error {
		moved = false // a store may run fn again (Store.Tx)
		ok, err := tx.AdvanceRelayCursor(ctx, WebhookRelay, from, events[len(events)-1].ID)
		if err != nil || !ok {
			return err // another relay took this batch: it records and enqueues
		}
		moved = true
		return tx.AddWebhookJobs(ctx, jobs, StoreTime(s.now()))
	})
	if err != nil || !moved {
		return 0, false, err
	}
	for _, j := range jobs {
		if err := s.webhookQueue.EnqueueWebhook(ctx, j); err != nil {
			// Recorded pending: the sweep enqueues it once the queue is back.
			return 0, false, err
		}
	}
	return len(jobs), len(events) == relayBatch, nil
}

// WebhookInspector is implemented by a WebhookQueue that can tell whether
// it still holds a job's task, so that the sweep enqueues only lost jobs.
type WebhookInspector interface {
	// RescueWebhook enqueues the job's task unless the queue holds it
	// (pending, scheduled, retrying, running, or archived after spending
	// its retries) and reports whether it enqueued it.
	RescueWebhook(ctx context.Context, j WebhookJob) (bool, error)
}

// rescueWebhooks enqueues the pending webhook jobs recorded before before
// whose task the queue has lost (Redis lost its data, or the enqueue after
// the relay's commit failed). Enqueueing is keyed by the event, so a job
// the queue still holds is not doubled. It answers how many it enqueued.
func (s *Service) rescueWebhooks(ctx context.Context, before time.Time) (int, error) {
	if s.webhookQueue == nil {
		return 0, nil
	}
	pending, err := s.store.PendingWebhookJobs(ctx, before, 1000)
	if err != nil {
		return 0, err
	}
	insp, inspects := s.webhookQueue.(WebhookInspector)
	n := 0
	for _, j := range pending {
		enqueued := true
		if inspects {
			enqueued, err = insp.RescueWebhook(ctx, j)
		} else {
			err = s.webhookQueue.EnqueueWebhook(ctx, j)
		}
		if err != nil {
			return n, err
		}
		if enqueued {
			n++
		}
	}
	return n, nil
}

// finishes reports whether an event moved a draft into published or
// failed: the changes after which a launch may have completed.
func finishes(e Event) bool {
	return e.From != e.To && (e.To == StatusPublished || e.To == StatusFailed)
}

// completedAt reports whether e is the event that completed its launch:
// the launch is complete and no later event of it finished a draft (that
// one will announce the completion instead). So one completion is
// announced once, however the relay's passes fall. The counts are read
// before the later events: a draft finished between the two reads is then
// seen as a later event (and this one stands down), never counted complete
// here while missed there.
func (s *Service) completedAt(ctx context.Context, e Event) (bool, error) {
	counts, _, err := s.store.LaunchProgress(ctx, e.LaunchID)
	if err != nil || DeriveLaunchStatus(counts) != LaunchComplete {
		return false, err
	}
	const scan = 200
	later, err := s.store.ListEvents(ctx, EventFilter{LaunchID: e.LaunchID, After: e.Seq, Limit: scan})
	if err != nil {
		return false, err
	}
	return len(later) < scan && !slices.ContainsFunc(later, finishes), nil
}

// DeliverWebhook makes one delivery attempt of a job and records it. An
// event already delivered is not sent again (nil). A refused address is
// recorded and answers an invalid error (retrying cannot help); any other
// failure answers unavailable, and the queue retries with backoff.
func (s *Service) DeliverWebhook(ctx context.Context, j WebhookJob) error {
	if s.webhookSender == nil {
		return Errorf(CodeUnavailable, "webhooks are not configured")
	}
	attempts, delivered, err := s.store.WebhookAttempts(ctx, j.ID)
	if err != nil {
		return err
	}
	if delivered {
		return s.store.FinishWebhookJob(ctx, j.ID)
	}
	l, err := s.store.GetLaunch(ctx, j.LaunchID)
	if err != nil {
		return err
	}
	if l.CallbackURL == "" {
		return s.store.FinishWebhookJob(ctx, j.ID)
	}
	body, err := s.webhookBody(ctx, j)
	if err != nil {
		return err
	}
	a := s.webhookSender.Send(ctx, l.CallbackURL, j.ID, body)
	d := &WebhookDelivery{ID: s.newID(), LaunchID: j.LaunchID, EventID: j.ID, Type: j.Type, Attempt: attempts + 1,
		At: StoreTime(a.At), StatusCode: a.StatusCode, Error: a.Error, DurationMS: a.Duration.Milliseconds()}
	switch {
	case a.OK():
		d.Outcome = DeliveryDelivered
	case a.Refused:
		d.Outcome = DeliveryRefused
	default:
		d.Outcome = DeliveryFailed
	}
	if d.At.IsZero() {
		d.At = StoreTime(s.now())
	}
	// Recorded even if the task's context has ended: the attempt happened.
	wctx := context.WithoutCancel(ctx)
	if err := s.store.Tx(wctx, func(tx TxStore) error {
		if err := tx.InsertWebhookDelivery(wctx, d); err != nil || d.Outcome == DeliveryFailed {
			return err
		}
		return tx.FinishWebhookJob(wctx, j.ID) // delivered or refused: not pending any more
	}); err != nil {
		return err
	}
	switch d.Outcome {
	case DeliveryRefused:
		return Errorf(CodeInvalid, "webhook %s not delivered: %s", j.ID, a.Error)
	case DeliveryFailed:
		return Errorf(CodeUnavailable, "webhook %s attempt %d failed: %s", j.ID, d.Attempt, a.Error)
	}
	return nil
}

// AbandonWebhook marks a job no longer pending after its last attempt
// failed (the queue archives its task): the sweep does not send it again.
// Its attempts stay listed; an operator can run the archived task again.
func (s *Service) AbandonWebhook(ctx context.Context, j WebhookJob) error {
	return s.store.FinishWebhookJob(ctx, j.ID)
}

// webhookBody builds the JSON event of a job from what the store keeps
// for good: the catalogue entry a draft version published, or the launch
// as it is now.
func (s *Service) webhookBody(ctx context.Context, j WebhookJob) ([]byte, error) {
	ev := WebhookEvent{ID: j.ID, Type: j.Type, CreatedAt: j.At, LaunchID: j.LaunchID}
	switch j.Type {
	case WebhookDraftPublished:
		e, err := s.store.CatalogueEntryForDraft(ctx, j.DraftID, j.Version)
		if err != nil {
			return nil, err
		}
		ev.Entry = e
	case WebhookDraftWithdrawn:
		e, err := s.store.CatalogueEntryForDraft(ctx, j.DraftID, j.Version)
		if err != nil && !IsCode(err, CodeNotFound) {
			return nil, err
		}
		ev.Entry, ev.Reason = e, j.Reason
	case WebhookLaunchCompleted:
		l, err := s.GetLaunch(ctx, j.LaunchID)
		if err != nil {
			return nil, err
		}
		ev.Launch = l
	default:
		return nil, Errorf(CodeInvalid, "unknown webhook type %q", j.Type)
	}
	return json.Marshal(ev)
}

// ListDeliveries pages a launch's webhook delivery attempts, oldest first,
// optionally only those of one event or one outcome. cursor is a previous
// page's next cursor; a cursor this API did not return is invalid, naming
// "cursor". An unknown launch is not found.
func (s *Service) ListDeliveries(ctx context.Context, f DeliveryFilter, cursor string, limit int) ([]WebhookDelivery, string, error) {
	if _, err := s.store.GetLaunch(ctx, f.LaunchID); err != nil {
		return nil, "", err
	}
	switch f.Outcome {
	case "", DeliveryDelivered, DeliveryFailed, DeliveryRefused:
	default:
		return nil, "", Invalid("unknown outcome", FieldError{Field: "outcome",
			Message: fmt.Sprintf("%q is not one of delivered, failed, refused", f.Outcome)})
	}
	if cursor != "" {
		parts, err := decodeCursor(cursor, "w", 1)
		if err != nil {
			return nil, "", err
		}
		f.AfterID = parts[0]
	}
	limit = PageLimit(limit)
	f.Limit = limit + 1
	items, err := s.store.ListWebhookDeliveries(ctx, f)
	if err != nil {
		return nil, "", err
	}
	if items == nil {
		items = []WebhookDelivery{}
	}
	items, next := page(items, limit, func(d WebhookDelivery) string { return encodeCursor("w", d.ID) })
	return items, next, nil
}

// checkCallbackURL judges a launch's callback_url before it is stored:
// the SSRF guard's rules for what can be known without connecting (an IP
// literal that is private, loopback or link-local and not allowed).
func (s *Service) checkCallbackURL(raw string) error {
	if raw == "" || s.checkCallback == nil {
		return nil
	}
	if err := s.checkCallback(raw); err != nil {
		return Invalid("the callback_url is refused", FieldError{Field: "callback_url", Message: err.Error()})
	}
	return nil
}

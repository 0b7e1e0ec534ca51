package core

import (
	"fmt"
	"slices"
	"strings"
)

// Status is where a draft stands in its life.
type Status string

const (
	StatusQueued     Status = "queued"
	StatusGenerating Status = "generating"
	StatusInReview   Status = "in_review"
	StatusApproved   Status = "approved"
	StatusPublished  Status = "published"
	StatusRejected   Status = "rejected"
	StatusFailed     Status = "failed"
)

// Statuses lists every status in the order a draft moves through them.
var Statuses = []Status{StatusQueued, StatusGenerating, StatusInReview, StatusApproved, StatusPublished, StatusRejected, StatusFailed}

// Valid reports whether s is a known status.
func (s Status) Valid() bool { return slices.Contains(Statuses, s) }

// Draft events: each names one step of the state machine and is the
// Event.Event recorded in the draft's history and outbox.
const (
	EventCreated        = "created"         // the draft was stored, queued (no From)
	EventGenerating     = "generating"      // a worker takes the draft
	EventWaiting        = "waiting"         // a translation waits for its source draft
	EventGenerated      = "generated"       // written and checked: a reviewer's turn
	EventFailed         = "failed"          // the attempt budget, the launch budget or the source is spent
	EventApproved       = "approved"        // a reviewer approved it
	EventRejected       = "rejected"        // a reviewer rejected it with feedback
	EventEdited         = "edited"          // a reviewer replaced the text
	EventPublished      = "published"       // its copy is in the catalogue
	EventPublishRefused = "publish_refused" // the last gate found a blocking finding
	EventRechecked      = "rechecked"       // the product's facts changed; checked again, still in review
	EventStale          = "stale"           // the facts changed and the copy no longer passes: back to review
	EventWithdrawn      = "withdrawn"       // the same for published copy, which leaves the public catalogue
	EventSourceChanged  = "source_changed"  // a translation's source text changed: translated again
	EventAutoApproved   = "auto_approved"   // approved by the locale's auto-approval policy
	EventSampled        = "sampled"         // kept for a human by the auto-approval policy's sample
)

// Step is one edge of the draft state machine: the event moves a draft
// from any of From to To.
type Step struct {
	Event string
	From  []Status
	To    Status
}

// Machine is the draft state machine (DESIGN.md section 3): queued ->
// generating -> in_review -> approved -> published; a rejected draft rests
// in "rejected" with the reviewer's feedback until a worker regenerates it;
// failed after the attempt budget is spent. generating -> generating lets a
// retried task take over a draft whose worker died. Every status change of
// every draft goes through Service.apply, which looks its event up here:
// there is no other way to change a draft's status.
var Machine = []Step{
	{EventGenerating, []Status{StatusQueued, StatusRejected, StatusGenerating}, StatusGenerating},
	{EventWaiting, []Status{StatusGenerating}, StatusQueued},
	{EventGenerated, []Status{StatusGenerating}, StatusInReview},
	{EventFailed, []Status{StatusGenerating}, StatusFailed},
	{EventApproved, []Status{StatusInReview}, StatusApproved},
	{EventRejected, []Status{StatusInReview, StatusFailed}, StatusRejected},
	{EventEdited, []Status{StatusInReview, StatusFailed}, StatusInReview},
	{EventPublished, []Status{StatusApproved}, StatusPublished},
	{EventPublishRefused, []Status{StatusApproved}, StatusInReview},
	{EventRechecked, []Status{StatusInReview}, StatusInReview},
	{EventStale, []Status{StatusInReview, StatusApproved, StatusPublished}, StatusInReview},
	{EventWithdrawn, []Status{StatusPublished}, StatusInReview},
	{EventSourceChanged, []Status{StatusInReview, StatusApproved, StatusPublished, StatusFailed}, StatusQueued},
	{EventAutoApproved, []Status{StatusInReview}, StatusApproved},
	{EventSampled, []Status{StatusInReview}, StatusInReview},
}

// Transition returns the status that event moves a draft in status from
// to, or a conflict error naming both states when the machine has no such
// edge (an unknown event is an internal error: a bug, not a race).
func Transition(from Status, event string) (Status, error) {
	for _, st := range Machine {
		if st.Event != event {
			continue
		}
		if slices.Contains(st.From, from) {
			return st.To, nil
		}
		return "", &Error{Code: CodeConflict, Message: fmt.Sprintf(
			"illegal transition from %s to %s: only a %s draft can be %s", from, st.To, joinStatuses(st.From), event)}
	}
	return "", Errorf(CodeInternal, "unknown draft event %q", event)
}

// CanTransition reports whether some event moves a draft from one status
// to another.
func CanTransition(from, to Status) bool {
	for _, st := range Machine {
		if st.To == to && slices.Contains(st.From, from) {
			return true
		}
	}
	return false
}

// sourcesOf returns the statuses from which a draft may move to "to".
func sourcesOf(to Status) []Status {
	var from []Status
	for _, s := range Statuses {
		if CanTransition(s, to) {
			from = append(from, s)
		}
	}
	return from
}

func joinStatuses(ss []Status) string {
	parts := make([]string, len(ss))
	for i, s := range ss {
		parts[i] = string(s)
	}
	return strings.Join(parts, " or ")
}

package core

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
func (s Status) Valid() bool {
	for _, v := range Statuses {
		if v == s {
			return true
		}
	}
	return false
}

// transitions is the draft state machine: from -> allowed targets.
// A rejected draft goes straight back to queued with the reviewer's
// feedback, so "rejected" is recorded as an event rather than a resting
// state; generating -> generating lets a retried task take over a draft
// whose worker died.
var transitions = map[Status][]Status{
	StatusQueued:     {StatusGenerating, StatusFailed},
	StatusGenerating: {StatusGenerating, StatusInReview, StatusFailed, StatusQueued},
	StatusInReview:   {StatusApproved, StatusQueued, StatusInReview},
	StatusApproved:   {StatusPublished, StatusInReview},
	StatusFailed:     {StatusQueued, StatusInReview},
	StatusRejected:   {StatusQueued},
	StatusPublished:  {},
}

// CanTransition reports whether a draft may move from one status to another.
func CanTransition(from, to Status) bool {
	for _, t := range transitions[from] {
		if t == to {
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

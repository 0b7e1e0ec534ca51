package core

import "testing"

func TestCanTransition(t *testing.T) {
	tests := []struct {
		from, to Status
		want     bool
	}{
		{StatusQueued, StatusGenerating, true},
		{StatusGenerating, StatusInReview, true},
		{StatusGenerating, StatusFailed, true},
		{StatusGenerating, StatusGenerating, true}, // a retried task takes over
		{StatusInReview, StatusApproved, true},
		{StatusInReview, StatusRejected, true},   // rejected with feedback
		{StatusRejected, StatusGenerating, true}, // written again
		{StatusFailed, StatusRejected, true},
		{StatusApproved, StatusPublished, true},
		{StatusApproved, StatusInReview, true}, // refused at the publish gate
		{StatusFailed, StatusQueued, true},     // a translation follows its changed source
		{StatusInReview, StatusQueued, true},   // likewise
		{StatusRejected, StatusApproved, false},
		{StatusFailed, StatusInReview, true}, // a human edit
		{StatusQueued, StatusApproved, false},
		{StatusQueued, StatusPublished, false},
		{StatusGenerating, StatusApproved, false},
		{StatusInReview, StatusPublished, false},
		{StatusFailed, StatusApproved, false},
		{StatusFailed, StatusPublished, false},
		{StatusPublished, StatusQueued, true},    // a translation follows its changed source
		{StatusPublished, StatusInReview, true},  // stale: the facts changed under it
		{StatusPublished, StatusApproved, false}, // approval is a person's (or policy's) act on copy in review
		{StatusQueued, StatusInReview, false},
	}
	for _, tt := range tests {
		if got := CanTransition(tt.from, tt.to); got != tt.want {
			t.Errorf("CanTransition(%s, %s) = %v, want %v", tt.from, tt.to, got, tt.want)
		}
	}
}

func TestOnlyApprovedReachesPublished(t *testing.T) {
	if got := sourcesOf(StatusPublished); len(got) != 1 || got[0] != StatusApproved {
		t.Fatalf("sources of published = %v, want only approved", got)
	}
	if got := sourcesOf(StatusApproved); len(got) != 1 || got[0] != StatusInReview {
		t.Fatalf("sources of approved = %v, want only in_review", got)
	}
}

func TestVerdict(t *testing.T) {
	tests := []struct {
		name     string
		findings []Finding
		want     string
	}{
		{"none", nil, VerdictPass},
		{"warn", []Finding{{Severity: SeverityWarn}}, VerdictWarn},
		{"block wins", []Finding{{Severity: SeverityWarn}, {Severity: SeverityBlock}}, VerdictBlock},
	}
	for _, tt := range tests {
		if got := Verdict(tt.findings); got != tt.want {
			t.Errorf("%s: Verdict = %s, want %s", tt.name, got, tt.want)
		}
	}
}

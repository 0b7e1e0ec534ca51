package core

// DeriveLaunchStatus computes a launch's status from the number of its
// drafts in each status. Every store derives the status the same way, so the
// rule lives here rather than in SQL: "processing" while any draft is
// queued, generating or rejected (waiting to be written again), "complete"
// once every draft is published or failed, and "in_review" otherwise
// (people still have drafts to act on).
func DeriveLaunchStatus(counts map[Status]int) string {
	if counts[StatusQueued]+counts[StatusGenerating]+counts[StatusRejected] > 0 {
		return LaunchProcessing
	}
	total := 0
	for _, n := range counts {
		total += n
	}
	if counts[StatusPublished]+counts[StatusFailed] == total {
		return LaunchComplete
	}
	return LaunchInReview
}

package core

import (
	"time"

	"github.com/google/uuid"
)

// StoreTime is how stores keep times: UTC, to the microsecond, which both
// PostgreSQL and SQLite (as integer microseconds) hold exactly.
func StoreTime(t time.Time) time.Time { return t.UTC().Truncate(time.Microsecond) }

// NewID returns a time-ordered UUIDv7 string: text order is creation order.
func NewID() string { return uuid.Must(uuid.NewV7()).String() }

// PrepareLaunch fills in what a store sets on a new launch and its drafts
// before writing them: IDs from newID where empty, defaults, the product
// count, and times normalised with StoreTime.
func PrepareLaunch(l *Launch, productCount int, drafts []*Draft, now time.Time, newID func() string) {
	now = StoreTime(now)
	if l.ID == "" {
		l.ID = newID()
	}
	if l.CreatedAt.IsZero() {
		l.CreatedAt = now
	}
	l.CreatedAt = StoreTime(l.CreatedAt)
	if l.Mode == "" {
		l.Mode = ModeGenerate
	}
	l.ProductCount = productCount
	for _, d := range drafts {
		if d.ID == "" {
			d.ID = newID()
		}
		d.LaunchID = l.ID
		if d.Status == "" {
			d.Status = StatusQueued
		}
		if d.CreatedAt.IsZero() {
			d.CreatedAt = now
		}
		if d.UpdatedAt.IsZero() {
			d.UpdatedAt = d.CreatedAt
		}
		d.CreatedAt, d.UpdatedAt = StoreTime(d.CreatedAt), StoreTime(d.UpdatedAt)
		if d.Findings == nil {
			d.Findings = []Finding{}
		}
	}
}

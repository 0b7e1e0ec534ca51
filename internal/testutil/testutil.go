// Package testutil holds small helpers shared by tests.
package testutil

import (
	"bytes"
	"context"
	"sync"
)

// SyncBuffer is a bytes.Buffer that a program under test may write to
// while the test reads it.
// The zero value is ready to use.
type SyncBuffer struct {
	mu   sync.Mutex
	buf  bytes.Buffer
	wake chan struct{} // closed at the next write, made by Await
}

func (b *SyncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.wake != nil {
		close(b.wake)
		b.wake = nil
	}
	return b.buf.Write(p)
}

// Await waits until ok holds of the text written so far, checked now and
// after every write (no polling), or until ctx ends. It returns the text
// ok was last asked about and whether ok held.
func (b *SyncBuffer) Await(ctx context.Context, ok func(text string) bool) (string, bool) {
	for {
		b.mu.Lock()
		text := b.buf.String()
		if b.wake == nil {
			b.wake = make(chan struct{})
		}
		wake := b.wake
		b.mu.Unlock()
		if ok(text) {
			return text, true
		}
		select {
		case <-wake:
		case <-ctx.Done():
			return text, false
		}
	}
}

func (b *SyncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

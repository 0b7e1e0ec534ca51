package core

import (
	"context"
	"errors"
	"fmt"
	"math"
	"sync"
	"time"
)

// GenerationLease is how long a worker holds a draft it generates without
// renewing the hold; it renews it every leaseRenewEvery while it works. It
// is shorter than the queue's own lease (Asynq's 30 s), so that the task
// of a worker that really died is taken over as soon as the sweep rescues
// it, while a worker that is alive but whose queue lease lapsed (a pause,
// a partition from Redis) keeps the draft: the rescued copy waits, and the
// model is not paid twice for the same draft at the same time.
const GenerationLease = 20 * time.Second

const leaseRenewEvery = 5 * time.Second

// errLeaseHeld: another worker holds the draft's generation lease. It is
// a wait with no model call (ErrNoCall), so it does not spend the task's
// retries.
var errLeaseHeld = fmt.Errorf("another worker is generating the draft: %w", ErrNoCall)

// errLeaseLost: the lease was taken over while this round ran (it had
// lapsed); the round stops and stores nothing.
var errLeaseLost = errors.New("the draft's generation lease was taken over by another worker")

type leaseKey struct{}

// lease is a generation round's hold on its draft, carried in the round's
// context so that every step of the draft's state machine taken in the
// round checks it (transition).
type lease struct {
	draftID, token string
	cancel         context.CancelFunc
	stopc, done    chan struct{}
	mu             sync.Mutex
	lost           bool
}

func leaseFrom(ctx context.Context) *lease {
	l, _ := ctx.Value(leaseKey{}).(*lease)
	return l
}

// owns reports whether a step on d may be taken under the lease: d is
// another draft, or no longer generating, or still held by this lease's
// token. A step the lease does not own marks it lost.
func (l *lease) owns(d *Draft) bool {
	if l == nil || d.ID != l.draftID || d.Status != StatusGenerating || d.LeaseToken == l.token {
		return true
	}
	l.markLost()
	return false
}

func (l *lease) markLost() {
	l.mu.Lock()
	l.lost = true
	l.mu.Unlock()
	l.cancel()
}

func (l *lease) isLost() bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.lost
}

// takeLease is the check of the step that takes a draft for generation:
// a draft generating under another token whose lease has not lapsed is
// held (errLeaseHeld, retry after the lease's end); otherwise the draft is
// given token until now plus GenerationLease.
func (s *Service) takeLease(d *Draft, token string) error {
	now := s.now()
	if d.Status == StatusGenerating && d.LeaseToken != "" && d.LeaseToken != token && d.LeaseUntil.After(now) {
		// Look again when the hold lapses, or sooner (a hold is released
		// early when its round ends with an error): waits are free.
		wait := min(d.LeaseUntil.Sub(now), leaseRenewEvery)
		return &Error{Code: CodeUnavailable, Err: errLeaseHeld,
			RetryAfter: math.Max(1, math.Ceil(wait.Seconds())),
			Message:    "another worker is generating this draft; its hold lapses at " + d.LeaseUntil.UTC().Format(time.RFC3339)}
	}
	d.LeaseToken, d.LeaseUntil = token, StoreTime(now.Add(GenerationLease))
	return nil
}

// holdLease renews the lease on draft id every leaseRenewEvery until it
// is stopped, and returns the round's context, which carries the lease and
// is cancelled when the lease is found taken over (the round's model calls
// stop), and the stop function. stop(true) also releases a lease still
// held on a draft still generating (the round ended with an error the
// queue will retry), so that the retry need not wait for it to lapse; a
// round that wrote the draft has released it already (transition clears
// it).
func (s *Service) holdLease(ctx context.Context, id, token string) (context.Context, *lease, func(release bool)) {
	rctx, cancel := context.WithCancel(ctx)
	l := &lease{draftID: id, token: token, cancel: cancel, stopc: make(chan struct{}), done: make(chan struct{})}
	rctx = context.WithValue(rctx, leaseKey{}, l)
	go func() {
		defer close(l.done)
		t := time.NewTicker(leaseRenewEvery)
		defer t.Stop()
		for {
			select {
			case <-l.stopc:
				return
			case <-rctx.Done():
				return
			case <-t.C:
			}
			_ = s.store.Tx(rctx, func(tx TxStore) error {
				d, err := tx.LockDraft(rctx, id)
				if err != nil || d.Status != StatusGenerating {
					return err
				}
				if d.LeaseToken != token {
					l.markLost()
					return nil
				}
				d.LeaseUntil = StoreTime(s.now().Add(GenerationLease))
				return tx.SaveDraft(rctx, d)
			})
		}
	}()
	stop := func(release bool) {
		close(l.stopc)
		<-l.done
		cancel()
		if !release || l.isLost() {
			return
		}
		// Released on an error path, often a dropped database connection:
		// try a few times, or the retry waits for the hold to lapse.
		rctx, done := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
		defer done()
		for try := 1; ; try++ {
			err := s.store.Tx(rctx, func(tx TxStore) error {
				d, err := tx.LockDraft(rctx, id)
				if err != nil || d.Status != StatusGenerating || d.LeaseToken != token {
					return err
				}
				d.LeaseToken, d.LeaseUntil = "", time.Time{}
				return tx.SaveDraft(rctx, d)
			})
			if err == nil || try == 3 || !(IsCode(err, CodeUnavailable) || IsCode(err, CodeInternal)) {
				return
			}
			select {
			case <-rctx.Done():
				return
			case <-time.After(time.Duration(try) * 300 * time.Millisecond):
			}
		}
	}
	return rctx, l, stop
}

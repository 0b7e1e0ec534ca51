// Package ratelimit keeps the books of every LLM provider's requests and
// tokens per minute for all worker processes at once, so that together
// they stay under the provider's limit instead of each discovering it
// through 429s. It implements llm.Limiter twice: in Redis (a Lua script,
// atomic across processes) and in memory (the single-process embedded
// mode); both use the same algorithm.
//
// The algorithm is GCRA (the generic cell rate algorithm) used as a
// scheduler: each key keeps a theoretical arrival time (TAT), the moment
// the next request may go. Reserving one request at R requests per minute
// schedules the caller at max(now, TAT) and moves TAT on by 60s/R; tokens
// do the same on their own TAT at N·60s/T. The caller waits until its slot.
// Requests are therefore spread evenly instead of bursting at the top of
// each minute, which is what keeps a strict provider window from
// answering 429. A penalty (the provider's Retry-After) holds every slot
// until it ends.
package ratelimit

import (
	"context"
	"fmt"
	"math"
	"sync"
	"time"

	"github.com/copydesk/copydesk/internal/llm"
)

// schedule is the GCRA step shared by both implementations, on
// microseconds: given the current TATs and penalty, it returns when the
// request may start and the TATs after booking it.
func schedule(now, reqTAT, tokTAT, penaltyUntil int64, lim llm.Limit, tokens int) (start, newReqTAT, newTokTAT int64) {
	start = max(now, penaltyUntil)
	if lim.RPM > 0 {
		start = max(start, reqTAT)
	}
	if lim.TPM > 0 {
		start = max(start, tokTAT)
	}
	newReqTAT, newTokTAT = reqTAT, tokTAT
	if lim.RPM > 0 {
		newReqTAT = start + int64(math.Round(60e6/lim.RPM))
	}
	if lim.TPM > 0 {
		newTokTAT = start + int64(math.Round(float64(tokens)*60e6/lim.TPM))
	}
	return start, newReqTAT, newTokTAT
}

// Memory is the in-process limiter, for the embedded single-process mode
// and tests. It is safe for concurrent use.
type Memory struct {
	mu   sync.Mutex
	now  func() time.Time
	keys map[string]*memoryState
}

type memoryState struct {
	reqTAT, tokTAT, penaltyUntil int64 // µs since the epoch
}

// NewMemory makes an in-process limiter; now is the clock (nil: time.Now).
func NewMemory(now func() time.Time) *Memory {
	if now == nil {
		now = time.Now
	}
	return &Memory{now: now, keys: map[string]*memoryState{}}
}

// Reserve implements llm.Limiter.
func (m *Memory) Reserve(ctx context.Context, key string, lim llm.Limit, tokens int, maxWait time.Duration) (time.Duration, bool, error) {
	if err := checkArgs(lim, tokens); err != nil {
		return 0, false, err
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	st := m.keys[key]
	if st == nil {
		st = &memoryState{}
		m.keys[key] = st
	}
	now := m.now().UnixMicro()
	start, reqTAT, tokTAT := schedule(now, st.reqTAT, st.tokTAT, st.penaltyUntil, lim, tokens)
	wait := time.Duration(start-now) * time.Microsecond
	if wait > maxWait {
		return wait, false, nil
	}
	st.reqTAT, st.tokTAT = reqTAT, tokTAT
	return wait, true, nil
}

// Penalize implements llm.Limiter.
func (m *Memory) Penalize(ctx context.Context, key string, d time.Duration) error {
	if d <= 0 {
		return nil
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	st := m.keys[key]
	if st == nil {
		st = &memoryState{}
		m.keys[key] = st
	}
	st.penaltyUntil = max(st.penaltyUntil, m.now().Add(d).UnixMicro())
	return nil
}

func checkArgs(lim llm.Limit, tokens int) error {
	if lim.RPM < 0 || lim.TPM < 0 || tokens < 0 || math.IsNaN(lim.RPM) || math.IsNaN(lim.TPM) {
		return fmt.Errorf("ratelimit: limits and tokens must not be negative")
	}
	return nil
}

var (
	_ llm.Limiter = (*Memory)(nil)
	_ llm.Limiter = (*Redis)(nil)
)

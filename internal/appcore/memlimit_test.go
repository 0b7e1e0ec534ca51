package appcore

import (
	"context"
	"runtime"
	"runtime/debug"
	"testing"
	"time"
)

func TestLimitWithHeadroom(t *testing.T) {
	t.Parallel()
	const mib = 1 << 20
	for _, c := range []struct {
		name                string
		configured          int64
		live, nonHeap, want uint64
	}{
		{"a small heap keeps the configured limit", 56 * mib, 30 * mib, 10 * mib, 56 * mib},
		{"at the edge", 56 * mib, 30 * mib, 11 * mib, 56 * mib},
		{"25 locales' live heap raises it", 56 * mib, 104 * mib, 16 * mib, 172 * mib},
		{"nothing live", 56 * mib, 0, 0, 56 * mib},
		{"an overflowing reading keeps the configured limit", 56 * mib, 1 << 63, 0, 56 * mib},
	} {
		if got := LimitWithHeadroom(c.configured, c.live, c.nonHeap); got != int64(c.want) {
			t.Errorf("%s: LimitWithHeadroom(%d, %d, %d) = %d MiB, want %d MiB", c.name, c.configured>>20, c.live>>20, c.nonHeap>>20, got>>20, c.want>>20)
		}
	}
}

// TestKeepHeadroomRaisesTheLimitAboveTheLiveHeap holds 64 MiB live under
// an 8 MiB configured limit: after a collection the limit in force leaves
// the heap room to grow by half (at least 96 MiB), and once the 64 MiB
// are garbage it comes back down. Not parallel: the limit is the
// process's.
func TestKeepHeadroomRaisesTheLimitAboveTheLiveHeap(t *testing.T) {
	before := debug.SetMemoryLimit(-1)
	t.Cleanup(func() { debug.SetMemoryLimit(before) })
	const configured = 8 << 20
	debug.SetMemoryLimit(configured)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go keepHeadroom(ctx, configured, 5*time.Millisecond)

	live := make([]byte, 64<<20)
	for i := range live {
		live[i] = byte(i)
	}
	deadline := time.Now().Add(10 * time.Second)
	for {
		runtime.GC()
		if got := debug.SetMemoryLimit(-1); got >= 96<<20 {
			break
		} else if time.Now().After(deadline) {
			t.Fatalf("limit %d MiB with 64 MiB live, want at least 96 MiB", got>>20)
		}
		time.Sleep(10 * time.Millisecond)
	}
	runtime.KeepAlive(live)
	live = nil
	// With the 64 MiB gone the limit comes back down to the floor.
	deadline = time.Now().Add(10 * time.Second)
	for {
		runtime.GC()
		if got := debug.SetMemoryLimit(-1); got < 64<<20 {
			break
		} else if time.Now().After(deadline) {
			t.Fatalf("limit %d MiB after the 64 MiB were freed, want it back under 64 MiB", got>>20)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

package tasks

import (
	"errors"
	"runtime"
	"strings"
	"sync"
	"testing"
	"unsafe"
)

func TestWarmRunnerRunsEachAndWaits(t *testing.T) {
	r := &warmRunner{jobs: make(chan *warmJob)}
	var wg sync.WaitGroup
	got := make([]int, 64)
	for round := range 3 {
		for i := range got {
			wg.Add(1)
			go func() {
				defer wg.Done()
				r.run(func() { got[i] += i }, nil)
			}()
		}
		wg.Wait()
		for i, v := range got {
			if v != i*(round+1) {
				t.Fatalf("round %d: job %d ran to %d, want %d", round, i, v, i*(round+1))
			}
		}
	}
}

func TestWarmRunnerRaisesThePanicAgain(t *testing.T) {
	r := &warmRunner{jobs: make(chan *warmJob)}
	want := errors.New("boom")
	var stack string
	func() {
		defer func() {
			if x := recover(); x != want {
				t.Fatalf("recovered %v, want the same value %v", x, want)
			}
		}()
		r.run(func() { panicsWith(want) }, func(x any, s []byte) {
			if x != want {
				t.Errorf("onPanic got %v", x)
			}
			stack = string(s)
		})
		t.Fatal("run returned after a panic")
	}()
	if !strings.Contains(stack, "panicsWith") {
		t.Fatalf("onPanic's stack lacks the panicking function:\n%s", stack)
	}
	// The runner still runs jobs.
	ran := false
	r.run(func() { ran = true }, nil)
	if !ran {
		t.Fatal("no job ran after a panic")
	}
}

func panicsWith(err error) { panic(err) }

func TestWarmRunnerGoexitEndsTheCaller(t *testing.T) {
	r := &warmRunner{jobs: make(chan *warmJob)}
	done := make(chan bool)
	go func() {
		returned := false
		defer func() { done <- returned }()
		r.run(runtime.Goexit, nil)
		returned = true
	}()
	if <-done {
		t.Fatal("run returned after its job called Goexit")
	}
	ran := false
	r.run(func() { ran = true }, nil)
	if !ran {
		t.Fatal("no job ran after a Goexit")
	}
}

// deep uses about n KiB of stack.
//
//go:noinline
func deep(n int) int {
	var buf [1024]byte
	buf[n%1024] = byte(n)
	if n <= 1 {
		return int(buf[1])
	}
	return deep(n-1) + int(buf[n%1024])
}

// BenchmarkDeepStack: a job needing 64 KiB of stack on a new goroutine
// each time (as Asynq runs a task) against on the warm runner.
func BenchmarkDeepStack(b *testing.B) {
	b.Run("goroutine", func(b *testing.B) {
		for b.Loop() {
			done := make(chan int)
			go func() { done <- deep(64) }()
			<-done
		}
	})
	b.Run("warm", func(b *testing.B) {
		r := &warmRunner{jobs: make(chan *warmJob)}
		for b.Loop() {
			done := make(chan int)
			go func() {
				var v int
				r.run(func() { v = deep(64) }, nil)
				done <- v
			}()
			<-done
		}
	})
}

// TestWarmRunnerKeepsItsStack: a job of 40 KiB of stack, two collections
// while the runner idles, and the same job again: it runs on the stack the
// first grew (a local's address is the same), not on one halved and grown
// again by copying.
func TestWarmRunnerKeepsItsStack(t *testing.T) {
	r := &warmRunner{jobs: make(chan *warmJob)}
	var at [2]uintptr
	for i := range at {
		r.run(func() {
			var local byte
			deep(40) // grows the stack first: then where local is
			at[i] = uintptr(unsafe.Pointer(&local))
		}, nil)
		runtime.GC()
		runtime.GC()
	}
	if at[0] != at[1] {
		t.Fatalf("the runner's stack moved while it idled: %#x -> %#x", at[0], at[1])
	}
}

package tasks

import (
	"runtime"
	"runtime/debug"
	"sync"
)

// warmRunner runs task handlers on long-lived goroutines whose stacks have
// already grown to what a handler needs.
//
// Asynq starts a new goroutine for every task (processor.exec), with the
// runtime's starting stack (8 KiB here: the adaptive start averages over
// every goroutine, and the process has many small ones), and a generation
// task's check needs several times that: each task grew its stack by
// copying it three or four times (runtime.newstack and copystack were
// ~3.5% of a launch's worker CPU, perf36). A goroutine of this runner
// keeps its grown stack between tasks (warmPad: the collector does not
// halve it while it idles), so a task pays a stack copy only now and then.
//
// There is no fixed number of goroutines: a task that finds none idle
// starts one, so there are at most as many as tasks ever ran at once (the
// worker's concurrency), and each lives as long as the process. The caller
// waits for fn, so the task's context, deadline and result are as if fn
// ran on the caller's goroutine; a panic in fn is recovered on the runner's
// goroutine and raised again on the caller's with the same value (Asynq's
// own recovery then turns it into the task's error as before; the
// original stack is handed to onPanic first, since the raised panic's own
// stack starts at run).
type warmRunner struct {
	jobs chan *warmJob // unbuffered: a send succeeds only to an idle goroutine
}

type warmJob struct {
	fn   func()
	done chan warmDone // one result a job
}

type warmDone struct {
	panicked bool
	value    any
	stack    []byte
	goexit   bool // fn called runtime.Goexit: the caller's goroutine exits too
}

// warmJobs recycles jobs and their result channels: a job goes back only
// after its result was received, when no goroutine holds it any more.
var warmJobs = sync.Pool{New: func() any { return &warmJob{done: make(chan warmDone, 1)} }}

// warm is the process's runner: shared by every Handlers, so tests that
// make many workers reuse its goroutines.
var warm = &warmRunner{jobs: make(chan *warmJob)}

// run calls fn on an idle goroutine of r (or a new one) and waits for it.
// A panic in fn is given to onPanic (may be nil) with the stack where it
// happened, then raised again here with the same value.
func (r *warmRunner) run(fn func(), onPanic func(value any, stack []byte)) {
	j := warmJobs.Get().(*warmJob)
	j.fn = fn
	select {
	case r.jobs <- j:
	default:
		go r.loop(j)
	}
	d := <-j.done
	j.fn = nil
	warmJobs.Put(j)
	if d.goexit {
		runtime.Goexit()
	}
	if d.panicked {
		if onPanic != nil {
			onPanic(d.value, d.stack)
		}
		panic(d.value)
	}
}

// loop runs j and then every job sent to r, for the process's life (or
// until a job calls runtime.Goexit: its caller is told and exits too).
func (r *warmRunner) loop(j *warmJob) {
	var pad [warmPad]byte
	r.serve(j, &pad)
}

// warmPad is the stack a runner's goroutine holds below its jobs while it
// waits for the next: the collector halves an idle goroutine's stack when
// it uses less than a quarter of it (runtime.shrinkstack), and a launch's
// worker collects about as often as each of its 50 goroutines runs a task,
// so without it most tasks grew the stack again. A job's stack of up to 48
// KiB (a generation's check, the pipeline and pgx: 32-64 KiB) keeps a 64
// KiB stack, which this holds a quarter of.
const warmPad = 16 << 10

// serve runs j and then every job sent to r, above pad.
//
//go:noinline
func (r *warmRunner) serve(j *warmJob, pad *[warmPad]byte) {
	pad[0] = 1 // the frame below is the runner's: kept, never read
	for {
		j.done <- call(j)
		j = <-r.jobs
	}
}

// call runs j.fn, recovering a panic with its stack; where j.fn calls
// runtime.Goexit, it tells j's caller before this goroutine ends.
func call(j *warmJob) (d warmDone) {
	returned := false
	defer func() {
		if x := recover(); x != nil {
			d = warmDone{panicked: true, value: x, stack: debug.Stack()}
		} else if !returned {
			j.done <- warmDone{goexit: true}
		}
	}()
	j.fn()
	returned = true
	return d
}

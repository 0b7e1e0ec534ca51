package tasks

import (
	"context"
	"fmt"
	"runtime/debug"
	"sync"

	"github.com/hibiken/asynq"
)

// Asynq runs every task on a goroutine of its own, which starts with a
// small stack (the runtime's average over all goroutines, most of them
// small) and grows it, copying it each time it doubles, as the handler
// goes deeper: a generation round's check, store calls and drivers. In a
// 10,000-draft launch that copying (runtime.newstack, copystack) was 1.9%
// of a worker's CPU under the handlers alone (docs/PERFORMANCE.md, "The
// group commit's event append..."). onGrownStack runs handlers on
// goroutines kept from earlier tasks instead, whose stacks have grown
// already; the runtime still shrinks a stack that stays mostly unused
// through a collection. grpc-go's server workers do the same for the same
// reason.

// maxIdleStacks bounds the goroutines kept idle between tasks: more than
// a worker's concurrency is never idle at once, and past this bound a
// goroutine ends when its task does.
const maxIdleStacks = 256

// stackPool keeps goroutines between tasks, each waiting on its channel.
type stackPool struct {
	mu   sync.Mutex
	idle []chan func()
}

// run runs f on a kept goroutine (or a new one) and returns at once.
func (p *stackPool) run(f func()) {
	p.mu.Lock()
	var ch chan func()
	if n := len(p.idle); n > 0 {
		ch, p.idle = p.idle[n-1], p.idle[:n-1]
	}
	p.mu.Unlock()
	if ch == nil {
		ch = make(chan func())
		go p.serve(ch)
	}
	ch <- f
}

func (p *stackPool) serve(ch chan func()) {
	for f := range ch {
		f()
		p.mu.Lock()
		if len(p.idle) >= maxIdleStacks {
			p.mu.Unlock()
			return
		}
		p.idle = append(p.idle, ch)
		p.mu.Unlock()
	}
}

// handlerPanic carries a handler's panic, with the stack where it
// happened, to Asynq's goroutine, where it panics again for Asynq's own
// recovery (the task fails and is retried, as before).
type handlerPanic struct {
	value any
	stack []byte
}

func (p handlerPanic) String() string {
	return fmt.Sprintf("%v\n\nhandler goroutine:\n%s", p.value, p.stack)
}

// onGrownStack is a middleware that runs next on a kept goroutine; the
// task's context, result and panics are the handler's own.
func (h *Handlers) onGrownStack(next asynq.Handler) asynq.Handler {
	return asynq.HandlerFunc(func(ctx context.Context, t *asynq.Task) error {
		var (
			err      error
			panicked *handlerPanic
		)
		done := make(chan struct{})
		h.stacks.run(func() {
			defer close(done)
			defer func() {
				if x := recover(); x != nil {
					panicked = &handlerPanic{value: x, stack: debug.Stack()}
				}
			}()
			err = next.ProcessTask(ctx, t)
		})
		<-done
		if panicked != nil {
			panic(panicked.String())
		}
		return err
	})
}

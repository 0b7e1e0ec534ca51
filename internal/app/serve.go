package app

import (
	"context"
	"errors"
	"net"
	"net/http"
	"time"

	"golang.org/x/sync/errgroup"
)

// ShutdownGrace is how long Serve lets requests in flight finish once its
// context ends.
const ShutdownGrace = 10 * time.Second

// Serve answers HTTP on ln with a.Handler until ctx ends; then it stops
// accepting, lets the requests in flight finish (at most ShutdownGrace) and
// ends event streams. In embedded mode (no REDIS_URL) it also runs the
// workers and the sweep, which hand tasks still running back to the queue
// on the way out. It returns the first error of any of them once all have
// stopped; a clean shutdown is nil.
func (a *App) Serve(ctx context.Context, ln net.Listener) error {
	srv := &http.Server{Handler: a.Handler(), ReadHeaderTimeout: 10 * time.Second}
	srv.RegisterOnShutdown(a.StopStreams)
	g, gctx := errgroup.WithContext(ctx)
	g.Go(func() error {
		if err := srv.Serve(ln); !errors.Is(err, http.ErrServerClosed) {
			return err
		}
		return nil
	})
	g.Go(func() error {
		<-gctx.Done()
		sctx, done := context.WithTimeout(context.Background(), ShutdownGrace)
		defer done()
		return srv.Shutdown(sctx)
	})
	if a.Config.Embedded() {
		g.Go(func() error { return a.RunWorkers(gctx) })
		g.Go(func() error { a.RunSweep(gctx); return nil })
	}
	return g.Wait()
}

package httpapi

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/copydesk/copydesk/internal/core"
)

// Defaults of the event stream.
const (
	defaultStreamPoll      = 500 * time.Millisecond
	defaultStreamHeartbeat = 15 * time.Second
)

// wantsEventStream reports whether the client asked for Server-Sent Events.
func wantsEventStream(c *gin.Context) bool {
	return acceptQuality(c.GetHeader("Accept"), "text/event-stream") > 0 &&
		strings.Contains(strings.ToLower(c.GetHeader("Accept")), "text/event-stream")
}

// streamEvents answers GET /v1/launches/{id}/events with Accept:
// text/event-stream: the launch's outbox as Server-Sent Events, read from
// the database (so any API replica serves any client), polled every
// StreamPoll. Each event is
//
//	id: SEQ
//	event: EVENT (created, generating, generated, approved, published, ...)
//	data: {the event as in the JSON list}
//
// A reconnecting client's Last-Event-ID (or ?after=) resumes after that
// seq, so nothing is missed or repeated. A comment line is sent every
// StreamHeartbeat so proxies keep the connection open and the client can
// tell a quiet launch from a dead connection. The stream ends when the
// client goes, or when the server shuts down (Options.Done).
func (s *server) streamEvents(c *gin.Context, after int64) error {
	ctx := c.Request.Context()
	id := c.Param("id")
	if v := strings.TrimSpace(c.GetHeader("Last-Event-ID")); v != "" {
		n, err := strconv.ParseInt(v, 10, 64)
		if err != nil || n < 0 {
			return core.Invalid("the Last-Event-ID header is not an event seq",
				core.FieldError{Field: "Last-Event-ID", Message: "must be a whole number, 0 or more: the id of the last event received"})
		}
		after = n
	}
	// The first read answers a missing launch or a store failure as a
	// problem, before the stream starts.
	events, err := s.svc.Events(ctx, id, after, core.MaxEventPage)
	if err != nil {
		return err
	}
	flusher, ok := c.Writer.(http.Flusher)
	if !ok {
		return core.Errorf(core.CodeInternal, "streaming is not supported here")
	}
	h := c.Writer.Header()
	h.Set("Content-Type", "text/event-stream; charset=utf-8")
	h.Set("Cache-Control", "no-store")
	h.Set("X-Accel-Buffering", "no") // nginx: do not buffer the stream
	c.Status(http.StatusOK)
	// Tell the client how soon to reconnect after a drop.
	fmt.Fprintf(c.Writer, "retry: %d\n\n", 2000)
	flusher.Flush()

	poll := time.NewTicker(s.streamPoll)
	defer poll.Stop()
	heartbeat := time.NewTicker(s.streamHeartbeat)
	defer heartbeat.Stop()
	for {
		for _, ev := range events {
			data, err := json.Marshal(ev)
			if err != nil {
				return nil
			}
			// One data line: JSON has no raw newlines. The event name is a
			// fixed identifier from core.
			if _, err := fmt.Fprintf(c.Writer, "id: %d\nevent: %s\ndata: %s\n\n", ev.Seq, ev.Event, data); err != nil {
				return nil
			}
			after = ev.Seq
		}
		if len(events) > 0 {
			flusher.Flush()
		}
		if len(events) == core.MaxEventPage {
			// More are waiting: read on without waiting for the ticker.
			if events, err = s.svc.Events(ctx, id, after, core.MaxEventPage); err != nil {
				return nil
			}
			continue
		}
		select {
		case <-ctx.Done():
			return nil
		case <-s.done:
			return nil
		case <-heartbeat.C:
			if _, err := fmt.Fprint(c.Writer, ": heartbeat\n\n"); err != nil {
				return nil
			}
			flusher.Flush()
			events = nil
		case <-poll.C:
			if events, err = s.svc.Events(ctx, id, after, core.MaxEventPage); err != nil {
				if ctx.Err() == nil {
					s.log.WarnContext(ctx, "event stream: reading the outbox failed; the client will reconnect", "launch", id, "err", err)
				}
				return nil
			}
		}
	}
}

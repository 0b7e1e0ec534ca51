package core

import "context"

type requestIDKey struct{}

// WithRequestID returns ctx carrying the id of the request that started
// the work (the HTTP X-Request-Id), so that logs of the request and of the
// queued tasks it caused can be joined on it.
func WithRequestID(ctx context.Context, id string) context.Context {
	if id == "" {
		return ctx
	}
	return context.WithValue(ctx, requestIDKey{}, id)
}

// RequestID returns the request id carried by ctx, or "".
func RequestID(ctx context.Context) string {
	id, _ := ctx.Value(requestIDKey{}).(string)
	return id
}

package tasks

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"time"

	"github.com/hibiken/asynq"

	"github.com/copydesk/copydesk/internal/core"
)

// The webhook task: one delivery attempt per run of a job the relay took
// from the outbox.
const (
	TypeWebhook  = "webhook:deliver"
	QueueWebhook = "webhook"
)

// Retry budget of a webhook: WebhookMaxRetry retries after the first
// attempt, WebhookBackoff * 2^n apart (with jitter), capped at
// webhookMaxDelay: 5 s, 10 s, 20 s, ... about 11 hours in all with the
// defaults, as Stripe and Standard Webhooks retry for hours.
const (
	WebhookMaxRetry = 15
	webhookMaxDelay = time.Hour
	webhookTimeout  = 30 * time.Second
	// webhookRetention keeps a finished job's ID in Redis, so a second
	// relay pass over the same outbox events enqueues nothing.
	webhookRetention = 24 * time.Hour
)

// WebhookBackoff is the first retry delay of a webhook (the tests shorten
// it through ServerOptions).
const WebhookBackoff = 5 * time.Second

// WebhookTaskID keys a webhook task by the event it delivers.
func WebhookTaskID(j core.WebhookJob) string { return "webhook:" + j.ID }

var _ core.WebhookQueue = (*Queue)(nil)

// EnqueueWebhook implements core.WebhookQueue.
func (q *Queue) EnqueueWebhook(ctx context.Context, j core.WebhookJob) error {
	ctx, cancel := context.WithTimeout(ctx, enqueueTimeout)
	defer cancel()
	body, err := json.Marshal(j)
	if err != nil {
		return core.Wrap(core.CodeInternal, err, "encoding a webhook job failed")
	}
	_, err = q.client.EnqueueContext(ctx, asynq.NewTask(TypeWebhook, body), asynq.TaskID(WebhookTaskID(j)),
		asynq.Queue(QueueWebhook), asynq.MaxRetry(WebhookMaxRetry), asynq.Timeout(webhookTimeout), asynq.Retention(webhookRetention))
	if err != nil && !errors.Is(err, asynq.ErrTaskIDConflict) {
		return core.Wrap(core.CodeUnavailable, err, "the work queue is unavailable")
	}
	return nil
}

// HandleWebhook makes one delivery attempt of the task's event.
func (h *Handlers) HandleWebhook(ctx context.Context, t *asynq.Task) error {
	var j core.WebhookJob
	if err := json.Unmarshal(t.Payload(), &j); err != nil || j.ID == "" || j.LaunchID == "" {
		return fmt.Errorf("malformed %s payload: %w", t.Type(), asynq.SkipRetry)
	}
	err := h.svc.DeliverWebhook(ctx, j)
	if err != nil && isFinalTry(ctx) {
		// The retries are spent: the task is archived, and the job is no
		// longer pending, so no sweep sends it again on its own.
		if ferr := h.svc.AbandonWebhook(context.WithoutCancel(ctx), j); ferr != nil {
			h.log.WarnContext(ctx, "could not mark a webhook job given up", "event", j.ID, "err", ferr)
		}
	}
	return h.translate(ctx, err)
}

// webhookDelay is the exponential backoff of webhook retries: base * 2^n
// plus up to a tenth of it of jitter, capped.
func webhookDelay(base time.Duration, n int) time.Duration {
	d := min(base<<min(n, 20), webhookMaxDelay)
	return d + time.Duration(rand.Int64N(int64(d/10)+1))
}

var _ core.WebhookInspector = (*Queue)(nil)

// RescueWebhook implements core.WebhookInspector: the job's task is
// enqueued unless Asynq holds it in any state, archived included (an
// event whose retries are spent is not sent again by the sweep; its
// attempts are listed as failed).
func (q *Queue) RescueWebhook(ctx context.Context, j core.WebhookJob) (bool, error) {
	_, err := q.inspector.GetTaskInfo(QueueWebhook, WebhookTaskID(j))
	switch {
	case errors.Is(err, asynq.ErrTaskNotFound), errors.Is(err, asynq.ErrQueueNotFound):
	case err != nil:
		return false, core.Wrap(core.CodeUnavailable, err, "the work queue is unavailable")
	default:
		return false, nil
	}
	if err := q.EnqueueWebhook(ctx, j); err != nil {
		return false, err
	}
	return true, nil
}

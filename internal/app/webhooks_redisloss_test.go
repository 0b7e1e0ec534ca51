package app

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"sync"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/copydesk/copydesk/internal/core"
)

// TestWebhooksSurviveRedisDataLoss: the relay has moved its cursor past
// the events and their first attempts failed (the receiver is down, the
// retries are an hour away) when Redis loses every Asynq key. The
// database recorded each job pending with the cursor, so one sweep
// enqueues them again under their task IDs, and the receiver, back up,
// gets each event exactly once; a second sweep finds nothing pending. On
// each store, one after the other (they share one Redis database).
func TestWebhooksSurviveRedisDataLoss(t *testing.T) {
	onEachStore(t, "hookloss", testWebhooksSurviveRedisLoss)
}

func testWebhooksSurviveRedisLoss(t *testing.T, dbURL string) {
	var mu sync.Mutex
	up := false
	ok := map[string]int{}     // event id -> 2xx answers
	failed := map[string]int{} // event id -> 503 answers
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		var ev core.WebhookEvent
		_ = json.Unmarshal(body, &ev)
		mu.Lock()
		defer mu.Unlock()
		if !up {
			failed[ev.ID]++
			w.WriteHeader(http.StatusServiceUnavailable)
			return
		}
		ok[ev.ID]++
		w.WriteHeader(http.StatusNoContent)
	}))
	defer srv.Close()

	redisURL := testRedis(t)
	env := map[string]string{"DATABASE_URL": dbURL, "REDIS_URL": redisURL, "ADMIN_TOKEN": "a",
		"WEBHOOK_SECRET": "whsec_loss", "WEBHOOK_ALLOWED_HOSTS": "127.0.0.1", "WEBHOOK_POLL": "20ms",
		"WEBHOOK_BACKOFF": "1h", "RECONCILE_INTERVAL": "1h"}
	a, ctx := runApp(t, env, nil)

	in := sampleLaunch(t, 2, "en-GB")
	in.CallbackURL = srv.URL + "/hooks"
	admin, err := a.Service.Authenticate(ctx, "a")
	if err != nil {
		t.Fatal(err)
	}
	l, _, err := a.Service.SubmitLaunch(ctx, admin, in, "")
	if err != nil {
		t.Fatal(err)
	}
	published := len(approveUntilFinished(t, ctx, a, admin, l.ID))
	if published == 0 {
		t.Fatal("nothing was published")
	}
	want := published + 1 // each publish and the completion

	// Every event relayed and tried once: the receiver was down.
	for {
		mu.Lock()
		n := len(failed)
		mu.Unlock()
		if n == want {
			break
		}
		if ctx.Err() != nil {
			t.Fatalf("first attempts: %v, want %d events", failed, want)
		}
		time.Sleep(20 * time.Millisecond)
	}

	// Redis loses its data: every Asynq key of this database.
	opt, err := redis.ParseURL(redisURL)
	if err != nil {
		t.Fatal(err)
	}
	rdb := redis.NewClient(opt)
	defer rdb.Close()
	keys, err := rdb.Keys(ctx, "asynq:*").Result()
	if err != nil {
		t.Fatal(err)
	}
	if len(keys) > 0 {
		if err := rdb.Del(ctx, keys...).Err(); err != nil {
			t.Fatal(err)
		}
	}
	if os.Getenv("TEST_REDIS_URL") == "" {
		t.Log("TEST_REDIS_URL unset: an in-process Redis lost the keys")
	}

	mu.Lock()
	up = true
	mu.Unlock()
	r, err := a.Service.Sweep(ctx, 0)
	if err != nil || r.Webhooks != want {
		t.Fatalf("sweep after the loss = %+v, %v; want %d webhooks enqueued again", r, err, want)
	}
	for {
		mu.Lock()
		n := len(ok)
		mu.Unlock()
		if n == want {
			break
		}
		if ctx.Err() != nil {
			t.Fatalf("after the sweep the receiver got %v, want %d events", ok, want)
		}
		time.Sleep(20 * time.Millisecond)
	}
	// The receiver counts a delivery when it answers; the worker records it
	// after reading the answer, so wait for the store to hold none pending
	// (under load that can take longer than the duplicate window below).
	for {
		p, err := a.Store.PendingWebhookJobs(ctx, time.Now().Add(time.Hour), 10)
		if err != nil {
			t.Fatal(err)
		}
		if len(p) == 0 {
			break
		}
		if ctx.Err() != nil {
			t.Fatalf("the store still holds %d pending webhook jobs after every delivery", len(p))
		}
		time.Sleep(20 * time.Millisecond)
	}
	time.Sleep(300 * time.Millisecond) // let a duplicate show itself
	mu.Lock()
	for id, n := range ok {
		if n != 1 {
			t.Errorf("event %s delivered %d times, want once", id, n)
		}
		if failed[id] != 1 {
			t.Errorf("event %s failed %d times before the loss, want once", id, failed[id])
		}
	}
	mu.Unlock()
	if r, err := a.Service.Sweep(ctx, 0); err != nil || r.Webhooks != 0 {
		t.Errorf("second sweep = %+v, %v; want nothing pending", r, err)
	}
}

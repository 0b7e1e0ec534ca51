package nearredis_test

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"testing"

	"github.com/redis/go-redis/v9"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/nearredis"
	"github.com/copydesk/copydesk/internal/storetest"
	"github.com/copydesk/copydesk/internal/testutil"
)

// newIndex is an index under a random prefix of TEST_REDIS_URL's
// database, its names deleted after the test (and by lose, as a flush
// deletes them).
func newIndex(t testing.TB) (core.NearIndex, func()) {
	t.Helper()
	opt, err := redis.ParseURL(testutil.ServiceURL(t, "TEST_REDIS_URL"))
	if err != nil {
		t.Fatal(err)
	}
	c := redis.NewClient(opt)
	b := make([]byte, 6)
	rand.Read(b)
	prefix := "test:{near-" + hex.EncodeToString(b) + "}:"
	lose := func() {
		ctx := context.Background()
		iter := c.Scan(ctx, 0, prefix+"*", 1000).Iterator()
		for iter.Next(ctx) {
			c.Del(ctx, iter.Val())
		}
	}
	t.Cleanup(func() {
		lose()
		c.Close()
	})
	return nearredis.New(c, prefix), lose
}

func TestConformance(t *testing.T) {
	storetest.RunNearIndex(t, func(t *testing.T) (core.NearIndex, func()) { return newIndex(t) })
}

// The limit falls inside a tie of many refs: the script answers the whole
// tie and the client keeps the first by ref, as the store does.
func TestTieAtTheLimit(t *testing.T) {
	x, _ := newIndex(t)
	ctx := context.Background()
	var items []core.NearKeys
	for _, r := range []string{"z", "y", "x", "w", "v", "u"} {
		items = append(items, core.NearKeys{Ref: r, Keys: []int64{1}})
	}
	items = append(items, core.NearKeys{Ref: "zz", Keys: []int64{1, 2}})
	if err := x.PutNearKeys(ctx, items); err != nil {
		t.Fatal(err)
	}
	got, err := x.NearCandidates(ctx, []int64{1, 2}, 10, 3)
	if err != nil {
		t.Fatal(err)
	}
	want := []core.NearCandidate{{Ref: "zz", Shared: 2}, {Ref: "u", Shared: 1}, {Ref: "v", Shared: 1}}
	if len(got) != 3 || got[0] != want[0] || got[1] != want[1] || got[2] != want[2] {
		t.Errorf("NearCandidates = %v, want %v", got, want)
	}
}

// A Redis that cannot be reached is CodeUnavailable.
func TestUnavailable(t *testing.T) {
	c := redis.NewClient(&redis.Options{Addr: "127.0.0.1:1", MaxRetries: -1})
	defer c.Close()
	x := nearredis.New(c, "")
	ctx := context.Background()
	if err := x.PutNearKeys(ctx, []core.NearKeys{{Ref: "a", Keys: []int64{1}}}); !core.IsCode(err, core.CodeUnavailable) {
		t.Errorf("PutNearKeys: %v, want unavailable", err)
	}
	if _, err := x.NearCandidates(ctx, []int64{1}, 1, 1); !core.IsCode(err, core.CodeUnavailable) {
		t.Errorf("NearCandidates: %v, want unavailable", err)
	}
}

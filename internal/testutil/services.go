package testutil

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net/url"
	"os"
	"strconv"
	"testing"

	"github.com/jackc/pgx/v5"
	"github.com/redis/go-redis/v9"
)

// Redis databases of TEST_REDIS_URL's server owned by one test package
// each (RedisDB). `go test ./...` runs packages side by side, and a
// package that clears Asynq's keys or runs a worker on a database another
// package's test is using loses that test's tasks (internal/app's
// TestShutdownHandsTasksBack found its task gone while internal/tasks'
// race tests cleared "asynq:*" on the same database, in a CI run at load
// 16). Database 0 stays for tests that write only under random key
// prefixes (internal/nearredis); 14 is the bench command's habit
// (docs/PERFORMANCE.md); 15 the rate limiter's benchmarks.
const (
	RedisDBApp   = 11 // internal/app
	RedisDBTasks = 12 // internal/tasks
	RedisDBAPI   = 13 // cmd/api
)

// ServiceURL returns the environment variable name (TEST_DATABASE_URL,
// TEST_REDIS_URL); without it the test is skipped, except under CI where a
// missing service must fail loudly.
func ServiceURL(tb testing.TB, name string) string {
	tb.Helper()
	u := os.Getenv(name)
	if u == "" {
		if os.Getenv("CI") != "" {
			tb.Fatalf("%s is not set (required in CI)", name)
		}
		tb.Skipf("%s is not set", name)
	}
	return u
}

// RedisDB returns TEST_REDIS_URL with its database number set to db (one of
// the RedisDB* constants, one per package), after deleting every key of
// that database (FLUSHDB), so that no task or index entry of an earlier
// run is taken up. Without TEST_REDIS_URL the test is skipped, and fails
// under CI, as ServiceURL does. Tests of one package that share the
// database run one after the other.
func RedisDB(tb testing.TB, db int) string {
	tb.Helper()
	u, err := url.Parse(ServiceURL(tb, "TEST_REDIS_URL"))
	if err != nil {
		tb.Fatalf("TEST_REDIS_URL: %v", err)
	}
	u.Path = "/" + strconv.Itoa(db)
	opt, err := redis.ParseURL(u.String())
	if err != nil {
		tb.Fatalf("TEST_REDIS_URL: %v", err)
	}
	rdb := redis.NewClient(opt)
	defer rdb.Close()
	if err := rdb.FlushDB(context.Background()).Err(); err != nil {
		tb.Fatalf("TEST_REDIS_URL: FLUSHDB %d: %v", db, err)
	}
	return u.String()
}

// FreshSchema creates a PostgreSQL schema of a random name on
// TEST_DATABASE_URL, dropped on cleanup, and returns a URL whose sessions
// use it, so that tests get their own tables and can run side by side.
func FreshSchema(tb testing.TB, prefix string) string {
	tb.Helper()
	base := ServiceURL(tb, "TEST_DATABASE_URL")
	ctx := context.Background()
	b := make([]byte, 6)
	rand.Read(b)
	schema := prefix + "_" + hex.EncodeToString(b)
	conn, err := pgx.Connect(ctx, base)
	if err != nil {
		tb.Fatalf("connecting to TEST_DATABASE_URL: %v", err)
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, "CREATE SCHEMA "+schema); err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() {
		conn, err := pgx.Connect(ctx, base)
		if err != nil {
			tb.Errorf("cleanup: %v", err)
			return
		}
		defer conn.Close(ctx)
		if _, err := conn.Exec(ctx, "DROP SCHEMA "+schema+" CASCADE"); err != nil {
			tb.Errorf("cleanup: %v", err)
		}
	})
	u, err := url.Parse(base)
	if err != nil {
		tb.Fatal(err)
	}
	// pgx turns unknown URL parameters into RuntimeParams, so this sets the
	// session's search_path on every pooled connection.
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}

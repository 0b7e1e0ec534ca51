package testutil

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net/url"
	"os"
	"testing"

	"github.com/jackc/pgx/v5"
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

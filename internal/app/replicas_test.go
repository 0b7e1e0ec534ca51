package app

import (
	"context"
	"encoding/json"
	"log/slog"
	"net/http"
	"path/filepath"
	"testing"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/testutil"
)

// TestReplicasShareLimitsAndRevocation runs two API instances over one
// store and one Redis, as two replicas behind a load balancer: a token's
// request budget (API_RATE_LIMIT, GCRA in Redis) is one budget whichever
// replica answers, and a token revoked on one replica is refused on the
// other at its next request.
func TestReplicasShareLimitsAndRevocation(t *testing.T) {
	stores := []struct {
		name string
		url  func(t *testing.T) string
	}{
		{"sqlite", func(t *testing.T) string { return "sqlite:" + filepath.Join(t.TempDir(), "replicas.db") }},
		{"postgres", func(t *testing.T) string { return testutil.FreshSchema(t, "replicas") }},
	}
	for _, st := range stores {
		t.Run(st.name, func(t *testing.T) {
			env := map[string]string{"DATABASE_URL": st.url(t), "REDIS_URL": testRedis(t), "ADMIN_TOKEN": "a", "API_RATE_LIMIT": "12"}
			cfg, err := LoadConfig(func(k string) string { return env[k] })
			if err != nil {
				t.Fatal(err)
			}
			var replicas [2]http.Handler
			var svc *core.Service
			for i := range replicas {
				a, err := New(context.Background(), cfg, slog.New(slog.DiscardHandler))
				if err != nil {
					t.Fatal(err)
				}
				t.Cleanup(func() { a.Close() })
				replicas[i], svc = a.Handler(), a.Service
			}
			get := func(replica int, secret string) int {
				rec, _ := do(t, replicas[replica], call{method: "GET", path: "/v1/styleguide/versions", token: secret})
				return rec.Code
			}
			// How many requests one replica lets a fresh token make at once.
			alone := token(t, svc, "alone", core.RoleIntegration)
			single := 0
			for get(0, alone) == http.StatusOK {
				single++
				if single > 100 {
					t.Fatal("API_RATE_LIMIT=12 never answered 429")
				}
			}
			// The same budget spread over both replicas, alternating.
			shared := token(t, svc, "shared", core.RoleIntegration)
			both := 0
			for get(both%2, shared) == http.StatusOK {
				both++
				if both > 100 {
					t.Fatal("never limited across replicas")
				}
			}
			if single == 0 || both != single {
				t.Errorf("one replica allowed %d requests, two replicas together %d: want one shared budget", single, both)
			}
			t.Logf("API_RATE_LIMIT=12: %d requests at once on one replica, %d alternating over two", single, both)
			// Exhausted on replica 0, limited at once on replica 1.
			if code := get(1, alone); code != http.StatusTooManyRequests {
				t.Errorf("replica 1 for a token exhausted on replica 0 = %d, want 429", code)
			}

			// Revoked on replica 0, refused on replica 1 at once.
			victim := token(t, svc, "victim", core.RoleIntegration)
			ops := token(t, svc, "ops", core.RoleAdmin) // the bootstrap admin's budget is shared by every subtest
			if code := get(1, victim); code != http.StatusOK {
				t.Fatalf("victim before revocation = %d", code)
			}
			var list struct {
				Items []struct{ ID, Name string } `json:"items"`
			}
			rec, _ := do(t, replicas[0], call{method: "GET", path: "/v1/tokens?limit=1000", token: ops})
			decodeJSON(t, rec.Body.Bytes(), &list)
			id := ""
			for _, it := range list.Items {
				if it.Name == "victim" {
					id = it.ID
				}
			}
			if rec, _ := do(t, replicas[0], call{method: "DELETE", path: "/v1/tokens/" + id, token: ops}); rec.Code != http.StatusNoContent {
				t.Fatalf("revoke = %d %s", rec.Code, rec.Body)
			}
			if code := get(1, victim); code != http.StatusUnauthorized {
				t.Errorf("revoked token on the other replica = %d, want 401", code)
			}
		})
	}
}

func decodeJSON(t *testing.T, b []byte, v any) {
	t.Helper()
	if err := json.Unmarshal(b, v); err != nil {
		t.Fatalf("decode %s: %v", b, err)
	}
}

package app

import (
	"context"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/hibiken/asynq"
	"github.com/redis/go-redis/v9"

	"github.com/copydesk/copydesk/internal/core"
)

func TestParseRedisURL(t *testing.T) {
	t.Parallel()
	tests := []struct {
		url     string
		want    asynq.RedisConnOpt
		wantErr string
	}{
		{url: "redis://127.0.0.1:6379/3", want: asynq.RedisClientOpt{Addr: "127.0.0.1:6379", DB: 3}},
		{url: "redis-cluster://10.0.0.1:7000,10.0.0.2:7001", want: asynq.RedisClusterClientOpt{Addrs: []string{"10.0.0.1:7000", "10.0.0.2:7001"}}},
		{url: "redis-cluster://:s3cret@10.0.0.1:7000", want: asynq.RedisClusterClientOpt{Addrs: []string{"10.0.0.1:7000"}, Password: "s3cret"}},
		{url: "redis-cluster://app:s3cret@10.0.0.1:7000/0", want: asynq.RedisClusterClientOpt{Addrs: []string{"10.0.0.1:7000"}, Username: "app", Password: "s3cret"}},
		{url: "redis-cluster://", wantErr: "no host"},
		{url: "redis-cluster://10.0.0.1", wantErr: "cluster node"},
		{url: "redis-cluster://10.0.0.1:7000/2", wantErr: "only database 0"},
		{url: "memcached://x", wantErr: "unsupported"},
	}
	for _, tc := range tests {
		got, err := ParseRedisURL(tc.url)
		if tc.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
				t.Errorf("ParseRedisURL(%q) error = %v, want one containing %q", tc.url, err, tc.wantErr)
			}
			continue
		}
		if err != nil {
			t.Errorf("ParseRedisURL(%q): %v", tc.url, err)
			continue
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("ParseRedisURL(%q) = %#v, want %#v", tc.url, got, tc.want)
		}
	}
	tlsOpt, err := ParseRedisURL("rediss-cluster://cache.example:7000,cache2.example:7000")
	if err != nil {
		t.Fatal(err)
	}
	if c := tlsOpt.(asynq.RedisClusterClientOpt).TLSConfig; c == nil || c.ServerName != "cache.example" {
		t.Errorf("rediss-cluster TLS config = %+v, want server name cache.example", c)
	}
}

// TestLaunchOnRedisCluster starts a three-node Redis Cluster of its own
// (redis-server --cluster-enabled, joined by redis-cli --cluster create)
// and drives a launch through the app over REDIS_URL=redis-cluster://...:
// tasks enqueued, taken by workers and every draft written, with the
// API rate limiter's scripts running on the cluster. Needs redis-server and
// redis-cli on PATH: skipped without them, failed under CI.
func TestLaunchOnRedisCluster(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a Redis Cluster")
	}
	for _, bin := range []string{"redis-server", "redis-cli"} {
		if _, err := exec.LookPath(bin); err != nil {
			if os.Getenv("CI") != "" {
				t.Fatalf("%s not on PATH (required in CI)", bin)
			}
			t.Skipf("%s not on PATH", bin)
		}
	}
	nodes := startRedisCluster(t, 3)
	env := map[string]string{
		"DATABASE_URL":   "sqlite:" + filepath.Join(t.TempDir(), "cluster.db"),
		"REDIS_URL":      "redis-cluster://" + strings.Join(nodes, ","),
		"ADMIN_TOKEN":    "a",
		"API_RATE_LIMIT": "600",
	}
	a, ctx := runApp(t, env, nil)
	if _, ok := a.Redis.(asynq.RedisClusterClientOpt); !ok {
		t.Fatalf("REDIS_URL %s gave %T, want a cluster connection", env["REDIS_URL"], a.Redis)
	}

	// A request through the handler runs the rate limiter's script on the cluster.
	secret := token(t, a.Service, "campaigns", core.RoleIntegration)
	if rec, _ := do(t, a.Handler(), call{method: "GET", path: "/v1/styleguide/versions", token: secret}); rec.Code != 200 {
		t.Fatalf("GET through the rate limiter on the cluster = %d: %s", rec.Code, rec.Body)
	}

	in := sampleLaunch(t, 3, "en-GB", "fr-FR")
	l, _, err := a.Service.SubmitLaunch(ctx, &core.Token{ID: "t1", Name: "campaigns", Role: core.RoleIntegration}, in, "")
	if err != nil {
		t.Fatal(err)
	}
	var last []*core.Draft
	err = a.Service.Await(ctx, func(ctx context.Context) (bool, error) {
		drafts, _, err := a.Service.ListDrafts(ctx, core.DraftFilter{LaunchID: l.ID, Limit: 100}, "")
		if err != nil {
			return false, err
		}
		last = drafts
		for _, d := range drafts {
			if d.Status != core.StatusInReview {
				return false, nil
			}
		}
		return len(drafts) == 6, nil
	})
	if err != nil {
		for _, d := range last {
			t.Logf("%s %s %s %s", d.ID, d.Locale, d.Status, d.Reason)
		}
		t.Fatalf("drafts never all reached in_review over the cluster: %v", err)
	}
}

// startRedisCluster starts n redis-server cluster nodes on free loopback
// ports, joins them into one cluster with no replicas and waits until it
// reports cluster_state:ok. The nodes stop when the test ends.
func startRedisCluster(t *testing.T, n int) []string {
	t.Helper()
	dir := t.TempDir()
	var addrs []string
	for i := 0; i < n; i++ {
		port := freePort(t)
		nd := filepath.Join(dir, fmt.Sprint(port))
		if err := os.MkdirAll(nd, 0o755); err != nil {
			t.Fatal(err)
		}
		cmd := exec.Command("redis-server", "--port", fmt.Sprint(port), "--bind", "127.0.0.1",
			"--cluster-enabled", "yes", "--cluster-config-file", filepath.Join(nd, "nodes.conf"),
			"--dir", nd, "--save", "", "--appendonly", "no")
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = cmd.Process.Kill(); _ = cmd.Wait() })
		addrs = append(addrs, fmt.Sprintf("127.0.0.1:%d", port))
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	for _, addr := range addrs {
		c := redis.NewClient(&redis.Options{Addr: addr})
		for c.Ping(ctx).Err() != nil {
			if ctx.Err() != nil {
				t.Fatalf("cluster node %s never answered", addr)
			}
			time.Sleep(20 * time.Millisecond)
		}
		c.Close()
	}
	args := append([]string{"--cluster", "create"}, addrs...)
	args = append(args, "--cluster-replicas", "0", "--cluster-yes")
	if out, err := exec.CommandContext(ctx, "redis-cli", args...).CombinedOutput(); err != nil {
		t.Fatalf("redis-cli --cluster create: %v\n%s", err, out)
	}
	c := redis.NewClusterClient(&redis.ClusterOptions{Addrs: addrs})
	defer c.Close()
	for {
		info, err := c.ClusterInfo(ctx).Result()
		if err == nil && strings.Contains(info, "cluster_state:ok") {
			return addrs
		}
		if ctx.Err() != nil {
			t.Fatalf("cluster never reached cluster_state:ok: %v %s", err, info)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func freePort(t *testing.T) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

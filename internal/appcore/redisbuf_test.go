package appcore

import (
	"crypto/tls"
	"testing"
	"time"

	"github.com/hibiken/asynq"
	"github.com/redis/go-redis/v9"
)

// TestSmallBuffersKeepTheOptions: the clients smallBuffers makes have
// asynq.RedisClientOpt's every option and redisBufferSize buffers; other
// connection kinds are left as they are.
func TestSmallBuffersKeepTheOptions(t *testing.T) {
	opt := asynq.RedisClientOpt{Network: "tcp", Addr: "127.0.0.1:1", Username: "u", Password: "p", DB: 7,
		DialTimeout: time.Second, ReadTimeout: 2 * time.Second, WriteTimeout: 3 * time.Second, PoolSize: 9,
		TLSConfig: &tls.Config{ServerName: "x"}}
	want := opt.MakeRedisClient().(*redis.Client)
	defer want.Close()
	got := smallBuffers(opt).MakeRedisClient().(*redis.Client)
	defer got.Close()
	w, g := *want.Options(), *got.Options()
	if g.ReadBufferSize != redisBufferSize || g.WriteBufferSize != redisBufferSize {
		t.Errorf("buffers %d and %d, want %d", g.ReadBufferSize, g.WriteBufferSize, redisBufferSize)
	}
	if g.Network != w.Network || g.Addr != w.Addr || g.Username != w.Username || g.Password != w.Password || g.DB != w.DB ||
		g.DialTimeout != w.DialTimeout || g.ReadTimeout != w.ReadTimeout || g.WriteTimeout != w.WriteTimeout ||
		g.PoolSize != w.PoolSize || g.TLSConfig != w.TLSConfig || g.PipelineReadBufferSize != w.PipelineReadBufferSize {
		t.Errorf("options %+v, want %+v but for the buffers", g, w)
	}
	cluster := asynq.RedisClusterClientOpt{Addrs: []string{"a:1"}}
	if _, ok := smallBuffers(cluster).(asynq.RedisClusterClientOpt); !ok {
		t.Errorf("a cluster connection was changed")
	}
}

package nearredis_test

import (
	"context"
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/redis/go-redis/v9"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/storetest"
)

// serverCPU is the Redis server's CPU seconds so far (INFO cpu): the
// benchmarks report it a call when TEST_REDIS_URL is a server of their own.
func serverCPU(b *testing.B) float64 {
	opt, _ := redis.ParseURL(os.Getenv("TEST_REDIS_URL"))
	c := redis.NewClient(opt)
	defer c.Close()
	info, err := c.Info(context.Background(), "cpu").Result()
	if err != nil {
		b.Fatal(err)
	}
	total := 0.0
	for _, line := range strings.Split(info, "\r\n") {
		if k, v, ok := strings.Cut(line, ":"); ok && (k == "used_cpu_sys" || k == "used_cpu_user") {
			f, _ := strconv.ParseFloat(v, 64)
			total += f
		}
	}
	return total
}

func BenchmarkLaunch(b *testing.B) {
	x, _ := newIndex(b)
	ctx := context.Background()
	const n = 10000
	for i := 0; i < n; i += 64 {
		var items []core.NearKeys
		for j := i; j < min(i+64, n); j++ {
			items = append(items, core.NearKeys{Ref: fmt.Sprintf("019ad9f0-%04x-7000-8000-%012x", j%65536, j), Keys: storetest.NearBenchKeys(j)[:64], Version: 1})
		}
		if err := x.PutNearKeys(ctx, items); err != nil {
			b.Fatal(err)
		}
	}
	b.Run("candidates", func(b *testing.B) {
		cpu := serverCPU(b)
		defer func() { b.ReportMetric((serverCPU(b)-cpu)*1e6/float64(b.N), "redis-µs/op") }()
		for i := 0; b.Loop(); i++ {
			if _, err := x.NearCandidates(ctx, storetest.NearBenchKeys(i%n), 32, 64); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("put64", func(b *testing.B) {
		cpu := serverCPU(b)
		defer func() { b.ReportMetric((serverCPU(b)-cpu)*1e6/float64(b.N), "redis-µs/op") }()
		for i := 0; b.Loop(); i++ {
			var items []core.NearKeys
			for j := range 64 {
				r := n + i*64 + j
				items = append(items, core.NearKeys{Ref: fmt.Sprintf("019ad9f0-%04x-7000-8000-%012x", r%65536, r), Keys: storetest.NearBenchKeys(r)[:64], Version: 1})
			}
			if err := x.PutNearKeys(ctx, items); err != nil {
				b.Fatal(err)
			}
		}
	})
}

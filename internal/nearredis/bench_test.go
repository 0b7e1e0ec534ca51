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

// benchKeys are the keys of ref i in a launch shaped like cmd/bench's (24
// products in 2 locales repeated: four bands in five shared by every draft
// of the product and locale, the fifth the draft's own), 64 draft-scope
// keys and 64 catalogue-scope keys that hold nothing.
func benchKeys(i int) []int64 {
	keys := make([]int64, 0, 128)
	p := i % 48
	for b := range 64 {
		if b%5 == 0 {
			keys = append(keys, int64(1<<40+i*64+b))
		} else {
			keys = append(keys, int64(p*64+b))
		}
	}
	for b := range 64 {
		keys = append(keys, int64(1<<50+p*64+b))
	}
	return keys
}

func BenchmarkLaunch(b *testing.B) {
	x, _ := newIndex(b)
	ctx := context.Background()
	const n = 10000
	for i := 0; i < n; i += 64 {
		var items []core.NearKeys
		for j := i; j < min(i+64, n); j++ {
			items = append(items, core.NearKeys{Ref: fmt.Sprintf("019ad9f0-%04x-7000-8000-%012x", j%65536, j), Keys: benchKeys(j)[:64], Version: 1})
		}
		if err := x.PutNearKeys(ctx, items); err != nil {
			b.Fatal(err)
		}
	}
	b.Run("candidates", func(b *testing.B) {
		cpu := serverCPU(b)
		defer func() { b.ReportMetric((serverCPU(b)-cpu)*1e6/float64(b.N), "redis-µs/op") }()
		for i := 0; b.Loop(); i++ {
			if _, err := x.NearCandidates(ctx, benchKeys(i%n), 32, 64); err != nil {
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
				items = append(items, core.NearKeys{Ref: fmt.Sprintf("019ad9f0-%04x-7000-8000-%012x", r%65536, r), Keys: benchKeys(r)[:64], Version: 1})
			}
			if err := x.PutNearKeys(ctx, items); err != nil {
				b.Fatal(err)
			}
		}
	})
}

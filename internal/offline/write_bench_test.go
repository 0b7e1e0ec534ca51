package offline

import (
	"crypto/sha256"
	"fmt"
	"os"
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// BenchmarkWriteLaunch writes the sample launch's 24 products in every
// supported locale (25) and the three channels, one text an op: the
// writer's share of a worker's CPU and allocations a draft in a
// 25-locale launch (#17, perf59).
func BenchmarkWriteLaunch(b *testing.B) {
	in, g := sampleLaunchAndGuide(b)
	var reqs []core.GenerateRequest
	for _, channel := range []string{"pdp", "marketplace", "social"} {
		for _, locale := range testLocales {
			for _, p := range in.Products {
				reqs = append(reqs, core.GenerateRequest{Product: p, Locale: locale, Channel: channel, Guide: g, Attempt: 1})
			}
		}
	}
	for _, r := range reqs { // the dictionaries load before the clock
		Write(r)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Write(reqs[i%len(reqs)])
	}
}

// TestWriteDigest prints a digest of every text the writer makes for the
// sample launch (24 products, every locale, three channels, attempts 1-3)
// when WRITE_DIGEST is set: two builds whose digests agree write the same
// copy (#17, perf59).
func TestWriteDigest(t *testing.T) {
	if os.Getenv("WRITE_DIGEST") == "" {
		t.Skip("set WRITE_DIGEST=1 to print the digest")
	}
	in, g := sampleLaunchAndGuide(t)
	h := sha256.New()
	n := 0
	for _, channel := range []string{"pdp", "marketplace", "social"} {
		for _, locale := range testLocales {
			for _, p := range in.Products {
				for attempt := 1; attempt <= 3; attempt++ {
					fmt.Fprintf(h, "%s\x00%s\x00%s\x00%d\x00%s\x00", channel, locale, p.SKU, attempt, Write(core.GenerateRequest{Product: p, Locale: locale, Channel: channel, Guide: g, Attempt: attempt}))
					n++
				}
			}
		}
	}
	fmt.Printf("write digest %x over %d texts\n", h.Sum(nil)[:8], n)
}

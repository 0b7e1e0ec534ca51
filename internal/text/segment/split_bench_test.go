package segment

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// BenchmarkSplitCorpus: Japanese{}.Split and Chinese{}.Split over the
// evaluation set's texts of each language, with the dictionaries as a
// worker loads them (from the cache in the default directory: in place in
// a mapping of the file where the system has one, heap67), the benchmark
// thread's CPU a text in cpu-ns/op. It compares where the tables live,
// not the segmenters (#17, heap67):
//
//	go test -run '^$' -bench SplitCorpus -benchtime 20000x ./internal/text/segment
func BenchmarkSplitCorpus(b *testing.B) {
	for _, c := range []struct {
		prefix string
		split  func(string) []int
	}{{"ja", Japanese{}.Split}, {"zh", Chinese{}.Split}} {
		texts := localeTexts(b, c.prefix)
		b.Run(c.prefix, func(b *testing.B) { splitCPU(b, c.split, texts) })
	}
}

// localeTexts is the evaluation set's texts whose locale starts with
// prefix.
func localeTexts(b *testing.B, prefix string) []string {
	b.Helper()
	files, _ := filepath.Glob("../../checks/testdata/cases/*.jsonl")
	var out []string
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		for line := range strings.SplitSeq(string(data), "\n") {
			var c struct{ Locale, Text string }
			if json.Unmarshal([]byte(line), &c) == nil && strings.HasPrefix(c.Locale, prefix) {
				out = append(out, c.Text)
			}
		}
	}
	if len(out) == 0 {
		b.Fatalf("no %s texts", prefix)
	}
	return out
}

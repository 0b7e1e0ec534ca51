package segment

import (
	"encoding/json"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/go-ego/gse"
)

// gseZh is gse's own Segmenter over the same embedded dictionary, loaded
// once for the tests (~200 MiB, a few seconds).
var gseZh = sync.OnceValue(func() *gse.Segmenter {
	s := &gse.Segmenter{SkipLog: true}
	if err := s.LoadDictEmbed("zh"); err != nil {
		panic(err)
	}
	return s
})

func gseSplit(run string) []int {
	var out []int
	for _, s := range gseZh().Segment([]byte(run)) {
		if n := s.End() - s.Start(); n > 0 {
			out = append(out, n)
		}
	}
	return out
}

// zhCorpus returns every zh-CN and zh-TW text of the checker's evaluation
// files (internal/checks/testdata/cases, probes included), cut into the
// Han runs text.Words hands the segmenter, and the whole texts too.
func zhCorpus(t *testing.T) []string {
	t.Helper()
	var files []string
	for _, g := range []string{"../../checks/testdata/cases/*.jsonl", "../../checks/testdata/cases/probes/*.jsonl"} {
		m, _ := filepath.Glob(g)
		files = append(files, m...)
	}
	if len(files) == 0 {
		t.Fatal("no case files under internal/checks/testdata/cases")
	}
	var out []string
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for line := range strings.SplitSeq(string(data), "\n") {
			var c struct{ Locale, Text string }
			if json.Unmarshal([]byte(line), &c) == nil && strings.HasPrefix(c.Locale, "zh") {
				out = append(out, c.Text)
			}
		}
	}
	return out
}

// TestChineseMatchesGse: the compact dictionary holds gse's words with
// gse's costs, and cuts every Chinese text of the evaluation set, and
// random mixes of Han, kana, Latin capitals, digits, punctuation and
// invalid bytes, exactly as gse's Segment does.
func TestChineseMatchesGse(t *testing.T) {
	t.Parallel()
	if testing.Short() {
		t.Skip("loads gse's dictionary (~200 MiB)")
	}
	g := gseZh().Dict
	d := zhSeg()
	total := float32(math.Log2(g.TotalFreq()))
	words := 0
	for i := range g.Tokens {
		tok := &g.Tokens[i]
		want := total - float32(math.Log2(tok.Freq()))
		got, ok := d.cost(tok.Text())
		if !ok || got != want {
			t.Fatalf("word %q: compact cost %v (found %v), gse %v", tok.Text(), got, ok, want)
		}
		words++
	}
	stored := 0
	for _, s := range d.slots {
		if s.isWord() {
			stored++
		}
	}
	if stored != words || words < 500_000 {
		t.Fatalf("compact dictionary holds %d words, gse %d", stored, words)
	}

	texts := zhCorpus(t)
	if len(texts) < 500 {
		t.Fatalf("only %d Chinese texts in the evaluation set", len(texts))
	}
	r := rand.New(rand.NewPCG(44, 17))
	alphabet := []string{"金", "银", "戒", "指", "镀", "钻", "石", "色", "不", "会", "褪", "這", "款", "為", "鍍", "的", "一", "K", "k", "A", "x", "1", "8", "925", "S", "店", "号", "ー", "ル", "ド", "，", "。", " ", "-", "é", "Ω", "ж", "\xff", "😀", "（", "）"}
	for range 3000 {
		var b strings.Builder
		for range 1 + r.IntN(30) {
			b.WriteString(alphabet[r.IntN(len(alphabet))])
		}
		texts = append(texts, b.String())
	}
	for _, s := range texts {
		if got, want := d.zhSegment(s), gseSplit(s); !slices.Equal(got, want) {
			t.Fatalf("%q:\n compact %v\n gse     %v", s, got, want)
		}
	}
	t.Logf("%d words, %d texts cut alike", words, len(texts))
}

// BenchmarkChineseSplit compares the compact segmenter with gse's on the
// evaluation set's Chinese texts (run with -bench Chinese; cpu-ns/op is
// the benchmark thread's CPU a text).
func BenchmarkChineseSplit(b *testing.B) {
	var t testing.T
	texts := zhCorpus(&t)
	for _, bc := range []struct {
		name string
		fn   func(string) []int
	}{{"compact", zhSeg().zhSegment}, {"gse", gseSplit}} {
		b.Run(bc.name, func(b *testing.B) { splitCPU(b, bc.fn, texts) })
	}
}

// splitCPU runs split over texts in turn, b.N times, and reports this
// thread's CPU a split as cpu-ns/op: meaningful on a loaded machine, where
// ns/op (wall time) is not (perf51). The first text is split once before
// the timer, so that lazily loaded dictionaries are not counted.
func splitCPU(b *testing.B, split func(string) []int, texts []string) {
	split(texts[0])
	b.ReportAllocs()
	b.ResetTimer()
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	cpu0, n := threadCPU(), 0
	for i := 0; b.Loop(); i++ {
		split(texts[i%len(texts)])
		n++
	}
	b.ReportMetric(float64(threadCPU()-cpu0)/float64(n), "cpu-ns/op")
}

// threadCPU is the calling thread's user + system CPU time so far.
func threadCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_THREAD, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkLoadDictionaries: building the compact Chinese dictionary from
// gse's text and loading the Japanese IPA dictionary, each once an op, as
// a worker does once a process (#17, perf52).
func BenchmarkLoadDictionaries(b *testing.B) {
	b.Run("chinese", func(b *testing.B) {
		for b.Loop() {
			_ = newZhDict(gseZhS, gseZhT)
		}
	})
	b.Run("japanese", func(b *testing.B) {
		for b.Loop() {
			if _, err := loadIPA(); err != nil {
				b.Fatal(err)
			}
		}
	})
}

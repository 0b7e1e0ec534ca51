// Command checkcorpus is copydesk's check process over a corpus directory
// (corpus.json naming each file's product and locale, as the bench writes
// it): every text checked with the full checker, grounding on, up to 100
// neighbours each, then the number of findings and their digest. It links
// the checker alone, as Vale's binary links Vale: the bench's check
// comparison runs it beside its own check child (bench -check-exe).
//
//	checkcorpus DIR        (or BENCH_CHECK_CORPUS=DIR checkcorpus)
package main

import (
	"fmt"
	"os"
	"strings"

	"github.com/copydesk/copydesk/internal/checkcorpus"
	"github.com/copydesk/copydesk/internal/text/segment"
)

func main() {
	dir := os.Getenv("BENCH_CHECK_CORPUS")
	if len(os.Args) > 1 {
		dir = os.Args[1]
	}
	if dir == "" {
		fmt.Fprintln(os.Stderr, "usage: checkcorpus DIR (a directory with corpus.json)")
		os.Exit(2)
	}
	// The dictionaries' cache (DICT_CACHE_DIR, as cmd/api and cmd/worker
	// read it; unset: ~/.cache/copydesk, off: none).
	segment.SetCacheDir(strings.TrimSpace(os.Getenv("DICT_CACHE_DIR")))
	if err := checkcorpus.Run(dir, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "checkcorpus:", err)
		os.Exit(1)
	}
}

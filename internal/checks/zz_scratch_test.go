package checks

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// TestZZScratch scores SCRATCH_CASES (an absolute path to a case JSONL, any
// name) and lists failing cases with their findings. Scratch: never commit.
func TestZZScratch(t *testing.T) {
	path := os.Getenv("SCRATCH_CASES")
	if path == "" {
		t.Skip("SCRATCH_CASES unset")
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var cases []fieldCase
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<22)
	for sc.Scan() {
		if len(sc.Bytes()) == 0 {
			continue
		}
		var c fieldCase
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatal(err)
		}
		c.file = filepath.Base(path)
		cases = append(cases, c)
	}
	s := score(t, checkService(t), cases)
	t.Logf("%s (%d cases): %s", path, len(cases), s)
	for _, x := range s.failures {
		t.Log(x)
	}
}

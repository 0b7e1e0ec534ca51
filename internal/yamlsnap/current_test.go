package yamlsnap

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestCurrent(t *testing.T) {
	t.Parallel()
	if err := Current("x.snap", []byte("a"), []byte("a"), false, "./p"); err != nil {
		t.Errorf("equal snapshots: %v", err)
	}
	err := Current("x.snap", []byte("a"), []byte("b"), false, "./p")
	if err == nil || !strings.Contains(err.Error(), "go generate ./p") {
		t.Errorf("stale snapshot: %v, want an error naming go generate ./p", err)
	}
	path := filepath.Join(t.TempDir(), "decoded.snap")
	if err := Current(path, []byte("a"), []byte("b"), true, "./p"); err != nil {
		t.Fatal(err)
	}
	if b, err := os.ReadFile(path); err != nil || string(b) != "b" {
		t.Errorf("update wrote %q, %v; want b", b, err)
	}
}

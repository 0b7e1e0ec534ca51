package testutil

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files under testdata/ with what the tests produce")

// Golden compares got with the golden file at path (conventionally under
// testdata/). With go test -update it first writes got there, creating
// directories, so that an intended change is accepted by running once with
// -update and reviewing the diff. A difference or a missing file fails the
// test and says how to accept it.
func Golden(tb testing.TB, path string, got []byte) {
	tb.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			tb.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			tb.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		tb.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(want, got) {
		tb.Errorf("%s differs from what the test produced (run go test -update and review the diff):\n%s", path, got)
	}
}

package yamlsnap

import (
	"bytes"
	"fmt"
	"os"
)

// Current compares a freshly built snapshot (got, from Recorder.Bytes)
// with the one a package embeds. With update it writes got to path (the
// package's decoded.snap, as `go generate` does) and reports nil;
// otherwise it reports an error naming the generate command for pkg (an
// import path such as "./internal/checks") when the two differ. A stale
// snapshot is never read (its keys are the YAML's hashes), but every
// process would parse the YAML again.
func Current(path string, embedded, got []byte, update bool, pkg string) error {
	if update {
		return os.WriteFile(path, got, 0o644)
	}
	if !bytes.Equal(got, embedded) {
		return fmt.Errorf("%s is out of date: run go generate %s", path, pkg)
	}
	return nil
}

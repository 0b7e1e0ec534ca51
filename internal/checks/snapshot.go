package checks

import (
	_ "embed"

	"github.com/copydesk/copydesk/internal/yamlsnap"
)

//go:embed decoded.snap
var decodedSnap []byte

// snap holds data/<lang>/concepts*.yaml, glossary.yaml and market.yaml
// decoded ahead of time (see internal/yamlsnap): YAML that differs from
// what it was built from is parsed as before.
var snap = yamlsnap.New(decodedSnap)

//go:generate go test -run TestSnapshotIsCurrent . -args -update-snapshot

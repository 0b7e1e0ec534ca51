package checks

import (
	"encoding/json"
	"os"
	"sync"
	"testing"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/styleguide"
)

var exampleGuide = sync.OnceValues(func() (*styleguide.Guide, error) {
	src, err := os.ReadFile("../../testdata/styleguide.yaml")
	if err != nil {
		return nil, err
	}
	return styleguide.Parse(src)
})

func guide(t testing.TB) *styleguide.Guide {
	t.Helper()
	g, err := exampleGuide()
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func categories(fs []core.Finding) map[string]bool {
	m := map[string]bool{}
	for _, f := range fs {
		m[f.Category] = true
	}
	return m
}

// sampleLaunch is testdata/sample-launch.json, the launch the README's demo
// submits: the sample products the corpus, digest and neighbour tests check.
func sampleLaunch(tb testing.TB) core.LaunchInput {
	tb.Helper()
	src, err := os.ReadFile("../../testdata/sample-launch.json")
	if err != nil {
		tb.Fatal(err)
	}
	var launch core.LaunchInput
	if err := json.Unmarshal(src, &launch); err != nil {
		tb.Fatal(err)
	}
	return launch
}

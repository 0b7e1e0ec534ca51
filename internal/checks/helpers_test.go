package checks

import (
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

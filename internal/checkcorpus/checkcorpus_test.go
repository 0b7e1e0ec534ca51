package checkcorpus_test

import (
	"strings"
	"testing"

	"github.com/copydesk/copydesk/internal/app"
	"github.com/copydesk/copydesk/internal/bench"
	"github.com/copydesk/copydesk/internal/checkcorpus"
)

// The check process of cmd/checkcorpus finds what the service's checker
// finds (app.NewChecker), finding for finding (the digest).
func TestRunFindsAsTheService(t *testing.T) {
	dir := t.TempDir()
	if err := bench.WriteCorpus(dir, 60); err != nil {
		t.Fatal(err)
	}
	var own, service strings.Builder
	if err := checkcorpus.Run(dir, &own); err != nil {
		t.Fatal(err)
	}
	if err := checkcorpus.RunWith(dir, app.NewChecker(), &service); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(own.String(), "checked 60 texts:") || own.String() != service.String() {
		t.Errorf("checkcorpus: %q, the service's checker: %q", own.String(), service.String())
	}
}

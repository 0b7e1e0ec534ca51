package main

import (
	"os/exec"
	"strings"
	"testing"
)

// TestWorkerLinksNoAPI: the worker command's packages (go list -deps)
// include none of the API's, the reviewer UI's, the queue monitor's, the
// in-process Redis's or the spreadsheets':
// their code and data were resident in every worker for nothing (#17,
// docs/PERFORMANCE.md "perf67"). A new import of internal/app (or of any
// of these) from cmd/worker's dependencies brings them back; this fails.
func TestWorkerLinksNoAPI(t *testing.T) {
	gobin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("the go command is not on PATH")
	}
	out, err := exec.Command(gobin, "list", "-deps", "-f", "{{.ImportPath}}", ".").Output()
	if err != nil {
		t.Fatalf("go list -deps: %v", err)
	}
	deps := strings.Fields(string(out))
	if len(deps) < 50 {
		t.Fatalf("go list -deps listed %d packages; want the worker's whole graph", len(deps))
	}
	for _, p := range deps {
		for _, banned := range []string{
			"github.com/copydesk/copydesk/internal/app",
			"github.com/copydesk/copydesk/internal/httpapi",
			"github.com/copydesk/copydesk/internal/reviewui",
			"github.com/copydesk/copydesk/internal/sheets",
			"github.com/xuri/excelize/v2",
			"github.com/gin-gonic/gin",
			"github.com/hibiken/asynqmon",
			"github.com/alicebob/miniredis/v2",
		} {
			if p == banned {
				t.Errorf("cmd/worker links %s", p)
			}
		}
	}
	for _, need := range []string{"github.com/copydesk/copydesk/internal/appcore", "github.com/copydesk/copydesk/internal/postgres", "github.com/copydesk/copydesk/internal/checks"} {
		if !strings.Contains(" "+strings.Join(deps, " ")+" ", " "+need+" ") {
			t.Errorf("cmd/worker does not link %s", need)
		}
	}
}

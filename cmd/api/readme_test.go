package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/internal/testutil"
)

// TestReadmeIntegratorExamples runs the README's "For integrators" block
// as written, with bash and curl, against the embedded API.
func TestReadmeIntegratorExamples(t *testing.T) {
	for _, tool := range []string{"bash", "curl"} {
		if _, err := exec.LookPath(tool); err != nil {
			if os.Getenv("CI") != "" {
				t.Fatalf("%s is needed to run the README's examples", tool)
			}
			t.Skipf("%s not installed", tool)
		}
	}
	root, _ := filepath.Abs("../..")
	readme, err := os.ReadFile(filepath.Join(root, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	_, block, ok := strings.Cut(string(readme), "<!-- integrators:begin -->\n```sh\n")
	block, _, ok2 := strings.Cut(block, "```\n<!-- integrators:end -->")
	if !ok || !ok2 {
		t.Fatal("README.md has no integrators block between its markers")
	}
	base, _ := startAPI(t, map[string]string{
		"HTTP_ADDR":    "127.0.0.1:0",
		"DATABASE_URL": "sqlite:" + filepath.Join(t.TempDir(), "readme.db"),
		"ADMIN_TOKEN":  "admin-readme",
	})
	cmd := exec.Command("bash", "-euo", "pipefail", "-c", block)
	cmd.Dir = root
	cmd.Env = append(os.Environ(), "BASE="+base, "TOKEN=admin-readme")
	out := &testutil.SyncBuffer{}
	cmd.Stdout, cmd.Stderr = out, out
	if err := cmd.Run(); err != nil {
		t.Fatalf("the README's integrator examples failed: %v\n%s", err, out.String())
	}
	for _, want := range []string{
		`"role":"integration"`,        // the token
		"\n/v1/launches/",             // the launch's location
		`"name":"Spring Hearts"`,      // the launch
		"event: created",              // the event stream
		`"last":5`,                    // the JSON page of events
		`{"items":[]}`,                // the webhook deliveries (nothing published yet)
		"draft_id,sku,locale,channel", // the drafts CSV
		"sku,locale,channel,version",  // the catalogue CSV
		`{"status":"ok"}`,             // readiness
		`copydesk_http_requests_total{method="POST",route="/v1/launches",status="202"} 1`,
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("the examples' output lacks %q:\n%s", want, out.String())
		}
	}
}

package main

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/internal/fakellm"
)

// TestUnsupportedLocalesRefused goes through the real wiring (run ->
// app.New, generator and checker wrapped in metrics decorators), offline
// and with an LLM provider: every entry point that takes a locale refuses
// one without a pack with 400 naming the field and listing the supported
// locales. A decorator that hides core.LocaleLister made all of them 2xx.
func TestUnsupportedLocalesRefused(t *testing.T) {
	t.Parallel()
	fake := httptest.NewServer(fakellm.New(fakellm.Options{Model: "fake-model", Reply: llmScript}))
	t.Cleanup(fake.Close)
	wirings := map[string]map[string]string{
		"offline": {},
		"llm":     {"LLM_BASE_URL": fake.URL + "/v1", "LLM_API_KEY": "sk-e2e", "LLM_MODEL": "fake-model"},
	}
	for name, extra := range wirings {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			env := map[string]string{
				"HTTP_ADDR":    "127.0.0.1:0",
				"DATABASE_URL": "sqlite:" + filepath.Join(t.TempDir(), "locales.db"),
				"ADMIN_TOKEN":  "admin-e2e",
			}
			for k, v := range extra {
				env[k] = v
			}
			base, _ := startAPI(t, env)
			for _, locale := range []string{"sw-KE", "und", "zh-Hans-TW", "qaa", "und-GB", "x-klingon"} {
				launch := launchBody("Heart Charm")
				launch["locales"] = []string{locale}
				cases := []struct {
					path  string
					body  map[string]any
					field string
				}{
					{"/v1/launches", launch, "locales[0]"},
					{"/v1/launches?dry_run=true", launch, "locales[0]"},
					{"/v1/checks", map[string]any{"locale": locale, "channel": "pdp", "text": "A heart charm.",
						"product": map[string]any{"sku": "1", "name": "Heart Charm", "category": "charm", "materials": []string{"sterling silver"}}}, "locale"},
					{"/v1/tokens", map[string]any{"name": "Ruth", "role": "reviewer", "locales": []string{locale}}, "locales[0]"},
				}
				for _, c := range cases {
					status, problem := post(t, base+c.path, "admin-e2e", c.body)
					if status != http.StatusBadRequest {
						t.Errorf("%s %s = %d, want 400: %s", c.path, locale, status, problem)
						continue
					}
					if !strings.Contains(problem, `"`+c.field+`"`) {
						t.Errorf("%s %s: the problem does not name %s: %s", c.path, locale, c.field, problem)
					}
					// sw-KE and zh-Hans-TW are valid tags without a pack: the
					// answer lists the packs; und and private use are no language.
					if (locale == "sw-KE" || locale == "zh-Hans-TW") && !strings.Contains(problem, "fr-FR, it-IT") {
						t.Errorf("%s %s: the problem does not list the supported locales: %s", c.path, locale, problem)
					}
				}
			}
			// A supported locale still passes.
			launch := launchBody("Heart Charm")
			launch["locales"] = []string{"fr-FR"}
			if status, body := post(t, base+"/v1/launches?dry_run=true", "admin-e2e", launch); status != http.StatusOK {
				t.Fatalf("dry run fr-FR = %d: %s", status, body)
			}
		})
	}
}

func post(t *testing.T, url, token string, body any) (int, string) {
	t.Helper()
	b, _ := json.Marshal(body)
	req, _ := http.NewRequest("POST", url, bytes.NewReader(b))
	req.Header.Set("Authorization", "Bearer "+token)
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	data, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(data)
}

func TestPerLocale(t *testing.T) {
	t.Parallel()
	if got := perLocale(nil); got != "" {
		t.Errorf("perLocale(nil) = %q", got)
	}
	if got := perLocale(map[string]int{"ja-JP": 1, "fr-FR": 2}); got != " (fr-FR 2, ja-JP 1)" {
		t.Errorf("perLocale = %q", got)
	}
}

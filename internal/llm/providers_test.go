package llm

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func env(vars map[string]string) func(string) string {
	return func(k string) string { return vars[k] }
}

func TestParseProvidersDesignExample(t *testing.T) {
	src := `providers:
  - {name: primary,  base_url: "https://api.openai.com/v1", api_key_env: OPENAI_API_KEY, model: gpt-4o-mini, rpm: 500, tpm: 200000, weight: 3}
  - {name: fallback, base_url: "http://vllm.internal:8000/v1", model: llama-3.1-8b-instruct, rpm: 120}
  - name: azure
    base_url: https://copy.openai.azure.com
    api_key_env: AZURE_KEY
    model: gpt-4o
    weight: 0
    timeout: 45s
    max_tokens: 600
    structured_output: json_object
    azure: {api_version: "2024-10-21", deployment: writer}
    price: {prompt_per_1k: 0.0025, completion_per_1k: 0.01}
`
	ps, err := ParseProviders([]byte(src), env(map[string]string{"OPENAI_API_KEY": "sk-1", "AZURE_KEY": "az-2"}))
	if err != nil {
		t.Fatal(err)
	}
	if len(ps) != 3 {
		t.Fatalf("%d providers", len(ps))
	}
	p, f, az := ps[0], ps[1], ps[2]
	if p.Name != "primary" || p.APIKey != "sk-1" || p.RPM != 500 || p.TPM != 200000 || p.EffectiveWeight() != 3 || p.Line != 2 {
		t.Errorf("primary %+v", p)
	}
	if f.APIKey != "" || f.EffectiveWeight() != 1 || f.RPM != 120 || f.Line != 3 {
		t.Errorf("fallback %+v", f)
	}
	if az.EffectiveWeight() != 0 || time.Duration(az.Timeout) != 45*time.Second || az.Azure == nil ||
		az.Azure.Deployment != "writer" || az.Price.CompletionPer1K != 0.01 || az.MaxTokens != 600 || az.Line != 4 {
		t.Errorf("azure %+v", az)
	}
	route := p.Provider(&fakeGenerator{})
	if route.Name != "primary" || route.Limit.RPM != 500 || route.Weight != 3 {
		t.Errorf("route %+v", route)
	}
}

func TestParseProvidersRefusesMistakes(t *testing.T) {
	vars := env(map[string]string{"KEY": "secret-value"})
	tests := []struct {
		name string
		src  string
		want string
	}{
		{"unknown key with its line", "providers:\n  - name: a\n    model: m\n    rmp: 10\n", "line 4: field rmp not found"},
		{"unknown top-level key", "provider:\n  - {name: a, model: m}\n", "line 1: field provider not found"},
		{"inline key", "providers:\n  - name: a\n    model: m\n    api_key: sk-123\n", "line 4: api_key is not allowed"},
		{"missing model", "providers:\n  - {name: a}\n", `line 2: provider "a": model is required`},
		{"missing name", "providers:\n  - {model: m}\n", "name is required"},
		{"duplicate name", "providers:\n  - {name: a, model: m}\n  - {name: a, model: n}\n", "line 3: provider \"a\": name is also used at line 2"},
		{"empty key env", "providers:\n  - {name: a, model: m, api_key_env: MISSING}\n", "environment variable MISSING (api_key_env) is empty"},
		{"bad timeout", "providers:\n  - {name: a, model: m, timeout: soon}\n", "line 2: timeout must be a positive duration"},
		{"negative rpm", "providers:\n  - {name: a, model: m, rpm: -1}\n", "must not be negative"},
		{"bad structured output", "providers:\n  - {name: a, model: m, structured_output: xml}\n", "structured_output must be"},
		{"azure without url", "providers:\n  - {name: a, model: m, azure: {}}\n", "base_url is required for Azure"},
		{"bad url", "providers:\n  - {name: a, model: m, base_url: api.openai.com}\n", "base_url must start with"},
		{"all weight zero", "providers:\n  - {name: a, model: m, weight: 0}\n", "every provider has weight 0"},
		{"empty", "", "no providers listed"},
		{"empty list", "providers: []\n", "no providers listed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseProviders([]byte(tt.src), vars)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("error %v, want it to contain %q", err, tt.want)
			}
			if strings.Contains(err.Error(), "secret-value") || strings.Contains(err.Error(), "sk-123") {
				t.Errorf("error leaks a key: %v", err)
			}
		})
	}
}

func TestLoadProviders(t *testing.T) {
	path := filepath.Join(t.TempDir(), "providers.yaml")
	if err := os.WriteFile(path, []byte("providers:\n  - {name: a, model: m, rpm: 60}\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	ps, err := LoadProviders(path, env(nil))
	if err != nil || len(ps) != 1 || ps[0].RPM != 60 {
		t.Fatalf("%+v %v", ps, err)
	}
	if _, err := LoadProviders(filepath.Join(t.TempDir(), "missing.yaml"), env(nil)); err == nil {
		t.Error("missing file accepted")
	}
}

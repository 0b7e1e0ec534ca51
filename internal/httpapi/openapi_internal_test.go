package httpapi

import (
	"encoding/json"
	"testing"

	"gopkg.in/yaml.v3"
)

func TestJSONCompatibleUnquotedKeys(t *testing.T) {
	var doc any
	if err := yaml.Unmarshal([]byte("responses:\n  200: {description: ok}\n  true: x\n"), &doc); err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(jsonCompatible(doc))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := string(b), `{"responses":{"200":{"description":"ok"},"true":"x"}}`; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}

func TestPrefersJSON(t *testing.T) {
	tests := []struct {
		accept string
		want   bool
	}{
		{"", false},
		{"*/*", false},
		{"application/json", true},
		{"application/json;q=0.9, application/yaml", false},
		{"application/yaml;q=0.1, application/json", true},
		{"application/*", false},
		{"application/json;q=0, */*", false},
		{"text/html", false},
		{"text/yaml;q=0.2, application/json;q=0.5", true},
	}
	for _, tt := range tests {
		if got := prefersJSON(tt.accept); got != tt.want {
			t.Errorf("prefersJSON(%q) = %v, want %v", tt.accept, got, tt.want)
		}
	}
}

package httpapi

import (
	"encoding/json"
	"fmt"

	"gopkg.in/yaml.v3"

	"github.com/copydesk/copydesk/api"
)

// openAPIJSON converts the embedded OpenAPI YAML to JSON for /openapi.json.
func openAPIJSON() ([]byte, error) {
	var doc any
	if err := yaml.Unmarshal(api.OpenAPIYAML, &doc); err != nil {
		return nil, fmt.Errorf("parse api/openapi.yaml: %w", err)
	}
	return json.Marshal(jsonCompatible(doc))
}

// jsonCompatible turns YAML's map[any]any (which yaml.v3 makes when a key
// is not a string, e.g. an unquoted response code 200) into string-keyed
// maps that encoding/json can write.
func jsonCompatible(v any) any {
	switch t := v.(type) {
	case map[string]any:
		for k, e := range t {
			t[k] = jsonCompatible(e)
		}
		return t
	case map[any]any:
		m := make(map[string]any, len(t))
		for k, e := range t {
			m[fmt.Sprint(k)] = jsonCompatible(e)
		}
		return m
	case []any:
		for i, e := range t {
			t[i] = jsonCompatible(e)
		}
		return t
	}
	return v
}

package httpapi_test

import (
	"encoding/json"
	"net/http"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/gin-gonic/gin"
	"gopkg.in/yaml.v3"

	"github.com/copydesk/copydesk/api"
)

var httpMethods = []string{"get", "put", "post", "delete", "patch", "head", "options", "trace"}

func loadSpec(t *testing.T) map[string]any {
	t.Helper()
	var doc map[string]any
	if err := yaml.Unmarshal(api.OpenAPIYAML, &doc); err != nil {
		t.Fatalf("api/openapi.yaml does not parse: %v", err)
	}
	return doc
}

// TestOpenAPIDocumentsEveryRoute fails when a Gin route is missing from
// api/openapi.yaml or the document describes a route the server lacks.
func TestOpenAPIDocumentsEveryRoute(t *testing.T) {
	e := newEnv(t)
	engine, ok := e.raw.(*gin.Engine)
	if !ok {
		t.Fatalf("New returned %T, not *gin.Engine", e.raw)
	}
	param := regexp.MustCompile(`[:*]([A-Za-z_]+)`)
	var served []string
	for _, r := range engine.Routes() {
		served = append(served, r.Method+" "+param.ReplaceAllString(r.Path, "{$1}"))
	}

	doc := loadSpec(t)
	if doc["openapi"] != "3.1.0" {
		t.Errorf("openapi = %v, want 3.1.0", doc["openapi"])
	}
	var documented []string
	paths, _ := doc["paths"].(map[string]any)
	for path, item := range paths {
		ops, _ := item.(map[string]any)
		for method, op := range ops {
			if !slices.Contains(httpMethods, method) {
				continue
			}
			documented = append(documented, strings.ToUpper(method)+" "+path)
			opMap, _ := op.(map[string]any)
			if _, ok := opMap["responses"]; !ok {
				t.Errorf("%s %s has no responses", method, path)
			}
			// Public routes opt out of the global bearer requirement; /v1
			// routes must not.
			sec, hasSec := opMap["security"].([]any)
			public := !strings.HasPrefix(path, "/v1/")
			if public != (hasSec && len(sec) == 0) {
				t.Errorf("%s %s: security %v does not match the route being public=%v", method, path, opMap["security"], public)
			}
		}
	}
	sort.Strings(served)
	sort.Strings(documented)
	for _, r := range served {
		if !slices.Contains(documented, r) {
			t.Errorf("route %s is not in api/openapi.yaml", r)
		}
	}
	for _, r := range documented {
		if !slices.Contains(served, r) {
			t.Errorf("api/openapi.yaml documents %s, which the server does not serve", r)
		}
	}
}

// TestOpenAPIRefsResolve catches a $ref to a schema, response or
// parameter that does not exist.
func TestOpenAPIRefsResolve(t *testing.T) {
	doc := loadSpec(t)
	var walk func(v any)
	walk = func(v any) {
		switch t2 := v.(type) {
		case map[string]any:
			if ref, ok := t2["$ref"].(string); ok {
				if resolve(doc, ref) == nil {
					t.Errorf("$ref %q does not resolve", ref)
				}
			}
			for _, c := range t2 {
				walk(c)
			}
		case []any:
			for _, c := range t2 {
				walk(c)
			}
		}
	}
	walk(doc)
}

func resolve(doc map[string]any, ref string) any {
	if !strings.HasPrefix(ref, "#/") {
		return nil
	}
	var cur any = doc
	for _, part := range strings.Split(strings.TrimPrefix(ref, "#/"), "/") {
		m, ok := cur.(map[string]any)
		if !ok {
			return nil
		}
		cur = m[part]
	}
	return cur
}

// TestOpenAPIServedAsJSON checks /openapi.json is the YAML document.
func TestOpenAPIServedAsJSON(t *testing.T) {
	e := newEnv(t)
	rec := e.do(request{method: "GET", path: "/openapi.json"})
	wantStatus(t, rec, http.StatusOK)
	if ct := rec.Header().Get("Content-Type"); ct != "application/json" {
		t.Errorf("Content-Type = %q", ct)
	}
	var served map[string]any
	if err := json.Unmarshal(rec.Body.Bytes(), &served); err != nil {
		t.Fatal(err)
	}
	want, _ := json.Marshal(loadSpec(t))
	got, _ := json.Marshal(served)
	if string(got) != string(want) {
		t.Errorf("/openapi.json differs from api/openapi.yaml")
	}
}

package httpapi_test

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"
)

// hostileStrings are the kinds of character no field may store, each with
// a part of the message that must name it.
var hostileStrings = []struct{ name, value, message string }{
	{"NUL", "a\x00b", "NUL"},
	{"ANSI escape", "red \x1b[31m text", "U+001B"},
	{"BEL", "ding\x07", "U+0007"},
	{"C1 control", "next\u0085line", "U+0085"},
	{"DEL", "x\x7f", "U+007F"},
	{"bidi override", "abc\u202Edef", "U+202E"},
	{"bidi isolate", "abc\u2066def", "U+2066"},
}

// TestHostileCharactersInEveryBodyField sends each kind in each string
// field of each JSON body: 400, naming the field, never reaching a store.
func TestHostileCharactersInEveryBodyField(t *testing.T) {
	e := newEnv(t)
	_, drafts := e.submit()
	fr := draftIn(t, drafts, "fr-FR")

	type target struct {
		name, method, path, token, field string
		body                             func(v string) any
	}
	launch := func(edit func(m map[string]any, v string)) func(string) any {
		return func(v string) any {
			var m map[string]any
			_ = json.Unmarshal([]byte(launchBody(t, nil)), &m)
			edit(m, v)
			return m
		}
	}
	product := func(m map[string]any) map[string]any { return m["products"].([]any)[1].(map[string]any) }
	targets := []target{
		{"launch name", "POST", "/v1/launches", e.merch, "name", launch(func(m map[string]any, v string) { m["name"] = v })},
		{"sku", "POST", "/v1/launches", e.merch, "products[1].sku", launch(func(m map[string]any, v string) { product(m)["sku"] = v })},
		{"product name", "POST", "/v1/launches", e.merch, "products[1].name", launch(func(m map[string]any, v string) { product(m)["name"] = v })},
		{"material", "POST", "/v1/launches", e.merch, "products[1].materials[0]", launch(func(m map[string]any, v string) { product(m)["materials"] = []any{v} })},
		{"attribute value", "POST", "/v1/launches", e.merch, "products[1].attributes.care", launch(func(m map[string]any, v string) {
			product(m)["attributes"] = map[string]any{"care": v}
		})},
		{"attribute key", "POST", "/v1/launches", e.merch, "products[1].attributes", launch(func(m map[string]any, v string) {
			product(m)["attributes"] = map[string]any{v: "x"}
		})},
		{"locale", "POST", "/v1/launches", e.merch, "locales[1]", launch(func(m map[string]any, v string) { m["locales"] = []any{"en-GB", v} })},
		{"token name", "POST", "/v1/tokens", adminSecret, "name", func(v string) any { return map[string]any{"name": v, "role": "merchandiser"} }},
		{"edit", "PUT", "/v1/drafts/" + fr.ID + "/text", e.reviewerFR, "text", func(v string) any { return map[string]any{"text": "Fine copy " + v} }},
		{"reject comment", "POST", "/v1/drafts/" + fr.ID + "/reject", e.reviewerFR, "comment", func(v string) any { return map[string]any{"comment": v} }},
		{"approve comment", "POST", "/v1/drafts/" + fr.ID + "/approve", e.reviewerFR, "comment", func(v string) any { return map[string]any{"comment": v} }},
		{"check text", "POST", "/v1/checks", e.merch, "text", func(v string) any {
			return map[string]any{"product": map[string]any{"sku": "1", "name": "n", "category": "charm"}, "locale": "en-GB", "channel": "pdp", "text": v}
		}},
		{"check product name", "POST", "/v1/checks", e.merch, "product.name", func(v string) any {
			return map[string]any{"product": map[string]any{"sku": "1", "name": v, "category": "charm"}, "locale": "en-GB", "channel": "pdp", "text": "x"}
		}},
		{"style guide as JSON", "PUT", "/v1/styleguide", adminSecret, "body", func(v string) any {
			return map[string]any{"body": "brand: Aurelia\nversion: \"x\"\nvoice: " + v + "\nchannels:\n  pdp: {max_words: 10}\n"}
		}},
	}
	for _, tg := range targets {
		for _, h := range hostileStrings {
			t.Run(tg.name+"/"+h.name, func(t *testing.T) {
				b, err := json.Marshal(tg.body(h.value))
				if err != nil {
					t.Fatal(err)
				}
				rec := e.do(request{method: tg.method, path: tg.path, token: tg.token, body: string(b)})
				p := checkProblem(t, rec, http.StatusBadRequest)
				if !hasField(p, tg.field, h.message) {
					t.Errorf("no error for %s naming %q: %+v (detail %q)", tg.field, h.message, p.Errors, p.Detail)
				}
			})
		}
	}
	// Line breaks are allowed in copy and comments, not in names.
	b, _ := json.Marshal(map[string]any{"text": "Line one.\nLine two.\tTabbed."})
	wantStatus(t, e.do(request{method: "PUT", path: "/v1/drafts/" + fr.ID + "/text", token: e.reviewerFR, body: string(b)}), http.StatusOK)
	b, _ = json.Marshal(launch(func(m map[string]any, v string) { m["name"] = v })("two\nlines"))
	p := checkProblem(t, e.do(request{method: "POST", path: "/v1/launches", token: e.merch, body: string(b)}), http.StatusBadRequest)
	if !hasField(p, "name", "single line") {
		t.Errorf("a line break in a name: %+v", p.Errors)
	}
}

// TestHostileCharactersInPathsAndQueries covers path parameters and query
// values, where the router has already decoded %00 and %FF.
func TestHostileCharactersInPathsAndQueries(t *testing.T) {
	e := newEnv(t)
	tests := []struct{ method, path, field string }{
		{"GET", "/v1/drafts/a%00b", "id"},
		{"GET", "/v1/drafts/a%FFb", "id"},
		{"POST", "/v1/drafts/a%1B%5B31mb/approve", "id"},
		{"GET", "/v1/launches/a%00b", "id"},
		{"GET", "/v1/launches/a%E2%80%AEb/drafts", "id"},
		{"GET", "/v1/catalogue/190001%00C01", "sku"},
		{"GET", "/v1/catalogue?locale=en%00GB", "locale"},
		{"GET", "/v1/catalogue?cursor=%FF%FE", "cursor"},
		{"GET", "/v1/launches/x/drafts?status=%07", "status"},
		{"GET", "/v1/reviews?locale=fr-FR%0A", "locale"},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			rec := e.do(request{method: tt.method, path: tt.path, token: adminSecret})
			p := checkProblem(t, rec, http.StatusBadRequest)
			if !hasField(p, tt.field, "") {
				t.Errorf("no error naming %s: %+v (detail %q)", tt.field, p.Errors, p.Detail)
			}
			if rec.Header().Get("X-Request-Id") == "" {
				t.Error("no X-Request-Id")
			}
		})
	}
	p := checkProblem(t, e.do(request{method: "GET", path: "/v1/catalogue?a=%zz", token: adminSecret}), http.StatusBadRequest)
	if !hasField(p, "query", "") {
		t.Errorf("a malformed query: %+v", p)
	}
}

func TestHeadHealthzAndTrailingSlash(t *testing.T) {
	e := newEnv(t)
	wantStatus(t, e.do(request{method: "HEAD", path: "/healthz"}), http.StatusOK)
	wantStatus(t, e.do(request{method: "HEAD", path: "/readyz"}), http.StatusOK)
	for _, path := range []string{"/v1/catalogue/", "/v1/launches/", "/healthz/"} {
		rec := e.do(request{method: "GET", path: path, token: adminSecret})
		p := checkProblem(t, rec, http.StatusNotFound)
		if !strings.Contains(p.Detail, "trailing slash") {
			t.Errorf("%s: detail %q", path, p.Detail)
		}
		if rec.Header().Get("X-Request-Id") == "" {
			t.Errorf("%s: no X-Request-Id", path)
		}
	}
}

func TestIdempotencyKeyCharacters(t *testing.T) {
	e := newEnv(t)
	for _, key := range []string{"key with space", "k\xffey", "ключ"} {
		p := checkProblem(t, e.do(request{method: "POST", path: "/v1/launches", token: e.merch, body: launchBody(t, nil),
			header: map[string]string{"Idempotency-Key": key}}), http.StatusBadRequest)
		if !hasField(p, "Idempotency-Key", "printable ASCII") {
			t.Errorf("%q: %+v", key, p.Errors)
		}
	}
}

func TestDuplicateKeysAndDeepNesting(t *testing.T) {
	e := newEnv(t)
	dupTop := strings.Replace(launchBody(t, nil), `{"channels"`, `{"name":"first","channels"`, 1)
	dupDeep := strings.Replace(launchBody(t, nil), `"sku":"190002C01"`, `"sku":"190002C01","sku":"190003C01"`, 1)
	dupAttr := strings.Replace(launchBody(t, nil), `"sku":"190002C01"`, `"sku":"190002C01","attributes":{"care":"a","care":"b"}`, 1)
	deep := `{"name":` + strings.Repeat(`[`, 100000) + strings.Repeat(`]`, 100000) + `}`
	deepObj := `{"products":[{"attributes":` + strings.Repeat(`{"a":`, 40) + `1` + strings.Repeat(`}`, 40) + `}]}`
	tests := []struct{ name, body, field, message string }{
		{"duplicate top-level key", dupTop, "name", "more than once"},
		{"duplicate nested key", dupDeep, "products[1].sku", "more than once"},
		{"duplicate map key", dupAttr, "products[1].attributes.care", "more than once"},
		{"deep arrays", deep, "name" + strings.Repeat("[0]", 31), "deeper than 32"},
		{"deep objects", deepObj, "products[0].attributes" + strings.Repeat(".a", 29), "deeper than 32"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := checkProblem(t, e.do(request{method: "POST", path: "/v1/launches", token: e.merch, body: tt.body}), http.StatusBadRequest)
			if !hasField(p, tt.field, tt.message) {
				t.Errorf("want %s %q: %+v", tt.field, tt.message, p.Errors)
			}
		})
	}
	// Keys that differ only in case are distinct JSON keys but the same Go
	// field: encoding/json would let the second win. Refused as unknown.
	p := checkProblem(t, e.do(request{method: "POST", path: "/v1/tokens", token: adminSecret, body: `{"name":"a","Name":"b","role":"admin"}`}), http.StatusBadRequest)
	if len(p.Errors) == 0 {
		t.Errorf("case-folded duplicate: %+v", p)
	}
}

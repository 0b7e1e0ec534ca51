package httpapi

import (
	"errors"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// FuzzDecodeLaunch: any body decodes into a launch or is refused with a
// 4xx code, never a panic; a body that decodes holds no string a store
// could refuse, and validating it never panics or answers anything but
// invalid.
func FuzzDecodeLaunch(f *testing.F) {
	for _, s := range []string{
		`{"name":"L","source_locale":"en-GB","locales":["en-GB"],"channels":["pdp"],"products":[{"sku":"A1","name":"Heart","category":"charm","attributes":{"care":"wipe"}}]}`,
		`{"name":"a\u0000b"}`,
		`{"name":"x","name":"y"}`,
		`{"products":[{"sku":"ＡＢ１"},{"sku":" ab1 "}]}`,
		`{"locales":["qaa","und","zh-Hant-TW"]}`,
		`[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]`,
		`{"name":"\u202e\u001b[31m","products":[{"attributes":{"\u0000":"x"}}]}`,
		`{"budget":1e400}`,
		"{\"name\":\"\xff\"}",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, body string) {
		r := httptest.NewRequest("POST", "/v1/launches", strings.NewReader(body))
		r.Header.Set("Content-Type", "application/json")
		var in core.LaunchInput
		err := decodeJSON(r, &in, false)
		if err != nil {
			var e *core.Error
			if !errors.As(err, &e) {
				t.Fatalf("decode error %T %v is not a core.Error", err, err)
			}
			if p, _ := problemFor(err); p.Status < 400 || p.Status >= 500 {
				t.Fatalf("decode answered %d for %q: %v", p.Status, body, err)
			}
			return
		}
		if fields := core.CheckStrings(&in); len(fields) > 0 {
			t.Fatalf("decoded a body holding unstorable strings: %+v", fields)
		}
		if err := core.ValidateLaunch(&in, func(string) bool { return true }); err != nil && !core.IsCode(err, core.CodeInvalid) {
			t.Fatalf("ValidateLaunch = %v", err)
		}
	})
}

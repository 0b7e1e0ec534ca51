package httpapi

import (
	"errors"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

func TestDecodeJSONFieldPaths(t *testing.T) {
	tests := []struct {
		body, field, message string
	}{
		{`{"products":[{"attributes":{"size":5}}]}`, "products[0].attributes.size", "must be a string"},
		{`{"PRODUCTS":[{"Stones":[{"count":true}]}]}`, "PRODUCTS[0].Stones[0].count", "must be a whole number"},
		{`{"products":[{"stones":[{"count":99999999999999999999}]}]}`, "products[0].stones[0].count", "is out of range"},
		{`{"products":[{"stones":[{"count":-1.5}]}]}`, "products[0].stones[0].count", "must be a whole number"},
		{`{"products":{"sku":"1"}}`, "products", "must be an array"},
		{`{"products":["190001C01"]}`, "products[0]", "must be an object"},
		{`{"locales":[1]}`, "locales[0]", "must be a string"},
		{`{"name":null,"products":[{"sku":"1","extra":{"deep":[1,{"x":2}]}}]}`, "products[0].extra", "is not a known field"},
		// The first problem in document order is the one reported.
		{`{"mode":7,"nmae":"x"}`, "mode", "must be a string"},
	}
	for _, tt := range tests {
		req := httptest.NewRequest("POST", "/", strings.NewReader(tt.body))
		req.Header.Set("Content-Type", "application/json")
		var in core.LaunchInput
		err := decodeJSON(req, &in, false)
		var e *core.Error
		if !errors.As(err, &e) || e.Code != core.CodeInvalid || len(e.Fields) != 1 {
			t.Errorf("%s: err = %v", tt.body, err)
			continue
		}
		if e.Fields[0].Field != tt.field || !strings.Contains(e.Fields[0].Message, tt.message) {
			t.Errorf("%s: field %q %q, want %q %q", tt.body, e.Fields[0].Field, e.Fields[0].Message, tt.field, tt.message)
		}
	}
}

func TestDecodeJSONAcceptsValidInput(t *testing.T) {
	body := `{"name":"x","SOURCE_LOCALE":"en-GB","products":[{"sku":"1","stones":[{"type":"pearl","count":3}],"attributes":{"a":"b"}}]}` + "\n\t "
	req := httptest.NewRequest("POST", "/", strings.NewReader(body))
	req.Header.Set("Content-Type", "application/json; charset=utf-8")
	var in core.LaunchInput
	if err := decodeJSON(req, &in, false); err != nil {
		t.Fatal(err)
	}
	if in.SourceLocale != "en-GB" || in.Products[0].Stones[0].Count != 3 {
		t.Errorf("decoded %+v", in)
	}
}

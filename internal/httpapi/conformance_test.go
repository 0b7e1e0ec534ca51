package httpapi_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/getkin/kin-openapi/openapi3filter"
	"github.com/getkin/kin-openapi/routers"
	"github.com/getkin/kin-openapi/routers/gorillamux"

	"github.com/copydesk/copydesk/api"
)

// The spec cannot drift from the code: every request that any test in this
// package sends through newEnv is checked against api/openapi.yaml with
// kin-openapi's openapi3filter, and so is the answer the real handler gave:
//
//   - every answer must be one the operation documents (status, headers,
//     content type and body schema);
//   - a request the spec refuses must be refused by the server (4xx), so
//     the documented constraints are ones the server really enforces;
//   - a route the server answers must be in the spec (else 404/405).

// headerLenient marks a request that the spec refuses on purpose and the
// server forgives (Postel's law), such as an unencoded "+" in a time. The
// wrapper removes it before the handler sees the request.
const headerLenient = "X-Test-Spec-Lenient"

func init() {
	// YAML under its other common media type, as the server accepts it.
	openapi3filter.RegisterBodyDecoder("text/yaml", openapi3filter.YamlBodyDecoder)
	// Spreadsheets are read by internal/sheets; the spec checks only that
	// the operation takes the type.
	openapi3filter.RegisterBodyDecoder("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", openapi3filter.FileBodyDecoder)
}

var (
	specOnce   sync.Once
	specRouter routers.Router
	specErr    error
)

func loadSpecRouter() (routers.Router, error) {
	specOnce.Do(func() {
		loader := openapi3.NewLoader()
		doc, err := loader.LoadFromData(api.OpenAPIYAML)
		if err != nil {
			specErr = fmt.Errorf("load api/openapi.yaml: %w", err)
			return
		}
		if err := doc.Validate(context.Background()); err != nil {
			specErr = fmt.Errorf("api/openapi.yaml is not a valid OpenAPI document: %w", err)
			return
		}
		specRouter, specErr = gorillamux.NewRouter(doc)
	})
	return specRouter, specErr
}

// specValidated wraps h so that every exchange is checked against the spec;
// a mismatch fails t.
func specValidated(t *testing.T, h http.Handler) http.Handler {
	t.Helper()
	router, err := loadSpecRouter()
	if err != nil {
		t.Fatal(err)
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.Contains(r.Header.Get("Accept"), "text/event-stream") {
			// A stream never ends inside a recorder; the SSE tests check
			// the stream's framing themselves.
			h.ServeHTTP(w, r)
			return
		}
		lenient := r.Header.Get(headerLenient) != ""
		r.Header.Del(headerLenient)
		var reqBody []byte
		if r.Body != nil {
			reqBody, _ = io.ReadAll(r.Body)
			r.Body = io.NopCloser(bytes.NewReader(reqBody))
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, r)
		checkExchange(t, router, r, reqBody, rec, lenient)
		for k, v := range rec.Header() {
			w.Header()[k] = v
		}
		w.WriteHeader(rec.Code)
		_, _ = w.Write(rec.Body.Bytes())
	})
}

func checkExchange(t *testing.T, router routers.Router, r *http.Request, reqBody []byte, rec *httptest.ResponseRecorder, lenient bool) {
	t.Helper()
	where := r.Method + " " + r.URL.RequestURI()
	// A copy of the request for the validator, with a fresh body reader.
	vr := r.Clone(context.Background())
	vr.Body = io.NopCloser(bytes.NewReader(reqBody))
	if vr.URL.Host == "" {
		vr.URL.Host = "example.com"
		vr.URL.Scheme = "http"
	}
	route, params, err := router.FindRoute(vr)
	if err != nil {
		var re *routers.RouteError
		if errors.As(err, &re) && (rec.Code == http.StatusNotFound || rec.Code == http.StatusMethodNotAllowed) {
			return // undocumented routes must not be served, and are not
		}
		t.Errorf("spec: %s answered %d but the spec has no such operation: %v", where, rec.Code, err)
		return
	}
	opts := &openapi3filter.Options{
		AuthenticationFunc:    openapi3filter.NoopAuthenticationFunc,
		IncludeResponseStatus: true,
		MultiError:            true,
	}
	in := &openapi3filter.RequestValidationInput{Request: vr, PathParams: params, Route: route, Options: opts}
	reqErr := openapi3filter.ValidateRequest(context.Background(), in)
	if reqErr != nil && !lenient && (rec.Code < 400 || rec.Code >= 500) {
		t.Errorf("spec: %s: the spec refuses this request (%v) but the server answered %d: the spec and the server disagree",
			where, firstLine(reqErr), rec.Code)
	}
	// Validate the response against the operation whatever the request was.
	in.Request = vr
	out := &openapi3filter.ResponseValidationInput{
		RequestValidationInput: in,
		Status:                 rec.Code,
		Header:                 rec.Header(),
		Body:                   io.NopCloser(bytes.NewReader(rec.Body.Bytes())),
		Options:                opts,
	}
	if err := openapi3filter.ValidateResponse(context.Background(), out); err != nil {
		t.Errorf("spec: %s answered %d, which %s's documentation does not allow: %v\nbody: %.400s",
			where, rec.Code, route.Operation.OperationID, err, rec.Body.String())
	}
}

func firstLine(err error) string {
	s := err.Error()
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i] + " …"
	}
	return s
}

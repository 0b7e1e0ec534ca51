package metrics_test

import (
	"context"
	"errors"
	"io"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/metrics"
)

type gen struct{ err error }

func (g gen) Generate(context.Context, core.GenerateRequest) (*core.Generation, error) {
	if g.err != nil {
		return nil, g.err
	}
	return &core.Generation{Usage: core.Usage{PromptTokens: 800, CompletionTokens: 120, Cost: 0.25}}, nil
}

type estGen struct{ gen }

func (estGen) Estimate(core.GenerateRequest) core.CallEstimate { return core.CallEstimate{Model: "m"} }

type checker struct{}

func (checker) Check(core.CheckInput) []core.Finding {
	return []core.Finding{{Rule: "grounding.material", Category: "grounding", Severity: "block"},
		{Rule: "no-cheap", Category: "banned_term", Severity: "block"}}
}

func scrape(t *testing.T, m *metrics.Metrics) string {
	t.Helper()
	rec := httptest.NewRecorder()
	m.Handler().ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
	b, _ := io.ReadAll(rec.Body)
	return string(b)
}

func TestMetrics(t *testing.T) {
	t.Parallel()
	m := metrics.New()
	ctx := context.Background()
	ok := m.Generator("primary", gen{})
	for range 3 {
		if _, err := ok.Generate(ctx, core.GenerateRequest{}); err != nil {
			t.Fatal(err)
		}
	}
	if _, isEst := ok.(core.Estimator); isEst {
		t.Error("a generator without Estimate gained one")
	}
	if _, isEst := m.Generator("x", estGen{}).(core.Estimator); !isEst {
		t.Error("the decorator hid the generator's Estimate")
	}
	_, _ = m.Generator("fallback", gen{err: core.Errorf(core.CodeUnavailable, "429")}).Generate(ctx, core.GenerateRequest{})
	_, _ = m.Generator("fallback", gen{err: errors.New("bad")}).Generate(ctx, core.GenerateRequest{})
	m.Checker(checker{}).Check(core.CheckInput{})
	m.ObserveHTTP("GET", "/v1/drafts/:id", 200, 3*time.Millisecond)
	m.ObserveHTTP("GET", "", 404, time.Millisecond)
	m.ObserveDelivery("failed", time.Second)

	out := scrape(t, m)
	for _, want := range []string{
		`copydesk_model_calls_total{outcome="ok",provider="primary"} 3`,
		`copydesk_model_calls_total{outcome="unavailable",provider="fallback"} 1`,
		`copydesk_model_calls_total{outcome="error",provider="fallback"} 1`,
		`copydesk_model_tokens_total{kind="prompt",provider="primary"} 2400`,
		`copydesk_model_tokens_total{kind="completion",provider="primary"} 360`,
		`copydesk_model_cost_total{provider="primary"} 0.75`,
		`copydesk_model_call_duration_seconds_count{provider="primary"} 3`,
		`copydesk_findings_total{category="grounding",rule="grounding.material",severity="block"} 1`,
		`copydesk_checks_total{verdict="block"} 1`,
		`copydesk_http_requests_total{method="GET",route="/v1/drafts/:id",status="200"} 1`,
		`copydesk_http_requests_total{method="GET",route="unmatched",status="404"} 1`,
		`copydesk_webhook_deliveries_total{outcome="failed"} 1`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("scrape lacks %s", want)
		}
	}
}

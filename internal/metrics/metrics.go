// Package metrics is copydesk's Prometheus adapter (client_golang): one
// registry per process with the HTTP, model, check, webhook and queue
// metrics, decorators that observe core's Generator and Checker, and the
// /metrics handler. Every metric is prefixed copydesk_ except Asynq's own
// queue metrics (asynq_*), which come from Asynq's collector.
package metrics

import (
	"context"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/webhook"
)

// Metrics holds the collectors of one process.
type Metrics struct {
	reg *prometheus.Registry

	httpRequests *prometheus.CounterVec
	httpDuration *prometheus.HistogramVec
	modelCalls   *prometheus.CounterVec
	modelLatency *prometheus.HistogramVec
	modelTokens  *prometheus.CounterVec
	modelCost    *prometheus.CounterVec
	findings     *prometheus.CounterVec
	checks       *prometheus.CounterVec
	deliveries   *prometheus.CounterVec
	deliveryTime prometheus.Histogram
}

// New returns the metrics of a process, with Go runtime and process
// collectors registered.
func New() *Metrics {
	m := &Metrics{reg: prometheus.NewRegistry()}
	m.httpRequests = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "copydesk_http_requests_total",
		Help: "HTTP requests answered, by method, route template and status code."}, []string{"method", "route", "status"})
	m.httpDuration = prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "copydesk_http_request_duration_seconds",
		Help: "Time to answer HTTP requests, by method and route template.", Buckets: prometheus.DefBuckets}, []string{"method", "route"})
	m.modelCalls = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "copydesk_model_calls_total",
		Help: "Model calls by provider and outcome (ok, unavailable: rate limit or outage, error)."}, []string{"provider", "outcome"})
	m.modelLatency = prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "copydesk_model_call_duration_seconds",
		Help: "Model call latency by provider.", Buckets: []float64{.1, .25, .5, 1, 2, 5, 10, 20, 40, 80}}, []string{"provider"})
	m.modelTokens = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "copydesk_model_tokens_total",
		Help: "Tokens spent by provider and kind (prompt, completion)."}, []string{"provider", "kind"})
	m.modelCost = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "copydesk_model_cost_total",
		Help: "Cost of model calls by provider, in the providers' price-table currency."}, []string{"provider"})
	m.checks = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "copydesk_checks_total",
		Help: "Texts checked, by verdict (pass, warn, block)."}, []string{"verdict"})
	m.findings = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "copydesk_findings_total",
		Help: "Findings reported by the checks, by category, rule and severity."}, []string{"category", "rule", "severity"})
	m.deliveries = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "copydesk_webhook_deliveries_total",
		Help: "Webhook delivery attempts by outcome (delivered, failed, refused)."}, []string{"outcome"})
	m.deliveryTime = prometheus.NewHistogram(prometheus.HistogramOpts{Name: "copydesk_webhook_delivery_duration_seconds",
		Help: "Time of webhook delivery attempts.", Buckets: prometheus.DefBuckets})
	m.reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}),
		m.httpRequests, m.httpDuration, m.modelCalls, m.modelLatency, m.modelTokens, m.modelCost,
		m.checks, m.findings, m.deliveries, m.deliveryTime)
	return m
}

// Register adds more collectors (Asynq's queue collector, the store's
// drafts-by-state gauge) to the registry.
func (m *Metrics) Register(cs ...prometheus.Collector) error {
	for _, c := range cs {
		if err := m.reg.Register(c); err != nil {
			return err
		}
	}
	return nil
}

// Handler serves the registry in the Prometheus exposition format.
func (m *Metrics) Handler() http.Handler {
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{Registry: m.reg})
}

// ObserveHTTP records one answered request. route is the route template
// ("/v1/drafts/:id"), never the raw path, so the label set stays bounded;
// unmatched paths are recorded as "unmatched".
func (m *Metrics) ObserveHTTP(method, route string, status int, d time.Duration) {
	if route == "" {
		route = "unmatched"
	}
	m.httpRequests.WithLabelValues(method, route, strconv.Itoa(status)).Inc()
	m.httpDuration.WithLabelValues(method, route).Observe(d.Seconds())
}

// ObserveDelivery records one webhook delivery attempt: outcome is
// delivered, failed or refused (SSRF guard).
func (m *Metrics) ObserveDelivery(outcome string, d time.Duration) {
	m.deliveries.WithLabelValues(outcome).Inc()
	m.deliveryTime.Observe(d.Seconds())
}

// DraftCounter counts every draft per status (core.Service.StatusCounts).
type DraftCounter func(ctx context.Context) (map[core.Status]int, error)

// Drafts returns the collector of copydesk_drafts{status}: the number of
// drafts in each state, read from the store's kept counters at each
// scrape (one small query). A store that does not answer within 2 s
// leaves the gauge out of that scrape rather than failing it.
func (m *Metrics) Drafts(count DraftCounter) prometheus.Collector {
	return &draftsCollector{count: count, desc: prometheus.NewDesc("copydesk_drafts",
		"Drafts in each state (queued, generating, in_review, approved, published, rejected, failed), over all launches.",
		[]string{"status"}, nil)}
}

type draftsCollector struct {
	count DraftCounter
	desc  *prometheus.Desc
}

func (c *draftsCollector) Describe(ch chan<- *prometheus.Desc) { ch <- c.desc }

func (c *draftsCollector) Collect(ch chan<- prometheus.Metric) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	counts, err := c.count(ctx)
	if err != nil {
		ch <- prometheus.NewInvalidMetric(c.desc, err)
		return
	}
	for _, st := range core.Statuses {
		ch <- prometheus.MustNewConstMetric(c.desc, prometheus.GaugeValue, float64(counts[st]), string(st))
	}
}

// WebhookSender returns s observed: every attempt counted by outcome
// (delivered, failed, refused) and timed.
func (m *Metrics) WebhookSender(s core.WebhookSender) core.WebhookSender {
	return &webhookSender{m: m, s: s}
}

type webhookSender struct {
	m *Metrics
	s core.WebhookSender
}

func (w *webhookSender) Send(ctx context.Context, url, eventID string, body []byte) webhook.Attempt {
	a := w.s.Send(ctx, url, eventID, body)
	outcome := core.DeliveryFailed
	switch {
	case a.OK():
		outcome = core.DeliveryDelivered
	case a.Refused:
		outcome = core.DeliveryRefused
	}
	w.m.ObserveDelivery(outcome, a.Duration)
	return a
}

// Generator returns gen observed as provider: calls, latency, tokens and
// cost. It keeps gen's Estimate when gen has one.
func (m *Metrics) Generator(provider string, gen core.Generator) core.Generator {
	g := &generator{m: m, provider: provider, gen: gen}
	if e, ok := gen.(core.Estimator); ok {
		return &estimatingGenerator{generator: g, est: e}
	}
	return g
}

type generator struct {
	m        *Metrics
	provider string
	gen      core.Generator
}

func (g *generator) Generate(ctx context.Context, req core.GenerateRequest) (*core.Generation, error) {
	start := time.Now()
	out, err := g.gen.Generate(ctx, req)
	g.m.modelLatency.WithLabelValues(g.provider).Observe(time.Since(start).Seconds())
	outcome := "ok"
	switch {
	case err != nil && core.IsCode(err, core.CodeUnavailable):
		outcome = "unavailable"
	case err != nil:
		outcome = "error"
	}
	g.m.modelCalls.WithLabelValues(g.provider, outcome).Inc()
	if out != nil {
		g.m.modelTokens.WithLabelValues(g.provider, "prompt").Add(float64(out.Usage.PromptTokens))
		g.m.modelTokens.WithLabelValues(g.provider, "completion").Add(float64(out.Usage.CompletionTokens))
		g.m.modelCost.WithLabelValues(g.provider).Add(out.Usage.Cost)
	}
	return out, err
}

// ModelFree implements core.ModelFree for the observed generator.
func (g *generator) ModelFree() bool {
	f, ok := g.gen.(core.ModelFree)
	return ok && f.ModelFree()
}

// SupportedLocales implements core.LocaleLister: the observed generator's
// locales, or nil when it does not restrict them. A wrapper that dropped
// this would widen the accepted locales to every tag.
func (g *generator) SupportedLocales() []string {
	if l, ok := g.gen.(core.LocaleLister); ok {
		return l.SupportedLocales()
	}
	return nil
}

type estimatingGenerator struct {
	*generator
	est core.Estimator
}

func (g *estimatingGenerator) Estimate(req core.GenerateRequest) core.CallEstimate {
	return g.est.Estimate(req)
}

// Checker returns c observed: verdicts and findings by category and rule.
// It is a core.NeighbourCache when c is.
func (m *Metrics) Checker(c core.Checker) core.Checker {
	if nc, ok := c.(core.NeighbourCache); ok {
		return &cachingChecker{checker{m: m, c: c}, nc}
	}
	return &checker{m: m, c: c}
}

type checker struct {
	m *Metrics
	c core.Checker
}

// cachingChecker is checker for a core.NeighbourCache, which it passes on.
type cachingChecker struct {
	checker
	core.NeighbourCache
}

// StoredEntry implements core.StoredEntryMaker: the observed checker's,
// nil (the text given) when it makes none.
func (c *cachingChecker) StoredEntry(key string, sig []byte) any {
	if m, ok := c.NeighbourCache.(core.StoredEntryMaker); ok {
		return m.StoredEntry(key, sig)
	}
	return nil
}

func (c *checker) Check(in core.CheckInput) []core.Finding {
	out := c.c.Check(in)
	c.m.checks.WithLabelValues(core.Verdict(out)).Inc()
	for _, f := range out {
		c.m.findings.WithLabelValues(f.Category, ruleLabel(f.Rule), f.Severity).Inc()
	}
	return out
}

// NearKeys implements core.NearKeyer when the observed checker does, so
// that near-duplicate candidates come from the index through the wrapper.
func (c *checker) NearKeys(text string) []uint64 {
	if nk, ok := c.c.(core.NearKeyer); ok {
		return nk.NearKeys(text)
	}
	return nil
}

// SupportedLocales implements core.LocaleLister: the observed checker's
// locales, or nil when it does not restrict them.
func (c *checker) SupportedLocales() []string {
	if l, ok := c.c.(core.LocaleLister); ok {
		return l.SupportedLocales()
	}
	return nil
}

// ruleLabel bounds a rule id used as a label: ids come from the style
// guide, whose authors could otherwise grow the label set without end.
func ruleLabel(rule string) string {
	if len(rule) > 80 {
		rule = rule[:80]
	}
	return strings.ToValidUTF8(rule, "?")
}

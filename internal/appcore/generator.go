package appcore

import (
	"fmt"
	"log/slog"
	"net/url"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/llm"
	"github.com/copydesk/copydesk/internal/offline"
	"github.com/copydesk/copydesk/internal/openai"
	"github.com/copydesk/copydesk/internal/ratelimit"
)

// NewGenerator builds the configured generator and a string naming it
// (for the generation cache):
//   - LLM_PROVIDERS_FILE: a router over those providers;
//   - LLM_BASE_URL or LLM_API_KEY: one OpenAI-compatible provider, limited
//     by LLM_RPM and LLM_TPM;
//   - neither: the offline template writer.
//
// Every provider is booked against a limiter in Redis shared by all
// worker processes, so N workers together stay under each limit.
//
// observe, if not nil, wraps each provider's generator (metrics by provider).
func NewGenerator(cfg Config, getenv func(string) string, rdb redis.UniversalClient, log *slog.Logger,
	observe func(provider string, g core.Generator) core.Generator) (core.Generator, string, error) {
	if observe == nil {
		observe = func(_ string, g core.Generator) core.Generator { return g }
	}
	var providers []llm.ProviderConfig
	switch {
	case cfg.LLMProvidersFile != "":
		ps, err := llm.LoadProviders(cfg.LLMProvidersFile, getenv)
		if err != nil {
			return nil, "", fmt.Errorf("LLM_PROVIDERS_FILE: %w", err)
		}
		providers = ps
	case cfg.LLMBaseURL != "" || cfg.LLMAPIKey != "":
		providers = []llm.ProviderConfig{singleProvider(cfg)}
	default:
		return observe("offline", offline.New()), offline.Model, nil
	}
	routes := make([]llm.Provider, 0, len(providers))
	id := ""
	for _, p := range providers {
		oc, err := openai.ConfigFromProvider(p)
		if err != nil {
			return nil, "", err
		}
		routes = append(routes, p.Provider(observe(p.Name, openai.New(oc))))
		id += p.Name + "/" + p.Model + ";"
	}
	router, err := llm.NewRouter(routes, llm.Options{Limiter: ratelimit.NewRedis(rdb, ""), Logger: log})
	if err != nil {
		return nil, "", err
	}
	return router, id, nil
}

// singleProvider describes the provider of LLM_BASE_URL, LLM_API_KEY and
// LLM_MODEL, named after its host.
func singleProvider(cfg Config) llm.ProviderConfig {
	base := cfg.LLMBaseURL
	if base == "" {
		base = "https://api.openai.com/v1"
	}
	model := cfg.LLMModel
	if model == "" {
		model = "gpt-4o-mini"
	}
	name := "openai"
	if u, err := url.Parse(base); err == nil && u.Hostname() != "api.openai.com" {
		name = u.Hostname()
	}
	return llm.ProviderConfig{Name: name, BaseURL: base, APIKey: cfg.LLMAPIKey, Model: model,
		RPM: cfg.LLMRPM, TPM: cfg.LLMTPM, Timeout: llm.Duration(60 * time.Second)}
}

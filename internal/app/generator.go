package app

import (
	"net/url"
	"time"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/offline"
	"github.com/copydesk/copydesk/internal/openai"
)

// NewGenerator builds the configured generator and a string naming it
// (for the generation cache): the OpenAI-compatible client when an LLM is
// configured, else the offline template writer.
func NewGenerator(cfg Config, getenv func(string) string) (core.Generator, string, error) {
	if cfg.LLMBaseURL == "" && cfg.LLMAPIKey == "" {
		return offline.New(), "offline/template-v1", nil
	}
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
	g := openai.New(openai.Config{Name: name, BaseURL: base, APIKey: cfg.LLMAPIKey, Model: model, Timeout: 60 * time.Second})
	return g, name + "/" + model, nil
}

package openai

import (
	"fmt"
	"time"

	"github.com/copydesk/copydesk/internal/llm"
)

// ConfigFromProvider turns an entry of the providers file into a Config,
// so that wiring a router is one loop:
//
//	for _, p := range providers {
//		cfg, err := openai.ConfigFromProvider(p)
//		...
//		routes = append(routes, p.Provider(openai.New(cfg)))
//	}
func ConfigFromProvider(p llm.ProviderConfig) (Config, error) {
	mode, err := ParseStructuredOutput(p.StructuredOutput)
	if err != nil {
		return Config{}, fmt.Errorf("provider %s: %w", p.Name, err)
	}
	cfg := Config{
		Name:             p.Name,
		BaseURL:          p.BaseURL,
		APIKey:           p.APIKey,
		Model:            p.Model,
		Timeout:          time.Duration(p.Timeout),
		MaxTokens:        p.MaxTokens,
		Temperature:      p.Temperature,
		StructuredOutput: mode,
		Price:            Price{PromptPer1K: p.Price.PromptPer1K, CompletionPer1K: p.Price.CompletionPer1K},
	}
	if p.Azure != nil {
		cfg.Azure = &Azure{APIVersion: p.Azure.APIVersion, Deployment: p.Azure.Deployment}
	}
	return cfg, nil
}

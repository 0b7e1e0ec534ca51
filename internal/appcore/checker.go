package appcore

import (
	"github.com/copydesk/copydesk/internal/checks"
	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/grounding"
)

// NewChecker builds the full checker with fact grounding.
func NewChecker() core.Checker {
	return checks.NewScoped(grounding.CheckScoped)
}

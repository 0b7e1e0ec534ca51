package core

import (
	"context"
	"math"
)

// CallEstimate forecasts one model call.
type CallEstimate struct {
	Model            string
	PromptTokens     int
	CompletionTokens int
	Cost             float64
	// RequestsPerMinute is the pace the generator may call at (the sum of
	// its providers' limits); zero means no limit is configured.
	RequestsPerMinute float64
}

// Estimator is implemented by generators that can forecast a call without
// making it, for dry runs.
type Estimator interface {
	Estimate(req GenerateRequest) CallEstimate
}

// LaunchEstimate is what a dry run answers: what the launch would cost and
// how long it would take at the configured limits, without any model call.
type LaunchEstimate struct {
	Drafts int `json:"drafts"`
	// Cached drafts would reuse a description already paid for.
	Cached     int `json:"cached"`
	ModelCalls int `json:"model_calls"`
	// MaxModelCalls counts every re-ask the attempt budget allows.
	MaxModelCalls     int      `json:"max_model_calls"`
	PromptTokens      int      `json:"prompt_tokens"`
	CompletionTokens  int      `json:"completion_tokens"`
	Cost              float64  `json:"cost"`
	MaxCost           float64  `json:"max_cost"`
	DurationSeconds   *float64 `json:"duration_seconds"`
	RequestsPerMinute float64  `json:"requests_per_minute,omitempty"`
	Model             string   `json:"model,omitempty"`
	// WithinBudget is false when the launch's budget would not cover the
	// estimated cost.
	WithinBudget bool `json:"within_budget"`
}

// EstimateLaunch validates a launch like SubmitLaunch and forecasts its
// tokens, cost and duration without storing it or calling any model.
func (s *Service) EstimateLaunch(ctx context.Context, caller *Token, in LaunchInput) (*LaunchEstimate, error) {
	if err := requireRole(caller, RoleMerchandiser, RoleIntegration); err != nil {
		return nil, err
	}
	doc, guide, err := s.CurrentStyleGuide(ctx)
	if err != nil {
		return nil, err
	}
	if err := s.validateLaunch(&in, guide.HasChannel); err != nil {
		return nil, err
	}
	est := &LaunchEstimate{WithinBudget: true}
	estimator, _ := s.gen.(Estimator)
	for _, p := range in.Products {
		for _, loc := range in.Locales {
			for _, ch := range in.Channels {
				est.Drafts++
				req := GenerateRequest{Product: p, Locale: loc, Channel: ch, Guide: guide, Attempt: 1}
				if in.Mode == ModeTranslate && loc != in.SourceLocale {
					// The source text is not written yet: assume it is as
					// long as the channel allows.
					req.Source = &SourceText{Locale: in.SourceLocale}
				}
				if _, err := s.store.CachedGeneration(ctx, s.cacheKey(req, doc.Version)); err == nil {
					est.Cached++
					continue
				}
				if estimator == nil {
					continue // the offline generator makes no model calls
				}
				call := estimator.Estimate(req)
				est.ModelCalls++
				est.PromptTokens += call.PromptTokens
				est.CompletionTokens += call.CompletionTokens
				est.Cost += call.Cost
				est.RequestsPerMinute, est.Model = call.RequestsPerMinute, call.Model
			}
		}
	}
	est.MaxModelCalls = est.ModelCalls * s.cfg.MaxAttempts
	est.MaxCost = est.Cost * float64(s.cfg.MaxAttempts)
	est.Cost = round6(est.Cost)
	est.MaxCost = round6(est.MaxCost)
	if est.RequestsPerMinute > 0 {
		d := math.Round(float64(est.ModelCalls) / est.RequestsPerMinute * 60)
		est.DurationSeconds = &d
	}
	if in.Budget > 0 && est.Cost > in.Budget {
		est.WithinBudget = false
	}
	return est, nil
}

func round6(f float64) float64 { return math.Round(f*1e6) / 1e6 }

package core

import (
	"context"
	"fmt"
)

// CheckRequest asks to judge a text without generating.
type CheckRequest struct {
	Product Product `json:"product"`
	Locale  string  `json:"locale" validate:"required"`
	Channel string  `json:"channel" validate:"required"`
	Text    string  `json:"text" text:"multiline" validate:"required,max=10000"`
}

// CheckResult is a verdict with its findings.
type CheckResult struct {
	Verdict           string    `json:"verdict"`
	Findings          []Finding `json:"findings"`
	StyleGuideVersion string    `json:"style_guide_version"`
}

// CheckText judges a text for a product, locale and channel.
func (s *Service) CheckText(ctx context.Context, in CheckRequest) (*CheckResult, error) {
	var fields []FieldError
	if err := ValidateStruct(&in); err != nil {
		fields = append(fields, err.(*Error).Fields...)
	}
	doc, guide, err := s.CurrentStyleGuide(ctx)
	if err != nil {
		return nil, err
	}
	if in.Locale != "" {
		if c, err := CanonicalLocale(in.Locale); err != nil {
			fields = append(fields, FieldError{Field: "locale", Message: err.Error()})
		} else if msg := unsupportedLocale(c, s.checkableLocales()); msg != "" {
			fields = append(fields, FieldError{Field: "locale", Message: msg})
		} else {
			in.Locale = c
		}
	}
	if in.Channel != "" && !guide.HasChannel(in.Channel) {
		fields = append(fields, FieldError{Field: "channel", Message: fmt.Sprintf("unknown channel %q: the style guide does not define it", in.Channel)})
	}
	fields = append(fields, CheckStrings(&in)...)
	if len(fields) > 0 {
		return nil, Invalid("the check request is not valid", fields...)
	}
	findings := s.checker.Check(CheckInput{Product: in.Product, Locale: in.Locale, Channel: in.Channel, Text: in.Text, Guide: guide})
	if findings == nil {
		findings = []Finding{}
	}
	return &CheckResult{Verdict: Verdict(findings), Findings: findings, StyleGuideVersion: doc.Version}, nil
}

package main

import (
	"context"
	"io"
	"strings"
	"testing"
)

func TestRunNeedsRedis(t *testing.T) {
	tests := []struct {
		name string
		args []string
		env  map[string]string
		want string
	}{
		{"no redis", nil, map[string]string{}, "REDIS_URL is required"},
		{"arguments", []string{"-x"}, map[string]string{}, "no arguments"},
		{"bad config", nil, map[string]string{"REDIS_URL": "redis://127.0.0.1:1/0", "MAX_ATTEMPTS": "zero"}, "MAX_ATTEMPTS"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := run(context.Background(), tt.args, func(k string) string { return tt.env[k] }, io.Discard, io.Discard)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("err = %v; want %q", err, tt.want)
			}
		})
	}
}

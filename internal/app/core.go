package app

import (
	"context"
	"io"
	"log/slog"

	"github.com/hibiken/asynq"
	"github.com/redis/go-redis/v9"

	"github.com/copydesk/copydesk/internal/appcore"
	"github.com/copydesk/copydesk/internal/core"
)

// The wiring every process shares, as internal/appcore names it (cmd/api,
// the tests and internal/bench reach it through this package).

// Config is appcore.Config: the environment of DESIGN.md section 2.
type Config = appcore.Config

// NEAR_INDEX's values (appcore).
const (
	NearIndexStore = appcore.NearIndexStore
	NearIndexRedis = appcore.NearIndexRedis
)

// DefaultWorkerMemoryLimit is appcore.DefaultWorkerMemoryLimit.
const DefaultWorkerMemoryLimit = appcore.DefaultWorkerMemoryLimit

// WorkerPoolSize is appcore.WorkerPoolSize.
const WorkerPoolSize = appcore.WorkerPoolSize

// LoadConfig is appcore.LoadConfig.
func LoadConfig(getenv func(string) string) (Config, error) { return appcore.LoadConfig(getenv) }

// NewLogger is appcore.NewLogger.
func NewLogger(w io.Writer, level slog.Leveler) *slog.Logger { return appcore.NewLogger(w, level) }

// NewChecker is appcore.NewChecker.
func NewChecker() core.Checker { return appcore.NewChecker() }

// ParseRedisURL is appcore.ParseRedisURL.
func ParseRedisURL(s string) (asynq.RedisConnOpt, error) { return appcore.ParseRedisURL(s) }

// ApplyWorkerMemoryLimit is appcore.ApplyWorkerMemoryLimit.
func ApplyWorkerMemoryLimit(ctx context.Context, cfg Config, getenv func(string) string) int64 {
	return appcore.ApplyWorkerMemoryLimit(ctx, cfg, getenv)
}

// OpenStore is appcore.OpenStore.
func OpenStore(ctx context.Context, url string) (core.Store, error) {
	return appcore.OpenStore(ctx, url)
}

// NewGenerator is appcore.NewGenerator.
func NewGenerator(cfg Config, getenv func(string) string, rdb redis.UniversalClient, log *slog.Logger,
	observe func(provider string, g core.Generator) core.Generator) (core.Generator, string, error) {
	return appcore.NewGenerator(cfg, getenv, rdb, log, observe)
}

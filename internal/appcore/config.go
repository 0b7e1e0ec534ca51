// Package appcore is the part of copydesk's composition root every process
// runs: it reads the configuration and wires the store, the queue, the
// generator and the checker around the core pipeline, and runs the
// workers, the webhook relay and the sweep. cmd/worker is built on it
// alone; internal/app adds the HTTP API, the reviewer UI, the queue
// monitor and the embedded mode's in-process Redis and workers for
// cmd/api. A worker process so links none of those (#17, docs/PERFORMANCE.md
// "perf67"). It holds no business rules.
package appcore

import (
	"fmt"
	"github.com/copydesk/copydesk/internal/core"
	"strconv"
	"strings"
	"time"
)

// Config is the environment of DESIGN.md section 2.
type Config struct {
	HTTPAddr            string
	DatabaseURL         string
	RedisURL            string
	LLMBaseURL          string
	LLMAPIKey           string
	LLMModel            string
	LLMProvidersFile    string
	LLMRPM              int
	LLMTPM              int
	StyleGuidePath      string
	AdminToken          string
	WorkerConcurrency   int
	WebhookSecret       string
	WebhookAllowedHosts []string
	// WebhookPoll is how often each worker's relay reads the event outbox
	// for webhooks to send (WEBHOOK_POLL, default 1s); WebhookBackoff the
	// first retry delay of a failed delivery, doubled at each retry
	// (WEBHOOK_BACKOFF, default 5s).
	WebhookPoll    time.Duration
	WebhookBackoff time.Duration
	// ShutdownTimeout is how long a stopping worker lets running tasks
	// finish before handing them back to the queue
	// (WORKER_SHUTDOWN_TIMEOUT, default 20s).
	ShutdownTimeout time.Duration
	// WorkerMemoryLimit is the soft memory limit of a worker process
	// (WORKER_MEMORY_LIMIT, runtime/debug.SetMemoryLimit): the Go runtime
	// collects garbage more often as its memory nears it, instead of
	// letting the heap double between collections. 0: none. GOMEMLIMIT,
	// when set, wins.
	WorkerMemoryLimit int64
	ReconcileInterval time.Duration
	StuckAfter        time.Duration
	MaxAttempts       int
	// APIRateLimit is each token's request budget per minute on /v1 (0: no
	// limit), kept in Redis so that every API replica shares it.
	APIRateLimit int
	// AutoApprove is AUTO_APPROVE: the locales whose clean drafts are
	// approved without a person, each with the fraction still sampled
	// for a reviewer ("fr-FR:0.1,de-DE:0.25"). Unset: none.
	AutoApprove map[string]float64
	// NearIndex is NEAR_INDEX: where the near-duplicate index's band keys
	// are kept, "store" (the database, in the transactions of the texts)
	// or "redis" (REDIS_URL's database, written after they commit:
	// internal/nearredis). Unset: store on every deployment; redis is
	// opt-in (docs/PERFORMANCE.md, "The near-duplicate index in Redis
	// beside PostgreSQL": on one machine it made no launch faster).
	NearIndex string
	// DictCacheDir is DICT_CACHE_DIR as set: where a process keeps the
	// Chinese and Japanese dictionaries' tables between runs ("": the
	// user's cache directory under copydesk/, "off": none, else the
	// directory). New hands it to internal/text/segment (SetCacheDir).
	DictCacheDir string
	// Getenv is where the configuration came from; provider API keys named
	// in LLM_PROVIDERS_FILE are read through it.
	Getenv func(string) string
	// PoolSize is the PostgreSQL pool's size (pgx's pool_max_conns) when
	// DATABASE_URL sets none; 0: WORKER_CONCURRENCY + 5, at least 10. Not
	// read from the environment: cmd/worker sets WorkerPoolSize.
	PoolSize int
}

// Embedded reports whether the service runs everything in one process:
// no REDIS_URL means an in-process Redis and in-process workers.
func (c Config) Embedded() bool { return c.RedisURL == "" }

// LoadConfig reads the configuration through getenv.
func LoadConfig(getenv func(string) string) (Config, error) {
	c := Config{
		HTTPAddr:          or(getenv("HTTP_ADDR"), ":8080"),
		DatabaseURL:       or(getenv("DATABASE_URL"), "sqlite:./data/copydesk.db"),
		RedisURL:          getenv("REDIS_URL"),
		LLMBaseURL:        or(getenv("LLM_BASE_URL"), getenv("OPENAI_BASE_URL")),
		LLMAPIKey:         or(getenv("LLM_API_KEY"), getenv("OPENAI_API_KEY")),
		LLMModel:          getenv("LLM_MODEL"),
		LLMProvidersFile:  getenv("LLM_PROVIDERS_FILE"),
		StyleGuidePath:    getenv("STYLE_GUIDE"),
		AdminToken:        getenv("ADMIN_TOKEN"),
		WebhookSecret:     getenv("WEBHOOK_SECRET"),
		DictCacheDir:      strings.TrimSpace(getenv("DICT_CACHE_DIR")),
		WorkerConcurrency: 20,
		ReconcileInterval: 30 * time.Second,
		StuckAfter:        5 * time.Minute,
		MaxAttempts:       3,
		APIRateLimit:      600,
		WebhookPoll:       time.Second,
		ShutdownTimeout:   20 * time.Second,
		WorkerMemoryLimit: DefaultWorkerMemoryLimit,
		WebhookBackoff:    5 * time.Second,
		Getenv:            getenv,
	}
	for _, h := range strings.Split(getenv("WEBHOOK_ALLOWED_HOSTS"), ",") {
		if h = strings.TrimSpace(h); h != "" {
			c.WebhookAllowedHosts = append(c.WebhookAllowedHosts, h)
		}
	}
	var errs []string
	intVar := func(name string, dst *int, min int) {
		if v := getenv(name); v != "" {
			n, err := strconv.Atoi(v)
			if err != nil || n < min {
				errs = append(errs, fmt.Sprintf("%s must be a whole number of at least %d, got %q", name, min, v))
				return
			}
			*dst = n
		}
	}
	durVar := func(name string, dst *time.Duration) {
		if v := getenv(name); v != "" {
			d, err := time.ParseDuration(v)
			if err != nil || d <= 0 {
				errs = append(errs, fmt.Sprintf("%s must be a positive duration such as 30s, got %q", name, v))
				return
			}
			*dst = d
		}
	}
	intVar("LLM_RPM", &c.LLMRPM, 0)
	intVar("LLM_TPM", &c.LLMTPM, 0)
	intVar("WORKER_CONCURRENCY", &c.WorkerConcurrency, 1)
	intVar("MAX_ATTEMPTS", &c.MaxAttempts, 1)
	intVar("API_RATE_LIMIT", &c.APIRateLimit, 0)
	durVar("RECONCILE_INTERVAL", &c.ReconcileInterval)
	durVar("STUCK_AFTER", &c.StuckAfter)
	durVar("WEBHOOK_POLL", &c.WebhookPoll)
	durVar("WEBHOOK_BACKOFF", &c.WebhookBackoff)
	durVar("WORKER_SHUTDOWN_TIMEOUT", &c.ShutdownTimeout)
	if v := strings.TrimSpace(getenv("WORKER_MEMORY_LIMIT")); v != "" {
		n, err := parseBytes(v)
		if err != nil {
			errs = append(errs, fmt.Sprintf("WORKER_MEMORY_LIMIT must be a size such as 80MiB (B, KiB, MiB, GiB), or off, got %q", v))
		} else {
			c.WorkerMemoryLimit = n
		}
	}
	if v := getenv("AUTO_APPROVE"); strings.TrimSpace(v) != "" {
		c.AutoApprove = map[string]float64{}
		for _, item := range strings.Split(v, ",") {
			loc, rate, ok := strings.Cut(strings.TrimSpace(item), ":")
			r, err := strconv.ParseFloat(strings.TrimSpace(rate), 64)
			canon, lerr := core.CanonicalLocale(strings.TrimSpace(loc))
			if !ok || err != nil || r < 0 || r > 1 || lerr != nil {
				errs = append(errs, fmt.Sprintf("AUTO_APPROVE must list locale:sample pairs such as fr-FR:0.1 (sample from 0 to 1), got %q", item))
				continue
			}
			c.AutoApprove[canon] = r
		}
	}
	if c.LLMBaseURL != "" && c.LLMModel == "" {
		errs = append(errs, "LLM_MODEL is required when LLM_BASE_URL is set")
	}
	if !strings.HasPrefix(c.DatabaseURL, "postgres://") && !strings.HasPrefix(c.DatabaseURL, "postgresql://") &&
		!strings.HasPrefix(c.DatabaseURL, "sqlite:") {
		errs = append(errs, "DATABASE_URL must start with postgres:// or sqlite:")
	}
	switch v := strings.TrimSpace(getenv("NEAR_INDEX")); v {
	case "":
		// The store by default: the Redis index moves PostgreSQL's work
		// to the worker and Redis (no faster on the measured machine) and
		// holds ~6 KB of memory a draft that never expires
		// (docs/PERFORMANCE.md); a deployment whose PostgreSQL is the
		// bottleneck opts in with NEAR_INDEX=redis.
		c.NearIndex = NearIndexStore
	case NearIndexStore:
		c.NearIndex = v
	case NearIndexRedis:
		c.NearIndex = v
		if c.RedisURL == "" {
			errs = append(errs, "NEAR_INDEX=redis needs REDIS_URL (the in-process Redis keeps nothing across restarts)")
		}
	default:
		errs = append(errs, fmt.Sprintf("NEAR_INDEX must be store or redis, got %q", v))
	}
	if len(errs) > 0 {
		return c, fmt.Errorf("configuration: %s", strings.Join(errs, "; "))
	}
	return c, nil
}

// NEAR_INDEX's values.
const (
	NearIndexStore = "store"
	NearIndexRedis = "redis"
)

// DefaultWorkerMemoryLimit is WORKER_MEMORY_LIMIT's default. See
// docs/PERFORMANCE.md for the measurement behind it.
const DefaultWorkerMemoryLimit = 56 << 20

// parseBytes reads a size as GOMEMLIMIT writes one: a whole number of
// bytes with an optional B, KiB, MiB or GiB; "off" and 0 are none.
func parseBytes(v string) (int64, error) {
	if v == "off" {
		return 0, nil
	}
	mult := int64(1)
	for _, u := range []struct {
		suffix string
		mult   int64
	}{{"KiB", 1 << 10}, {"MiB", 1 << 20}, {"GiB", 1 << 30}, {"B", 1}} {
		if num, ok := strings.CutSuffix(v, u.suffix); ok {
			v, mult = num, u.mult
			break
		}
	}
	n, err := strconv.ParseInt(v, 10, 64)
	if err != nil || n < 0 || n > (1<<62)/mult {
		return 0, fmt.Errorf("not a size: %q", v)
	}
	return n * mult, nil
}

func or(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

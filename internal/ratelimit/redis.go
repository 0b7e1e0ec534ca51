package ratelimit

import (
	"context"
	"fmt"
	"math"
	"strconv"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/copydesk/copydesk/internal/llm"
)

// reserveScript is schedule() in Lua, run atomically by Redis. Time comes
// from Redis (TIME), not from the callers, so that workers on machines
// whose clocks disagree still share one schedule. Times are microseconds;
// they fit a Lua double exactly, and string.format('%.0f') keeps them out
// of scientific notation.
//
// KEYS: request TAT, token TAT, penalty-until.
// ARGV: rpm, tpm, tokens, max wait (µs).
// Returns {booked (0|1), wait (µs)}.
var reserveScript = redis.NewScript(`
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local rpm = tonumber(ARGV[1])
local tpm = tonumber(ARGV[2])
local tokens = tonumber(ARGV[3])
local max_wait = tonumber(ARGV[4])

local start = now
local penalty = tonumber(redis.call('GET', KEYS[3]) or '0')
if penalty > start then start = penalty end
if rpm > 0 then
  local tat = tonumber(redis.call('GET', KEYS[1]) or '0')
  if tat > start then start = tat end
end
if tpm > 0 then
  local tat = tonumber(redis.call('GET', KEYS[2]) or '0')
  if tat > start then start = tat end
end

local wait = start - now
if wait > max_wait then
  return {0, wait}
end
-- Keys expire once their TAT has passed: an idle provider costs nothing.
if rpm > 0 then
  local tat = start + math.floor(60000000 / rpm + 0.5)
  redis.call('SET', KEYS[1], string.format('%.0f', tat), 'PX', math.ceil((tat - now) / 1000) + 1000)
end
if tpm > 0 then
  local tat = start + math.floor(tokens * 60000000 / tpm + 0.5)
  redis.call('SET', KEYS[2], string.format('%.0f', tat), 'PX', math.ceil((tat - now) / 1000) + 1000)
end
return {1, wait}
`)

// penalizeScript pushes the penalty-until time of KEYS[1] to at least now
// plus ARGV[1] µs.
var penalizeScript = redis.NewScript(`
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local untl = now + tonumber(ARGV[1])
local cur = tonumber(redis.call('GET', KEYS[1]) or '0')
if cur > untl then return 0 end
redis.call('SET', KEYS[1], string.format('%.0f', untl), 'PX', math.ceil(tonumber(ARGV[1]) / 1000) + 1000)
return 1
`)

// Redis is the limiter shared by every process through one Redis. It is
// safe for concurrent use.
type Redis struct {
	client redis.UniversalClient
	prefix string
}

// DefaultPrefix namespaces the limiter's keys.
const DefaultPrefix = "copydesk:ratelimit:"

// NewRedis makes a limiter over client; prefix ("" for DefaultPrefix)
// namespaces its keys so that tests and deployments can share a database.
func NewRedis(client redis.UniversalClient, prefix string) *Redis {
	if prefix == "" {
		prefix = DefaultPrefix
	}
	return &Redis{client: client, prefix: prefix}
}

// keys returns the three keys of key. The braces are a Redis Cluster hash
// tag: a script may only touch keys of one slot.
func (r *Redis) keys(key string) []string {
	base := r.prefix + "{" + key + "}"
	return []string{base + ":req", base + ":tok", base + ":penalty"}
}

// Reserve implements llm.Limiter.
func (r *Redis) Reserve(ctx context.Context, key string, lim llm.Limit, tokens int, maxWait time.Duration) (time.Duration, bool, error) {
	if err := checkArgs(lim, tokens); err != nil {
		return 0, false, err
	}
	res, err := reserveScript.Run(ctx, r.client, r.keys(key),
		formatFloat(lim.RPM), formatFloat(lim.TPM), tokens, maxWait.Microseconds()).Int64Slice()
	if err != nil {
		return 0, false, fmt.Errorf("ratelimit: reserve %s: %w", key, err)
	}
	if len(res) != 2 {
		return 0, false, fmt.Errorf("ratelimit: reserve %s: unexpected reply %v", key, res)
	}
	return time.Duration(res[1]) * time.Microsecond, res[0] == 1, nil
}

// Penalize implements llm.Limiter.
func (r *Redis) Penalize(ctx context.Context, key string, d time.Duration) error {
	if d <= 0 {
		return nil
	}
	if err := penalizeScript.Run(ctx, r.client, r.keys(key)[2:], d.Microseconds()).Err(); err != nil {
		return fmt.Errorf("ratelimit: penalize %s: %w", key, err)
	}
	return nil
}

func formatFloat(f float64) string {
	if math.IsInf(f, 0) {
		return "0"
	}
	return strconv.FormatFloat(f, 'f', -1, 64)
}

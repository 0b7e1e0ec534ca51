// Package nearredis is core.NearIndex in Redis: the near-duplicate
// index's LSH band keys as sorted sets, beside a PostgreSQL store, so that
// the store does none of the index's per-draft work (64 key rows written
// and 64 range scans read a draft, most of PostgreSQL's CPU in a launch:
// docs/PERFORMANCE.md).
//
// Layout, every name under one prefix with a hash tag (one Redis Cluster
// slot, so that a script may touch them all):
//
//	PREFIX k:KEY   sorted set: the refs filed under KEY (8 bytes, big
//	               endian), every score 1, so in byte order of the ref:
//	               ZRANGE 0 perKey-1 is the store's "first perKey refs by
//	               ref" (near_keys' COLLATE "C").
//	PREFIX r:REF   string: the version of REF's indexed text, a newline,
//	               and its keys (8 bytes each): what a new put replaces.
//	PREFIX ready   present while the index holds every stored text's
//	               keys (core.Service.RebuildNearIndex wrote them); a flush
//	               removes it with the rest, and the sweep rebuilds.
//	PREFIX rebuild a rebuild's claim (one process at a time).
//
// Redis keeps nothing on disk in this deployment, so the index is a copy
// of what the store holds: losing it loses candidates, never texts (see
// core.Service.RebuildNearIndex and docs/PERFORMANCE.md).
package nearredis

import (
	"cmp"
	"context"
	"encoding/binary"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/copydesk/copydesk/internal/core"
)

// DefaultPrefix is the prefix of the index's names (the hash tag keeps
// them in one Redis Cluster slot).
const DefaultPrefix = "copydesk:{near}:"

// Index is core.NearIndex over a Redis client. Safe for concurrent use.
type Index struct {
	rdb    redis.UniversalClient
	prefix string
}

// New returns the index kept under prefix (DefaultPrefix when empty) in
// rdb's database. One index serves one store: two databases sharing a
// prefix would find each other's refs as candidates.
func New(rdb redis.UniversalClient, prefix string) *Index {
	if prefix == "" {
		prefix = DefaultPrefix
	}
	return &Index{rdb: rdb, prefix: prefix}
}

// putScript replaces the keys of each item's ref (ARGV: ref, version,
// packed keys, ... with each ref once; KEYS[1] the prefix, naming the
// slot), atomically: a put of a lower version than the one held is left
// out; keys a ref keeps are not touched; the refs a key gains (loses) in
// the batch are added (removed) in one command per key. Members are scored
// 1, so that a key's refs come in byte order and a union of keys counts
// them (candidatesScript). Keys are 8-byte strings here, never Lua numbers
// (a double holds no int64).
var putScript = redis.NewScript(`
local p = KEYS[1]
local adds, rems, order = {}, {}, {}
local function note(t, k, ref)
	local refs = t[k]
	if not refs then
		if not adds[k] and not rems[k] then order[#order + 1] = k end
		refs = {}
		t[k] = refs
	end
	refs[#refs + 1] = ref
end
for i = 1, #ARGV, 3 do
	local ref, ver, new = ARGV[i], tonumber(ARGV[i+1]), ARGV[i+2]
	local rk = p .. 'r:' .. ref
	local held = redis.call('GET', rk)
	local old, skip = '', false
	if held then
		local nl = string.find(held, '\n', 1, true)
		if tonumber(string.sub(held, 1, nl - 1)) > ver then
			skip = true
		else
			old = string.sub(held, nl + 1)
		end
	end
	if not skip then
		local newSet, oldSet = {}, {}
		for j = 1, #new, 8 do newSet[string.sub(new, j, j + 7)] = true end
		for j = 1, #old, 8 do
			local k = string.sub(old, j, j + 7)
			oldSet[k] = true
			if not newSet[k] then note(rems, k, ref) end
		end
		for j = 1, #new, 8 do
			local k = string.sub(new, j, j + 7)
			if not oldSet[k] then
				oldSet[k] = true
				note(adds, k, ref)
			end
		end
		redis.call('SET', rk, ARGV[i+1] .. '\n' .. new)
	end
end
for _, k in ipairs(order) do
	local name = p .. 'k:' .. k
	local r = rems[k]
	if r then redis.call('ZREM', name, unpack(r)) end
	local a = adds[k]
	if a then
		local args = {}
		for _, ref in ipairs(a) do args[#args + 1] = 1; args[#args + 1] = ref end
		redis.call('ZADD', name, unpack(args))
	end
end
return 0
`)

// packKeys is keys as one string of 8-byte big-endian keys.
func packKeys(keys []int64) string {
	b := make([]byte, 0, 8*len(keys))
	for _, k := range keys {
		b = binary.BigEndian.AppendUint64(b, uint64(k))
	}
	return string(b)
}

// PutNearKeys implements core.NearIndex: one script run (one round trip)
// for the items of a batch, each ref replaced atomically.
func (x *Index) PutNearKeys(ctx context.Context, items []core.NearKeys) error {
	items = newestNearKeys(items)
	if len(items) == 0 {
		return nil
	}
	args := make([]any, 0, 3*len(items))
	for _, it := range items {
		args = append(args, it.Ref, strconv.Itoa(it.Version), packKeys(it.Keys))
	}
	if err := putScript.Run(ctx, x.rdb, []string{x.prefix}, args...).Err(); err != nil {
		return core.Wrap(core.CodeUnavailable, err, "writing the near-duplicate index failed")
	}
	return nil
}

// newestNearKeys keeps one item a ref: its last of the highest version.
func newestNearKeys(items []core.NearKeys) []core.NearKeys {
	at := make(map[string]int, len(items))
	out := make([]core.NearKeys, 0, len(items))
	for _, it := range items {
		if i, seen := at[it.Ref]; seen {
			if it.Version >= out[i].Version {
				out[i] = it
			}
			continue
		}
		at[it.Ref] = len(out)
		out = append(out, it)
	}
	return out
}

// NearCandidates implements core.NearIndex: one ZRANGE a key, in one
// pipeline (one round trip), counted here. Counting in a script cost the
// server more than twice the CPU (every member made a Lua string:
// docs/PERFORMANCE.md), and Redis is one thread shared with the queue.
func (x *Index) NearCandidates(ctx context.Context, keys []int64, perKey, limit int) ([]core.NearCandidate, error) {
	out := []core.NearCandidate{}
	if len(keys) == 0 || perKey <= 0 || limit <= 0 {
		return out, nil
	}
	pipe := x.rdb.Pipeline()
	cmds := make([]*redis.StringSliceCmd, len(keys))
	var name [8]byte
	for i, k := range keys {
		binary.BigEndian.PutUint64(name[:], uint64(k))
		cmds[i] = pipe.ZRange(ctx, x.prefix+"k:"+string(name[:]), 0, int64(perKey-1))
	}
	if _, err := pipe.Exec(ctx); err != nil {
		return nil, core.Wrap(core.CodeUnavailable, err, "reading the near-duplicate index failed")
	}
	at := map[string]int{}
	for _, c := range cmds {
		for _, r := range c.Val() {
			if i, ok := at[r]; ok {
				out[i].Shared++
			} else {
				at[r] = len(out)
				out = append(out, core.NearCandidate{Ref: r, Shared: 1})
			}
		}
	}
	return topCandidates(out, limit), nil
}

// topCandidates is the limit of cands that share the most keys, ties by
// ref in byte order.
func topCandidates(cands []core.NearCandidate, limit int) []core.NearCandidate {
	slices.SortFunc(cands, func(a, b core.NearCandidate) int {
		return cmp.Or(cmp.Compare(b.Shared, a.Shared), strings.Compare(a.Ref, b.Ref))
	})
	return cands[:min(len(cands), limit)]
}

// ClaimRebuild implements core.NearIndexRestorer: the index is complete
// while PREFIX ready exists (written by RebuildDone; a flush removes it
// with everything else); the claim is PREFIX rebuild, set only if absent,
// for ttl.
func (x *Index) ClaimRebuild(ctx context.Context, ttl time.Duration) (bool, error) {
	n, err := x.rdb.Exists(ctx, x.prefix+"ready").Result()
	if err != nil {
		return false, core.Wrap(core.CodeUnavailable, err, "reading the near-duplicate index failed")
	}
	if n > 0 {
		return false, nil
	}
	ok, err := x.rdb.SetNX(ctx, x.prefix+"rebuild", "1", ttl).Result()
	if err != nil {
		return false, core.Wrap(core.CodeUnavailable, err, "claiming the near-duplicate index's rebuild failed")
	}
	return ok, nil
}

// doneScript marks the index complete if the rebuild's claim still exists
// (it does not when Redis lost everything during the rebuild).
var doneScript = redis.NewScript(`
if redis.call('DEL', KEYS[1] .. 'rebuild') == 0 then return 0 end
redis.call('SET', KEYS[1] .. 'ready', '1')
return 1
`)

// RebuildDone implements core.NearIndexRestorer.
func (x *Index) RebuildDone(ctx context.Context) (bool, error) {
	n, err := doneScript.Run(ctx, x.rdb, []string{x.prefix}).Int()
	if err != nil {
		return false, core.Wrap(core.CodeUnavailable, err, "marking the near-duplicate index complete failed")
	}
	return n == 1, nil
}

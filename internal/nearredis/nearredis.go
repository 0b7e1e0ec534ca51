// Package nearredis is core.NearIndex in Redis: the near-duplicate
// index's LSH band keys as sorted sets, beside a PostgreSQL store, so that
// the store does none of the index's per-draft work (64 key rows written
// and 64 range scans read a draft, most of PostgreSQL's CPU in a launch:
// docs/PERFORMANCE.md).
//
// Layout, every name under one prefix with a hash tag (one Redis Cluster
// slot, so that one MULTI/EXEC or pipeline may touch them all):
//
//	PREFIX k:KEY   sorted set: the refs filed under KEY (8 bytes, big
//	               endian), every score 1 (equal scores sort by member),
//	               so in byte order of the ref:
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
	"errors"
	"math/rand/v2"
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

// packKeys is keys as one string of 8-byte big-endian keys.
func packKeys(keys []int64) string {
	b := make([]byte, 0, 8*len(keys))
	for _, k := range keys {
		b = binary.BigEndian.AppendUint64(b, uint64(k))
	}
	return string(b)
}

// PutNearKeys implements core.NearIndex. The refs' records are read and
// watched, the changes computed here, and written in one MULTI/EXEC: the
// keys a ref gains (loses) in the batch added (removed) with one command a
// key, each ref's record replaced. A record changed meanwhile (another
// process writing one of the refs) fails the EXEC, and the whole is done
// again from the records as they are then, so a ref's keys are replaced
// atomically and a lower version never replaces a higher one. A script
// doing the same cost the server 1.6 times the CPU (docs/PERFORMANCE.md).
func (x *Index) PutNearKeys(ctx context.Context, items []core.NearKeys) error {
	items = newestNearKeys(items)
	if len(items) == 0 {
		return nil
	}
	recs := make([]string, len(items))
	for i, it := range items {
		recs[i] = x.prefix + "r:" + it.Ref
	}
	var err error
	for attempt := range putAttempts {
		err = x.rdb.Watch(ctx, func(tx *redis.Tx) error { return x.put(ctx, tx, items, recs) }, recs...)
		if !errors.Is(err, redis.TxFailedErr) {
			break
		}
		// Another writer won: give way for a moment, longer each time.
		time.Sleep(time.Duration(rand.Int64N(int64(attempt+1) * int64(time.Millisecond))))
	}
	if err != nil {
		return core.Wrap(core.CodeUnavailable, err, "writing the near-duplicate index failed")
	}
	return nil
}

// putAttempts bounds the EXECs of one put that another writer's change of
// a watched record fails (one ref written by two processes at the same
// moment: rare outside the conformance suite, which has six at once).
const putAttempts = 32

// put is one attempt of PutNearKeys inside WATCH recs.
func (x *Index) put(ctx context.Context, tx *redis.Tx, items []core.NearKeys, recs []string) error {
	held, err := tx.MGet(ctx, recs...).Result()
	if err != nil {
		return err
	}
	type change struct {
		add []redis.Z
		rem []any
	}
	changes := map[string]*change{}
	var order []string // key names in first-seen order
	note := func(k, ref string, add bool) {
		name := x.prefix + "k:" + k
		c := changes[name]
		if c == nil {
			c = &change{}
			changes[name] = c
			order = append(order, name)
		}
		if add {
			c.add = append(c.add, redis.Z{Score: 1, Member: ref})
		} else {
			c.rem = append(c.rem, ref)
		}
	}
	type record struct{ name, value string }
	var records []record
	for i, it := range items {
		var old string
		if h, ok := held[i].(string); ok {
			ver, keys, _ := strings.Cut(h, "\n")
			if v, err := strconv.Atoi(ver); err == nil && v > it.Version {
				continue // a newer text's keys are held
			}
			old = keys
		}
		newKeys := packKeys(it.Keys)
		kept := make(map[string]bool, len(newKeys)/8)
		for j := 0; j+8 <= len(newKeys); j += 8 {
			kept[newKeys[j:j+8]] = true
		}
		had := make(map[string]bool, len(old)/8)
		for j := 0; j+8 <= len(old); j += 8 {
			k := old[j : j+8]
			had[k] = true
			if !kept[k] {
				note(k, it.Ref, false)
			}
		}
		for j := 0; j+8 <= len(newKeys); j += 8 {
			if k := newKeys[j : j+8]; !had[k] {
				had[k] = true
				note(k, it.Ref, true)
			}
		}
		records = append(records, record{recs[i], strconv.Itoa(it.Version) + "\n" + newKeys})
	}
	if len(records) == 0 {
		return nil
	}
	_, err = tx.TxPipelined(ctx, func(pipe redis.Pipeliner) error {
		for _, name := range order {
			c := changes[name]
			if len(c.rem) > 0 {
				pipe.ZRem(ctx, name, c.rem...)
			}
			if len(c.add) > 0 {
				pipe.ZAdd(ctx, name, c.add...)
			}
		}
		for _, r := range records {
			pipe.Set(ctx, r.name, r.value, 0)
		}
		return nil
	})
	return err
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

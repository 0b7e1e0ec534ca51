package appcore

import (
	"github.com/hibiken/asynq"
	"github.com/redis/go-redis/v9"
)

// redisBufferSize is the read and write buffer of each connection of the
// process's Redis clients (go-redis's default is 32 KiB each). Asynq's
// commands and replies are a few hundred bytes (a task is its type and a
// draft's ID), and a longer one is read and written through the buffer in
// pieces, so 4 KiB loses nothing; a worker keeps ~23 connections open
// across its clients (Asynq's server, client and inspectors, the rate
// limiter's), whose 32 KiB buffers were ~1.4 MB of its live heap, paid
// for in collections under WORKER_MEMORY_LIMIT (#17). Pipelines keep
// go-redis's own larger buffers (its pipeline pool).
const redisBufferSize = 4 << 10

// redisClientOpt is asynq.RedisClientOpt making clients with
// redisBufferSize buffers.
type redisClientOpt struct{ asynq.RedisClientOpt }

// MakeRedisClient is asynq.RedisClientOpt's, with the buffers set.
func (o redisClientOpt) MakeRedisClient() any {
	return redis.NewClient(&redis.Options{
		Network:         o.Network,
		Addr:            o.Addr,
		Username:        o.Username,
		Password:        o.Password,
		DB:              o.DB,
		DialTimeout:     o.DialTimeout,
		ReadTimeout:     o.ReadTimeout,
		WriteTimeout:    o.WriteTimeout,
		PoolSize:        o.PoolSize,
		TLSConfig:       o.TLSConfig,
		ReadBufferSize:  redisBufferSize,
		WriteBufferSize: redisBufferSize,
	})
}

// smallBuffers gives a single-node connection's clients redisBufferSize
// buffers; a sentinel or cluster connection is left as it is.
func smallBuffers(opt asynq.RedisConnOpt) asynq.RedisConnOpt {
	if o, ok := opt.(asynq.RedisClientOpt); ok {
		return redisClientOpt{o}
	}
	return opt
}

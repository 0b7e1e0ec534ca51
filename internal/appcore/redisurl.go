package appcore

import (
	"crypto/tls"
	"fmt"
	"net"
	"net/url"
	"strings"

	"github.com/hibiken/asynq"
)

// ParseRedisURL reads REDIS_URL into Asynq's connection options. Besides the
// forms asynq.ParseRedisURI knows (redis://, rediss://, redis-socket://,
// redis-sentinel://), it takes a Redis Cluster as
//
//	redis-cluster://[:password@]host1:7000,host2:7001,...
//	rediss-cluster://... (TLS, server name from the first host)
//
// which asynq.RedisClusterClientOpt serves: Asynq keeps each queue's keys in
// one hash slot, and the rate limiter's scripts tag their keys for one slot.
// Errors name what is wrong (no host, a host without a port, a path: a
// cluster has only database 0).
func ParseRedisURL(s string) (asynq.RedisConnOpt, error) {
	u, err := url.Parse(s)
	if err != nil {
		return nil, err
	}
	if u.Scheme != "redis-cluster" && u.Scheme != "rediss-cluster" {
		return asynq.ParseRedisURI(s)
	}
	if u.Host == "" {
		return nil, fmt.Errorf("%s: no host: want %s://host1:port,host2:port", s, u.Scheme)
	}
	if p := strings.Trim(u.Path, "/"); p != "" && p != "0" {
		return nil, fmt.Errorf("database %q: a Redis Cluster has only database 0", p)
	}
	var addrs []string
	for _, h := range strings.Split(u.Host, ",") {
		if _, _, err := net.SplitHostPort(h); err != nil {
			return nil, fmt.Errorf("cluster node %q: %w", h, err)
		}
		addrs = append(addrs, h)
	}
	opt := asynq.RedisClusterClientOpt{Addrs: addrs}
	if u.User != nil {
		opt.Username = u.User.Username()
		if pw, ok := u.User.Password(); ok {
			opt.Password = pw
		} else if opt.Username != "" {
			// redis-cluster://password@host: a lone user part is the password.
			opt.Password, opt.Username = opt.Username, ""
		}
	}
	if u.Scheme == "rediss-cluster" {
		host, _, _ := net.SplitHostPort(addrs[0])
		opt.TLSConfig = &tls.Config{ServerName: host, MinVersion: tls.VersionTLS12}
	}
	return opt, nil
}

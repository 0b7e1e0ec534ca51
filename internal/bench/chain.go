package bench

import (
	"context"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/redis/go-redis/v9"
)

// Chain is the CPU a PostgreSQL launch cost beside the worker's, from the
// first POST to the last draft: the API child's, the PostgreSQL backends
// serving the bench's children (found by application_name in
// pg_stat_activity, read from /proc/PID/stat), the server's own WAL
// writer, checkpointer and background writer, and Redis's (INFO cpu). The
// last two are server-wide: whatever else uses the server that moment
// counts too.
type Chain struct {
	API, Backends, PGAux, Redis time.Duration
	Known                       bool // every figure could be read
}

// chainMeter samples the figures of Chain.
type chainMeter struct {
	api     *child
	pg      *pgx.Conn
	app     string
	rdb     *redis.Client
	first   map[int]time.Duration // backend PID: CPU when first seen
	last    map[int]time.Duration // backend PID: CPU when last seen
	auxPIDs []int
	api0    time.Duration
	aux0    time.Duration
	redis0  time.Duration
	ok      bool
}

// newChainMeter starts measuring; app is the children's application_name.
func newChainMeter(ctx context.Context, api *child, dbURL, app, redisURL string) *chainMeter {
	m := &chainMeter{api: api, app: app, first: map[int]time.Duration{}, last: map[int]time.Duration{}, ok: true}
	var err error
	if m.pg, err = connectPlain(ctx, dbURL); err != nil {
		m.ok = false
	}
	if opt, err := redis.ParseURL(redisURL); err == nil {
		m.rdb = redis.NewClient(opt)
	} else {
		m.ok = false
	}
	m.auxPIDs = postgresAux()
	m.api0 = api.cpu()
	m.aux0 = sumCPU(m.auxPIDs)
	m.redis0 = m.redisCPU(ctx)
	m.sample(ctx)
	return m
}

// sample reads the CPU of the children's backends now; a backend first
// seen now counts from zero (it began during the launch) unless this is
// the first sample.
func (m *chainMeter) sample(ctx context.Context) {
	if m.pg == nil {
		return
	}
	rows, err := m.pg.Query(ctx, "SELECT pid FROM pg_stat_activity WHERE application_name = $1", m.app)
	if err != nil {
		m.ok = false
		return
	}
	pids, err := pgx.CollectRows(rows, pgx.RowTo[int32])
	if err != nil {
		m.ok = false
		return
	}
	initial := len(m.first) == 0 && len(m.last) == 0
	for _, pid := range pids {
		c := procCPU(int(pid))
		if _, seen := m.first[int(pid)]; !seen {
			if initial {
				m.first[int(pid)] = c
			} else {
				m.first[int(pid)] = 0
			}
		}
		m.last[int(pid)] = max(m.last[int(pid)], c)
	}
}

// done samples once more and returns the figures since the meter began.
func (m *chainMeter) done(ctx context.Context) Chain {
	m.sample(ctx)
	c := Chain{API: m.api.cpu() - m.api0, PGAux: sumCPU(m.auxPIDs) - m.aux0, Known: m.ok}
	for pid, last := range m.last {
		c.Backends += last - m.first[pid]
	}
	if r := m.redisCPU(ctx); r > 0 {
		c.Redis = r - m.redis0
	} else {
		c.Known = false
	}
	if m.pg != nil {
		_ = m.pg.Close(ctx)
	}
	if m.rdb != nil {
		_ = m.rdb.Close()
	}
	return c
}

// redisCPU is used_cpu_sys + used_cpu_user of INFO cpu (0: unknown).
func (m *chainMeter) redisCPU(ctx context.Context) time.Duration {
	if m.rdb == nil {
		return 0
	}
	s, err := m.rdb.Info(ctx, "cpu").Result()
	if err != nil {
		return 0
	}
	var total float64
	for _, l := range strings.Split(s, "\n") {
		k, v, ok := strings.Cut(strings.TrimSpace(l), ":")
		if ok && (k == "used_cpu_sys" || k == "used_cpu_user") {
			f, _ := strconv.ParseFloat(v, 64)
			total += f
		}
	}
	return time.Duration(total * float64(time.Second))
}

// postgresAux finds the PostgreSQL server's WAL writer, checkpointer and
// background writer on this machine (none when the server is elsewhere).
func postgresAux() []int {
	ents, err := os.ReadDir("/proc")
	if err != nil {
		return nil
	}
	var pids []int
	for _, e := range ents {
		pid, err := strconv.Atoi(e.Name())
		if err != nil {
			continue
		}
		b, err := os.ReadFile("/proc/" + e.Name() + "/cmdline")
		if err != nil || !strings.HasPrefix(string(b), "postgres: ") {
			continue
		}
		cmd := string(b)
		for _, w := range []string{"walwriter", "checkpointer", "background writer"} {
			if strings.Contains(cmd, w) {
				pids = append(pids, pid)
			}
		}
	}
	return pids
}

func sumCPU(pids []int) time.Duration {
	var t time.Duration
	for _, p := range pids {
		t += procCPU(p)
	}
	return t
}

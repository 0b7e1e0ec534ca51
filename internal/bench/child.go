package bench

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"runtime/pprof"
	"strconv"
	"strings"
	"syscall"
	"time"

	"golang.org/x/sync/errgroup"

	"github.com/copydesk/copydesk/internal/app"
	"github.com/copydesk/copydesk/internal/checkcorpus"
	"github.com/copydesk/copydesk/internal/text/segment"
)

// Roles a bench child process plays.
const (
	RoleAPI    = "api"    // the REST API (with the workers inside when embedded)
	RoleWorker = "worker" // a worker taking tasks from Redis
)

// RunRole runs one side of the service in this process, configured by
// getenv like cmd/api and cmd/worker, until ctx is done. The API prints
// "listening http://ADDR" on stdout once it accepts connections (on
// 127.0.0.1, a free port); the worker prints "ready".
func RunRole(ctx context.Context, role string, getenv func(string) string, stdout, stderr io.Writer) error {
	if dir := getenv("BENCH_CPUPROFILE_DIR"); dir != "" {
		// A CPU profile of this child's whole life (go tool pprof).
		f, err := os.Create(filepath.Join(dir, role+".pprof"))
		if err != nil {
			return err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
		defer pprof.StopCPUProfile()
	}
	if dir := getenv("BENCH_MEMPROFILE_DIR"); dir != "" {
		// A heap profile each time the bench asks (SIGUSR1: at the end of
		// each quarter of the launch), with the runtime's memory figures.
		stop := heapProfiles(ctx, dir, role)
		defer stop()
	}
	if role == RoleCheck {
		// As cmd/checkcorpus: the dictionaries' cache where DICT_CACHE_DIR
		// says (the API and worker roles take it from app.Config).
		segment.SetCacheDir(strings.TrimSpace(getenv("DICT_CACHE_DIR")))
		return checkcorpus.Run(getenv("BENCH_CHECK_CORPUS"), stdout)
	}
	cfg, err := app.LoadConfig(getenv)
	if err != nil {
		return err
	}
	if role == RoleWorker {
		cfg.PoolSize = app.WorkerPoolSize // as cmd/worker
	}
	log := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	a, err := app.New(ctx, cfg, log)
	if err != nil {
		return err
	}
	defer a.Close()
	g, gctx := errgroup.WithContext(ctx)
	switch role {
	case RoleAPI:
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			return err
		}
		g.Go(func() error { return a.Serve(gctx, ln) })
		fmt.Fprintf(stdout, "listening http://%s\n", ln.Addr())
	case RoleWorker:
		if cfg.Embedded() {
			return errors.New("a worker needs REDIS_URL")
		}
		app.ApplyWorkerMemoryLimit(gctx, cfg, getenv) // as cmd/worker does
		g.Go(func() error { return a.RunWorkers(gctx) })
		g.Go(func() error { a.RunSweep(gctx); return nil })
		fmt.Fprintln(stdout, "ready")
	default:
		return fmt.Errorf("unknown role %q (want %s or %s)", role, RoleAPI, RoleWorker)
	}
	return g.Wait()
}

// heapProfiles writes DIR/ROLE-heap-N.pprof and DIR/ROLE-heap-N.txt (the
// runtime's MemStats) on each SIGUSR1, N counting from 1, until stop.
func heapProfiles(ctx context.Context, dir, role string) (stop func()) {
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, syscall.SIGUSR1)
	done := make(chan struct{})
	go func() {
		for n := 1; ; n++ {
			select {
			case <-ctx.Done():
				return
			case <-done:
				return
			case <-sig:
			}
			base := filepath.Join(dir, fmt.Sprintf("%s-heap-%d", role, n))
			runtime.GC() // the profile's in-use figures are as of the last GC
			if f, err := os.Create(base + ".pprof"); err == nil {
				_ = pprof.Lookup("heap").WriteTo(f, 0)
				f.Close()
			}
			var m runtime.MemStats
			runtime.ReadMemStats(&m)
			mib := func(b uint64) float64 { return float64(b) / (1 << 20) }
			txt := fmt.Appendf(nil,
				"HeapAlloc %.1f MiB\nHeapInuse %.1f\nHeapIdle %.1f\nHeapReleased %.1f\nHeapSys %.1f\nStackInuse %.1f\nSys %.1f\nNextGC %.1f\nNumGC %d\nGCCPUFraction %.4f\n",
				mib(m.HeapAlloc), mib(m.HeapInuse), mib(m.HeapIdle), mib(m.HeapReleased), mib(m.HeapSys),
				mib(m.StackInuse), mib(m.Sys), mib(m.NextGC), m.NumGC, m.GCCPUFraction)
			// What a collection scans (the heap's pointers, stacks and
			// globals) against the live heap it marks (appcore's headroom).
			scan := []metrics.Sample{{Name: "/gc/heap/live:bytes"}, {Name: "/gc/scan/heap:bytes"}, {Name: "/gc/scan/total:bytes"}}
			metrics.Read(scan)
			for _, m := range scan {
				if m.Value.Kind() == metrics.KindUint64 {
					txt = fmt.Appendf(txt, "%s %.1f MiB\n", m.Name, mib(m.Value.Uint64()))
				}
			}
			// The kernel's view: anonymous memory (Go's, and SQLite's in
			// the embedded process) apart from the binary's own pages,
			// which count in the RSS as far as they are mapped (#17).
			if st, err := os.ReadFile("/proc/self/status"); err == nil {
				for _, l := range strings.Split(string(st), "\n") {
					for _, k := range []string{"VmHWM:", "VmRSS:", "RssAnon:", "RssFile:"} {
						if strings.HasPrefix(l, k) {
							txt = append(txt, strings.Join(strings.Fields(l), " ")+"\n"...)
						}
					}
				}
			}
			_ = os.WriteFile(base+".txt", txt, 0o644)
		}
	}()
	return func() { signal.Stop(sig); close(done) }
}

// heapProfile asks the child for a heap profile (heapProfiles).
func (c *child) heapProfile() {
	_ = c.cmd.Process.Signal(syscall.SIGUSR1)
}

// child is a bench child process.
type child struct {
	cmd  *exec.Cmd
	line string // the first line it printed
	done chan struct{}
	err  error
}

// startWorker starts the PostgreSQL case's worker: o.WorkerExe when set
// (cmd/worker, no arguments), else o.Exe -role worker.
func startWorker(ctx context.Context, o Options, env map[string]string, stderr io.Writer) (*child, error) {
	if o.WorkerExe != "" {
		return startProcess(ctx, exec.Command(o.WorkerExe), RoleWorker, env, stderr)
	}
	return startChild(ctx, o.Exe, RoleWorker, env, stderr)
}

// startChild runs exe -role role with env added to this process's
// environment and waits for its first line on stdout.
func startChild(ctx context.Context, exe, role string, env map[string]string, stderr io.Writer) (*child, error) {
	return startProcess(ctx, exec.Command(exe, "-role", role), role, env, stderr)
}

// startProcess runs cmd (playing role) with env added to this process's
// environment and waits for its first line on stdout.
func startProcess(ctx context.Context, cmd *exec.Cmd, role string, env map[string]string, stderr io.Writer) (*child, error) {
	cmd.Env = os.Environ()
	for k, v := range env {
		cmd.Env = append(cmd.Env, k+"="+v)
	}
	cmd.Stderr = stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	c := &child{cmd: cmd, done: make(chan struct{})}
	lines := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(out)
		first := true
		for sc.Scan() {
			if first {
				lines <- sc.Text()
				first = false
			}
		}
		if first {
			close(lines)
		}
	}()
	go func() { c.err = cmd.Wait(); close(c.done) }()
	select {
	case l, ok := <-lines:
		if !ok {
			<-c.done
			return nil, fmt.Errorf("%s child exited before it was ready: %v", role, c.err)
		}
		c.line = l
		return c, nil
	case <-time.After(2 * time.Minute):
		c.stop()
		return nil, fmt.Errorf("%s child did not start within 2 minutes", role)
	case <-ctx.Done():
		c.stop()
		return nil, ctx.Err()
	}
}

// Usage is what a child process used over its life.
type Usage struct {
	PeakRSS float64 // MiB
	CPU     time.Duration
}

// stop ends the child with SIGTERM (SIGKILL after 30 s) and returns what
// it used, from the kernel's accounting.
func (c *child) stop() Usage {
	_ = c.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-c.done:
	case <-time.After(30 * time.Second):
		_ = c.cmd.Process.Kill()
		<-c.done
	}
	ru, ok := c.cmd.ProcessState.SysUsage().(*syscall.Rusage)
	if !ok {
		return Usage{}
	}
	return Usage{
		PeakRSS: float64(ru.Maxrss) / 1024, // KiB on Linux
		CPU:     time.Duration(ru.Utime.Nano() + ru.Stime.Nano()),
	}
}

// rss is the child's resident set now, in MiB (0 when unknown).
func (c *child) rss() float64 {
	return procRSS(c.cmd.Process.Pid)
}

// cpu is the child's CPU time so far (user + system).
func (c *child) cpu() time.Duration {
	return procCPU(c.cmd.Process.Pid)
}

func procRSS(pid int) float64 {
	b, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/status")
	if err != nil {
		return 0
	}
	for _, l := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(l, "VmRSS:"); ok {
			kb, _ := strconv.Atoi(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")))
			return float64(kb) / 1024
		}
	}
	return 0
}

// procRssSplit reads RssAnon and RssFile from /proc/PID/status, in MiB
// (0 when unknown).
func procRssSplit(pid int) (anon, file float64) {
	b, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/status")
	if err != nil {
		return 0, 0
	}
	kb := func(v string) float64 {
		n, _ := strconv.Atoi(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")))
		return float64(n) / 1024
	}
	for _, l := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(l, "RssAnon:"); ok {
			anon = kb(v)
		} else if v, ok := strings.CutPrefix(l, "RssFile:"); ok {
			file = kb(v)
		}
	}
	return anon, file
}

// procCPU reads utime + stime from /proc/PID/stat (clock ticks of 10 ms
// on Linux).
func procCPU(pid int) time.Duration {
	b, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
	if err != nil {
		return 0
	}
	s := string(b)
	i := strings.LastIndexByte(s, ')')
	if i < 0 {
		return 0
	}
	f := strings.Fields(s[i+1:])
	if len(f) < 13 {
		return 0
	}
	ut, _ := strconv.ParseInt(f[11], 10, 64)
	st, _ := strconv.ParseInt(f[12], 10, 64)
	return time.Duration(ut+st) * 10 * time.Millisecond
}

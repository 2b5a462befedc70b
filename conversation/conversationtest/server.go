package conversationtest

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// startTimeout bounds how long a server may take to answer PING; a cold start takes milliseconds.
const startTimeout = 15 * time.Second

// watchdog runs redis-server and stops it when its stdin closes, i.e. when the test binary that
// holds the other end exits, however it exits. A line "kill" on stdin kills redis-server with
// SIGKILL instead (a crash); anything else or EOF sends SIGTERM (a clean shutdown, AOF flushed).
// It exits when redis-server does, so a server that could not start is noticed at once.
const watchdog = `
exec 3<&0
redis-server "$@" 3<&- </dev/null &
pid=$!
(
	sig=TERM
	if read -r line <&3 && [ "$line" = kill ]; then sig=KILL; fi
	kill -s "$sig" "$pid" 2>/dev/null
) &
watcher=$!
exec 3<&-
wait "$pid"
status=$?
kill "$watcher" 2>/dev/null
if [ -n "${ARCHBOT_REDIS_RMDIR:-}" ]; then rm -rf "$ARCHBOT_REDIS_RMDIR"; fi
exit $status
`

// process is one run of the watchdog and its redis-server.
type process struct {
	cmd   *exec.Cmd
	stdin io.WriteCloser // kept referenced: closing it (or its finalizer) stops the server
	done  chan struct{}  // closed once the watchdog exited
	err   error          // the watchdog's exit error, valid after done
	log   string
}

// spawn starts redis-server with args on port, logging to dir/redis.log, and waits until it
// answers PING.
func spawn(dir string, port int, env []string, args ...string) (*process, error) {
	bin, err := exec.LookPath("redis-server")
	if err != nil {
		return nil, errors.New("redis-server not found in PATH: install it (apt-get install -y redis-server), " +
			"run `make test` which does, or set ARCHBOT_TEST_REDIS_URL")
	}
	logPath := filepath.Join(dir, "redis.log")
	logFile, err := os.OpenFile(logPath, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return nil, fmt.Errorf("open redis log: %w", err)
	}
	defer logFile.Close()

	all := append([]string{
		"--port", strconv.Itoa(port), "--bind", "127.0.0.1", "--dir", dir, "--logfile", "",
		"--daemonize", "no",
	}, args...)
	cmd := exec.Command("sh", append([]string{"-c", watchdog, "archbot-test-redis"}, all...)...)
	cmd.Env = append(append(os.Environ(), "PATH="+filepath.Dir(bin)+string(os.PathListSeparator)+os.Getenv("PATH")), env...)
	cmd.Dir = dir
	// A file, not a buffer: with a buffer os/exec would copy output in a goroutine and `go test`
	// would wait for the pipe the server keeps open.
	cmd.Stdout, cmd.Stderr = logFile, logFile
	stdin, err := cmd.StdinPipe()
	if err != nil {
		return nil, fmt.Errorf("start redis-server: %w", err)
	}
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("start redis-server: %w", err)
	}
	p := &process{cmd: cmd, stdin: stdin, done: make(chan struct{}), log: logPath}
	go func() {
		p.err = cmd.Wait()
		close(p.done)
	}()

	addr := net.JoinHostPort("127.0.0.1", strconv.Itoa(port))
	deadline := time.Now().Add(startTimeout)
	for {
		if pingRaw(addr) == nil {
			return p, nil
		}
		select {
		case <-p.done:
			return nil, fmt.Errorf("redis-server on port %d exited at start (%v); log:\n%s", port, p.err, tail(logPath))
		case <-time.After(10 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			p.stop(false)
			return nil, fmt.Errorf("redis-server on port %d did not answer PING within %v; log:\n%s", port, startTimeout, tail(logPath))
		}
	}
}

// stop ends the server, cleanly or with SIGKILL, and waits for it to exit.
func (p *process) stop(crash bool) error {
	if crash {
		io.WriteString(p.stdin, "kill\n")
	}
	p.stdin.Close()
	select {
	case <-p.done:
	case <-time.After(startTimeout):
		p.cmd.Process.Kill()
		return fmt.Errorf("redis-server did not stop within %v; log:\n%s", startTimeout, tail(p.log))
	}
	var exit *exec.ExitError
	if p.err != nil && !crash && !errors.As(p.err, &exit) {
		return fmt.Errorf("stop redis-server: %w", p.err)
	}
	return nil
}

// pingRaw speaks just enough RESP to know the server is up, without a client's pool and retries.
func pingRaw(addr string) error {
	conn, err := net.DialTimeout("tcp", addr, 200*time.Millisecond)
	if err != nil {
		return err
	}
	defer conn.Close()
	conn.SetDeadline(time.Now().Add(500 * time.Millisecond))
	if _, err := io.WriteString(conn, "PING\r\n"); err != nil {
		return err
	}
	line, err := bufio.NewReader(conn).ReadString('\n')
	if err != nil {
		return err
	}
	if strings.TrimSpace(line) != "+PONG" {
		// "-LOADING" while an AOF is read back after a restart: not ready yet.
		return fmt.Errorf("ping %s: %s", addr, strings.TrimSpace(line))
	}
	return nil
}

// freePort asks the kernel for a port nobody listens on. Another process could take it before
// redis-server binds it; spawn's callers retry on a fresh port when that happens.
func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, fmt.Errorf("find a free port: %w", err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// spawnOnFreePort tries a few fresh ports, since a port found free may be taken by the time
// redis-server binds it.
func spawnOnFreePort(dir string, env []string, args ...string) (*process, int, error) {
	var lastErr error
	for range 5 {
		port, err := freePort()
		if err != nil {
			return nil, 0, err
		}
		p, err := spawn(dir, port, env, args...)
		if err == nil {
			return p, port, nil
		}
		lastErr = err
		if strings.Contains(err.Error(), "not found in PATH") {
			break
		}
	}
	return nil, 0, lastErr
}

func tail(path string) string {
	b, err := os.ReadFile(path)
	if err != nil {
		return "(no log: " + err.Error() + ")"
	}
	if len(b) > 2000 {
		b = b[len(b)-2000:]
	}
	return string(b)
}

// RedisServer is a redis-server owned by one test, which may stop, crash and restart it. Its data
// is kept in an append-only file in the test's temporary directory, so it survives Stop/Start
// (and, up to the last second, Kill/Start) the way a production server's would.
type RedisServer struct {
	dir   string
	port  int
	extra []string // arguments beyond the defaults, e.g. cluster mode

	mu   sync.Mutex
	proc *process // nil while stopped
}

// StartRedis starts a server for tb alone and stops it when tb ends.
func StartRedis(tb testing.TB) *RedisServer {
	tb.Helper()
	return StartRedisWith(tb)
}

// StartRedisWith is StartRedis with redis-server arguments that override the defaults, for a
// server that forgets: "--appendonly", "no" (a Restart then loses everything), or
// "--maxmemory", "5mb", "--maxmemory-policy", "allkeys-lru".
func StartRedisWith(tb testing.TB, args ...string) *RedisServer {
	tb.Helper()
	s := &RedisServer{dir: tb.TempDir(), extra: args}
	p, port, err := spawnOnFreePort(s.dir, nil, s.args()...)
	if err != nil {
		tb.Fatalf("start redis-server: %v", err)
	}
	s.proc, s.port = p, port
	// Registered after TempDir, so it runs first: the server is gone before its directory is.
	tb.Cleanup(func() { s.Stop() })
	return s
}

func (s *RedisServer) args() []string {
	return append([]string{"--save", "", "--appendonly", "yes", "--appendfsync", "everysec"}, s.extra...)
}

// Addr is the server's host:port.
func (s *RedisServer) Addr() string { return net.JoinHostPort("127.0.0.1", strconv.Itoa(s.port)) }

// URL is the server's redis:// URL, as REDIS_URL would hold it.
func (s *RedisServer) URL() string { return "redis://" + s.Addr() }

// Stop shuts the server down cleanly, as an operator would; clients see connection errors until
// Start. Stopping a stopped server does nothing. It is safe to call from any goroutine.
func (s *RedisServer) Stop() error { return s.halt(false) }

// Kill ends the server with SIGKILL, as a crash would; writes of the last second may be lost.
func (s *RedisServer) Kill() error { return s.halt(true) }

func (s *RedisServer) halt(crash bool) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.proc == nil {
		return nil
	}
	err := s.proc.stop(crash)
	s.proc = nil
	return err
}

// Start starts a stopped server again on the same port with the data it had. Starting a running
// server does nothing. It is safe to call from any goroutine.
func (s *RedisServer) Start() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.proc != nil {
		return nil
	}
	p, err := spawn(s.dir, s.port, nil, s.args()...)
	if err != nil {
		return fmt.Errorf("restart redis-server: %w", err)
	}
	s.proc = p
	return nil
}

// Restart stops the server cleanly and starts it again.
func (s *RedisServer) Restart() error {
	if err := s.Stop(); err != nil {
		return err
	}
	return s.Start()
}

// RedisCluster is a Redis Cluster of masters only, owned by one test: enough to prove that every
// multi-key operation stays within one hash slot, which is what Cluster support needs.
type RedisCluster struct {
	Nodes []*RedisServer
}

// StartRedisCluster starts masters redis-servers in cluster mode, splits the 16384 slots between
// them and waits until every node reports the cluster healthy. They stop when tb ends.
func StartRedisCluster(tb testing.TB, masters int) *RedisCluster {
	tb.Helper()
	c := &RedisCluster{}
	for range masters {
		s := &RedisServer{dir: tb.TempDir()}
		var err error
		for range 5 {
			var bus int
			if bus, err = freePort(); err != nil {
				break
			}
			s.extra = []string{"--cluster-enabled", "yes", "--cluster-config-file", "nodes.conf",
				"--cluster-port", strconv.Itoa(bus), "--cluster-node-timeout", "5000"}
			var p *process
			if p, s.port, err = spawnOnFreePort(s.dir, nil, s.args()...); err == nil {
				s.proc = p
				break
			}
		}
		if err != nil {
			tb.Fatalf("start cluster node: %v", err)
		}
		tb.Cleanup(func() { s.Stop() })
		c.Nodes = append(c.Nodes, s)
	}
	if err := c.form(); err != nil {
		tb.Fatalf("form redis cluster: %v", err)
	}
	return c
}

// URL is a REDIS_URL naming every node, which archbot reads as a Cluster.
func (c *RedisCluster) URL() string {
	addrs := make([]string, len(c.Nodes))
	for i, n := range c.Nodes {
		addrs[i] = n.Addr()
	}
	return "redis://" + strings.Join(addrs, ",")
}

// form assigns each node an equal range of slots and introduces the nodes to each other, which
// is what `redis-cli --cluster create` does, without needing redis-cli.
func (c *RedisCluster) form() error {
	const slots = 16384
	for i, n := range c.Nodes {
		lo, hi := i*slots/len(c.Nodes), (i+1)*slots/len(c.Nodes)-1
		if _, err := command(n.Addr(), "CLUSTER", "ADDSLOTSRANGE", strconv.Itoa(lo), strconv.Itoa(hi)); err != nil {
			return err
		}
		if i > 0 {
			if _, err := command(n.Addr(), "CLUSTER", "MEET", "127.0.0.1", strconv.Itoa(c.Nodes[0].port), strconv.Itoa(c.Nodes[0].busPort())); err != nil {
				return err
			}
		}
	}
	deadline := time.Now().Add(startTimeout)
	for _, n := range c.Nodes {
		for {
			info, err := command(n.Addr(), "CLUSTER", "INFO")
			if err == nil && strings.Contains(info, "cluster_state:ok") && strings.Contains(info, fmt.Sprintf("cluster_known_nodes:%d", len(c.Nodes))) {
				break
			}
			if time.Now().After(deadline) {
				return fmt.Errorf("node %s not ready within %v: %s %v", n.Addr(), startTimeout, info, err)
			}
			time.Sleep(20 * time.Millisecond) // polling the server's own state; no event to wait on
		}
	}
	return nil
}

func (s *RedisServer) busPort() int {
	for i, a := range s.extra {
		if a == "--cluster-port" {
			n, _ := strconv.Atoi(s.extra[i+1])
			return n
		}
	}
	return 0
}

// command sends one command in RESP and returns the reply's text (status, error, integer or
// bulk string), enough to drive cluster set-up without a client.
func command(addr string, args ...string) (string, error) {
	conn, err := net.DialTimeout("tcp", addr, time.Second)
	if err != nil {
		return "", err
	}
	defer conn.Close()
	conn.SetDeadline(time.Now().Add(5 * time.Second))
	var b strings.Builder
	fmt.Fprintf(&b, "*%d\r\n", len(args))
	for _, a := range args {
		fmt.Fprintf(&b, "$%d\r\n%s\r\n", len(a), a)
	}
	if _, err := io.WriteString(conn, b.String()); err != nil {
		return "", err
	}
	r := bufio.NewReader(conn)
	line, err := r.ReadString('\n')
	if err != nil {
		return "", err
	}
	line = strings.TrimRight(line, "\r\n")
	switch {
	case strings.HasPrefix(line, "-"):
		return "", fmt.Errorf("%s: %s", strings.Join(args, " "), line[1:])
	case strings.HasPrefix(line, "$"):
		n, err := strconv.Atoi(line[1:])
		if err != nil || n < 0 {
			return "", err
		}
		buf := make([]byte, n+2)
		if _, err := io.ReadFull(r, buf); err != nil {
			return "", err
		}
		return string(buf[:n]), nil
	default:
		return line[1:], nil
	}
}

package servetest

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"time"
)

// Build compiles cmd/archbot into dir and returns the binary's path, so that what runs is the
// very binary users deploy. go build caches, so a second build only links.
func Build(ctx context.Context, dir string) (string, error) {
	bin := filepath.Join(dir, "archbot")
	cmd := exec.CommandContext(ctx, "go", "build", "-o", bin, "github.com/archbot/archbot/cmd/archbot")
	if out, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("build archbot: %w\n%s", err, out)
	}
	return bin, nil
}

// startLimit bounds each wait of Start: for the address, then for readiness.
const startLimit = 30 * time.Second

// Replica is one `archbot serve` process.
type Replica struct {
	Name string
	URL  string // base URL of its HTTP server
	Log  string // path of its standard error: its log lines
	Cmd  *exec.Cmd
	done chan struct{}
	err  error // how the process ended, once done is closed
}

// Start runs `bin serve` with env added to this process's environment and its standard error
// written to logPath, and waits until it has said where it listens and /readyz answers 200
// (Redis and every platform connected). A replica that does not get there is killed, and the
// error ends with its log's tail. On Linux the process dies with this one.
func Start(ctx context.Context, bin, name, logPath string, env []string) (*Replica, error) {
	r := &Replica{Name: name, Log: logPath, done: make(chan struct{})}
	logFile, err := os.Create(logPath)
	if err != nil {
		return nil, fmt.Errorf("create %s log: %w", name, err)
	}
	defer logFile.Close()
	r.Cmd = exec.Command(bin, "serve")
	r.Cmd.Env = append(os.Environ(), env...)
	r.Cmd.Stderr = logFile
	dieWithParent(r.Cmd)
	stdout, err := r.Cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := r.Cmd.Start(); err != nil {
		return nil, fmt.Errorf("start %s: %w", name, err)
	}
	go func() {
		r.err = r.Cmd.Wait()
		close(r.done)
	}()
	if err := r.awaitReady(ctx, stdout); err != nil {
		r.Kill()
		return nil, fmt.Errorf("%s: %w\n%s", name, err, r.Tail(3000))
	}
	return r, nil
}

// awaitReady reads the address the replica listens on from its standard output, then polls its
// /readyz until it answers 200.
func (r *Replica) awaitReady(ctx context.Context, stdout io.Reader) error {
	addr := make(chan string, 1)
	go func() {
		lines := bufio.NewScanner(stdout)
		for lines.Scan() {
			if a, ok := strings.CutPrefix(lines.Text(), "archbot listening on "); ok {
				addr <- a
				break
			}
		}
		_, _ = io.Copy(io.Discard, stdout)
	}()
	select {
	case a := <-addr:
		r.URL = "http://" + a
	case <-r.done:
		return fmt.Errorf("exited at start (%v)", r.err)
	case <-time.After(startLimit):
		return fmt.Errorf("did not listen within %v", startLimit)
	case <-ctx.Done():
		return ctx.Err()
	}
	deadline := time.Now().Add(startLimit)
	for !r.ready() {
		if time.Now().After(deadline) {
			return fmt.Errorf("not ready within %v", startLimit)
		}
		select {
		case <-r.done:
			return fmt.Errorf("exited before it was ready (%v)", r.err)
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(10 * time.Millisecond):
		}
	}
	return nil
}

func (r *Replica) ready() bool {
	resp, err := http.Get(r.URL + "/readyz")
	if err != nil {
		return false
	}
	resp.Body.Close()
	return resp.StatusCode == http.StatusOK
}

// Done is closed once the process has exited.
func (r *Replica) Done() <-chan struct{} { return r.done }

// Err waits for the process to exit and returns how it ended (nil for exit status 0).
func (r *Replica) Err() error {
	<-r.done
	return r.err
}

// Terminate sends SIGTERM, as an orchestrator does, and reports whether the process exited
// within grace.
func (r *Replica) Terminate(grace time.Duration) bool {
	_ = r.Cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-r.done:
		return true
	case <-time.After(grace):
		return false
	}
}

// Kill kills the process, if it is still running, and waits for it to exit.
func (r *Replica) Kill() {
	_ = r.Cmd.Process.Kill()
	<-r.done
}

// Tail is the end of the replica's log, at most n bytes, for error messages.
func (r *Replica) Tail(n int) string {
	b, _ := os.ReadFile(r.Log)
	if len(b) > n {
		b = b[len(b)-n:]
	}
	return string(b)
}

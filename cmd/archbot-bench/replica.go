package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// buildArchbot compiles cmd/archbot into dir, so the serving run measures the very binary users
// deploy. go build caches, so a second run only links.
func buildArchbot(ctx context.Context, dir string) (string, error) {
	bin := filepath.Join(dir, "archbot")
	cmd := exec.CommandContext(ctx, "go", "build", "-o", bin, "github.com/archbot/archbot/cmd/archbot")
	if out, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("build archbot (pass --archbot to use a built binary): %w\n%s", err, out)
	}
	return bin, nil
}

// replica is one `archbot serve` process.
type replica struct {
	name string
	cmd  *exec.Cmd
	url  string // base URL of its HTTP server
	log  string // path of its standard error: JSON log lines
	done chan struct{}
	err  error // exit status, valid once done is closed
}

// startReplica runs `archbot serve` with env added to this process's environment and waits
// until /readyz says Redis and every platform are connected.
func startReplica(ctx context.Context, bin, name, dir string, env []string) (*replica, error) {
	r := &replica{name: name, log: filepath.Join(dir, name+".log"), done: make(chan struct{})}
	logFile, err := os.Create(r.log)
	if err != nil {
		return nil, fmt.Errorf("create %s log: %w", name, err)
	}
	defer logFile.Close()
	r.cmd = exec.Command(bin, "serve")
	r.cmd.Env = append(os.Environ(), env...)
	r.cmd.Stderr = logFile
	// The replica must not outlive the bench, even if the bench is killed.
	r.cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
	stdout, err := r.cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := r.cmd.Start(); err != nil {
		return nil, fmt.Errorf("start %s: %w", name, err)
	}
	go func() {
		r.err = r.cmd.Wait()
		close(r.done)
	}()
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
		r.url = "http://" + a
	case <-r.done:
		return nil, fmt.Errorf("%s exited at start (%v):\n%s", name, r.err, r.tail())
	case <-time.After(30 * time.Second):
		r.kill()
		return nil, fmt.Errorf("%s did not start within 30s:\n%s", name, r.tail())
	case <-ctx.Done():
		r.kill()
		return nil, ctx.Err()
	}
	if err := waitUntil(ctx, 30*time.Second, func() bool {
		resp, err := http.Get(r.url + "/readyz")
		if err != nil {
			return false
		}
		resp.Body.Close()
		return resp.StatusCode == http.StatusOK
	}); err != nil {
		r.kill()
		return nil, fmt.Errorf("%s not ready: %w\n%s", name, err, r.tail())
	}
	return r, nil
}

// stop ends the replica with SIGTERM, as an orchestrator does, and kills it if it lingers.
func (r *replica) stop() {
	_ = r.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-r.done:
	case <-time.After(15 * time.Second):
		r.kill()
	}
}

func (r *replica) kill() {
	_ = r.cmd.Process.Kill()
	<-r.done
}

// tail is the end of the replica's log, for error messages.
func (r *replica) tail() string {
	b, _ := os.ReadFile(r.log)
	if len(b) > 3000 {
		b = b[len(b)-3000:]
	}
	return string(b)
}

// clockTick is USER_HZ, the unit of /proc/<pid>/stat's CPU times; 100 on every Linux build Go
// supports.
const clockTick = 10 * time.Millisecond

// cpu returns the CPU time (user + system, every thread) the replica has used so far, with its
// finished child processes' (Graphviz's dot, which draws a design's diagram).
func (r *replica) cpu() (time.Duration, error) {
	raw, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", r.cmd.Process.Pid))
	if err != nil {
		return 0, fmt.Errorf("read %s cpu time: %w", r.name, err)
	}
	// The command name, field 2, is in parentheses and may hold spaces; count from after it.
	i := strings.LastIndexByte(string(raw), ')')
	if i < 0 {
		return 0, errors.New("parse /proc stat: no command name")
	}
	f := strings.Fields(string(raw[i+1:]))
	// After the name: state is field 3; utime, stime, cutime and cstime are fields 14 to 17.
	if len(f) < 15 {
		return 0, errors.New("parse /proc stat: too few fields")
	}
	var ticks int64
	for _, v := range f[11:15] {
		n, err := strconv.ParseInt(v, 10, 64)
		if err != nil {
			return 0, fmt.Errorf("parse /proc stat: %w", err)
		}
		ticks += n
	}
	return time.Duration(ticks) * clockTick, nil
}

// waitUntil polls cond until it holds, for at most limit.
func waitUntil(ctx context.Context, limit time.Duration, cond func() bool) error {
	deadline := time.Now().Add(limit)
	for !cond() {
		if time.Now().After(deadline) {
			return fmt.Errorf("still not so after %s", limit)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(10 * time.Millisecond):
		}
	}
	return nil
}

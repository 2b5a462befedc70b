package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/archbot/archbot/cmd/archbot/servetest"
)

// replica is one `archbot serve` process of the serving run.
type replica struct{ *servetest.Replica }

// stop ends the replica with SIGTERM, as an orchestrator does, and kills it if it lingers.
func (r replica) stop() {
	if !r.Terminate(15 * time.Second) {
		r.Kill()
	}
}

// clockTick is USER_HZ, the unit of /proc/<pid>/stat's CPU times; 100 on every Linux build Go
// supports.
const clockTick = 10 * time.Millisecond

// cpu returns the CPU time (user + system, every thread) the replica has used so far, with its
// finished child processes' (Graphviz's dot, which draws a design's diagram).
func (r replica) cpu() (time.Duration, error) {
	raw, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", r.Cmd.Process.Pid))
	if err != nil {
		return 0, fmt.Errorf("read %s cpu time: %w", r.Name, err)
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

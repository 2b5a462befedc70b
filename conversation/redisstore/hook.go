package redisstore

import (
	"context"
	"errors"
	"maps"
	"net"
	"strings"
	"sync"

	"github.com/redis/go-redis/v9"
)

// CountingHook is a go-redis hook that counts what a client asks of Redis: round trips (one per
// command sent alone, one per pipeline, whatever its length) and commands, by name. The
// handshake go-redis makes on each new connection (HELLO, CLIENT SETINFO, AUTH, SELECT) is
// counted apart, in Handshakes: a pool opens connections once, not per turn. So are a
// consumer's polls that found nothing (an XREADGROUP that timed out empty, an XAUTOCLAIM that
// claimed nothing), in IdlePolls: a replica makes them whether or not there is work, so they are
// a cost per replica and second, not per turn. Benchmarks
// and tests add it to the client a Store uses (client.AddHook(h)) to measure what a turn costs
// on the real path. Scripts count as the EVALSHA (or EVAL) that runs them; the commands a script
// runs inside Redis are not seen by the client (INFO commandstats has them).
type CountingHook struct {
	mu         sync.Mutex
	roundTrips int64
	handshakes int64
	idle       int64
	byName     map[string]int64
}

// Counts is what a CountingHook saw.
type Counts struct {
	RoundTrips int64            // round trips of the client's own commands, handshakes excluded
	Handshakes int64            // round trips opening connections
	IdlePolls  int64            // round trips of polls for jobs that found none
	Commands   int64            // commands sent, pipelined ones each counted
	ByName     map[string]int64 // commands sent, by lower-case name ("evalsha", "xreadgroup")
}

// DialHook leaves dialling alone.
func (h *CountingHook) DialHook(next redis.DialHook) redis.DialHook {
	return func(ctx context.Context, network, addr string) (net.Conn, error) { return next(ctx, network, addr) }
}

// ProcessHook counts a command sent on its own: one round trip.
func (h *CountingHook) ProcessHook(next redis.ProcessHook) redis.ProcessHook {
	return func(ctx context.Context, cmd redis.Cmder) error {
		err := next(ctx, cmd)
		if idlePoll(cmd, err) {
			h.mu.Lock()
			h.idle++
			h.mu.Unlock()
			return err
		}
		h.count(cmd)
		return err
	}
}

// ProcessPipelineHook counts a pipeline (or MULTI/EXEC transaction): one round trip for all of
// its commands.
func (h *CountingHook) ProcessPipelineHook(next redis.ProcessPipelineHook) redis.ProcessPipelineHook {
	return func(ctx context.Context, cmds []redis.Cmder) error {
		h.count(cmds...)
		return next(ctx, cmds)
	}
}

func (h *CountingHook) count(cmds ...redis.Cmder) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.byName == nil {
		h.byName = map[string]int64{}
	}
	if len(cmds) > 0 && handshake[strings.ToLower(cmds[0].Name())] {
		h.handshakes++
		return
	}
	h.roundTrips++
	for _, c := range cmds {
		h.byName[strings.ToLower(c.Name())]++
	}
}

// idlePoll reports whether cmd, which ended with err, polled for stream entries and found none.
func idlePoll(cmd redis.Cmder, err error) bool {
	switch c := cmd.(type) {
	case *redis.XStreamSliceCmd:
		return errors.Is(err, redis.Nil)
	case *redis.XAutoClaimCmd:
		msgs, _ := c.Val()
		return err == nil && len(msgs) == 0
	}
	return false
}

// handshake names the commands go-redis sends on a new connection before it is used.
var handshake = map[string]bool{"hello": true, "auth": true, "client": true, "select": true, "readonly": true}

// Counts returns what the hook has seen since it was made or last Reset.
func (h *CountingHook) Counts() Counts {
	h.mu.Lock()
	defer h.mu.Unlock()
	c := Counts{RoundTrips: h.roundTrips, Handshakes: h.handshakes, IdlePolls: h.idle, ByName: maps.Clone(h.byName)}
	for _, n := range h.byName {
		c.Commands += n
	}
	if c.ByName == nil {
		c.ByName = map[string]int64{}
	}
	return c
}

// Reset starts counting from zero.
func (h *CountingHook) Reset() {
	h.mu.Lock()
	h.roundTrips, h.handshakes, h.idle, h.byName = 0, 0, 0, nil
	h.mu.Unlock()
}

package main

import (
	"context"
	"errors"
	"log/slog"
	"strings"
	"sync"
	"time"

	"github.com/archbot/archbot/conversation/redisstore"
)

// durabilityReader is what the gate needs of the store: redisstore.Store.
type durabilityReader interface {
	Durability(ctx context.Context) ([]redisstore.Durability, error)
}

// durabilityGate holds /readyz back while archbot's Redis may forget its state: a server that
// evicts under memory pressure or persists nothing loses threads mid-conversation, the event ids
// that keep a retried event from running twice, and queued jobs. It checks at start-up, warning
// loudly, and again at most every recheck while /readyz is asked, so a fix made with CONFIG SET
// is seen without a restart. Only production mode (ARCHBOT_ENV) fails readiness.
type durabilityGate struct {
	st         durabilityReader
	production bool
	log        *slog.Logger
	recheck    time.Duration

	mu      sync.Mutex
	checked time.Time
	err     error // what fails readiness; nil when ready
}

func newDurabilityGate(ctx context.Context, st durabilityReader, production bool, log *slog.Logger) *durabilityGate {
	g := &durabilityGate{st: st, production: production, log: log, recheck: time.Minute}
	g.check(ctx, true)
	return g
}

// ready returns why archbot should not take traffic, or nil. A nil gate (no Redis) is ready.
func (g *durabilityGate) ready(ctx context.Context) error {
	if g == nil {
		return nil
	}
	g.mu.Lock()
	stale := time.Since(g.checked) >= g.recheck
	g.mu.Unlock()
	if stale {
		g.check(ctx, false)
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.err
}

// check reads the servers' settings; loud logs every finding (at start-up), otherwise only
// changes are logged.
func (g *durabilityGate) check(ctx context.Context, loud bool) {
	ds, err := g.st.Durability(ctx)
	var problems []string
	if err != nil {
		// Unreadable settings do not fail readiness: the ping decides whether Redis is there.
		g.log.WarnContext(ctx, "cannot check whether Redis may evict or forget archbot's state", "err", err)
	}
	for _, d := range ds {
		problems = append(problems, d.Problems()...)
		if loud && d.ConfigRefused != nil {
			g.log.InfoContext(ctx, "Redis refuses CONFIG GET (usual on managed Redis); eviction policy and AOF read from INFO",
				"server", d.Server, "err", d.ConfigRefused)
		}
		if _, known := d.Persists(); loud && !known {
			g.log.WarnContext(ctx, "cannot tell whether Redis persists archbot's state: AOF is off and the RDB save "+
				"schedule is unreadable without CONFIG; make sure snapshots are on, or a restart forgets every thread",
				"server", d.Server)
		}
	}
	var gateErr error
	if len(problems) > 0 && g.production {
		gateErr = errors.New("redis may lose archbot's state: " + strings.Join(problems, "; "))
	}
	g.mu.Lock()
	changed := (gateErr == nil) != (g.err == nil)
	g.checked, g.err = time.Now(), gateErr
	g.mu.Unlock()
	if !loud && !changed {
		return
	}
	for _, p := range problems {
		if g.production {
			g.log.ErrorContext(ctx, "REDIS WILL LOSE ARCHBOT'S STATE; not ready until fixed (or set ARCHBOT_ENV=development)", "problem", p)
		} else {
			g.log.WarnContext(ctx, "REDIS WILL LOSE ARCHBOT'S STATE; ARCHBOT_ENV=development, so serving anyway", "problem", p)
		}
	}
	if !loud && gateErr == nil {
		g.log.InfoContext(ctx, "Redis now keeps archbot's state: no eviction, persistence on")
	}
}

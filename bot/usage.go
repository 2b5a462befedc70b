package bot

import (
	"context"
	"sync"

	"github.com/archbot/archbot/conversation"
)

// usageMeter accumulates the tokens a turn's model calls spend; the calls may run concurrently.
type usageMeter struct {
	mu sync.Mutex
	u  conversation.TokenUsage
}

type usageKey struct{}

// withUsageMeter returns a context whose model calls are counted by the returned meter.
func withUsageMeter(ctx context.Context) (context.Context, *usageMeter) {
	m := &usageMeter{}
	return context.WithValue(ctx, usageKey{}, m), m
}

func (m *usageMeter) total() conversation.TokenUsage {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.u
}

// RecordUsage adds the tokens of one model call to the turn running in ctx. Designers that call a
// model report every call through it; outside a turn it does nothing.
func RecordUsage(ctx context.Context, u conversation.TokenUsage) {
	m, ok := ctx.Value(usageKey{}).(*usageMeter)
	if !ok {
		return
	}
	m.mu.Lock()
	m.u.Add(u)
	m.mu.Unlock()
}

// WithUsage returns a context whose model calls are counted, and a function that reports the
// tokens counted so far. The engine meters each turn this way; tests of designers use it too.
func WithUsage(ctx context.Context) (context.Context, func() conversation.TokenUsage) {
	ctx, m := withUsageMeter(ctx)
	return ctx, m.total
}

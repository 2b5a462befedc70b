package slack

import (
	"context"
	"sync"
	"time"
)

// sleep waits d, or until ctx ends.
func sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// pacer spaces messages in each channel: a burst goes out at once, then one per interval, which
// keeps a whole design (a dozen sections) under Slack's per-channel limit instead of running
// into 429s. It is a GCRA: tat is each channel's theoretical arrival time of the next message.
type pacer struct {
	interval time.Duration
	burst    int

	mu  sync.Mutex
	tat map[string]time.Time
}

func newPacer(interval time.Duration, burst int) *pacer {
	return &pacer{interval: interval, burst: burst, tat: map[string]time.Time{}}
}

// wait blocks until a message may be posted to channel.
func (p *pacer) wait(ctx context.Context, channel string) error {
	p.mu.Lock()
	now := time.Now()
	t := p.tat[channel]
	if t.Before(now) {
		t = now
	}
	allowAt := t.Add(-time.Duration(p.burst-1) * p.interval)
	p.tat[channel] = t.Add(p.interval)
	if len(p.tat) > 10_000 {
		// Forget channels that are idle again, so the map stays small.
		for ch, at := range p.tat {
			if at.Before(now) {
				delete(p.tat, ch)
			}
		}
	}
	p.mu.Unlock()
	if d := allowAt.Sub(now); d > 0 {
		return sleep(ctx, d)
	}
	return nil
}

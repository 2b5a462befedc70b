package slack

import (
	"context"
	"sync"
	"time"

	"golang.org/x/time/rate"
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
// into 429s. Each channel has its own token bucket.
type pacer struct {
	every rate.Limit
	burst int

	mu       sync.Mutex
	channels map[string]*rate.Limiter
}

func newPacer(interval time.Duration, burst int) *pacer {
	return &pacer{every: rate.Every(interval), burst: burst, channels: map[string]*rate.Limiter{}}
}

// wait blocks until a message may be posted to channel.
func (p *pacer) wait(ctx context.Context, channel string) error {
	p.mu.Lock()
	l, ok := p.channels[channel]
	if !ok {
		if len(p.channels) >= 10_000 {
			// Forget channels that are idle again (a full bucket), so the map stays small.
			now := time.Now()
			for ch, l := range p.channels {
				if l.TokensAt(now) >= float64(p.burst) {
					delete(p.channels, ch)
				}
			}
		}
		l = rate.NewLimiter(p.every, p.burst)
		p.channels[channel] = l
	}
	p.mu.Unlock()
	return l.Wait(ctx)
}

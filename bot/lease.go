package bot

import (
	"sync"
	"time"
)

// lease is how long a job may still act as the holder of its thread's lock, by its own clock.
// Every renewal Redis confirms (a heartbeat, a ledger mark) extends it to the time the request
// was sent plus the lock's TTL: Redis started the TTL later than that, so the lease ends no later
// than the lock does. When a stall keeps renewals from being confirmed, the lease runs out a
// margin before the lock can, and expire is called: the job must stop posting then, because
// another replica may take the thread over as soon as the lock is gone, and the ledger would
// not know about a post made after that.
type lease struct {
	ttl, margin time.Duration

	mu      sync.Mutex
	until   time.Time
	timer   *time.Timer
	expired bool
}

// newLease starts a lease for a lock taken with a request sent at sent, calling expire once
// (from its own goroutine) if it is not extended in time.
func newLease(sent time.Time, ttl time.Duration, expire func()) *lease {
	// A tenth of the TTL covers a post in flight when the lease ends and the clocks' drift; the
	// heartbeat renews every quarter, so only a renewal slower than 0.65 TTL ends a lease early.
	l := &lease{ttl: ttl, margin: ttl / 10}
	l.until = sent.Add(ttl)
	l.timer = time.AfterFunc(time.Until(l.until.Add(-l.margin)), func() {
		l.mu.Lock()
		late := time.Now().After(l.until.Add(-l.margin))
		if late {
			l.expired = true
		}
		l.mu.Unlock()
		if late {
			expire()
		}
	})
	return l
}

// extend records that Redis renewed the lock on a request sent at sent. An expired lease stays
// expired: the job has already been told to stop.
func (l *lease) extend(sent time.Time) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.expired || !sent.Add(l.ttl).After(l.until) {
		return
	}
	l.until = sent.Add(l.ttl)
	l.timer.Reset(time.Until(l.until.Add(-l.margin)))
}

// valid reports whether the job may still post.
func (l *lease) valid() bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	return !l.expired && time.Now().Before(l.until.Add(-l.margin))
}

// stop ends the lease's timer once the job is over.
func (l *lease) stop() { l.timer.Stop() }

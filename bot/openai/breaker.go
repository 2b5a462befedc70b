package openai

import (
	"errors"
	"fmt"
	"sync"
	"time"
)

// ErrCircuitOpen is returned without calling the API while the circuit breaker is open: the API
// failed repeatedly and is given a cool-down before it is tried again.
var ErrCircuitOpen = errors.New("model API unavailable: circuit breaker open after repeated failures")

// ErrRateLimited is returned when the API rate-limits a call and asks for a longer pause
// (Retry-After) than the call may wait; until that pause is over, calls fail at once with
// ErrCircuitOpen instead of asking again.
var ErrRateLimited = errors.New("model API rate limited")

// outcome is what an attempt says about the API's health.
type outcome int

const (
	healthy outcome = iota // the API answered
	failed                 // the API is down or broken: 5xx, timeout, network error
	neutral                // says nothing about health: our bad request, rate limit, cancellation
)

// breaker opens after threshold consecutive failures and, after cooldown, lets a single probe
// through (half-open): its success closes the circuit, its failure opens it again. This keeps a
// dead API from making every concurrent section wait through all its retries.
type breaker struct {
	threshold int
	cooldown  time.Duration
	now       func() time.Time

	mu       sync.Mutex
	failures int
	openedAt time.Time // zero when closed
	probing  bool
	// pausedUntil is when the server said it would take calls again (a Retry-After longer than
	// a call may wait); until then no call goes out, probes included.
	pausedUntil time.Time
}

func newBreaker(threshold int, cooldown time.Duration) *breaker {
	return &breaker{threshold: threshold, cooldown: cooldown, now: time.Now}
}

// allow reports whether a call may go ahead. probe is true when the call is the half-open trial;
// its caller must report its outcome with done.
func (b *breaker) allow() (probe bool, err error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if now := b.now(); now.Before(b.pausedUntil) {
		return false, fmt.Errorf("%w: rate limited for another %s", ErrCircuitOpen, b.pausedUntil.Sub(now).Round(time.Millisecond))
	}
	if b.openedAt.IsZero() {
		return false, nil
	}
	if b.probing || b.now().Sub(b.openedAt) < b.cooldown {
		return false, ErrCircuitOpen
	}
	b.probing = true
	return true, nil
}

// done records the outcome of an attempt allowed by allow.
func (b *breaker) done(probe bool, o outcome) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if probe {
		b.probing = false
	}
	switch o {
	case healthy:
		b.failures = 0
		b.openedAt = time.Time{}
	case failed:
		b.failures++
		if probe || b.failures >= b.threshold {
			b.openedAt = b.now()
		}
	}
}

// pause holds every call off for d, because the server asked for that long a pause: all calls
// share its rate limit, so asking again sooner only earns another 429.
func (b *breaker) pause(d time.Duration) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if until := b.now().Add(d); until.After(b.pausedUntil) {
		b.pausedUntil = until
	}
}

// open reports whether the circuit is open (or half-open), for logs and tests.
func (b *breaker) open() bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	return !b.openedAt.IsZero()
}

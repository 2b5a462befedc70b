package openai

import (
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/sony/gobreaker/v2"
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

// errFailed and errNeutral carry an outcome into gobreaker, which counts errors.
var errFailed, errNeutral = errors.New("failed"), errors.New("neutral")

// breaker opens after threshold consecutive failures and, after cooldown, lets a single probe
// through (half-open): its success closes the circuit, its failure opens it again. This keeps a
// dead API from making every concurrent section wait through all its retries. On top of
// gobreaker's circuit it holds every call off for a pause the server asked for.
type breaker struct {
	cb *gobreaker.TwoStepCircuitBreaker[struct{}]

	mu sync.Mutex
	// pausedUntil is when the server said it would take calls again (a Retry-After longer than
	// a call may wait); until then no call goes out, probes included.
	pausedUntil time.Time
}

func newBreaker(threshold int, cooldown time.Duration) *breaker {
	return &breaker{cb: gobreaker.NewTwoStepCircuitBreaker[struct{}](gobreaker.Settings{
		Name:        "model API",
		MaxRequests: 1, // one probe when half-open
		Timeout:     cooldown,
		ReadyToTrip: func(c gobreaker.Counts) bool { return c.ConsecutiveFailures >= uint32(threshold) },
		IsExcluded:  func(err error) bool { return err == errNeutral },
	})}
}

// allow reports whether a call may go ahead; when it may, its caller reports the attempt's
// outcome with done.
func (b *breaker) allow() (done func(outcome), err error) {
	b.mu.Lock()
	until := b.pausedUntil
	b.mu.Unlock()
	if now := time.Now(); now.Before(until) {
		return nil, fmt.Errorf("%w: rate limited for another %s", ErrCircuitOpen, until.Sub(now).Round(time.Millisecond))
	}
	report, err := b.cb.Allow()
	if err != nil { // open, or half-open with its probe under way
		return nil, ErrCircuitOpen
	}
	return func(o outcome) { report([]error{nil, errFailed, errNeutral}[o]) }, nil
}

// pause holds every call off for d, because the server asked for that long a pause: all calls
// share its rate limit, so asking again sooner only earns another 429.
func (b *breaker) pause(d time.Duration) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if until := time.Now().Add(d); until.After(b.pausedUntil) {
		b.pausedUntil = until
	}
}

// open reports whether the circuit is open (or half-open), for logs and tests.
func (b *breaker) open() bool { return b.cb.State() != gobreaker.StateClosed }

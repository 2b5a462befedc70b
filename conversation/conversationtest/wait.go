package conversationtest

import (
	"testing"
	"time"
)

// pollEvery is how often Eventually looks at its condition.
const pollEvery = 5 * time.Millisecond

// Eventually polls cond until it holds or limit passes, and reports whether it held. It is for
// work in other goroutines or processes (a dispatcher, a replica, an adapter's turn) that signals
// nothing a test could wait on: the poll interval is its only sleep, and the deadline keeps a
// stuck test from hanging.
func Eventually(limit time.Duration, cond func() bool) bool {
	deadline := time.Now().Add(limit)
	for !cond() {
		if time.Now().After(deadline) {
			return false
		}
		time.Sleep(pollEvery)
	}
	return true
}

// WaitFor fails tb unless cond holds within limit.
func WaitFor(tb testing.TB, what string, limit time.Duration, cond func() bool) {
	tb.Helper()
	if !Eventually(limit, cond) {
		tb.Fatalf("timed out after %v waiting for %s", limit, what)
	}
}

// Receive returns the next value from ch, and fails tb unless one arrives within limit: for
// work that does signal (a Run that returns its error, a sink that says it started).
func Receive[T any](tb testing.TB, what string, limit time.Duration, ch <-chan T) T {
	tb.Helper()
	t := time.NewTimer(limit)
	defer t.Stop()
	select {
	case v := <-ch:
		return v
	case <-t.C:
		tb.Fatalf("timed out after %v waiting for %s", limit, what)
		var zero T
		return zero
	}
}

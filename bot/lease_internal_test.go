package bot

import (
	"sync/atomic"
	"testing"
	"time"
)

// A lease that Redis keeps confirming stays valid past its TTL; one that stops being confirmed
// ends a margin before the lock's TTL would, and calls expire once.
func TestLeaseEndsBeforeTheLockUnlessRenewed(t *testing.T) {
	const ttl = 300 * time.Millisecond
	var expired atomic.Int32
	start := time.Now()
	l := newLease(start, ttl, func() { expired.Add(1) })
	defer l.stop()
	for time.Since(start) < 2*ttl {
		l.extend(time.Now())
		if !l.valid() {
			t.Fatalf("a lease renewed moments ago is not valid after %v", time.Since(start))
		}
		<-time.After(ttl / 10)
	}
	if n := expired.Load(); n != 0 {
		t.Fatalf("a renewed lease expired %d times", n)
	}
	last := time.Now()
	l.extend(last)
	// By the clock, not by when a loaded machine gets round to the timer: the lease is over
	// before the lock's TTL runs out.
	<-time.After(ttl - ttl/10 - time.Since(last))
	if l.valid() {
		t.Fatalf("the lease is valid %v after its last renewal; the lock's TTL is %v", time.Since(last), ttl)
	}
	deadline := time.After(10 * ttl)
	for expired.Load() == 0 {
		select {
		case <-deadline:
			t.Fatal("a lease nobody renews never called expire")
		case <-time.After(5 * time.Millisecond):
		}
	}
	if l.valid() {
		t.Fatal("an expired lease is still valid")
	}
	l.extend(time.Now())
	if l.valid() || expired.Load() != 1 {
		t.Fatalf("an expired lease came back (valid %v, expired %d times)", l.valid(), expired.Load())
	}
}

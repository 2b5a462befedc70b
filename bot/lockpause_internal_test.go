package bot

import (
	"testing"
	"time"
)

// A job finding its thread's lock busy retries within milliseconds at first (the holder is
// most often the thread's previous job, finishing), then settles at 20 to 60 ms.
func TestLockPauseStartsShortAndSettles(t *testing.T) {
	for _, tc := range []struct {
		attempt int
		lo, hi  time.Duration
	}{
		{0, time.Millisecond, 2 * time.Millisecond},
		{1, 2 * time.Millisecond, 4 * time.Millisecond},
		{3, 8 * time.Millisecond, 16 * time.Millisecond},
		{4, 20 * time.Millisecond, 60 * time.Millisecond},
		{100, 20 * time.Millisecond, 60 * time.Millisecond},
	} {
		for range 50 {
			if got := lockPause(tc.attempt); got < tc.lo || got >= tc.hi {
				t.Fatalf("lockPause(%d) = %v, want in [%v, %v)", tc.attempt, got, tc.lo, tc.hi)
			}
		}
	}
}

package offline_test

import (
	"strings"
	"testing"
)

// A small system's availability targets are three nines wherever the pattern states them: its
// store is a managed primary whose failover takes minutes of an 8.8-hour budget, so "Booking path
// 99.99% available" would contradict the design's own reliability section.
func TestSmallDesignsPromiseThreeNines(t *testing.T) {
	t.Parallel()
	for _, problem := range []string{
		"Design a scheduling system for a crematorium group with 9 sites: funeral directors book slots online, about 150 bookings a day",
		"Design bookings for a village hall: about 20 bookings a week for its two rooms",
	} {
		d := design(t, problem)
		req := strings.Join(d.Requirements.NonFunctional, "\n")
		if strings.Contains(req, "99.99%") {
			t.Errorf("%q promises four nines at %v writes/s:\n%s", problem, d.Capacity.PeakWriteQPS, req)
		}
	}
}

// A what-if's "still fits" counts one copy of the load: on a replicated store it says so, or "1
// storage node" would contradict the replication factor the design states.
func TestWhatIfFitCountsOneCopy(t *testing.T) {
	t.Parallel()
	c := newConvo(t, "Overflow monitoring for a city's sewer network: 2,200 manhole level sensors send a reading every 15 minutes, and crews are alerted within 2 minutes of a predicted overflow")
	_, a := c.say("what if traffic grows 10x?")
	if !strings.Contains(a, "still fits") {
		t.Fatalf("no fit for the main store at 10x:\n%s", a)
	}
	if !strings.Contains(a, "before its replicas") {
		t.Errorf("the fit reads as the whole replicated store:\n%s", a)
	}
}

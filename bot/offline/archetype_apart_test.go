package offline

import (
	"strings"
	"testing"
)

// TestCheckinAndCarShareReadApart: airline check-in and peer-to-peer car rental both used to be
// rendered as the hotel reservation template and shared most of their sentences. Each now has its
// own archetype; what they may still share is the plumbing both use (push notifications, the event
// log), so the shared sentences must stay a small part of either design and carry no lodging text.
func TestCheckinAndCarShareReadApart(t *testing.T) {
	t.Parallel()
	statements := []string{
		"An airline flies 900 flights a day; passengers check in online 24 hours before departure, choose seats on a seat map, get a mobile boarding pass and gate agents scan it even when the network drops",
		"A peer-to-peer car rental marketplace: owners list 50,000 cars, renters book them by the hour or day, owners approve or auto-accept, and both sides photograph the car at pickup and return",
	}
	docs := designSentences(t, statements)
	var shared []string
	for s := range docs[0] {
		if docs[1][s] {
			shared = append(shared, s)
		}
	}
	smaller := min(len(docs[0]), len(docs[1]))
	if share := float64(len(shared)) / float64(smaller); share > 0.08 {
		t.Errorf("%d of %d sentences shared (%.0f%%), want at most 8%%:\n%s", len(shared), smaller, 100*share, strings.Join(shared, "\n"))
	}
	for _, s := range shared {
		for _, w := range []string{"night", "room", "overbook", "reservation", "listing"} {
			if strings.Contains(s, w) {
				t.Errorf("shared sentence carries reservation-template text %q: %s", w, s)
			}
		}
	}
	t.Logf("%d shared sentences of %d and %d", len(shared), len(docs[0]), len(docs[1]))
}

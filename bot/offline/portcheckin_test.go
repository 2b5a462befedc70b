package offline

import (
	"slices"
	"testing"
)

// TestFerryPortCheckInIsNotBooking designs checking vehicles in at a ferry port's lanes (find
// the booking by plate, a lane by class and deck, boarding closing at the cut-off, the loading
// list), not selling the sailings; selling a ferry's sailings stays the booking design.
func TestFerryPortCheckInIsNotBooking(t *testing.T) {
	t.Parallel()
	checkIn := []string{
		"our ferry terminal has 9 check-in booths; cameras read number plates and cars queue in lanes until boarding closes 45 minutes before each sailing",
		"vehicle check-in at a ferry port: 12,000 cars a day across 60 sailings, each sent to a lane by deck",
		"a system for the lanes at a ferry port: plate cameras find each car's booking and the loading officer gets the list per sailing",
	}
	for _, s := range checkIn {
		ids, _ := detect(s)
		if !slices.Contains(ids, "portcheckin") || slices.Contains(ids, "departures") {
			t.Errorf("detect(%q) = %q, want portcheckin and no departures", s, ids)
		}
	}
	booking := []string{
		"islanders book ferry crossings for their cars months ahead and the summer sailings sell out",
		"sell seats and car spaces on 30 daily ferry sailings without overbooking the deck",
	}
	for _, s := range booking {
		ids, _ := detect(s)
		if slices.Contains(ids, "portcheckin") {
			t.Errorf("detect(%q) = %q, want no portcheckin: it sells sailings", s, ids)
		}
	}
}

package offline

import (
	"slices"
	"testing"
)

// TestCourtsBookedBySlot designs a club's courts, pitches and pods as slots booked whole, once,
// under a member's limit, with the release minute as the peak. Before, "members book tennis
// courts" was a hotel's reservation system: listings, party sizes, holds during checkout,
// payment and push notifications nobody asked for.
func TestCourtsBookedBySlot(t *testing.T) {
	t.Parallel()
	mentions := []string{"unique (court, slot) key", "member's limit", "court and facility slot booking system"}
	never := []string{"party size", "listing", "nights", "hold the inventory", "push notifications", "payment processor", "psp", "during checkout"}
	for _, tc := range []struct {
		statement string
		release   bool
	}{
		{"Members book tennis courts in 1-hour slots; bookings open 7 days ahead at 07:00 and popular evening slots go in seconds", true},
		{"a padel club with 12 courts where members book 90-minute slots, at most two bookings a week each, released 7 days in advance at 8am", true},
		{"Our office's 30 meeting pods are booked in 30-minute slots by staff, and the Monday slots go in seconds", true},
		// Bookable without a release: no rush to admit, no waiting room to run.
		{"Design booking for a council's sports halls and five-a-side pitches, booked by the hour by residents", false},
	} {
		if ids, why := detect(tc.statement); !slices.Contains(ids, "courts") || slices.Contains(ids, "reservation") {
			t.Errorf("%q: detected %v (%v), want courts", tc.statement, ids, why)
			continue
		}
		rush := []string{"the release minute", "virtual waiting room"}
		if tc.release {
			checkDesignSays(t, tc.statement, append(rush, mentions...), never)
		} else {
			checkDesignSays(t, tc.statement, mentions, append(rush, never...))
		}
	}
	// Paying for the court is designed only where the statement says so.
	checkDesignSays(t, "Members book squash courts in 45-minute slots and pay a court fee of £8 by card; bookings open 7 days ahead at 07:00",
		[]string{"court fee charged", "refund on a timely cancellation"}, nil)
	checkDesignSays(t, "Members book tennis courts in 1-hour slots; bookings open 7 days ahead at 07:00 and popular evening slots go in seconds",
		nil, []string{"court fee charged", "refund on a timely cancellation"})
}

// TestCourtsNearMisses keeps the neighbours that book slots with their own patterns: a gym's
// classes, a hotel, escape rooms, a dentist's diary, a tournament's scores and a court of law.
func TestCourtsNearMisses(t *testing.T) {
	t.Parallel()
	checkDetect(t, []detectCase{
		{"a gym where members book a spot in a yoga class with an instructor", nil, []string{"courts"}},
		{"Design a hotel booking system for 2,000 properties where guests search by city and dates", nil, []string{"courts"}},
		{"Design booking for a chain of 40 escape rooms across 8 cities: groups book 60-minute slots, a room must never be double-booked, and game masters see the day's schedule", []string{"roomslots"}, []string{"courts"}},
		{"patients book a 15-minute slot with their dentist", []string{"practappt"}, []string{"courts"}},
		{"a tennis tournament's live scores pushed to fans on every point", nil, []string{"courts"}},
		{"court hearings are scheduled for judges and lawyers across 40 courtrooms", nil, []string{"courts"}},
	})
}

package offline

import (
	"slices"
	"testing"
)

// Slots released at a clock time to a public crowd are a booking rush: the practice's diary
// steps aside for the launch-day booking site, and a reservation gets the waiting room in front.
// A practice's own release to its list, and a clinic network with no release, stay a practice's
// appointments with no waiting room.
func TestReleaseRushDetected(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		statement   string
		want, never []string
	}{
		{"Design a vaccination booking system for a province: 6 million adults, 300 clinics each with 5 nurses doing 10-minute slots; slots are released every Thursday at 9am",
			[]string{"launchbooking"}, []string{"practappt"}},
		{"Design a booking site for a county's public tennis courts: 250,000 residents, court slots open every Saturday at 7am",
			[]string{"flashcrowd"}, nil},
		{"A GP practice with 8 doctors doing 10-minute appointments for 12,000 patients; appointments are released each day at 8am",
			[]string{"practappt"}, []string{"flashcrowd", "launchbooking"}},
		{"Design a booking system for our clinics: 200 clinics each with 6 nurses doing 15-minute slots for 4 million residents",
			[]string{"practappt"}, []string{"flashcrowd", "launchbooking"}},
	} {
		ids, why := detect(tc.statement)
		for _, id := range tc.want {
			if !slices.Contains(ids, id) {
				t.Errorf("%q: features %v, want %s (why %v)", tc.statement, ids, id, why)
			}
		}
		for _, id := range tc.never {
			if slices.Contains(ids, id) {
				t.Errorf("%q: features %v, want no %s (why %v)", tc.statement, ids, id, why)
			}
		}
	}
}

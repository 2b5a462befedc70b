package offline

import "testing"

// TestHijackedArchetypes designs statements whose words another archetype's signals claimed:
// each must read as its own domain, in its own nouns and figures, with none of the neighbour's
// text. Before, a dental chain's bookings, slots and appointments alone made its appointments
// held over a call (practitioners licensed by state, an animal with its owner), and its stated
// reminder times gave way to the template's 24 and 2 hours.
func TestHijackedArchetypes(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		statement        string
		mentions, absent []string
	}{
		{
			statement: "we're a chain of 14 dental clinics, each with 6 chairs, 30-minute slots from 8am to 6pm weekdays. no-shows are about 1 in 8 appointments. " +
				"we want SMS reminders 48h and 2h before, and when someone cancels, the slot should be offered to the waitlist and filled within 2 minutes " +
				"(first to reply YES gets it, no double booking). it's PHI so HIPAA, records kept 10 years.",
			mentions: []string{"appointment booking system for practitioners", "48 hours and 2 hours before", "exclusion constraint per practitioner",
				"waitlist", "front-desk", "hipaa"},
			absent: []string{"online appointment booking", "see clients online", "the appointment itself is a call", "licensed", "species",
				"animal", "24 hours and 2 hours", "24-hour", "24h"},
		},
	} {
		checkDesignSays(t, tc.statement, tc.mentions, tc.absent)
	}
}

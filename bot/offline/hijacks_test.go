package offline

import "testing"

// TestHijackedArchetypes designs statements whose words another archetype's signals claimed:
// each must read as its own domain, in its own nouns and figures, with none of the neighbour's
// text. Before, a dental chain's bookings, slots and appointments alone made its appointments
// held over a call (practitioners licensed by state, an animal with its owner), and its stated
// reminder times gave way to the template's 24 and 2 hours; a trivia show whose host streams
// video became a video-on-demand site for creators; a festival's cashless wristbands, topped up
// with money and spent at food stalls, became admission tickets with seat maps and a waiting room;
// a city's 311 plow complaints became a company's support helpdesk.
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
		{
			statement: "We want to run a live trivia game show like HQ Trivia: every night at 8pm about 1.5M players join, the host streams video, " +
				"there are 12 questions with 10 seconds to answer each, and we need to show the answer tallies within 3 seconds after each question closes. " +
				"The prize pot is split evenly among everyone who gets all 12 right, and no cheating by answering late.",
			mentions: []string{"live quiz game show", "server-side deadline", "how many chose each option", "winners split the prize"},
			absent:   []string{"creators upload", "resumable", "transcod", "video metadata", "a viewer watches", "video service"},
		},
		{
			statement: "designing cashless payments for a 2-day food festival: ~60k visitors total, 150 vendor booths, everyone gets an NFC wristband topped up by card. " +
				"lunch peak is about 900 taps a minute across the site. cell coverage is bad so vendor terminals need to keep selling offline for up to 30 min " +
				"without letting a wristband overspend. vendors get paid out within 3 days and we keep transactions 7 years for tax.",
			mentions: []string{"payment processor", "double-entry ledger", "works offline", "900 a minute"},
			absent:   []string{"ticket", "seat", "waiting room", "box office", "oversell", "sold out", "admission"},
		},
		{
			statement: "hey all - city of ~400k here, public works wants a snow plow tracker. we have 120 plows, each pings GPS every 10 sec while on shift " +
				"(storms run ~18h). residents should see which streets were plowed in last 6h on a map, and during a big storm 311 plow complaints peak " +
				"around 3k an hour. supervisors reassign routes live. legal wants GPS history kept 2 years for liability claims.",
			mentions: []string{"snow plow tracker", "coverage of worked segments", "map-matched", "120 plows", "retention: 2 years"},
			absent:   []string{"helpdesk", "tenant isolation", "support@", "macro", "chat widget", "support agent", "customer support"},
		},
	} {
		checkDesignSays(t, tc.statement, tc.mentions, tc.absent)
	}
}

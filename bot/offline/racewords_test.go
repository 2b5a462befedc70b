package offline

import (
	"slices"
	"testing"
)

// TestTimedCompetitionsDesigns designs every timed competition from a start to a finish as race
// timing in its own words: a regatta's boats, transponders and timing lines with heats, finals
// and protests; a pigeon race's birds, electronic rings and loft antennas ranked by velocity.
// Before, the regatta got a one-entity design of "splits" with lane bookings, and the pigeon race
// one of "metres". A marathon keeps its participants, chips and mats.
func TestTimedCompetitionsDesigns(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		statement        string
		mentions, absent []string
	}{
		{
			statement: "We run a rowing regatta over a 2,000 m course with 6 lanes and about 400 boats across 3 days. We need a results service that records 500 m splits for every crew, runs heats and finals, and publishes provisional results within 30 seconds of a finish, official once the umpires clear protests.",
			mentions:  []string{"race timing", "timing lines and readers", "boat transponders", "heats, repechages and finals", "provisional, protested and official results", "`/v1/races/{race_id}/boats/{bib}`", "timing points: 5"},
			absent:    []string{"{rt_", "{said", "{unsaid", "participant", "chip time", "bib 10234", "lane booking", "timing points: 500", "gender and by age"},
		},
		{
			statement: "results for our club's regatta: 120 crews race 1,000 m with a 500 m split, heats in the morning and finals after lunch",
			mentions:  []string{"race timing", "crews", "heats, repechages and finals", "timing line"},
			absent:    []string{"{rt_", "participant", "timing mat"},
		},
		{
			statement: "Our pigeon racing club has 120 lofts and about 3,000 birds with ring numbers. On race day each fancier's clock records the arrival, and we need to compute velocity in metres per minute over each loft's measured distance and publish a provisional league table within the hour.",
			mentions:  []string{"race timing", "pigeon", "electronic ring", "loft antenna", "ranked by velocity", "3,000 birds × 2 timing points"},
			absent:    []string{"{rt_", "{said", "participant", "metre view", "chip time", "gun time"},
		},
		{
			statement: "the federation's pigeon races: fanciers basket their birds on Friday, the birds are liberated 500 km away and clocked in at 2,000 lofts, ranked by velocity",
			mentions:  []string{"race timing", "pigeon", "loft antenna", "velocity"},
			absent:    []string{"{rt_", "participant"},
		},
		// A marathon keeps its chips and mats.
		{
			statement: "Design timing for a 25,000-runner city marathon: RFID bib tags read at 7 mats, gun and net times, and parents get a push at every split",
			mentions:  []string{"bib chips", "timing mats and readers", "participant", "gun time", "chip time"},
			absent:    []string{"{rt_", "loft", "transponders", "heats"},
		},
	} {
		checkDesignSays(t, tc.statement, tc.mentions, tc.absent)
	}
}

// TestTimedCompetitionsNearMisses keeps what only sounds like a race with boats or birds where it
// was: a marina's boat rentals, a birdwatching log, a pigeon fanciers' forum.
func TestTimedCompetitionsNearMisses(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"a boat rental marina where members book kayaks and rowing boats by the hour",
		"birdwatchers log sightings of birds with a photo and the place they saw them",
		"a rowing club's booking sheet: members reserve boats and the coach approves outings",
		"a heat pump installer schedules 40 engineers across 3 counties",
	} {
		if ids, why := detect(s); slices.Contains(ids, "racetiming") {
			t.Errorf("%q: detected racetiming (%s), want none", s, why["racetiming"])
		}
	}
}

// TestSplitLengths reads splits said by how far apart they are as the marks along a course, not
// as a count: "500 m splits on a 2,000 m course" is a start and four marks.
func TestSplitLengths(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		statement     string
		every, course float64
	}{
		{"500 m splits on a 2,000 m course", 500, 2000},
		{"a 10 km race with 2 km splits", 2000, 10000},
		{"splits every lap over 5 km", 0, 5000},
		{"8 checkpoints and a finish mat", 0, 0},
	} {
		every, course := splitLengths(tc.statement)
		if every != tc.every || course != tc.course {
			t.Errorf("%q: splits every %v over %v, want %v over %v", tc.statement, every, course, tc.every, tc.course)
		}
	}
}

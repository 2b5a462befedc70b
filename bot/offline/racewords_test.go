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
			mentions:  []string{"race timing", "timing lines and readers", "boat transponders", "heats, repechages and finals", "provisional, protested and official results", "`/v1/races/{race_id}/boats/{crew_id}`", "timing points: 5"},
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

// roadRaceWords are a road race's words that no regatta or pigeon race says: its bibs, its
// athletes' tracking, its finishers' certificates, its gender and age placings, its gun and
// chip times, its waves and its legs.
var roadRaceWords = []string{"follow bibs", "searchable by name and bib", "bib allocation", "on the back of each bib",
	"athlete tracking service", "finisher certificate worker", "by gender and age category", "/{bib}", "gun_time", "chip_time",
	"to another wave", "change_wave", "leg (run"}

// TestCompetitionWordsAreTheirOwn designs each timed competition in its own words and none of
// another's: a regatta's crews, bow numbers and medals, a pigeon race's ring numbers, velocity and
// prizes, and no certificate for a boat or a bird. Races people run, ski or swim keep the road
// race's bibs, certificates and the triathlon's ankle strap, a marathon's medical crews included.
func TestCompetitionWordsAreTheirOwn(t *testing.T) {
	t.Parallel()
	regatta := []string{"follow crews", "boat tracking service", "placings by event and round", "/{crew_id}", "active transponders clipped"}
	pigeons := []string{"follow ring numbers", "pigeon tracking service", "placings by velocity", "/{ring_number}", "velocity_m_per_min", "electronic rings (passive 125 khz rfid)"}
	road := []string{"follow bibs", "athlete tracking service", "finisher certificate worker", "/{bib}", "gun_time"}
	for _, tc := range []struct {
		statement        string
		mentions, absent []string
	}{
		{
			statement: "Our rowing club hosts a two-day regatta: 240 crews race in heats, repechages and finals over 2,000 m, with 500 m splits from timing lines. Coaches and parents watch live results on their phones, about 5,000 people at the finals.",
			mentions:  append([]string{"bow number allocation"}, regatta...),
			absent:    slices.Concat(roadRaceWords, pigeons, []string{"certificate"}),
		},
		{
			statement: "Our regatta needs race timing: 300 boats in heats and finals over 1,000 m with 250 m splits, and parents follow the results live",
			mentions:  regatta,
			absent:    slices.Concat(roadRaceWords, pigeons, []string{"certificate"}),
		},
		{
			statement: "Our pigeon racing federation runs weekend races for 900 lofts: birds carry electronic rings read by loft antennas on arrival, velocity in metres per minute over each loft's measured distance, results provisional until protests close",
			mentions:  pigeons,
			absent:    slices.Concat(roadRaceWords, regatta, []string{"certificate", "age category"}),
		},
		{
			statement: "A club of pigeon fanciers wants race results: each bird is clocked in at its loft and ranked by velocity, and members follow the birds of other lofts live",
			mentions:  pigeons,
			absent:    slices.Concat(roadRaceWords, regatta, []string{"certificate"}),
		},
		// Races people run, ski or swim keep the road race's words.
		{
			statement: "Our cross-country ski marathon has 8,000 skiers on a 50 km course with timing points every 10 km; families follow skiers live and results by age class are online within minutes.",
			mentions:  road,
			absent:    slices.Concat(regatta, pigeons),
		},
		{
			statement: "We time a triathlon with 2,500 athletes: swim, bike and run splits with mats at transition, ankle chips, live tracking for families and results by age group.",
			mentions:  append([]string{"the triathlon's ankle strap"}, road...),
			absent:    slices.Concat(regatta, pigeons),
		},
		{
			statement: "Design timing for a 40,000-runner city marathon: RFID bib chips read at start, 8 splits and finish, our medical crews at every aid station, and families follow runners with a push at each split.",
			mentions:  road,
			absent:    slices.Concat(regatta, pigeons, []string{"timing line", "crew_id"}),
		},
	} {
		checkDesignSays(t, tc.statement, tc.mentions, tc.absent)
	}
}

// TestCompetitionsSayEveryWord keeps each competition's words complete: a word one leaves out
// would be said in the road race's word (a pigeon's "bib").
func TestCompetitionsSayEveryWord(t *testing.T) {
	t.Parallel()
	r := raceKnowledge()
	if r == nil || len(r.Competitions) == 0 {
		t.Fatal("race timing has no competitions")
	}
	for i, c := range r.Competitions {
		for w := range r.Words {
			if _, ok := c.Words[w]; !ok {
				t.Errorf("competitions[%d] (%v): no word for %q", i, c.Said, w)
			}
		}
	}
	f := features["racetiming"]
	for _, part := range r.FinisherParts {
		if !slices.Contains(f.Components, part) && !slices.ContainsFunc(f.Entities, func(e entity) bool { return e.Name == part }) {
			t.Errorf("finisher part %q is neither a component nor an entity of race timing", part)
		}
	}
}

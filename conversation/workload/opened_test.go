package workload_test

import (
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/archbot/archbot/conversation"
	"github.com/archbot/archbot/conversation/workload"
)

// A clock kept "while the pool is open" is each counted pool's, for its opening hours: 40 pools
// counted every 15 minutes from 6am to 10pm is 40 × 4 an hour for 16 hours, not a report per
// swimming booking in progress and not a clock nobody sends.
func TestClockWhileThePlaceIsOpen(t *testing.T) {
	t.Parallel()
	rd := workload.Read("Design a public swimming pool booking app: 40 pools, swimmers book 1-hour slots, about 12,000 bookings a day, lifeguards log head counts every 15 minutes while the pool is open (6am to 10pm).")
	i := slices.IndexFunc(rd.Flows, func(f conversation.Flow) bool { return f.ActorNoun == "pools" })
	if i < 0 {
		t.Fatalf("flows %+v, notes %q: want head counts from each of the 40 pools", rd.Flows, rd.Notes)
	}
	f := rd.Flows[i]
	if f.Name != "head count" || f.Actors != 40 || f.PerSeconds != 900 || !f.Burst || f.Lasts != 16*3600 {
		t.Errorf("flow %+v: want a head count from 40 pools every 15 min for the 16 opening hours", f)
	}
	if got, want := rd.Rate(f), 40.0/900; math.Abs(got-want) > 1e-9 {
		t.Errorf("rate while open %.4g/s, want %.4g/s", got, want)
	}
	if notes := strings.Join(rd.Notes, "\n"); !strings.Contains(notes, "only while the pools are open, 16 h a day") || strings.Contains(notes, "not who sends it") {
		t.Errorf("notes %q: want the opening hours said, and the clock's sender found", notes)
	}
	for _, f := range rd.Flows {
		if strings.Contains(f.ActorNoun, "in progress") {
			t.Errorf("flow %+v: a pool's head count is no report per booking in progress", f)
		}
	}
}

// "While" names what a clock runs during only when what follows is the thing in progress:
// "while riding" is per ride under way, "while the app is open" with no apps counted finds no
// place to charge it to.
func TestClockWhileNamesWhatIsInProgress(t *testing.T) {
	t.Parallel()
	rd := workload.Read("1.5M rides a day; the app sends a GPS ping every 4 seconds while riding, and the average ride is 20 minutes")
	if !slices.ContainsFunc(rd.Flows, func(f conversation.Flow) bool { return strings.Contains(f.ActorNoun, "rides in progress") }) {
		t.Errorf("flows %+v: want pings per ride in progress", rd.Flows)
	}
	rd = workload.Read("A gym chain: 300 gyms, each gym's door counter reports occupancy every minute while the gym is open, 5am to 11pm.")
	if notes := strings.Join(rd.Notes, "\n"); !strings.Contains(notes, "only while the gyms are open, 18 h a day") {
		t.Errorf("notes %q: want the gyms' 18 opening hours", notes)
	}
}

// "Within 24 hours" that bounds repeats counted as one is a dedupe window, not a time limit: a
// podcast host's IAB rule asks nothing to happen within a day.
func TestWithinThatCountsOnceIsADedupeWindow(t *testing.T) {
	t.Parallel()
	rd := workload.Read("Design a podcast hosting platform: 40 million downloads a month, deduplicated per IAB rules (same IP and user agent within 24 hours counts once).")
	if len(rd.Latencies) > 0 {
		t.Errorf("latencies %v: a dedupe window is no time limit", rd.Latencies)
	}
	if notes := strings.Join(rd.Notes, "\n"); !strings.Contains(notes, "a dedupe window") {
		t.Errorf("notes %q: want the window said", notes)
	}
	for _, s := range []string{"every payment must be confirmed within 2 seconds", "a reply within 24 hours to every ticket"} {
		if rd := workload.Read("Design a service: 2,000 requests a second, " + s); len(rd.Latencies) == 0 {
			t.Errorf("%q: want a time limit", s)
		}
	}
}

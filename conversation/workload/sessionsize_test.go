package workload_test

import (
	"testing"

	"github.com/archbot/archbot/conversation/workload"
)

// Sessions held at once with their size stated are that many people online: 40,000 races of 8
// players are 320,000 players, not 40,000 × an assumed 8 nor the day's 2M actives, and a rate
// each player keeps up only while racing runs on them. A size stated is no population.
func TestSessionsAtOnceWithTheirSize(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		statement        string
		online, peakRate float64
	}{
		{"A kart racing game: races are 8 players each, and every client sends 30 input packets a second; at evening peak about 40,000 races run at once.", 320_000, 9_600_000},
		{"Mobile racing game with 2M DAU; 8 players per race, each player sends 30 inputs a second, and about 40k races are running at once at peak.", 320_000, 9_600_000},
		{"A racing game with 2M DAU: up to 50k races at once at peak, in 4-player races; each player sends 20 inputs a second.", 200_000, 4_000_000},
		{"A chess server where 1 million concurrent games each make a move every 20 seconds.", 2_000_000, 0},
	} {
		rd := workload.Read(tc.statement)
		if rd.Concurrent != tc.online {
			t.Errorf("%q: %v online at once, want %v (notes %q)", tc.statement, rd.Concurrent, tc.online, rd.Notes)
		}
		if tc.peakRate == 0 {
			continue
		}
		rate := 0.0
		for _, f := range rd.Flows {
			if f.Each && f.Peak {
				rate += f.Count / f.PerSeconds * f.Actors
			}
		}
		if rate != tc.peakRate {
			t.Errorf("%q: %v a second at the peak, want %v (flows %+v)", tc.statement, rate, tc.peakRate, rd.Flows)
		}
	}
}

// The size of the parties people come in is how many make one, not a count of anything the
// system holds: "groups of 2-6 book online" names no 4 "onlines". One party named alone is the
// count itself: "our family of 6" is six users, "a group of 6 clinics" six clinics.
func TestPartySizeIsNoCount(t *testing.T) {
	t.Parallel()
	for _, statement := range []string{
		"A booking system for 40 escape rooms: each room runs 8 sessions a day, groups of 2-6 book online.",
		"Paintball fields: players come in teams of 5 and each field runs 10 games a day across 30 fields.",
		"A restaurant waitlist where parties of 4 wait about 20 minutes, 300 restaurants.",
	} {
		rd := workload.Read(statement)
		for _, c := range rd.Counted {
			t.Errorf("%q: counted %v %s", statement, c.Value, c.Noun)
		}
		found := false
		for _, l := range rd.Limits {
			found = found || l.Noun == "person" && l.Of != ""
		}
		if !found {
			t.Errorf("%q: no party size among the limits %+v (notes %q)", statement, rd.Limits, rd.Notes)
		}
	}
	rd := workload.Read("Photo sharing for our family of 6; each of us uploads about 10 photos a day")
	if len(rd.Limits) > 0 {
		t.Errorf("our family of 6: limits %+v, want six users", rd.Limits)
	}
}

package workload_test

import (
	"math"
	"testing"

	"github.com/archbot/archbot/conversation/workload"
)

// A share of a crowd that comes in the last or first minutes of something is a rush of that
// share, whether the share is a figure or a word ("most" taken as 80%) and whether the crowd is
// counted or is what a venue holds.
func TestReadRushOfAShare(t *testing.T) {
	for _, tc := range []struct {
		statement string
		count     float64
		window    float64
	}{
		{"Design the ticket scanning at a 40,000-seat stadium: most fans arrive in the last 30 minutes before kickoff and a ticket must never admit twice.", 32000, 30 * min},
		{"Design the ticket scanning for 40,000 fans: 80% arrive in the last 30 minutes before kickoff.", 32000, 30 * min},
		{"An exam platform for 650,000 students: most of them log in during the first 10 minutes.", 520000, 10 * min},
		{"A concert venue that holds 18,000; most people turn up in the hour before the doors open.", 14400, hour},
		{"A 60,000-capacity arena where half of the fans come in within 20 minutes of the gates opening.", 30000, 20 * min},
	} {
		rd := workload.Read(tc.statement)
		if len(rd.Flows) != 1 {
			t.Errorf("%q: flows %+v; want one rush", tc.statement, rd.Flows)
			continue
		}
		f := rd.Flows[0]
		if math.Abs(f.Count-tc.count) > 1 || f.PerSeconds != tc.window || !f.Burst {
			t.Errorf("%q: flow %+v; want a burst of %v in %v s", tc.statement, f, tc.count, tc.window)
		}
	}
	// No window, or no crowd to take the share of: no rush.
	for _, s := range []string{
		"Design the ticketing for a 40,000-seat stadium; most fans arrive by train.",
		"Most users arrive in the last minute before the deadline.",
	} {
		for _, f := range workload.Read(s).Flows {
			if f.Burst {
				t.Errorf("%q: flows %+v; want no rush", s, workload.Read(s).Flows)
			}
		}
	}
}

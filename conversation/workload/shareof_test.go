package workload_test

import (
	"math"
	"strings"
	"testing"

	"github.com/archbot/archbot/conversation/workload"
)

// A share of a counted group, said before the group, is the part of it that acts: "5% of our
// 4 million members renew each month" is 200,000 renewals a month, not 4 million.
func TestShareOfAGroupActs(t *testing.T) {
	t.Parallel()
	tests := []struct {
		statement string
		actors    float64 // who do the flow's act
		dau       float64 // people a day, when the share says who is active
	}{
		{"5% of our 4 million members renew each month", 200000, 0},
		{"A third of the 90,000 students apply for housing each year", 30000, 0},
		{"20% of our 5 million users are active daily", 0, 1e6},
	}
	for _, tc := range tests {
		rd := workload.Read(tc.statement)
		if tc.dau > 0 {
			if math.Abs(rd.DAU-tc.dau) > tc.dau*0.01 {
				t.Errorf("%q: DAU %v; want %v", tc.statement, rd.DAU, tc.dau)
			}
			continue
		}
		if len(rd.Flows) == 0 {
			t.Errorf("%q: no flow read", tc.statement)
			continue
		}
		if got := rd.Flows[0].Actors; math.Abs(got-tc.actors) > tc.actors*0.01 {
			t.Errorf("%q: %v actors; want %v (flows %+v)", tc.statement, got, tc.actors, rd.Flows)
		}
	}
}

// A share of a group said after it, "of whom", is who is active when its verb is coming in
// ("log in", "visit") and the part that acts otherwise; "whom" is never a thing acted on, and
// the share's period says whether it counts the day's people or the week's.
func TestShareOfWhom(t *testing.T) {
	t.Parallel()
	tests := []struct {
		statement string
		dau       float64
		flow      float64 // events a day of the one flow expected, 0 for none
	}{
		{"A podcast app with 400,000 listeners, 25% of whom log in every day.", 100000, 0},
		// A week's active people come on some days of seven: half of them a day, as
		// "weekly active" is read.
		{"A podcast app with 400,000 listeners, 25% of whom log in every week.", 50000, 0},
		{"A forum with 2 million members, 10% of whom visit monthly.", 100000, 0},
		{"A podcast app with 400,000 listeners, a quarter of whom listen every day.", 100000, 100000},
	}
	for _, tc := range tests {
		rd := workload.Read(tc.statement)
		if math.Abs(rd.DAU-tc.dau) > tc.dau*0.01 {
			t.Errorf("%q: DAU %v; want %v (notes %q)", tc.statement, rd.DAU, tc.dau, rd.Notes)
		}
		var flows []string
		for _, f := range rd.Flows {
			flows = append(flows, f.Name)
			if strings.Contains(f.Name, "whom") {
				t.Errorf("%q: flow %q names the group's pronoun as what is acted on", tc.statement, f.Name)
			}
		}
		switch {
		case tc.flow == 0 && len(rd.Flows) > 0:
			t.Errorf("%q: flows %q; want none: coming in is who is active, not a flow", tc.statement, flows)
		case tc.flow > 0 && len(rd.Flows) != 1:
			t.Errorf("%q: flows %q; want one", tc.statement, flows)
		case tc.flow > 0:
			if got := rd.Rate(rd.Flows[0]) * 86400; math.Abs(got-tc.flow) > tc.flow*0.01 {
				t.Errorf("%q: %v a day; want %v (notes %q)", tc.statement, got, tc.flow, rd.Notes)
			}
		}
	}
}

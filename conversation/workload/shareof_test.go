package workload_test

import (
	"math"
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

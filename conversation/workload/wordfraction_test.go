package workload_test

import (
	"math"
	"testing"

	"github.com/archbot/archbot/conversation/workload"
)

// A share of a counted group said in words acts on that share, however the fraction is spelt:
// "two-thirds" with a hyphen was not read, and "one in five of the 2M" was left as a share of
// nothing, so the whole group acted.
func TestReadWordShareOfAGroup(t *testing.T) {
	for _, tc := range []struct {
		statement string
		count     float64
	}{
		{"A fan voting app for a TV show: two-thirds of the 3M viewers vote during the 10-minute window.", 2.01e6},
		{"A fan voting app for a TV show: two thirds of the 3M viewers vote during the 10-minute window.", 2.01e6},
		{"A fan voting app: three-quarters of the 400,000 viewers vote in the 5-minute window.", 300000},
		{"A fan voting app: a quarter of the 4M viewers vote in the 10-minute window after the show.", 1e6},
		{"A radio poll app: one in five of the 2M listeners votes each week for the chart.", 400000},
		{"A radio poll app: one-fifth of the 2M listeners votes each week for the chart.", 400000},
		// Near misses: no share, or a percentage already read.
		{"A fan voting app: the 3M viewers vote during the 10-minute window.", 3e6},
		{"A radio poll app: 20% of the 2M listeners votes each week for the chart.", 400000},
	} {
		rd := workload.Read(tc.statement)
		var votes *float64
		for _, f := range rd.Flows {
			if f.Name == "vote" {
				n := f.Count
				if f.Each {
					n = f.Count * f.Actors
				}
				votes = &n
			}
		}
		if votes == nil || math.Abs(*votes-tc.count) > 1 {
			t.Errorf("%q: flows %+v; want %v votes", tc.statement, rd.Flows, tc.count)
		}
	}
}

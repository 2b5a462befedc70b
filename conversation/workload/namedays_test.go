package workload_test

import (
	"math"
	"testing"

	"github.com/archbot/archbot/conversation/workload"
)

// What runs only on named days ("on storm days"), where the statement says how many there are
// ("about 20 storm days a winter"), runs at its stated rate on those days and not the rest: the
// year's average, and storage, are that share of the stated rate; the count of days is no flow.
func TestOnNamedDaysOnly(t *testing.T) {
	t.Parallel()
	tests := []struct {
		statement string
		rate      float64 // a second, on those days
		share     float64 // of the days of a year
	}{
		{"180 snow plows send their position every 10 seconds on storm days, and we get about 20 storm days a winter.", 18, 20.0 / 365},
		{"Our 300 trucks report every 30 seconds on market days; there are about 100 market days a year.", 10, 100.0 / 365},
	}
	for _, tc := range tests {
		rd := workload.Read(tc.statement)
		if len(rd.Flows) != 1 {
			t.Errorf("%q: flows %+v; want one", tc.statement, rd.Flows)
			continue
		}
		f := rd.Flows[0]
		if got := f.Count * f.Actors / f.PerSeconds; math.Abs(got-tc.rate) > 0.01 || f.Lasts != 86400 || math.Abs(f.Lasts/f.Recurs-tc.share) > 0.001 {
			t.Errorf("%q: flow %+v; want %v/s on %.3f of the days", tc.statement, f, tc.rate, tc.share)
		}
	}
}

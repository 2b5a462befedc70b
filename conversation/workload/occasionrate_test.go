package workload_test

import (
	"testing"

	"github.com/archbot/archbot/conversation/workload"
)

// A faster schedule said of the same senders for an occasion (a storm, an alert, a flood
// warning) is their flow's peak: one flow at the usual rate, peaking that many times over, not a
// second flow sent all the time.
func TestReadOccasionScheduleIsThePeak(t *testing.T) {
	for _, tc := range []struct {
		statement    string
		rate, factor float64
	}{
		{"Wildfire sensors: 3,000 stations reporting every 2 minutes, 10 times as often during an alert.", 25, 10},
		{"weather buoys: 400 buoys report every 10 minutes, every 30 seconds during a storm", 400.0 / 600, 20},
		{"river gauges: 1,200 gauges send a level every 15 minutes and every minute when a flood warning is issued", 1200.0 / 900, 15},
	} {
		rd := workload.Read(tc.statement)
		if len(rd.Flows) != 1 || rd.Flows[0].Steady || rd.PeakFactor != tc.factor {
			t.Errorf("%q: flows %+v, peak factor %v; want one flow off its clock peaking %v× (notes %q)", tc.statement, rd.Flows, rd.PeakFactor, tc.factor, rd.Notes)
		}
		checkTotalRate(t, tc.statement, tc.rate)
	}
	// Two schedules with no occasion are two flows, each on its clock.
	rd := workload.Read("500 trucks send location every 10 seconds and engine diagnostics every 5 minutes")
	if len(rd.Flows) != 2 || rd.PeakFactor != 0 {
		t.Errorf("two schedules: flows %+v, peak factor %v; want two, no peak", rd.Flows, rd.PeakFactor)
	}
}

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

// A rate said during an occasion that a clause then counts in days ("once a second during storm
// surge alerts, which happen maybe 10 days a year") runs at that rate on those days only, as on
// named days; the rate stated for the rest of the time runs all year.
func TestRateDuringCountedOccasions(t *testing.T) {
	t.Parallel()
	tests := []struct {
		statement string
		rate      float64 // a second, on those days
		share     float64 // of the days of a year
	}{
		{"220 gauges send a 64-byte water-level reading every minute, switching to once a second during storm surge alerts, which happen maybe 10 days a year.", 220, 10.0 / 365},
		{"Each of our 500 river sensors reports every 5 minutes, and every 10 seconds during flood warnings, which occur on about 15 days a year.", 50, 15.0 / 365},
	}
	for _, tc := range tests {
		rd := workload.Read(tc.statement)
		if len(rd.Flows) != 2 {
			t.Errorf("%q: flows %+v; want two (%q)", tc.statement, rd.Flows, rd.Notes)
			continue
		}
		var burst, steady int
		for _, f := range rd.Flows {
			if !f.Burst {
				steady++
				continue
			}
			burst++
			if got := rd.Rate(f); math.Abs(got-tc.rate) > 0.01 || f.Lasts != 86400 || math.Abs(f.Lasts/f.Recurs-tc.share) > 0.001 {
				t.Errorf("%q: flow %+v at %v/s; want %v/s on %.3f of the days", tc.statement, f, got, tc.rate, tc.share)
			}
		}
		if burst != 1 || steady != 1 {
			t.Errorf("%q: flows %+v; want one all year and one on the occasion's days", tc.statement, rd.Flows)
		}
	}
	// A stretch said of no rate ("alerts last 10 days") runs nothing on counted days.
	rd := workload.Read("220 gauges send a reading every minute; surge alerts last about 10 days.")
	if len(rd.Flows) != 1 || rd.Flows[0].Burst {
		t.Errorf("alerts that last: flows %+v; want one reading all year", rd.Flows)
	}
}

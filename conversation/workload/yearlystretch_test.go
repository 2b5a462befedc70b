package workload_test

import (
	"testing"

	"github.com/archbot/archbot/conversation/workload"
)

// A stretch of days that comes back once a year ("over one weekend a year", "over 2 days once a
// year") is when the year's count happens: 80,000 checklists over 2 days, a burst that recurs
// yearly, not one checklist a year spread over the year, and no retention of 2 days.
func TestCountOverAYearlyStretch(t *testing.T) {
	t.Parallel()
	tests := []struct {
		statement string
		total     float64 // in the stretch, every actor together
		stretch   float64 // seconds
		recurs    float64
	}{
		{"80,000 volunteers each submit one checklist over 2 days once a year", 80000, 2 * 86400, 365 * 86400},
		{"80,000 volunteers each submit one checklist over one weekend a year", 80000, 2 * 86400, 365 * 86400},
		{"A bird count where 80,000 volunteers take part over one weekend a year, each submitting one checklist", 80000, 2 * 86400, 365 * 86400},
		{"Volunteers log 300,000 sightings during the 3 days of the count each year", 300000, 3 * 86400, 365 * 86400},
	}
	for _, tc := range tests {
		rd := workload.Read(tc.statement)
		found := false
		for _, f := range rd.Flows {
			n := f.Count
			if f.Each && f.Actors > 0 {
				n *= f.Actors
			}
			found = found || n == tc.total && f.PerSeconds == tc.stretch && f.Recurs == tc.recurs
		}
		if !found {
			t.Errorf("%q: flows %+v; want %v over %v s, once every %v s", tc.statement, rd.Flows, tc.total, tc.stretch, tc.recurs)
		}
		if y := rd.RetentionYears; y > 0 && y < 30.0/365 {
			t.Errorf("%q: retention %v years; the stretch is when, not how long data is kept", tc.statement, y)
		}
	}
}

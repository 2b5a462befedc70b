package workload_test

import (
	"math"
	"testing"

	"github.com/archbot/archbot/conversation/workload"
)

// People who come a number of times in a period come that many times: "visit twice a year" is
// not once a year. And an "each" that opens a clause about the members ("120,000 students,
// each student books …") does not make them the earlier group's own: they are 120,000, not
// 8,000 × 120,000.
func TestTimesInAPeriodAndEachClauses(t *testing.T) {
	t.Parallel()
	tests := []struct {
		statement string
		perDay    float64 // people a day, or events a day when no population is read
	}{
		{"Our 30,000 patients visit about twice a year", 30000 * 2 / 365.0},
		{"20,000 shoppers visit three times a week", 20000 * 3 / 7.0},
		{"30,000 patients each visit the clinic twice a year", 30000 * 2 / 365.0},
		{"The museum gets 2 million visitors a year", 2e6 / 365.0},
		{"A tutoring marketplace: 8,000 tutors, 120,000 students, each student books roughly two sessions a week", 120000 * 2 / 7.0},
		{"A clinic network: 40 clinics, 30,000 patients, each patient books twice a year", 30000 * 2 / 365.0},
	}
	for _, tc := range tests {
		rd := workload.Read(tc.statement)
		got := rd.DAU
		if got == 0 {
			for _, f := range rd.Flows {
				n := f.Count
				if f.Each || f.Actors > 0 {
					n *= f.Actors
				}
				got += n * 86400 / f.PerSeconds
			}
		}
		if math.Abs(got-tc.perDay) > tc.perDay*0.02 {
			t.Errorf("%q: %.1f a day (dau %v, flows %+v); want %.1f", tc.statement, got, rd.DAU, rd.Flows, tc.perDay)
		}
	}
}

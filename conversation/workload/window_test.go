package workload_test

import (
	"math"
	"testing"

	"github.com/archbot/archbot/conversation/workload"
)

// A count said to fall in a stretch of days or weeks tied to an event ("in the 3 weeks before the
// deadline", "over the 2 weeks before the season") is spread over that stretch, as a count in
// "the first 5 minutes" is over its minutes: never a retention, never how long something lasts,
// and never a rush at its peak, since the busiest hours of a fortnight run over its average.
func TestReadCountInAStretchOfDays(t *testing.T) {
	for _, tc := range []struct {
		statement string
		perSec    float64
	}{
		{"Design an online admissions portal for a university: 9,000 applications in the 3 weeks before the deadline, applicants upload transcripts, reviewers score them", 9000 / (21 * 86400.0)},
		{"Design an appointment system for a city registry office: 1,200 marriage appointments are booked over the 2 weeks before the summer season", 1200 / (14 * 86400.0)},
		{"Design a marking system for an exam board: 50,000 scripts are scanned in the 10 days after the exam", 50000 / (10 * 86400.0)},
		{"A grant portal: 3,000 proposals arrive during the 4 weeks leading up to the call's closing date", 3000 / (28 * 86400.0)},
	} {
		rd := workload.Read(tc.statement)
		if len(rd.Flows) == 0 || rd.RetentionYears != 0 {
			t.Fatalf("%q: flows %+v retention %v, want one flow and no retention (notes %q)", tc.statement, rd.Flows, rd.RetentionYears, rd.Notes)
		}
		f := rd.Flows[0]
		if got := rd.Rate(f); math.Abs(got-tc.perSec) > tc.perSec/100 || f.Peak || f.Burst {
			t.Errorf("%q: %v/s peak %v burst %v, want %v/s as the stretch's average (notes %q)", tc.statement, got, f.Peak, f.Burst, tc.perSec, rd.Notes)
		}
		// The stretch comes once a year: storage keeps the year's count, not its rate all year.
		if f.Recurs != 365*86400 {
			t.Errorf("%q: recurs every %v s, want once a year (notes %q)", tc.statement, f.Recurs, rd.Notes)
		}
	}
}

package workload_test

import (
	"strings"
	"testing"

	"github.com/archbot/archbot/conversation/workload"
)

// Work due by a cut-off bunches just before it: the peak is the share said to land in the
// stretch before it, or a third of the period's load in its last hours (assumed), and the note
// names the cut-off that sized it. The average stays the period's.
func TestReadCutoffSetsThePeak(t *testing.T) {
	for _, tc := range []struct {
		statement, cutoff string
		peak              float64
	}{
		// A weekly cut-off, no share said: a third of the week in its last 6 h, 168/6/3.
		{"220,000 subscribers choose 4 meals a week by Wednesday midnight", "Wednesday midnight", 9.3},
		{"A fantasy league: 90,000 managers pick their line-ups each week before the Saturday 11am deadline", "Saturday 11am", 9.3},
		{"Payroll bureau: 3,000 employers upload timesheets weekly, due by 2pm on Mondays", "2pm on Mondays", 9.3},
		// A daily cut-off with the share and stretch said: 60% in 1 h of 24.
		{"Design e-filing for a county court: most filings arrive in the last hour before the 5pm court deadline", "5pm court deadline", 14.4},
		{"A grocery app: 70% of next-day orders come in during the final 2 hours before the 10pm cut-off", "10pm cut-off", 8.4},
		// A daily cut-off, nothing said of the share: a third in its last 2 h.
		{"Market makers submit 40,000 end-of-day price files before the 6pm cut-off", "6pm cut-off", 4},
		{"students submit coursework before the Friday noon cut-off", "Friday noon", 9.3},
		// A clock time said to come back each day is a daily cut-off.
		{"A school meals app: 35 schools with 600 pupils each, parents pre-order lunch by 9am each day", "by 9am each day", 4},
		{"A laundry service: 8,000 pick-up requests a day, booked by 8pm every evening", "by 8pm every evening", 4},
	} {
		rd := workload.Read(tc.statement)
		if rd.PeakFactor != tc.peak {
			t.Errorf("%q: peak factor %v, want %v (notes %q)", tc.statement, rd.PeakFactor, tc.peak, rd.Notes)
		}
		if notes := strings.Join(rd.Notes, "\n"); !strings.Contains(notes, tc.cutoff) {
			t.Errorf("%q: no note names the cut-off %q:\n%s", tc.statement, tc.cutoff, notes)
		}
	}
	// A count stated in the stretch is its peak already; a time the next morning, a delivery
	// promise or opening hours is no cut-off of the load.
	for _, s := range []string{
		"150 teams submit projects with a demo video in the last hour before the 5pm deadline",
		"A bakery: 2,000 orders a day, delivered by 7am the next morning",
		"A pharmacy: 5,000 prescriptions a day, open until 9pm",
	} {
		if rd := workload.Read(s); rd.PeakFactor != 0 {
			t.Errorf("%q: peak factor %v, want none from a cut-off (notes %q)", s, rd.PeakFactor, rd.Notes)
		}
	}
}

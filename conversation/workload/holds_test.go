package workload_test

import (
	"testing"

	"github.com/archbot/archbot/conversation/workload"
)

// How long a thing is held for someone is a time limit on the thing, a hold, never how long data
// is kept; records held or kept for a span still are.
func TestReadHoldIsNoRetention(t *testing.T) {
	for _, tc := range []struct {
		statement string
		hold      float64
		years     float64
	}{
		{"Design a hotel reservation system where holds expire after 36 hours if unpaid.", 36 * hour, 0},
		{"Design a library reservation system with a 36 hour hold on each reservation; 5,000 reservations a day.", 36 * hour, 0},
		{"Design a library system: reserved books are held for 36 hours at the desk, 5,000 reservations a day.", 36 * hour, 0},
		{"A ticketing system where seats are held for 10 minutes during checkout; 200,000 orders a day.", 10 * min, 0},
		{"Reserved books are held for 3 days and loan records are kept for 2 years; 5,000 loans a day.", 3 * day, 2},
	} {
		rd := workload.Read(tc.statement)
		held := false
		for _, s := range rd.Spans {
			held = held || s.Noun == "hold" && s.Value == tc.hold
		}
		if !held || rd.RetentionYears != tc.years {
			t.Errorf("%q: spans %+v, retention %v years; want a hold of %v s and %v years", tc.statement, rd.Spans, rd.RetentionYears, tc.hold, tc.years)
		}
	}
	// Records held for a span are kept that long.
	if rd := workload.Read("Patient records are held for 7 years; 5,000 visits a day."); rd.RetentionYears != 7 {
		t.Errorf("records held for 7 years: retention %v years; want 7", rd.RetentionYears)
	}
}

package workload_test

import (
	"strings"
	"testing"

	"github.com/archbot/archbot/conversation/workload"
)

// A rush on a yearly occasion ("booking opens on 1 March … 60k people hit the site in the first
// hour") comes once a year: read as daily it averaged 0.69/s all year, and "1 March" became a
// flow of one "march" a year.
func TestReadYearlyOccasionBurst(t *testing.T) {
	for _, tc := range []struct {
		s      string
		yearly bool
	}{
		{"A hiking association runs 38 mountain huts. Booking opens on 1 March at 9am and last year ~60k people hit the site in the first hour.", true},
		{"Registration opens on January 15 at noon; about 200,000 runners try to sign up in the first 30 minutes.", true},
		{"Tickets for the annual festival go on sale at 10am and 500k fans hit the shop within the first hour.", true},
		{"Enrolment opens on the 3rd of September. 40,000 students log in within the first 10 minutes.", true},
		// Near misses: a rush every morning, or one sentences away from the date, stays daily.
		{"Every morning at 9am about 60k people hit the site in the first hour.", false},
		{"Booking opens on 1 March. We have 300 staff. Last year about 60k people hit the site in the first hour.", false},
	} {
		rd := workload.Read(tc.s)
		bursts := 0
		for _, f := range rd.Flows {
			if strings.Contains(f.Name, "march") || strings.Contains(f.Name, "september") || strings.Contains(f.Name, "january") {
				t.Errorf("%q: a date read as a flow: %+v", tc.s, f)
			}
			if !f.Burst {
				continue
			}
			bursts++
			if got := f.Recurs == 365*86400; got != tc.yearly {
				t.Errorf("%q: %s recurs every %v s, want yearly %v (%v)", tc.s, f.Name, f.Recurs, tc.yearly, rd.Notes)
			}
		}
		if bursts == 0 {
			t.Errorf("%q: no burst read: %+v", tc.s, rd.Flows)
		}
	}
}

package workload_test

import (
	"testing"

	"github.com/archbot/archbot/conversation/workload"
)

// A count said to be going on together ("25 productions running at once") is a standing stock,
// not a rate: it took the period of "daily call sheets" and became 25 productions per person a
// day, 93.8 TB a month of PDFs.
func TestReadGoingOnTogetherIsNoRate(t *testing.T) {
	for _, tc := range []struct {
		s, noun string
		rate    bool // the count is a rate all the same
	}{
		{"Film production company here: we send daily call sheets to cast and crew, up to 400 people per production and ~25 productions running at once.", "production", false},
		{"We send daily call sheets to cast and crew; about 25 productions run concurrently, up to 400 people per production.", "production", false},
		{"We render daily reports: 40 projects in parallel, each with 20 members.", "project", false},
		// Near misses: a count the day's period belongs to keeps it.
		{"We send daily call sheets for 25 productions.", "production", true},
		{"Every day 2,000 builds run, up to 50 at once.", "build", true},
	} {
		rd := workload.Read(tc.s)
		got := false
		for _, f := range rd.Flows {
			if f.Name == tc.noun || f.Name == "send "+tc.noun || f.Name == tc.noun+" run" {
				got = true
			}
		}
		if got != tc.rate {
			t.Errorf("%q: a flow of %s is %v, want %v (%+v, %v)", tc.s, tc.noun, got, tc.rate, rd.Flows, rd.Notes)
		}
	}
}

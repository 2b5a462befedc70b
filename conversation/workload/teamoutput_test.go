package workload_test

import (
	"strings"
	"testing"

	"github.com/archbot/archbot/conversation/workload"
)

// People at work, uncounted, who turn out tens or hundreds of things a day turn them out
// together: "technicians test 600 seed lots a week" is the lab's 600, not 600 for each of a
// million assumed users, and "each test runs 7 to 14 days" after it says nothing of the
// technicians. The public acting for themselves still act each.
func TestReadTeamOutputIsTheTotal(t *testing.T) {
	for _, tc := range []struct {
		statement string
		each      bool
	}{
		{"A seed company's germination lab: technicians test 600 seed lots a week, each test runs 7 to 14 days", false},
		{"county food inspectors carry out about 350 inspections a week and file a report for each one", false},
		{"a council's social care team: caseworkers open 120 new cases a day and review them monthly", false},
		{"our hospital pharmacy: pharmacists verify 900 prescriptions a day before dispensing", false},
		{"a food bank where volunteers sort 700 donations a week into parcels", false},
		{"an open-source foundation: reviewers triage 900 bug reports a week", false},
		// An "each" that follows for another noun is said of that noun, not of the people.
		{"county inspectors carry out 350 inspections a week, each inspection producing a scored report", false},
		{"reviewers triage 900 bug reports a week, each report getting a severity label", false},
		{"at the blood lab, technicians run 400 samples a day through the analysers", false},
		{"an app where users post 3 photos a day", true},
		{"a tutoring app where students book 2 lessons a week", true},
		{"a pathology lab where technicians each process 90 samples a day", true},
		// Machines that report on a clock are no team.
		{"1,500 pumps send vibration once a second", true},
		{"our 300 kilns report their temperature 4 times a minute", true},
	} {
		rd := workload.Read(tc.statement)
		if len(rd.Flows) == 0 || rd.Flows[0].Each != tc.each {
			t.Errorf("%q: flows %+v\n%s\nwant the first flow's each = %v", tc.statement, rd.Flows, strings.Join(rd.Notes, "\n"), tc.each)
		}
	}
}

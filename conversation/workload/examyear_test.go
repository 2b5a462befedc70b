package workload_test

import (
	"testing"

	"github.com/archbot/archbot/conversation/workload"
)

// An exam's sitting is on a date in the calendar: with no stated recurrence it comes about once
// a year, not every day; a stated one wins; a crowd starting a show together is no exam.
func TestReadExamSittingRecursYearly(t *testing.T) {
	const year, semester = 365 * 86400, 365 * 86400 / 2
	for _, tc := range []struct {
		statement string
		recurs    float64
	}{
		{"Online entrance test for a state university where 90,000 applicants start the same 2 hour test at 9:00 and the browser saves answers every 15 seconds", year},
		{"A bar exam portal: 30,000 candidates start the same 4-hour exam at 9am sharp, and answers autosave every 45 seconds", year},
		{"Certification platform: 40,000 candidates begin the same 3-hour exam at 10:00, twice a year, and answers are saved every 30 seconds", semester},
		{"A quiz show app: 2 million viewers all start the live 30 minute game at 8pm and answers are sent every 10 seconds", 0},
	} {
		rd := workload.Read(tc.statement)
		found := false
		for _, f := range rd.Flows {
			if f.Burst && f.Lasts > 0 {
				found = true
				if f.Recurs != tc.recurs {
					t.Errorf("%q: %s recurs every %v s, want %v (notes %q)", tc.statement, f.Name, f.Recurs, tc.recurs, rd.Notes)
				}
			}
		}
		if !found {
			t.Errorf("%q: no flow read as lasting the sitting: %+v (notes %q)", tc.statement, rd.Flows, rd.Notes)
		}
	}
}

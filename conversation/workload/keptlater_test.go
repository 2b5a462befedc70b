package workload_test

import (
	"testing"

	"github.com/archbot/archbot/conversation/workload"
)

// "2 years of readings must be kept" states a retention: it was read as how long something
// lasts, and the design assumed a year where food-safety inspections need two.
func TestSpanOfDataKeptIsARetention(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"Design monitoring for 40,000 fridges: each unit reports temperature every 30 seconds, and 2 years of readings must be kept for food-safety inspections.",
		"Design monitoring for 40,000 fridges reporting every 30 seconds, keeping 2 years of readings.",
		"A gateway for 5,000 meters sending a reading every minute; 2 years of readings are retained.",
	} {
		if rd := workload.Read(s); rd.RetentionYears != 2 {
			t.Errorf("%q: retention %v years, want 2 (notes %q)", s, rd.RetentionYears, rd.Notes)
		}
	}
	// A span of something that is not kept stays a length.
	if rd := workload.Read("Design a course platform: 2 years of study, with 40,000 students who submit an essay a week."); rd.RetentionYears != 0 {
		t.Errorf("a course's length read as a retention (notes %q)", rd.Notes)
	}
}

// "each elevator's last 90 days of faults" is the history kept, where "lessons last 45 minutes"
// is how long something lasts.
func TestPossessiveLastIsAHistory(t *testing.T) {
	t.Parallel()
	if rd := workload.Read("Technicians see each elevator's last 90 days of faults before a visit."); rd.RetentionYears*365 < 89 || rd.RetentionYears*365 > 91 {
		t.Errorf("retention %v years, want 90 days (notes %q)", rd.RetentionYears, rd.Notes)
	}
	if rd := workload.Read("Design booking for a language school where lessons last 45 minutes and 3,000 students book 2 a week."); rd.RetentionYears != 0 {
		t.Errorf("a lesson's length read as a retention (notes %q)", rd.Notes)
	}
}

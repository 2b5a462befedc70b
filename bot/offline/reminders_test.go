package offline

import (
	"strings"
	"testing"
)

// TestRemindersAtStatedTimes rewrites the appointment template's 24 and 2 hours with the
// statement's own reminder times, in every form the catalogue writes them, and leaves the
// template alone when the statement gives none or the same ones.
func TestRemindersAtStatedTimes(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		statement        string
		mentions, absent []string
	}{
		{"SMS reminders 48h and 2h before each appointment at our 14 dental clinics",
			[]string{"48 hours and 2 hours before", "48-hour reminder", "48h | 2h"}, []string{"24 hours", "24-hour", "24h"}},
		{"physiotherapy clinics where patients get a text reminder 3 days and 90 minutes before",
			[]string{"72 hours and 90 minutes before", "72-hour and 90-minute"}, []string{"24 hours", "24-hour"}},
		{"a dentist books appointments online", []string{"24 hours and 2 hours before", "24h | 2h"}, nil},
		{"a dentist sends reminders 24 hours and 2 hours before", []string{"24 hours and 2 hours before"}, nil},
	} {
		f := remindedAt(features["practappt"], tc.statement)
		var all []string
		walkTexts(f, func(_, s string) { all = append(all, s) })
		all = append(all, f.UseCases...)
		for _, e := range f.Entities {
			all = append(all, e.Fields)
		}
		checkSays(t, tc.statement, strings.Join(all, "\n"), tc.mentions, tc.absent)
	}
}

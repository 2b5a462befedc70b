package offline

import (
	"slices"
	"testing"
)

// districtRoll is a school district's attendance statement: a roll window after the bell, texts
// and emails to each parent contact by a deadline, a share absent that doubles in flu season,
// FERPA and a retention.
const districtRoll = "our school district (28 schools, ~19k students) needs a new attendance system. teachers take attendance in a 10 min window after first bell, parents of absent kids must get a text/email within 15 min of the bell. on a typical day about 1 in 12 students is absent, flu season it doubles. each parent can have up to 3 contacts. it's student data so FERPA applies, and we keep attendance records 5 years."

// TestAttendanceDesigns designs a roll call as rolls per class session taken in a window after
// the bell, absences made at the close, notices to each guardian contact by SMS and email through
// providers with a deadline watch, corrections after a late roll, excuses, FERPA access and the
// stated retention, sized as two bursts (marks in the window, notices before the deadline).
// Before, the district was "a system for districts, attendance and attendance records" with
// an Attempt, a Kid signing in with OAuth and push notifications through APNs/FCM, and the club
// was "a system for clubs".
func TestAttendanceDesigns(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		statement        string
		mentions, absent []string
	}{
		{
			statement: districtRoll,
			mentions: []string{"student, guardian contact, class session, attendance mark, absence, absence notice, excuse, access log",
				"text message provider", "email sending provider", "notice deadline watch", "within 15 minutes of the bell",
				"19k marks in the 10 minutes after the bell, about 32 a second", "1 in 12 of 19k students", "≈ 4,750 notices in the 5 minutes between the close and the deadline",
				"about 9,500 in flu season", "a late roll and a notice already sent", "queues a correction", "ferpa", "retention job",
				"`/v1/sessions/{id}/marks`", "`/v1/students/{id}/excuses`"},
			absent: []string{"attempt_id", "attempt view", "kid_id", "apns", "push notifications to users who are offline", "a fifth of the 19k", "8.3%: read, not used as load",
				"3 contacts: a limit, not load", "restaurant", "{at_"},
		},
		{
			statement: "our after-school clubs (40 clubs, 1,200 kids) take a roll at the start of each session, and if a child who is booked in is absent their parents get a text within 10 minutes",
			mentions: []string{"attendance system with absence notices to guardians", "guardian contact", "absence notice", "within 10 minutes of the bell",
				"each of the 1,200 kids marked once", "text message provider", "a late roll and a notice already sent"},
			absent: []string{"a system for clubs", "apns", "people: 40 clubs", "{at_"},
		},
	} {
		checkDesignSays(t, tc.statement, tc.mentions, tc.absent)
	}
}

// TestAttendanceLeavesOthers keeps class bookings, a texting service many schools buy, an
// orchestra's librarian, timesheets and course registration where they were: each says classes,
// absences, attendance or students, but none takes a roll of a class session.
func TestAttendanceLeavesOthers(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ statement, want string }{
		{"yoga studio members book classes, join a waiting list when full, and lose booking rights after repeated no-shows", "classes"},
		{"we text parents when their child is marked absent and they can text back a reason; 2,000 schools use it", "outbound"},
		{"Design a system for a university to run course registration: 40,000 students register in a 2-hour window, seats are limited, waitlists move automatically.", "coursereg"},
	} {
		g, _ := renderAll(t, tc.statement)
		if fs := g.Requirements.Features; !slices.Contains(fs, tc.want) || slices.Contains(fs, "attendance") {
			t.Errorf("%q: features %v, want %s and no attendance", tc.statement, fs, tc.want)
		}
	}
}

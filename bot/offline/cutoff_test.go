package offline

import (
	"testing"

	"github.com/archbot/archbot/conversation"
)

// A time of day or a notice period hung on an action is read as a cutoff or a notice on the
// thing that action is about, with who does it and what follows, whatever the domain.
func TestClockCutoffs(t *testing.T) {
	t.Parallel()
	tests := []struct {
		statement                         string
		kind, subject, at, span, by, unit string
	}{
		{"A hospital kitchen collects meal choices from 30 wards every evening and must send each ward's tray list to the kitchen by 6am",
			"cutoff", "tray list", "6am", "", "", "ward"},
		{"A regional blood bank collects donations and ships units to 40 hospitals that order by 2pm for next-morning delivery",
			"cutoff", "order", "2pm", "", "hospital", ""},
		{"A staffing firm's 2,000 contractors submit timesheets; timesheets are due every Friday at 5pm and payroll runs Monday",
			"cutoff", "timesheet", "5pm", "", "contractor", ""},
		{"A family bakery takes orders from 200 cafés; orders placed before noon ship the same day",
			"cutoff", "order", "noon", "", "", ""},
		{"A community veg box scheme: members choose their box contents by midnight on Sunday and farmers pack boxes every Tuesday",
			"cutoff", "box content", "midnight", "", "member", ""},
		{"Design a system for a university's exam office: lecturers upload exam papers at least three weeks before the exam and the office prints them",
			"notice", "exam paper", "", "3 weeks", "lecturer", ""},
		{"A court reporting agency assigns stenographers to depositions; law firms request a reporter at least 48 hours ahead",
			"notice", "reporter", "", "48 hours", "firm", ""},
		{"A letting agency manages 3,000 flats; tenants give 30 days' notice before moving out",
			"notice", "notice", "", "30 days", "tenant", ""},
	}
	for _, tc := range tests {
		rd := readStatement(tc.statement)
		var got []deadline
		for _, d := range rd.deadlines {
			if d.Kind == tc.kind {
				got = append(got, d)
			}
		}
		if len(got) != 1 {
			t.Errorf("%q: %s deadlines %+v, want one", tc.statement, tc.kind, got)
			continue
		}
		d := got[0]
		if d.Subject != tc.subject || d.At != tc.at || d.Span != tc.span || d.By != tc.by || d.Unit != tc.unit {
			t.Errorf("%q: got %+v, want subject=%q at=%q span=%q by=%q unit=%q", tc.statement, d, tc.subject, tc.at, tc.span, tc.by, tc.unit)
		}
	}
}

// "Open 24 hours", "by email", "by region" and "by 2030" name no time of day and no notice.
func TestClockCutoffsNotRead(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"A pharmacy chain with 300 branches open 24 hours lets customers reorder prescriptions by email",
		"A charity tracks donations by region and donors pledge gifts by 2030",
		"Design a parking app: drivers find free spots by street and pay by phone within 10 minutes",
	} {
		for _, d := range readStatement(s).deadlines {
			if d.Kind == "cutoff" || d.Kind == "notice" {
				t.Errorf("%q: read %+v", s, d)
			}
		}
	}
}

// The design states the cutoff in the statement's words with the clock and zone that judge it,
// and its dive names the rush before it, the frozen set and the per-unit output keyed by date;
// a notice's dive checks the date against now plus the notice and has an exception path.
func TestClockCutoffDesign(t *testing.T) {
	t.Parallel()
	checkSections(t, []sectionCase{
		{statement: "A hospital kitchen collects meal choices from 30 wards every evening and must send each ward's tray list to the kitchen by 6am",
			want: map[conversation.SectionID][]string{
				conversation.Requirements: {"send each ward's tray list to the kitchen by 6am", "site's time zone"},
				conversation.DeepDive:     {"hour before", "snapshot", "(ward_id, date)", "daylight-saving", "rerun"}}},
		{statement: "A court reporting agency assigns stenographers to depositions; law firms request a reporter at least 48 hours ahead",
			want: map[conversation.SectionID][]string{
				conversation.Requirements: {"Law firms request a reporter at least 48 hours ahead", "now + 48 hours"},
				conversation.DeepDive:     {"now + 48 hours", "exception", "first date"}}},
		{statement: "A staffing firm's 2,000 contractors submit timesheets; timesheets are due every Friday at 5pm and payroll runs Monday",
			want: map[conversation.SectionID][]string{
				conversation.DataModel: {"run_id (the 5pm run that froze it"},
				conversation.DeepDive:  {"(contractor_id, week_start)", "before payroll runs Monday"}}},
	})
}

// "Up to a day ahead", "no more than 7 days in advance" are the furthest ahead one may ask, a
// horizon checked as date <= now + span; "at least a day ahead" stays a minimum notice.
func TestBookingHorizon(t *testing.T) {
	t.Parallel()
	const laundromat = "Design a booking app for a laundromat chain with 60 stores and roughly 25 machines each; customers reserve a washer up to a day ahead and pay in the app, around 4,000 bookings a day, with Sunday afternoons twice as busy as a normal afternoon. About one in five bookings is a no-show, and the machine must be released if the customer hasn't started it within 10 minutes."
	tests := []struct{ statement, kind, span string }{
		{laundromat, "horizon", "1 day"},
		{"A tennis club with 12 courts: members book a court no more than 7 days in advance and pay at the desk", "horizon", "7 days"},
		{"A tennis club with 12 courts: members book a court at most two weeks ahead", "horizon", "2 weeks"},
		{"A laundromat chain with 60 stores: customers book a washer at least a day ahead", "notice", "1 day"},
	}
	for _, tc := range tests {
		var got []deadline
		for _, d := range readStatement(tc.statement).deadlines {
			if d.Kind == "notice" || d.Kind == "horizon" {
				got = append(got, d)
			}
		}
		if len(got) != 1 || got[0].Kind != tc.kind || got[0].Span != tc.span {
			t.Errorf("%q: read %+v, want one %s of %s", tc.statement, got, tc.kind, tc.span)
		}
	}
	_, sec := renderAll(t, laundromat)
	checkSays(t, "laundromat requirements", sec[conversation.Requirements], []string{"reserve a washer up to a day ahead", "<= now + 1 day"}, []string{">= now + 1 day"})
	checkSays(t, "laundromat deep dive", sec[conversation.DeepDive], []string{"Booking horizon of 1 day", "<= now + 1 day", "further out is refused"}, []string{">= now + 1 day", "' notice", "shorter notice"})
	_, sec = renderAll(t, "A laundromat chain with 60 stores: customers book a washer at least a day ahead")
	checkSays(t, "notice deep dive", sec[conversation.DeepDive], []string{"1 day's notice", ">= now + 1 day"}, nil)
}

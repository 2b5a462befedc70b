package offline

import (
	"context"
	"slices"
	"strings"
	"testing"
)

// "X within N days" hung on someone's action on a thing is that thing's deadline, with what
// happens when it passes: a claim within a span holds the thing until then, a return within a
// span makes it due back, any other act within a span makes the thing due by then. The pronoun
// stands for the thing named last before the verb, and a noun after its article is not a verb.
func TestActionDeadlines(t *testing.T) {
	t.Parallel()
	tests := []struct {
		statement string
		want      deadline
	}{
		{"Design a lost-and-found system for a city's transit network: 150 stations, staff log found items with photos, riders search and claim them within 90 days",
			deadline{Subject: "found item", Kind: "hold", Verb: "held to be claimed", Span: "90 days", By: "rider"}},
		{"A school's permission slips: teachers send permission slips for trips and parents sign them within 5 days",
			deadline{Subject: "permission slip", Kind: "due", Verb: "signed", Span: "5 days", By: "parent"}},
		{"A volunteer fire brigade with 12 stations: volunteers check equipment weekly and officers review the checks within 3 days",
			deadline{Subject: "check", Kind: "due", Verb: "reviewed", Span: "3 days", By: "officer"}},
		{"Design a system for a makerspace: members submit 3D print jobs and technicians print them in under 24 hours",
			deadline{Subject: "print job", Kind: "due", Verb: "printed", Span: "24 hours", By: "technician"}},
	}
	for _, tc := range tests {
		rd := readStatement(tc.statement)
		found := false
		for _, d := range rd.deadlines {
			found = found || d == tc.want
		}
		if !found {
			t.Errorf("%q: deadlines %+v, want %+v", tc.statement, rd.deadlines, tc.want)
		}
	}
}

// A span the design already states as a thing's deadline is not repeated as a bare "Time limit".
func TestActionDeadlineNotABareTimeLimit(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"Design a lost-and-found system for a city's transit network: 150 stations, staff log found items with photos, riders search and claim them within 90 days",
		"A school's permission slips: teachers send permission slips for trips and parents sign them within 5 days",
	} {
		_, req, err := New().Requirements(context.Background(), s)
		if err != nil {
			t.Fatal(err)
		}
		all := strings.Join(req.NonFunctional, "\n")
		if strings.Contains(all, "Time limit") {
			t.Errorf("%q: non-functional %q repeats the deadline as a bare time limit", s, req.NonFunctional)
		}
		if !strings.Contains(strings.Join(req.Functional, "\n"), " days") {
			t.Errorf("%q: functional %q do not state the deadline", s, req.Functional)
		}
	}
}

// A retention said as an obligation ("must be retained for 7 years") is a floor the law sets:
// no sweep deletes the records on the day; "photos are kept for 30 days" is a deletion.
func TestRetainedAtLeastIsNoDeletion(t *testing.T) {
	t.Parallel()
	for s, deletes := range map[string]bool{
		"Scheduling for elevator maintenance firms: technicians log visits. State inspection certificates must be retained for 7 years.": false,
		"Medical records are kept for at least 10 years after the last visit; clinics add 2,000 records a day.":                          false,
		"A chat app where messages are kept for 90 days; 1M messages a day.":                                                             true,
	} {
		got := slices.ContainsFunc(readStatement(s).deadlines, func(d deadline) bool { return d.Kind == "delete" })
		if got != deletes {
			t.Errorf("%q: a deletion deadline = %v, want %v (%+v)", s, got, deletes, readStatement(s).deadlines)
		}
	}
}

// Where people act is not what is due: "jurors check in at lobby kiosks within 30 minutes
// before 8:30" is an arrival window before a time, not a deadline on each kiosk; "guards scan
// badges at the gate within 5 minutes" names no thing due either. "Crews fix potholes within 48
// hours" still makes each pothole due.
func TestActionDeadlinesPlaceAndWindow(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"Our county court summons around 6,000 jurors a month; they confirm online and about one in four asks for a deferral. On trial mornings roughly 400 jurors check in at lobby kiosks within 30 minutes before 8:30, and we must keep juror records for seven years.",
		"A stadium with 40,000 fans: on match days fans check in at the gate within 45 minutes before kick-off",
		"A warehouse with 300 drivers: drivers check in at the dock within 20 minutes of their slot",
	} {
		for _, d := range readStatement(s).deadlines {
			if d.Kind == "due" {
				t.Errorf("%q: read %+v, want no due deadline", s, d)
			}
		}
	}
	rd := readStatement("A city's road department: residents report potholes and crews fix potholes within 48 hours")
	want := deadline{Subject: "pothole", Kind: "due", Verb: "fixed", Span: "48 hours", By: "crew"}
	if !slices.Contains(rd.deadlines, want) {
		t.Errorf("potholes: deadlines %+v, want %+v", rd.deadlines, want)
	}
}

// The juror design keeps the check-in as the jurors' act, with no kiosk due by a time and no
// hedge in a flow's name.
func TestJurorCheckInDesign(t *testing.T) {
	t.Parallel()
	checkDesignSays(t, "Our county court summons around 6,000 jurors a month; they confirm online and about one in four asks for a deferral. On trial mornings roughly 400 jurors check in at lobby kiosks within 30 minutes before 8:30, and we must keep juror records for seven years.",
		[]string{"jurors check in", "400 jurors within 30 min"},
		[]string{"kiosks checked within", "kiosks are checked", "due_by", "check in roughly"})
}

package offline

import (
	"slices"
	"strings"
	"testing"

	"github.com/archbot/archbot/conversation"
)

// TestRecordSubjectsHoldNoAccounts keeps the people a statement's records are about, who never
// use the system, out of its accounts: an organ network's donors, a nursery's children, a lab's
// patients. Before, "each donor triggers a match run" gave deceased donors app logins. Patients
// who book online are users and keep theirs.
func TestRecordSubjectsHoldNoAccounts(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		statement string
		subject   string
		user      bool
	}{
		{"Design the national organ allocation system: about 9,000 donors a year; each donor triggers a match run that ranks candidates, and centres accept or decline offers within 60 minutes.", "donors", false},
		{"deceased donors are registered by the procurement coordinators, and every donor gets a match run against the waiting list", "donors", false},
		{"the nursery's keyworkers log what each child eats and when children nap, and parents see the day's log", "children", false},
		{"a prosthetics lab where clinicians upload scans and patients come back for 2-3 fittings", "patients", false},
		// Near misses: the subject acts on the system itself.
		{"patients book vaccination appointments at our 20 GP surgeries and see their lab results", "patients", true},
		{"blood donors book a donation slot online and get a reminder the day before", "donors", true},
	} {
		got := slices.ContainsFunc(accountPeople(tc.statement), func(p string) bool { return strings.HasSuffix(p, tc.subject) })
		if got != tc.user {
			t.Errorf("%q: %s hold accounts = %v, want %v (accounts: %v)", tc.statement, tc.subject, got, tc.user, accountPeople(tc.statement))
		}
	}
}

// TestHealthSubjectsInSecurity says, for health data about people who do not use the system, that
// they get no login and only the staff acting for them open their records, on the minimum
// necessary; an organ network and a prosthetics lab hold health data even without "patient".
func TestHealthSubjectsInSecurity(t *testing.T) {
	t.Parallel()
	// The organ network has a design of its own (an offer cascade), whose security says the same.
	_, organ := renderAll(t, "Design the national organ allocation system for a transplant network: about 9,000 donors a year and 110,000 waiting-list candidates; each donor triggers a match run and centres must accept or decline an offer within 60 minutes.")
	checkSays(t, "organ network security", organ[conversation.Security], []string{"Health data (", "minimum necessary", "Donors are the subjects of these records, not users"}, nil)
	checkSections(t, []sectionCase{
		{statement: "A prosthetics lab makes custom sockets for 2,000 patients a year: clinicians upload 3D scans of the residual limb, technicians design and print the socket, and patients come back for 2-3 fittings.",
			want: map[conversation.SectionID][]string{conversation.Security: {"Health data (", "minimum necessary", "Patients are the subjects of these records"}}},
	})
	// Patients who book and read their own results are users: no such line.
	_, sections := renderAll(t, "patients book vaccination appointments at our 20 GP surgeries and see their lab results")
	if s := sections[conversation.Security]; !strings.Contains(s, "Health data") || strings.Contains(s, "subjects of these records") {
		t.Errorf("GP booking security:\n%s\nwant health data without a subjects line", s)
	}
}

// TestRankedCandidatesAreNoLeaderboard: a match run ranking waiting-list candidates for a donor's
// organ, or applicants for a place, is no game's leaderboard; a quiz's ranks stay one.
func TestRankedCandidatesAreNoLeaderboard(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		statement string
		want      bool
	}{
		{"each donor triggers a match run that ranks waiting-list candidates, and offers go to their transplant centres", false},
		{"the match ranks applicants for each school place by distance and siblings", false},
		{"a quiz game where players see their rank among friends after every match", true},
	} {
		ids, why := detect(tc.statement)
		if got := slices.Contains(ids, "leaderboard"); got != tc.want {
			t.Errorf("%q: leaderboard = %v (%s), want %v", tc.statement, got, why["leaderboard"], tc.want)
		}
	}
}

package offline

import (
	"slices"
	"strings"
	"testing"

	"github.com/archbot/archbot/conversation"
)

// TestResidencyReadsThePlace checks that a statement saying where its data must stay is read for
// the data and the place, whatever the verb, and that places said for other reasons are not.
func TestResidencyReadsThePlace(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ statement, what, place string }{
		{"A benefits portal for a city council where claimant records must remain within the UK", "claimant records", "the UK"},
		{"Design a lab results service for clinics in Austria; all patient data has to stay inside the EU", "patient data", "the EU"},
		{"An HR system for a Danish retailer: employee data must never leave the country", "employee data", "Denmark"},
		{"A tutoring app for 40,000 pupils in Ontario, and student information must not be stored outside Canada", "student information", "Canada"},
		{"A court filing system for a US state whose case files must stay in the state", "case files", "the state"},
		{"A clinic booking app for 2M patients with data residency rules in Japan", "personal data", "Japan"},
		{"A CRM for 300 sales reps that must be hosted entirely within Germany", "personal data", "Germany"},
		{"A chat app for 10 million users in Germany", "", ""},
		{"An ad server that must be deployed in the US and the EU", "", ""},
		{"A payments ledger deployed in the EU and the US, 2,000 transfers a second", "", ""},
		{"A config service where a change never leaves the control plane until it is validated", "", ""},
		{"A recipe app where images are kept in object storage", "", ""},
		{"Records stay in the EU and the US for our two markets", "", ""},
	} {
		what, place := residencyOf(tc.statement)
		if what != tc.what || place != tc.place {
			t.Errorf("%q: residency %q in %q, want %q in %q", tc.statement, what, place, tc.what, tc.place)
		}
		ids, _ := detect(tc.statement)
		if got := slices.Contains(ids, "residency"); got != (tc.place != "") {
			t.Errorf("%q: residency on=%v, want %v", tc.statement, got, tc.place != "")
		}
	}
}

// TestResidencyBoundsTheDesign checks that a stated boundary is carried by the parts it binds:
// a requirement naming the place, the disaster-recovery region inside it, third parties given no
// personal data, keys held there; and that a design whose statement says none has none of it.
func TestResidencyBoundsTheDesign(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		statement, what, place string
		singleRegion           bool
	}{
		{"Design an online pharmacy for 3 million customers in Poland that texts them when a prescription is ready; prescription data must never leave the country", "prescription data", "Poland", true},
		{"A video consultation platform for 2 million patients of Irish GPs, where health records must stay within the EU", "health records", "the EU", false},
	} {
		t.Run(tc.statement, func(t *testing.T) {
			_, sec := renderAll(t, tc.statement)
			for id, want := range map[conversation.SectionID]string{
				conversation.Requirements: "Data residency: no copy of " + tc.what + " leaves " + tc.place,
				conversation.Reliability:  "Disaster recovery stays inside " + tc.place,
				conversation.Security:     "Third parties get no " + tc.what + ": error tracking, analytics and any LLM API receive ids",
			} {
				if !strings.Contains(sec[id], want) {
					t.Errorf("%s has no %q:\n%s", id, want, sec[id])
				}
			}
			if notified := strings.Contains(tc.statement, "texts"); notified != strings.Contains(sec[conversation.Security], "Notifications carry no "+tc.what+": a push (APNs, FCM) carries only an id") {
				t.Errorf("notified=%v, but security says otherwise about notifications:\n%s", notified, sec[conversation.Security])
			}
			if !strings.Contains(sec[conversation.Security], "KMS or HSM in "+tc.place) {
				t.Errorf("security does not keep the keys in %s:\n%s", tc.place, sec[conversation.Security])
			}
			if tc.singleRegion && !strings.Contains(sec[conversation.Tradeoffs], "to a second region inside "+tc.place+" now") {
				t.Errorf("the single-region finding sends the copy outside %s:\n%s", tc.place, sec[conversation.Tradeoffs])
			}
		})
	}
	_, sec := renderAll(t, "Design an online pharmacy for 3 million customers in Poland that texts them when a prescription is ready")
	for _, md := range sec {
		if strings.Contains(md, "residency") || strings.Contains(md, "second region inside") {
			t.Fatalf("a statement without a boundary got one:\n%s", md)
		}
	}
}

// TestResidencyAnswersTheRegionQuestion checks that a multi-region design whose statement already
// says where its data stays does not ask which data may leave its region, and that one whose
// statement does not still asks.
func TestResidencyAnswersTheRegionQuestion(t *testing.T) {
	t.Parallel()
	for statement, asks := range map[string]bool{
		"A claims portal for an insurer with 4 million customers, running in 2 regions, where claim records must stay within Germany": false,
		"A claims portal for an insurer with 4 million customers, running in 2 regions":                                               true,
	} {
		_, sec := renderAll(t, statement)
		if got := strings.Contains(sec[conversation.Tradeoffs], "Which data may leave its region"); got != asks {
			t.Errorf("%q: asks which data may leave its region=%v, want %v", statement, got, asks)
		}
	}
}

// TestResidencyNamesTheDataOwner: "guests in the EU must have their data stored in the EU" binds
// the guests' data; the verb and the pronoun are no part of the data's name.
func TestResidencyNamesTheDataOwner(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ statement, what, place string }{
		{"A hotel booking service for 350 hotels, and guests in the EU must have their data stored in the EU.", "guest data", "the EU"},
		{"A tutoring marketplace where every student must have their records kept in Canada", "student records", "Canada"},
		{"A fleet app for 900 drivers; each driver gets their data held in the UK", "driver data", "the UK"},
		{"A diary app, and we must have our data stored in Germany", "personal data", "Germany"},
	} {
		what, place := residencyOf(tc.statement)
		if what != tc.what || place != tc.place {
			t.Errorf("%q: residency %q in %q, want %q in %q", tc.statement, what, place, tc.what, tc.place)
		}
	}
}

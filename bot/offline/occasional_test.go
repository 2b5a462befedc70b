package offline

import (
	"strings"
	"testing"

	"github.com/archbot/archbot/conversation"
)

// An occasional act (an appeal, a grievance, a claim) is sized per person a year, whatever the
// population: at five per daily user a day, a city's parking appeals came to 13.5 TB a month
// and a 120-person firm filed 480 grievances a day. What people do daily keeps its daily rate.
func TestOccasionalActsArePerPersonAYear(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		statement string
		write     string
		people    float64 // who may do it: each at most once a year
	}{
		{"Design a parking ticket appeals portal for a city of 900,000: drivers submit an appeal with photos within 21 days, clerks review, and decisions are emailed.", "submit appeal", 225_000},
		{"Design a grievance system for a 120-person firm: employees file grievances and HR investigates them.", "file grievance", 120},
		{"Build a complaints tracker for a housing association with 40,000 tenants: tenants raise complaints, officers answer them.", "raise complaint", 40_000},
	} {
		p := *composed(tc.statement).Load
		w, _ := workloadFrom(tc.statement, p)
		f, ok := w.Flow(tc.write)
		if !ok || f.Source != conversation.Assumed || f.Count != 1 || f.PerSeconds != 365*86400 || !f.Each || f.Actors != tc.people {
			t.Errorf("%q: %s %+v, want once a year for each of %v (flows %+v)", tc.statement, tc.write, f, tc.people, w.Flows)
		}
		if notes := strings.Join(w.Notes, "\n"); !strings.Contains(notes, "a year") || strings.Contains(notes, "per user a day") {
			t.Errorf("%q: notes %q should size the act per year, not per user a day", tc.statement, w.Notes)
		}
	}
	// What people do every day stays a daily rate.
	for _, s := range []string{
		"Design a recipe app where 200,000 home cooks save recipes and plan their meals.",
		"Design a field-notes app for 3,000 ecologists who log sightings in the field.",
	} {
		p := *composed(s).Load
		w, _ := workloadFrom(s, p)
		for _, f := range w.Flows {
			if f.PerSeconds == 365*86400 {
				t.Errorf("%q: %s is sized per year: %+v", s, f.Name, f)
			}
		}
	}
	// A multi-tenant service's tenants are customer organisations with their staff, still.
	s := "Design a multi-tenant analytics SaaS for 300 tenants"
	if w, _ := workloadFrom(s, *composed(s).Load); w.Users != 300*groupSizes["tenant"] {
		t.Errorf("%q: users %v, want 300 tenants × %v people (notes %q)", s, w.Users, groupSizes["tenant"], w.Notes)
	}
}

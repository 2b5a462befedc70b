package offline

import (
	"strings"
	"testing"
)

// A thing one party makes and another claims moves through the statement's own verbs: it waits
// in its maker's state until claimed, is handed over once the claim is checked, and, where the
// statement limits the claim, lapses when that limit passes; the generic request lifecycle is for
// claims that keep a record of their own.
func TestClaimLifecycleFromVerbs(t *testing.T) {
	t.Parallel()
	tests := []struct {
		statement, entity, want string
	}{
		{"Design a lost-and-found system for a city's transit network: 150 stations, staff log found items with photos, riders search and claim them within 90 days",
			"Found item", "logged → claimed → handed over / declined / withdrawn / disposed"},
		{"A community fridge app: donors post surplus meals and neighbours claim them", "Surplus meal", "posted → claimed → handed over"},
		{"A bike shop's abandoned bikes: mechanics register abandoned bikes and owners claim them within 30 days", "Abandoned bike", "registered → claimed → handed over"},
	}
	for _, tc := range tests {
		f := composed(tc.statement)
		found := false
		for _, e := range f.Entities {
			if e.Name == tc.entity {
				found = true
				if !strings.Contains(e.Fields, "status ("+tc.want) {
					t.Errorf("%q: %s fields %q, want status (%s…)", tc.statement, e.Name, e.Fields, tc.want)
				}
			}
		}
		if !found {
			t.Errorf("%q: no %s among %+v", tc.statement, tc.entity, f.Entities)
		}
		for _, ep := range f.APIs {
			if strings.Contains(ep.Path, " ") {
				t.Errorf("%q: path %q has a space", tc.statement, ep.Path)
			}
		}
		for _, d := range f.Deep {
			if strings.Contains(d.Body, "status = 'requested'") {
				t.Errorf("%q: dive %q still waits in the generic 'requested' state", tc.statement, d.Title)
			}
		}
	}
}

// Whoever claims a thing another party made waits on the hand-over, so they are the ones told
// when it changes, not its maker, who works the queue of claims.
func TestClaimantIsTold(t *testing.T) {
	t.Parallel()
	for s, want := range map[string]string{
		"Design a lost-and-found system for a city's transit network: 150 stations, staff log found items with photos, riders search and claim them within 90 days": "rider",
		"A community fridge app: donors post surplus meals and neighbours claim them":                                                                               "neighbour",
	} {
		m := modelOf(s)
		m.tells = tellsRe.MatchString(s)
		if who, _ := m.told(); who != want {
			t.Errorf("%q: told %q, want %q", s, who, want)
		}
	}
}

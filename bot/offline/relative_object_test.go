package offline

import (
	"strings"
	"testing"
)

// A clause inside a relative clause acts on the noun the relative clause hangs from: "outages
// that customers report" is customers reporting outages, not customers reporting nothing.
func TestRelativeClauseObject(t *testing.T) {
	t.Parallel()
	tests := []struct{ statement, actor, verb, object string }{
		{"A court reporting agency assigns stenographers to depositions that law firms book", "firm", "book", "deposition"},
		{"A utility where dispatchers assign repair crews to outages that customers report", "customer", "report", "outage"},
		{"Volunteers deliver the food parcels which local shops donate, and families collect them", "shop", "donate", "food parcel"},
		{"Editors schedule the articles that freelancers submit each week", "freelancer", "submit", "article"},
	}
	for _, tc := range tests {
		rd := readStatement(tc.statement)
		found := false
		for _, a := range rd.Actions {
			found = found || strings.HasSuffix(a.Actor, tc.actor) && a.Verb == tc.verb && a.Object == tc.object
		}
		if !found {
			t.Errorf("%q: no %s %s %s in %+v", tc.statement, tc.actor, tc.verb, tc.object, rd.Actions)
		}
	}
}

package offline

import (
	"testing"
)

// A noun compound naming the system is no clause: in "a lab results delivery system" the lab
// does not "result" a delivery system, nor do students "grade" a reporting tool; "the unit
// records dispatches" and "a courier delivers parcels" still are clauses.
func TestNameCompoundIsNoClause(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ statement, verb, object string }{
		{"Design a lab results delivery system for a regional diagnostics chain: 180 labs produce 650,000 results per day, and doctors see them.", "result", "delivery system"},
		{"Design a student grades reporting tool for a school district: teachers enter 50,000 grades a week", "grade", "reporting tool"},
		{"Design a patient records sharing platform for 40 clinics: doctors upload 20,000 scans a day", "record", "sharing platform"},
	} {
		for _, a := range readStatement(tc.statement).Actions {
			if a.Verb == tc.verb || a.Object == tc.object {
				t.Errorf("%q: read %+v from the system's name", tc.statement, a)
			}
		}
	}
	for _, tc := range []struct{ statement, actor, verb, object string }{
		{"Design a system for a fire brigade where the unit records dispatches, crews log callouts and the office approves permits.", "unit", "record", "dispatch"},
		{"Design a parcel tracker where a courier delivers parcels and customers track them", "courier", "deliver", "parcel"},
	} {
		found := false
		for _, a := range readStatement(tc.statement).Actions {
			found = found || a.Actor == tc.actor && a.Verb == tc.verb && a.Object == tc.object
		}
		if !found {
			t.Errorf("%q: actions %+v, want %s %s %s", tc.statement, readStatement(tc.statement).Actions, tc.actor, tc.verb, tc.object)
		}
	}
	checkDesignSays(t, "Design a lab results delivery system for a regional diagnostics chain: 180 labs produce 650,000 results per day, and doctors see them.",
		[]string{"labs produce results"}, []string{"labs result", "a lab results a"})
}

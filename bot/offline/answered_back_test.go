package offline

import (
	"slices"
	"testing"
)

// TestAnswerBackIsNoReturn reads "quotes should come back within an hour" as how fast an answer
// arrives: no thing called "come" is lent out and swept when overdue.
func TestAnswerBackIsNoReturn(t *testing.T) {
	t.Parallel()
	cases := []struct {
		problem string
		row     string // the row a return limit lands on, "" for none
	}{
		{"Farmers sell hay. Haulage quotes from ~150 truckers should come back within an hour.", ""},
		{"Clinics order tests; results must get back to the doctor within 2 days.", ""},
		{"Volunteers must check back within 2 days.", ""},
		{"Members borrow tools; tools must be back within 7 days.", "loan"},
	}
	for _, c := range cases {
		m := modelOf(c.problem)
		var rows []string
		for _, l := range m.limits() {
			rows = append(rows, l.row)
		}
		if c.row == "" && len(rows) > 0 || c.row != "" && !slices.Equal(rows, []string{c.row}) {
			t.Errorf("%q: limits on %q, want %q", c.problem, rows, c.row)
		}
		for _, e := range m.entities() {
			if e.Name == "Come" || e.Name == "Check" || e.Name == "Back" || e.Name == "Get" {
				t.Errorf("%q: entity %s", c.problem, e.Name)
			}
		}
	}
}

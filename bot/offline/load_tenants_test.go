package offline

import (
	"strings"
	"testing"
)

// A size said per group ("companies of up to 50,000 employees") is the largest group, not the
// total: the total is the groups, counted or assumed and said so, times a typical group, and
// the largest is kept as what sizes the hottest partition. A famous product named beside it
// ("like Slack") says what the product does, not that it has the public's millions.
func TestTenantSizeIsNoTotal(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		statement string
		users     float64
		largest   string
	}{
		{"Design a team chat like Slack for companies of up to 50,000 employees", 1000 * 5000, "largest company: 50K employees"},
		{"Design a homework app for schools with up to 2,000 pupils", 1000 * 200, "largest school: 2,000 pupils"},
		{"Design a booking app for sports clubs of 20–200 members", 1000 * 63, "largest club: 200 members"},
		{"A team chat for 300 companies of up to 50,000 employees", 300 * 5000, "largest company: 50K employees"},
		{"Build an intranet for firms with as many as 8k staff", 1000 * 800, "largest firm: 8,000 staff"},
	} {
		w, _ := workloadFrom(tc.statement, loadProfile{})
		notes := strings.Join(w.Notes, "\n")
		if w.Users != tc.users || !strings.Contains(notes, tc.largest) {
			t.Errorf("%q: users %v, want %v with %q (notes:\n%s)", tc.statement, w.Users, tc.users, tc.largest, notes)
		}
		if strings.Contains(notes, "-scale assumed") {
			t.Errorf("%q: a famous product's scale taken for the tenants' people:\n%s", tc.statement, notes)
		}
	}
}

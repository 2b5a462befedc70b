package offline

import (
	"strings"
	"testing"

	"github.com/archbot/archbot/conversation"
)

// TestCrossAccessAsksOfTheStatementsRecords keeps the open question on who sees whose records
// in the statement's terms, what each kind of person does, rather than a sentence every composed
// design shared.
func TestCrossAccessAsksOfTheStatementsRecords(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ problem, want string }{
		{"Authors submit manuscripts and reviewers write reports on them.", "May authors see the reports reviewers write, and may reviewers see the manuscripts authors submit?"},
		{"Tenants report repairs and landlords schedule contractors.", "May tenants see the contractors landlords schedule, and may landlords see the repairs tenants report?"},
	} {
		_, sec := renderAll(t, tc.problem)
		all := sec[conversation.Tradeoffs]
		if !strings.Contains(all, tc.want) || strings.Contains(all, "follow from it") {
			t.Errorf("%q: open question %q, want %q", tc.problem, lineWith(all, " see "), tc.want)
		}
	}
}

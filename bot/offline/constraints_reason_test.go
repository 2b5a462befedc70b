package offline_test

import (
	"strings"
	"testing"
)

// The overview says why the stated constraints are designed by quoting them, not as if a
// follow-up had asked for them.
func TestStatedConstraintsQuoteTheStatement(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ statement, quote string }{
		{"Design a system for a river ferry company: 12 ferries, passengers book seats online, and crews must rest 8 hours between shifts.", "crews must rest 8 hours between shifts"},
		{"Design a dispatch system for harbour pilots: ships request a pilot for arrival, and pilots must rest 10 hours between jobs.", "pilots must rest 10 hours between jobs"},
	} {
		text := allText(design(t, tc.statement))
		if !strings.Contains(text, `| stated constraints | the statement says "`+tc.quote) {
			t.Errorf("%q: the overview does not quote the stated rule %q", tc.statement, tc.quote)
		}
		if strings.Contains(text, "| stated constraints | requested in the conversation") {
			t.Errorf("%q: the overview says the statement's rule was requested in the conversation", tc.statement)
		}
	}
}

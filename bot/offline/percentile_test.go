package offline

import (
	"strings"
	"testing"

	"github.com/archbot/archbot/conversation"
)

// A latency target keeps the percentile it is stated at: "under 800 ms at p95" is not
// rewritten as a p99 target; one said without a percentile is read as p99.
func TestStatedPercentileKept(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ statement, want, not string }{
		{"Design an analytics product for 2,000 companies with 40,000 analysts; dashboard queries must return in under 800 ms at p95", "Latency: within 800 ms as stated (p95)", "(p99)"},
		{"Design a search box for an online shop with 50,000 daily shoppers; results must come back within 300 ms at the 95th percentile", "Latency: within 300 ms as stated (p95)", "(p99)"},
		{"Design a search box for an online shop with 50,000 daily shoppers; results must come back within 300 ms", "Latency: within 300 ms as stated (p99)", "(p95)"},
	} {
		_, sec := renderAll(t, tc.statement)
		req := sec[conversation.Requirements]
		if !strings.Contains(req, tc.want) || strings.Contains(req, "as stated "+tc.not) {
			t.Errorf("%q: requirements lack %q or have %q:\n%s", tc.statement, tc.want, tc.not, req)
		}
	}
}

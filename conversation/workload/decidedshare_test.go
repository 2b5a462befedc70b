package workload_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/archbot/archbot/conversation/workload"
)

// A share decided without a person, or left to one, sizes the people who decide the rest: it is
// not read and dropped as though it meant nothing, and other shares still are.
func TestReadDecidedShareSizesReviewers(t *testing.T) {
	for _, tc := range []struct {
		statement, note string
	}{
		{"a pet insurer gets 300,000 vet invoices a year and 65% are paid automatically", "65%: the share decided automatically"},
		{"hail damage claims: 50k a month, of which 35% need manual review by an assessor", "35%: the share decided by a person"},
		{"travel refunds, 1 million a year, 80% auto-approved by rules", "80%: the share decided automatically"},
		{"a shop where 40% of visitors buy something, 2 million visits a day", "40%: read, not used as load"},
	} {
		rd := workload.Read(tc.statement)
		if !slices.ContainsFunc(rd.Notes, func(n string) bool { return strings.HasPrefix(n, tc.note) }) {
			t.Errorf("%q: notes %q; want one starting %q", tc.statement, rd.Notes, tc.note)
		}
	}
}

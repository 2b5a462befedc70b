package workload_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/archbot/archbot/conversation/workload"
)

// An adverb of place after the noun ("worldwide", "nationwide", "globally") says where the
// things counted are, not what they are; and what there is takes no period from a count after it.
func TestReadPlaceAdverbIsNoNoun(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		statement, want string
	}{
		{"There are about 3 million active caches worldwide.", "3M caches: stated"},
		{"We have 2 million drivers nationwide.", "2M drivers: stated"},
		{"A directory of 800,000 clinics globally.", "800K clinics"},
	} {
		rd := workload.Read(tc.statement)
		if !slices.ContainsFunc(rd.Notes, func(n string) bool { return strings.HasPrefix(n, tc.want) }) {
			t.Errorf("%q: notes %q; want one starting %q", tc.statement, rd.Notes, tc.want)
		}
		if slices.ContainsFunc(rd.Notes, func(n string) bool { return strings.Contains(n, "wide") || strings.Contains(n, "globally") }) {
			t.Errorf("%q: a place adverb read as a noun: %q", tc.statement, rd.Notes)
		}
	}
	rd := workload.Read("Geocaching app: there are about 3 million active caches worldwide and 400,000 finds are logged a day.")
	if len(rd.Flows) != 1 || rd.Flows[0].Count != 400000 || rd.Flows[0].PerSeconds != day {
		t.Errorf("caches and finds: flows %+v; want only 400K finds a day (notes %q)", rd.Flows, rd.Notes)
	}
}

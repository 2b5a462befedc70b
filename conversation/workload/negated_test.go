package workload_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/archbot/archbot/conversation/workload"
)

// A small count under a negation earlier in its clause ("must never be sold to two buyers",
// "cannot be booked by two people") is what a rule forbids, not who is there: no population.
// A negation in another clause leaves a count alone.
func TestReadNegatedCountIsARule(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"A farm marketplace: about 4,000 farms sell to 11,000 restaurants, about 25,000 orders a day; a lot must never be sold to two buyers.",
		"A theatre sells 3,000 seats a night, and a seat cannot be booked by two people.",
		"Each parcel locker door must not be opened by two couriers at the same time.",
	} {
		rd := workload.Read(s)
		if rd.Users == 2 || rd.DAU == 2 || rd.Concurrent == 2 || slices.ContainsFunc(rd.Things, func(p workload.Population) bool { return p.Value == 2 }) {
			t.Errorf("%q: users=%v dau=%v concurrent=%v things=%+v; want no population of 2 (%q)", s, rd.Users, rd.DAU, rd.Concurrent, rd.Things, rd.Notes)
		}
		if !slices.ContainsFunc(rd.Notes, func(n string) bool { return strings.HasPrefix(n, "2 ") && strings.Contains(n, "a limit") }) {
			t.Errorf("%q: notes %q; want the 2 read as a limit", s, rd.Notes)
		}
	}
	// The negation is another clause's: the three kiosks are there.
	rd := workload.Read("No login is needed; three kiosks each print 500 tickets a day.")
	if len(rd.Flows) != 1 || rd.Flows[0].Actors != 3 {
		t.Errorf("kiosks: flows %+v; want 3 kiosks printing (%q)", rd.Flows, rd.Notes)
	}
}

package offline

import (
	"strings"
	"testing"
)

// A system for one community (a city's allotments, a school district, an association, a
// clinical trial) serves that community's people, thousands at most a day, not a platform's
// million: the default is for systems whose statement names no one.
func TestOneCommunityIsNotAMillion(t *testing.T) {
	t.Parallel()
	for statement, most := range map[string]float64{
		"Design a platform for a city's allotment gardens to manage plot waiting lists, yearly plot inspections, and bookings for shared tool sheds.":                          20_000,
		"Design a prepaid meal account system for a school district's cafeterias. Parents top up balances by card online, and students pay at the till by tapping an ID card.": 40_000,
		"Design a system for a beekeeping association that tracks hive health inspections by members.":                                                                         2_000,
		"Design an adverse-event reporting system for a clinical trial run at hospital sites in the EU, the US and Japan.":                                                     2_000,
	} {
		w, _ := workloadFrom(statement, loadProfile{})
		if w.DAU == 0 || w.DAU > most {
			t.Errorf("%q: DAU %v; want some, at most %v", statement, w.DAU, most)
		}
		for _, n := range w.Notes {
			if strings.Contains(n, "1M daily active users") {
				t.Errorf("%q: note %q", statement, n)
			}
		}
	}
}

// A platform for many such bodies is not one of them.
func TestPlatformForManyBodiesIsNoCommunity(t *testing.T) {
	t.Parallel()
	for _, statement := range []string{
		"Design a book club app where readers discuss what they read",
		"Design a platform where sports clubs sell memberships",
		"Design a city guide app for tourists",
	} {
		if c := communityOf(statement); c != nil {
			t.Errorf("%q: read as %s", statement, c.who)
		}
	}
}

package workload_test

import (
	"testing"

	"github.com/archbot/archbot/conversation/workload"
)

// "N people per <group>, M <groups>" and "M <groups> of N people" are N×M people in any order:
// one group's size is never everyone, or a roommates' app is sized for one household of five.
func TestReadPeoplePerGroupTimesGroups(t *testing.T) {
	for _, tc := range []struct {
		statement string
		users     float64
	}{
		{"Design a shared expense app for roommates: 5 people per household, 1M households", 5e6},
		{"An app for 1M households of 5 people", 5e6},
		{"Family chores tracker: 4 members per family and 300k families", 1.2e6},
		{"Book club app, 20,000 clubs of around 12 readers", 240e3},
		{"1M households with about 5 members each", 5e6},
	} {
		rd := workload.Read(tc.statement)
		if rd.Users != tc.users {
			t.Errorf("%q: users %v, want %v (notes %q)", tc.statement, rd.Users, tc.users, rd.Notes)
		}
	}
	// A bound on a group's size stays a bound.
	rd := workload.Read("A co-op app for 2,000 teams of up to 8 engineers")
	if rd.Users != 0 || len(rd.Limits) != 1 {
		t.Errorf("teams of up to 8: users %v limits %+v, want no users and one limit", rd.Users, rd.Limits)
	}
}

// The people counted per group act, not the groups counted after them: "5 people per household,
// 1M households, each person logs 2 expenses a week" is 5M people's expenses, not 1M households'.
func TestReadMembersCountedBeforeTheirGroupsAct(t *testing.T) {
	for _, tc := range []struct {
		statement string
		actors    float64
	}{
		{"Design a shared expense app: 5 people per household, 1M households, each person logs 2 expenses a week", 5e6},
		{"A chores app: 4 members per family, 300k families, members tick off 3 chores a day", 1.2e6},
		{"A fleet tracker: 25 vans per depot, 40 depots, each van reports its position every minute", 1000},
	} {
		rd := workload.Read(tc.statement)
		if len(rd.Flows) != 1 || rd.Flows[0].Actors != tc.actors {
			t.Errorf("%q: flows %+v, want one flow of %v actors (notes %q)", tc.statement, rd.Flows, tc.actors, rd.Notes)
		}
	}
}

package workload_test

import (
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/archbot/archbot/conversation/workload"
)

// A file that comes with only some of the items ("1 in 10 checklists includes a 3 MB photo")
// adds its size times that share to each item on average: 300 KB a checklist, not 3 MB, and
// the share is used, not noted as unread.
func TestMediaWithSomeItemsIsTheirShare(t *testing.T) {
	t.Parallel()
	tests := []struct {
		statement string
		item      string
		bytes     float64
	}{
		{"Volunteers submit 80,000 checklists a day; 1 in 10 checklists includes a 3 MB photo", "checklist", 300e3},
		{"Volunteers submit 80,000 checklists a day; 10% of checklists include a 3 MB photo", "checklist", 300e3},
		{"Inspectors file 5,000 reports a week and one in four reports has a 20 MB video attached", "report", 5e6},
		{"Customers open 12,000 claims a day; about 30% of claims carry 2 MB photos", "claim", 600e3},
	}
	for _, tc := range tests {
		rd := workload.Read(tc.statement)
		if got := rd.Sizes[tc.item]; math.Abs(got-tc.bytes) > 1 {
			t.Errorf("%q: sizes %v; want %s = %v", tc.statement, rd.Sizes, tc.item, tc.bytes)
		}
		for _, n := range rd.Notes {
			if strings.Contains(n, "not used as load") {
				t.Errorf("%q: note %q; the share is used", tc.statement, n)
			}
		}
	}
}

// A list is no one: "volunteers submit 80,000 checklists a day" is 80,000 submissions a day by
// the volunteers, not 80,000 checklists each submitting once.
func TestListsAreNotPeople(t *testing.T) {
	t.Parallel()
	for _, statement := range []string{
		"Volunteers submit 80,000 checklists a day",
		"Listeners create 40,000 playlists a day",
	} {
		rd := workload.Read(statement)
		if len(rd.Flows) != 1 || rd.Flows[0].Each || rd.Flows[0].Count != 80000 && rd.Flows[0].Count != 40000 {
			t.Errorf("%q: flows %+v; want one of the stated total, per no one", statement, rd.Flows)
		}
	}
}

// A share said "of them with" a file points back at the items just counted: "students hand in
// 2 assignments a day each, a quarter of them with a 3 MB photo" is 750 KB an assignment on
// average, not a quarter of the students active.
func TestMediaWithAShareOfThem(t *testing.T) {
	t.Parallel()
	tests := []struct {
		statement string
		item      string
		bytes     float64
	}{
		{"30,000 students hand in about 2 assignments a day each, a quarter of them with a photo of about 3 MB", "assignment", 750e3},
		{"Riders log 4,000 trips a day, about 10% of them with a 2 MB photo of the damage", "trip", 200e3},
		{"Customers place 9,000 orders a day; 20% of orders with a 500 KB gift note scan", "order", 100e3},
	}
	for _, tc := range tests {
		rd := workload.Read(tc.statement)
		if got := rd.Sizes[tc.item]; math.Abs(got-tc.bytes) > 1 {
			t.Errorf("%q: sizes %v; want %s = %v", tc.statement, rd.Sizes, tc.item, tc.bytes)
		}
		if rd.Workload.DAU > 0 && rd.Workload.DAU < rd.Workload.Users {
			t.Errorf("%q: DAU %v of %v users; the share is of the items, not who is active", tc.statement, rd.Workload.DAU, rd.Workload.Users)
		}
	}
}

// A file said to be optional comes with only some of the items: a check-in "with a star rating
// and an optional photo of about 2 MB" is 600 KB on average at the assumed 30%, and the share is
// said to be assumed. A file every item carries keeps its whole size.
func TestOptionalMediaIsAnAssumedShare(t *testing.T) {
	t.Parallel()
	tests := []struct {
		statement string
		item      string
		bytes     float64
	}{
		{"users check in the beers they drink with a star rating and an optional photo of about 2 MB, roughly 9 million monthly users make around 1.5 million check-ins a day", "check-in", 600e3},
		{"Guests leave 20,000 reviews a week, each with an optional 5 MB video", "review", 1.5e6},
		{"Guests leave 20,000 reviews a week, each with a 5 MB video", "review", 0},
	}
	for _, tc := range tests {
		rd := workload.Read(tc.statement)
		if got := rd.Sizes[tc.item]; math.Abs(got-tc.bytes) > 1 {
			t.Errorf("%q: sizes %v; want %s = %v", tc.statement, rd.Sizes, tc.item, tc.bytes)
		}
		if tc.bytes > 0 && !slices.ContainsFunc(rd.Notes, func(n string) bool { return strings.Contains(n, "assumed") }) {
			t.Errorf("%q: notes %q; the share must be said to be assumed", tc.statement, rd.Notes)
		}
	}
}

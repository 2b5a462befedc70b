package workload_test

import (
	"math"
	"testing"

	"github.com/archbot/archbot/conversation/workload"
)

// "Teachers leave comments on each one" counts no one: it is a comment for each of the items
// just counted, 60,000 a day beside 60,000 assignments, not one comment a day by a quarter of
// the students.
func TestSomethingOnEachOne(t *testing.T) {
	t.Parallel()
	tests := []struct {
		statement   string
		flow, of    string
		perDay      float64
		itemsPerDay float64
	}{
		{"30,000 students hand in about 2 assignments a day each, a quarter of them with a photo of about 3 MB, and teachers leave comments on each one.",
			"comment", "assignment", 60000, 60000},
		{"Drivers upload 5,000 delivery photos a day and a reviewer adds tags to each of them.", "tag", "photo", 5000, 5000},
		{"Members post 800 recipes a week. Editors write a short review for every one.", "review", "recipe", 800.0 / 7, 800.0 / 7},
	}
	for _, tc := range tests {
		rd := workload.Read(tc.statement)
		var items, got float64
		for _, f := range rd.Flows {
			if f.Name == tc.flow && f.ItemsOf == "" || f.Name == tc.flow && f.ItemsOf != "" && f.Count != 1 {
				t.Errorf("%q: flow %+v; want one %s for each %s", tc.statement, f, tc.flow, tc.of)
			}
		}
		for _, f := range rd.Flows {
			rate := f.Count * 86400 / f.PerSeconds
			if f.Each && f.Actors > 0 {
				rate *= f.Actors
			}
			if f.ItemsOf == "" && (f.Name == tc.of || len(f.Name) > len(tc.of) && f.Name[len(f.Name)-len(tc.of):] == tc.of) {
				items = rate
			}
		}
		for _, f := range rd.Flows {
			if f.Name == tc.flow && f.ItemsOf != "" {
				got = f.Count * items
			}
		}
		if math.Abs(items-tc.itemsPerDay) > 1 || math.Abs(got-tc.perDay) > 1 {
			t.Errorf("%q: %v %ss and %v %ss a day; want %v and %v (flows %+v)", tc.statement, items, tc.of, got, tc.flow, tc.itemsPerDay, tc.perDay, rd.Flows)
		}
	}
}

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

// A deadline after a crowd whose rate was already said is how long each event may take, not the
// crowd arriving at once: "180 labs produce 650,000 results per day, 5% are critical values that
// must page the ordering physician within 3 minutes" has no burst of 180 labs in 3 minutes.
func TestDeadlineAfterACrowdsRateIsNoRush(t *testing.T) {
	t.Parallel()
	for _, statement := range []string{
		"180 labs produce 650,000 results per day, 5% are critical values that must page the ordering physician within 3 minutes",
		"About 900 pharmacies send 40,000 refill requests a day and urgent ones must reach a pharmacist within 5 minutes",
	} {
		rd := workload.Read(statement)
		for _, f := range rd.Flows {
			if f.Burst {
				t.Errorf("%q: burst flow %+v; the window is each event's deadline", statement, f)
			}
		}
	}
	// The crowd itself arriving in a window stays a rush.
	rd := workload.Read("On trial mornings roughly 400 jurors check in at lobby kiosks within 30 minutes")
	if len(rd.Flows) == 0 || !rd.Flows[0].Burst {
		t.Errorf("jurors: flows %+v; want a rush", rd.Flows)
	}
}

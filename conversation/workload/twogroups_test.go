package workload_test

import (
	"math"
	"strings"
	"testing"

	"github.com/archbot/archbot/conversation/workload"
)

// Two groups counted in one statement each act at their own rate: "2 million daily visitors …
// and 5,000 cooks who post 2 recipes a day" is 10,000 recipes a day, not 2 per visitor.
func TestEachGroupActsAtItsOwnRate(t *testing.T) {
	t.Parallel()
	tests := []struct {
		statement, flow string
		perDay          float64
	}{
		{"A recipe site with 2 million daily visitors who each view 30 recipes a day, and 5,000 cooks who post 2 recipes a day", "post", 10000},
		{"A Q&A site with 3 million daily readers and 40,000 experts who answer 5 questions a day", "question", 200000},
		{"A photo app with 50 million users, 10 million of them daily, each uploading 2 photos a day", "photo", 20e6},
		// No one posts millions a day: a figure beside the people that no person could make is
		// their total, relative clause or not.
		{"A photo-sharing app where 40 million daily users post about 8 million pictures a day and each person sees a feed of the accounts they follow", "picture", 8e6},
		{"A photo-sharing app with 40 million daily users who post 8 million pictures a day", "picture", 8e6},
	}
	for _, tc := range tests {
		rd := workload.Read(tc.statement)
		f := onlyFlow(t, rd, tc.statement, tc.flow)
		got := f.Count / f.PerSeconds * 86400
		switch {
		case f.Each && f.Actors > 0:
			got *= f.Actors
		case f.Each:
			got *= rd.Workload.DAU
		}
		if math.Abs(got-tc.perDay) > tc.perDay*0.02 {
			t.Errorf("%q: %s is %.0f a day, want %.0f (notes %q)", tc.statement, f.Name, got, tc.perDay, rd.Notes)
		}
	}
}

// "Between two people" names the sides of a conversation, not a population: nothing is counted
// per one of them.
func TestBetweenTwoPeopleIsNoPopulation(t *testing.T) {
	t.Parallel()
	s := "A chat app for 10 million monthly users where messages between two people or in groups of up to 500 are delivered in order, and kept on up to 3 devices per person."
	rd := workload.Read(s)
	for _, n := range rd.Notes {
		if strings.Contains(n, "2 people") {
			t.Errorf("%q: %q counts the two sides of a chat as its people", s, n)
		}
	}
	if rd.Workload.DAU < 1e6 {
		t.Errorf("%q: DAU %v, want the monthly users' daily share", s, rd.Workload.DAU)
	}
}

package workload_test

import (
	"testing"

	"github.com/archbot/archbot/conversation/workload"
)

// A second count of the same people with its noun left out is theirs: "3 million monthly users,
// 400,000 daily" states 400,000 daily users. It was read as 400,000 "dailies", kept things, and
// the day's users came out as half the monthly ones, 1.5 million.
func TestElidedNounOfASecondCount(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		statement string
		dau       float64
	}{
		{"Design a recipe-sharing app: 3 million monthly users, 400,000 daily, about 20,000 new recipes a day.", 400_000},
		{"Design a podcast player with 2M monthly active listeners and 300K daily.", 300_000},
		{"A language app with 10 million registered learners, 1.2 million daily; each reviews 80 cards a day.", 1_200_000},
	} {
		rd := workload.Read(tc.statement)
		if rd.DAU != tc.dau {
			t.Errorf("%q: DAU %v, want %v (notes %q)", tc.statement, rd.DAU, tc.dau, rd.Notes)
		}
	}
	// A cadence after a count of things is no elided count of people.
	rd := workload.Read("Design a news site with 5 million monthly readers that publishes 300 articles daily.")
	if rd.DAU == 300 {
		t.Errorf("300 articles daily read as daily readers (notes %q)", rd.Notes)
	}
}

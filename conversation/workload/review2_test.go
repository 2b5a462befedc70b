package workload_test

import (
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/archbot/archbot/conversation"
	"github.com/archbot/archbot/conversation/workload"
)

// Misreadings from a second reading of fourteen designs, each in its smallest phrasing.
func TestSecondReviewPhrasings(t *testing.T) {
	t.Parallel()
	tests := []struct {
		statement string
		name      string // a word the flow's name holds
		kind      conversation.FlowKind
		perDay    float64
	}{
		// A verb no list held made "adjuster inspect" 150 times a day for each of a million.
		{"Each of our 150 adjusters inspects 8 claims a day.", "claim", conversation.FlowWrite, 1200},
		// An adverb is no object: "check their pet's records roughly once a month" reads records.
		{"Around 400,000 pet owners check their pet's records roughly once a month.", "record", conversation.FlowRead, 400000.0 / 30},
		// "over 4 years" after a count is the count's period, not a retention.
		{"We are digitizing 2 million herbarium sheets over 4 years.", "sheet", conversation.FlowWrite, 2e6 / (4 * 365)},
		// The buses are where the students tap, not who taps.
		{"12,000 students tap a card when boarding our 300 buses, and all taps happen within 45 minutes.", "tap", conversation.FlowWrite, 12000 * 86400 / 2700.0},
		// A share of a group that logs in within a window is that part in the window, a rush.
		{"About 80% of our 650,000 students log in within the first 10 minutes after the results go live.", "log", conversation.FlowWrite, 520000 * 86400 / 600.0},
		// "Of them" after a group counted in the sentence before is that share of it, in a rush.
		{"A national exam board publishes results for 650,000 students once a year; about 80% of them log in within the first 10 minutes after the results go live.", "log", conversation.FlowWrite, 520000 * 86400 / 600.0},
		// A share of items that include something is no share of people active.
		{"Each of our 900 vets records about 25 consultations a day, and 1 in 5 consultations includes X-ray images of about 15 MB in total.", "consultation", conversation.FlowWrite, 22500},
		// A count with no noun after it counts what it is said to total.
		{"Online pass sales total about 5,000 a day and peak at 900 a minute on Friday evenings.", "sale", conversation.FlowWrite, 5000},
	}
	for _, tc := range tests {
		rd := workload.Read(tc.statement)
		found := false
		for _, f := range rd.Flows {
			found = found || f.Kind == tc.kind && math.Abs(perDay(f)-tc.perDay) <= tc.perDay*0.01 && containsWord(f.Name, tc.name)
		}
		if !found {
			t.Errorf("%q: flows %+v; want a %s of %q, %v a day", tc.statement, rd.Flows, tc.kind, tc.name, tc.perDay)
		}
		if tc.name == "sheet" && rd.RetentionYears != 0 {
			t.Errorf("%q: retention %v years; the 4 years are the count's period", tc.statement, rd.RetentionYears)
		}
	}
}

func containsWord(name, w string) bool { return slices.Contains(strings.Fields(name), w) }

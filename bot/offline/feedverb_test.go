package offline

import (
	"slices"
	"testing"
)

// "Feed" said as a verb (labels fed back to a model, readings fed into a pipeline) is passing
// something on, not a timeline people scroll; said as a thing it still is one.
func TestFeedAsVerbIsNoTimeline(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		statement string
		feed      bool
	}{
		{"An ad network flags click fraud on 50k clicks a second; reviewers confirm bots and feed the verdicts back to the model every week", false},
		{"A wind farm's 300 turbines feed vibration readings into a model that predicts gearbox failure two weeks ahead", false},
		{"we feed nightly sales into the demand forecast for 900 grocery stores and planners adjust the orders", false},
		{"A lender pre-screens 3,000 loan applications a day in under a second and underwriters can feed their overrides back monthly", false},
		{"a photo sharing app where people follow friends and scroll a feed of their pictures", true},
		{"a social network for gardeners with a home feed of posts from people they follow", true},
		{"users post short videos and the ranked feed must load in 200 ms", true},
	} {
		got, why := detect(tc.statement)
		if slices.Contains(got, "feed") != tc.feed {
			t.Errorf("%q: feed=%v (%s), want %v; got %v", tc.statement, !tc.feed, why["feed"], tc.feed, got)
		}
	}
}

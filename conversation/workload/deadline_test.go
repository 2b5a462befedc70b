package workload_test

import (
	"testing"

	"github.com/archbot/archbot/conversation/workload"
)

// A crowd that is sent something within a time ("3 million users get a notification in under 5
// seconds") sets the deadline of a fan-out to all of it, not a flow of its own named after the
// verb; a crowd that takes something in a window ("get a coupon") still rushes.
func TestReadFanOutDeadline(t *testing.T) {
	for _, tc := range []struct {
		statement string
		audience  float64
		within    float64
	}{
		{"Build an NBA live score app: 3 million users get a notification for every lead change and the final buzzer in under 5 seconds", 3e6, 5},
		{"Design an emergency alert service: 2 million residents must receive the warning within 10 seconds", 2e6, 10},
		{"A breaking-news app where all 500,000 subscribers get notified in under 3 seconds", 500e3, 3},
		{"Design a social feed: when a celebrity posts, 1 million followers should see it within 5 seconds", 1e6, 5},
	} {
		rd := workload.Read(tc.statement)
		if len(rd.Flows) != 0 {
			t.Errorf("%q: flows %+v, want none: the crowd receives, it does not act", tc.statement, rd.Flows)
		}
		if len(rd.Deadlines) != 1 || rd.Deadlines[0].Audience != tc.audience || rd.Deadlines[0].Within != tc.within || rd.Users != tc.audience {
			t.Errorf("%q: deadlines %+v, users %v, want %v within %v s (notes %q)", tc.statement, rd.Deadlines, rd.Users, tc.audience, tc.within, rd.Notes)
		}
	}
	rd := workload.Read("A flash sale: 200,000 shoppers all get a coupon in the first 10 minutes")
	if len(rd.Deadlines) != 0 || len(rd.Flows) != 1 || !rd.Flows[0].Burst {
		t.Errorf("claiming a coupon: flows %+v, deadlines %+v, want one burst", rd.Flows, rd.Deadlines)
	}
}

package offline

import (
	"strings"
	"testing"

	"github.com/archbot/archbot/conversation"
)

// TestScalingOutNamesTheBusiestCalls keeps the scaling-out line from reading the same in every
// composed design: it names the calls whose latency matters, and a tiny load is said to need its
// instances for availability rather than given autoscaling rules that would never fire.
func TestScalingOutNamesTheBusiestCalls(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ problem, want string }{
		{"Design a URL shortener that creates 5 million short links a day and serves 2 billion redirects a day", "p99 latency of redirect"},
		{"Design a chat app like WhatsApp for 30 million daily users sending 40 messages each", "p99 latency of message"},
		{"A community seed library lends packets of heirloom seeds to members; volunteers record germination tests for each batch.", "for availability, not load"},
	} {
		_, sec := renderAll(t, tc.problem)
		got := sec[conversation.Scalability]
		if !strings.Contains(got, tc.want) || strings.Contains(got, "at today's peak (") {
			t.Errorf("%q: scaling out %q, want %q", tc.problem, lineWith(got, "instances"), tc.want)
		}
	}
}

// TestReadHeavyNamesItsReadPath keeps the read-heavy verdict naming the design's reads and
// writes with their figures, not the techniques any read-heavy system could list.
func TestReadHeavyNamesItsReadPath(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ problem, want string }{
		{"Design a URL shortener that creates 5 million short links a day and serves 2 billion redirects a day", "redirect"},
		{"A recipe site with 2 million daily visitors who each view 30 recipes a day, and 5,000 cooks who post 2 recipes a day", "view recipe reads/s at peak against"},
	} {
		_, sec := renderAll(t, tc.problem)
		got := lineWith(sec[conversation.CapacityID], "Read-heavy (")
		if !strings.Contains(got, tc.want) || strings.Contains(got, "precomputation") {
			t.Errorf("%q: %q, want %q", tc.problem, got, tc.want)
		}
	}
}

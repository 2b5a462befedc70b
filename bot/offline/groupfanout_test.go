package offline

import (
	"strings"
	"testing"

	"github.com/archbot/archbot/conversation"
)

// A chat message goes to every member of its group: a stated cap on a group's members sizes the
// message's deliveries (messages × members reached), the hard parts name the fan-out to groups
// that large, and the dive quotes the stated cap rather than "a few hundred".
func TestGroupCapSizesMessageFanOut(t *testing.T) {
	t.Parallel()
	tests := []struct {
		problem string
		cap     string
		fan     float64
	}{
		{"Design a chat app for an esports league: 4 million fans, team rooms of up to 8,000 people, replies show in the order they were sent", "8,000", 800},
		{"Design a messaging service for a university with 60,000 students and course groups capped at 400 members", "400", 40},
	}
	for _, tt := range tests {
		g, sec := renderAll(t, tt.problem)
		var write conversation.Flow
		for _, f := range g.Requirements.Workload.Flows {
			if f.Kind == conversation.FlowWrite {
				write = f
				break
			}
		}
		if write.FanOut != tt.fan {
			t.Errorf("%q: %s fan-out %v, want %v", tt.problem, write.Name, write.FanOut, tt.fan)
		}
		if g.Capacity.DeliveriesPerSec <= 0 {
			t.Errorf("%q: no deliveries sized", tt.problem)
		}
		dives := sec[conversation.DeepDive]
		if !strings.Contains(dives, "groups of up to "+tt.cap+" members") || strings.Contains(dives, "a few hundred members") {
			t.Errorf("%q: deep dives do not size the fan-out to the stated cap of %s:\n%s", tt.problem, tt.cap, dives)
		}
	}
}

// With no cap on a group, nothing is assumed of its size: the message reaches no stated
// audience and no dive speaks of groups of a size nobody gave.
func TestNoGroupCapNoGroupFanOut(t *testing.T) {
	t.Parallel()
	g, sec := renderAll(t, "Design a messaging app for 20 million daily users who chat one-to-one and in small groups")
	for _, f := range g.Requirements.Workload.Flows {
		if f.FanOut != 0 {
			t.Errorf("%s fan-out %v, want none assumed", f.Name, f.FanOut)
		}
	}
	if strings.Contains(sec[conversation.DeepDive], "groups of up to") {
		t.Errorf("a dive sizes groups nobody capped:\n%s", sec[conversation.DeepDive])
	}
}

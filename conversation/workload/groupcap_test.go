package workload_test

import (
	"testing"

	"github.com/archbot/archbot/conversation/workload"
)

// A cap on the people in each group is said of the group: "groups of up to 5,000 members" is
// what one group holds, so a message sent to one reaches that many; a cap on the system is not.
func TestReadGroupCapIsPerGroup(t *testing.T) {
	for _, tc := range []struct {
		statement string
		value     float64
		of        string
	}{
		{"A chat app for 3M players where clan chats hold up to 800 players", 800, "chat"},
		{"Team chat for 40,000 staff, channels of up to 2,000 people", 2000, "channel"},
		{"Messaging for 10M users with rooms capped at 150 participants", 150, "room"},
		{"A neighbourhood app, 500k residents, groups of at most 1,200 members", 1200, "group"},
	} {
		rd := workload.Read(tc.statement)
		found := false
		for _, l := range rd.Limits {
			if l.Value == tc.value {
				found = true
				if l.Of != tc.of {
					t.Errorf("%q: limit %v said of %q, want %q", tc.statement, l.Value, l.Of, tc.of)
				}
			}
		}
		if !found {
			t.Errorf("%q: limits %+v, want %v (notes %q)", tc.statement, rd.Limits, tc.value, rd.Notes)
		}
	}
	rd := workload.Read("A photo app that serves up to 2,000 users at launch")
	for _, l := range rd.Limits {
		if l.Of != "" {
			t.Errorf("a cap on the whole system said of %q: %+v", l.Of, l)
		}
	}
}

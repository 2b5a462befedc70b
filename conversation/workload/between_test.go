package workload_test

import (
	"testing"

	"github.com/archbot/archbot/conversation/workload"
)

// Who one thing is between is the size of a pair or a group, not everyone who uses the system.
func TestReadBetweenPeopleIsNoPopulation(t *testing.T) {
	for _, s := range []string{
		"each season pass is shared between two people at the resort office",
		"a bill split between 3 people",
	} {
		if rd := workload.Read(s); rd.Users != 0 || rd.DAU != 0 || len(rd.People) != 0 {
			t.Errorf("%q: users %v, DAU %v, people %v; want none", s, rd.Users, rd.DAU, rd.People)
		}
	}
	if rd := workload.Read("a messenger for 2 million users, most chats between 2 people"); rd.Users != 2e6 {
		t.Errorf("the population counted beside a pair: %v users, want 2M", rd.Users)
	}
	if rd := workload.Read("between 2 and 5 million users"); rd.Users != 3.5e6 {
		t.Errorf("a range said with between: %v users, want its middle", rd.Users)
	}
}

package offline

import (
	"testing"

	"github.com/archbot/archbot/conversation"
)

// A place's population is the people a service may reach, and a flow of vans between branches
// does not stand in for what its members do.
func TestPopulationAndSideFlows(t *testing.T) {
	w, _ := workloadFrom("Design a public library system for a city of 2 million: members reserve books across 40 branches, and vans carry books between branches twice a day.", loadProfile{})
	if w.Users != 500_000 {
		t.Errorf("users = %v, want a quarter of the 2M residents (500K)", w.Users)
	}
	var perUser, vans int
	for _, f := range w.Flows {
		switch {
		case f.Each && f.Actors == 0 && f.Source == conversation.Assumed:
			perUser++
		case f.Source == conversation.Stated:
			vans++
		}
	}
	if vans != 1 || perUser != 2 {
		t.Errorf("flows %+v: want the stated van flow and an assumed write and read per member", w.Flows)
	}
	if w.DAU == 0 || w.Rate(firstOf(w.Flows, conversation.FlowRead)) < 1 {
		t.Errorf("DAU %v, reads %+v: members' reads are missing", w.DAU, firstOf(w.Flows, conversation.FlowRead))
	}
}

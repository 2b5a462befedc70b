package offline

import (
	"slices"
	"testing"
)

// TestMembersOfAnInstitutionAreNoChat keeps group conversations out of statements whose groups
// and members belong to a museum or a gym: nobody messages anybody there.
func TestMembersOfAnInstitutionAreNoChat(t *testing.T) {
	for _, s := range []string{
		"Design timed-entry ticketing for a museum group: 3 museums, 8,000-12,000 visitors per day in total, entry slots every 15 minutes capped at 180 people, school groups book up to 6 months ahead, and members enter free but still need a slot.",
		"A booking system for a chain of climbing gyms: groups of up to 10 reserve walls, and members climb free at off-peak hours",
	} {
		if ids, _ := detect(s); slices.Contains(ids, "groups") {
			t.Errorf("%q: detected group conversations: %v", s, ids)
		}
	}
	if ids, _ := detect("a chat app where friends create groups and add members"); !slices.Contains(ids, "groups") {
		t.Errorf("group chat lost its group conversations: %v", ids)
	}
}

package offline

import (
	"fmt"
	"testing"

	"github.com/archbot/archbot/conversation"
)

// A booking made with a person ("sessions with one of 6 artists", "lessons with a swimming
// instructor") takes that person's time: two bookings clash on the person, not on the session,
// which is made anew by each booking. "with a sea view" names no person and changes nothing.
func TestBookedWithAPerson(t *testing.T) {
	t.Parallel()
	for _, tc := range []sectionCase{
		{statement: "A tattoo studio where clients book sessions with one of 6 artists, pay a deposit, and artists upload design sketches for approval",
			want: map[conversation.SectionID][]string{
				conversation.Requirements: {"Clients book sessions with artists", "An artist is never booked by two clients for overlapping times"},
				conversation.DeepDive:     {"Two clients, one artist", "EXCLUDE USING gist (artist_id WITH ="},
			},
			absent: map[conversation.SectionID][]string{conversation.DeepDive: {"session_id WITH ="}}},
		{statement: "Families book lessons with a swimming instructor at 3 leisure centres",
			want: map[conversation.SectionID][]string{conversation.DeepDive: {"EXCLUDE USING gist (instructor_id WITH ="}}},
		{statement: "Tenants book viewings with a letting agent",
			want: map[conversation.SectionID][]string{conversation.DeepDive: {"Two tenants, one agent"}}},
		{statement: "Guests book rooms with a sea view",
			want: map[conversation.SectionID][]string{conversation.DeepDive: {"EXCLUDE USING gist (room_id WITH ="}}},
	} {
		_, sec := renderAll(t, tc.statement)
		for id, ws := range tc.want {
			checkSays(t, fmt.Sprintf("%q: %s", tc.statement, id), sec[id], ws, tc.absent[id])
		}
	}
}

package offline_test

import (
	"strings"
	"testing"

	"github.com/archbot/archbot/bot/eval"
)

// A chain of escape rooms is booked by the session: rooms at venues in cities, one row per room
// and slot claimed by a conditional update, and the game masters' day schedule read from the same
// rows; not a reservation platform's Listing and per-date Inventory searched by location.
func TestEscapeRoomDesign(t *testing.T) {
	t.Parallel()
	for _, prompt := range []string{
		"Design booking for a chain of 40 escape rooms across 8 cities: groups book 60-minute slots, a room must never be double-booked, game masters see the day's schedule and reset rooms between games.",
		"We operate 25 escape games in 5 cities; teams of 2 to 6 reserve an hour-long session online, a session can never be sold twice, and each venue's game masters need today's bookings per room so they can reset rooms between teams.",
		"Booking platform for our escape room venues: players pick a room and a time slot, pay a deposit, and the gamemaster at each site sees the day's schedule.",
	} {
		t.Run(prompt, func(t *testing.T) {
			d := design(t, prompt)
			ov, _ := d.Section("overview")
			if !strings.Contains(ov.Markdown, "escape room booking") {
				t.Errorf("archetype not in overview:\n%s", firstLines(ov.Markdown, 3))
			}
			checkMentions(t, eval.Text(d),
				[]string{"Venue", "Room", "Session", "Booking", "unique(room_id, slot_start)", "GET /v1/venues/{venue_id}/schedule",
					"Day schedule (game masters)", "reset_done"},
				[]string{"Listing", "Inventory", "Search index", "Payment ledger"})
			checkComponents(t, d)
		})
	}
}

// Stays, meeting rooms and courts are still reservations, not escape-room sessions.
func TestEscapeRoomNearMisses(t *testing.T) {
	t.Parallel()
	for _, prompt := range []string{
		"Design a hotel booking system for 2,000 properties where guests search by city and dates and a room is never double-booked",
		"reserve a meeting room for Thursday afternoon",
		"members book a tennis court for an hour",
	} {
		t.Run(prompt, func(t *testing.T) {
			d := design(t, prompt)
			ov, _ := d.Section("overview")
			if strings.Contains(ov.Markdown, "escape room") {
				t.Errorf("near miss read as escape rooms:\n%s", firstLines(ov.Markdown, 3))
			}
		})
	}
}

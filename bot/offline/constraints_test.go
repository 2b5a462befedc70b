package offline

import (
	"fmt"
	"testing"

	"github.com/archbot/archbot/conversation"
)

// TestStatedConstraintsDesigned checks that a window around an event, a rest gap between uses,
// an eligibility threshold and working without signal each become a requirement, the row the
// check reads, a check in the flow that commits, and a deep dive, in the statement's words.
func TestStatedConstraintsDesigned(t *testing.T) {
	t.Parallel()
	type want = map[conversation.SectionID][]string
	tests := []struct {
		statement string
		want      want
	}{
		{"Design a dispatch system for harbour pilots: ships request a pilot for arrival, some berths can only be entered within 2 hours of high tide, and pilots must rest 10 hours between jobs.", want{
			conversation.Requirements: {"Enforce “berths can only be entered within 2 hours of high tide”", "Enforce “pilots must rest 10 hours between jobs”"},
			conversation.DataModel:    {"Tide table", "Pilot duty log", "rested_until (= ended_at + 10 hours)"},
			conversation.DataFlow:     {"Window check:", "Rest check: candidates are only pilots whose rested_until"},
			conversation.DeepDive:     {"When no rested pilot fits", "planning against the Tide table"}}},
		{"Design crane bookings for a river port: barges may only be unloaded within 3 hours of low tide at the shallow quay", want{
			conversation.Requirements: {"within 3 hours of low tide"},
			conversation.DataModel:    {"Tide table"},
			conversation.DeepDive:     {"planning against the Tide table"}}},
		{"Design a launch range scheduler: launches can only happen within 30 minutes of sunset, and range officers approve each one", want{
			conversation.DataModel: {"Daylight table", "event_at − 30 minutes"},
			conversation.DeepDive:  {"within 30 minutes of sunset"}}},
		{"Design a rota for air ambulance crews: crews need to rest 12 hours between shifts", want{
			conversation.DataModel: {"Crew duty log", "(crew_id, rested_until)"},
			conversation.DataFlow:  {"Rest check: candidates are only crews"}}},
		{"Design booking for 40 kilns in a pottery studio: kilns need to cool down for at least 8 hours between firings", want{
			conversation.Requirements: {"a kiln whose last firing ended less than 8 hours ago"},
			conversation.DataModel:    {"Kiln duty log"}}},
		{"Design donor check-in for mobile blood buses: donors book a slot, staff check eligibility (last donation at least 56 days ago, hemoglobin test on site), buses often have no signal", want{
			conversation.Requirements: {"Enforce “last donation at least 56 days ago”", "Enforce “buses often have no signal”"},
			conversation.DataModel:    {"Donation history", "Device outbox", "deferred_until"},
			conversation.DataFlow:     {"Eligibility check: read the last donation", "Offline path:"},
			conversation.DeepDive:     {"Deciding eligibility (“last donation at least 56 days ago”)"}}},
		{"Design a booster clinic app: patients qualify if their previous dose was at least 6 months ago", want{
			conversation.DataModel: {"Dose history"},
			conversation.DataFlow:  {"Eligibility check: read the last dose"}}},
		{"Design an inspection app for lift engineers who often have no signal in shafts; 2,000 inspections a day", want{
			conversation.Requirements: {"works with no connection, from a local copy"},
			conversation.DataModel:    {"Device outbox", "unique(client_op_id)"}}},
		{"Design ticket scanning for a festival in a field: scanners work offline for hours and 40,000 fans enter on Saturday", want{
			conversation.Requirements: {"Enforce “scanners work offline”"},
			conversation.DataModel:    {"Device outbox"}}},
		{"Design a booking system for the town's two ice rinks: clubs get weekly slots by lottery each season, the public books leftover hours, clubs can swap slots with each other.", want{
			conversation.Requirements: {"Enforce “clubs get weekly slots by lottery”", "Enforce “clubs can swap slots with each other”"},
			conversation.DataModel:    {"Slot lottery entry", "(round_id, club_id)", "Slot swap", "unique(offered_slot_id)"},
			conversation.DataFlow:     {"Lottery: entries close", "Swap: both slots are locked"},
			conversation.DeepDive:     {"The draw: “clubs get weekly slots by lottery”", "Swaps between clubs: both slots move, or neither"}}},
		{"Design allotment plots for a city: residents get plots by ballot each spring and 3,000 residents apply", want{
			conversation.DataModel: {"Plot lottery entry"},
			conversation.DeepDive:  {"The draw: “residents get plots by ballot”"}}},
		{"Design sports pitch hire for a council: pitches are allocated by lottery to 200 teams before the season", want{
			conversation.Requirements: {"pitches are allocated by one recorded draw"}}},
		{"Design a marina berth app: boat owners book berths for the summer and owners may exchange berths with other owners", want{
			conversation.DataModel: {"Berth swap"},
			conversation.DataFlow:  {"Swap: both berths are locked"}}},
	}
	for _, tt := range tests {
		_, sec := renderAll(t, tt.statement)
		for id, ws := range tt.want {
			checkSays(t, fmt.Sprintf("%q: %s", tt.statement, id), sec[id], ws, nil)
		}
	}
}

// TestConstraintDiveNotTwice checks that a kind the pattern already designs gets no second dive:
// a rota's own swap dive covers nurses trading shifts.
func TestConstraintDiveNotTwice(t *testing.T) {
	t.Parallel()
	_, sec := renderAll(t, "Design a hospital shift rota where nurses sign up for shifts and nurses can trade shifts with one another")
	checkSays(t, "rota swap", sec[conversation.DeepDive], nil, []string{"Swaps between nurses"})
	checkSays(t, "rota swap", sec[conversation.Requirements], []string{"Enforce “nurses can trade shifts with one another”"}, nil)
}

// TestNoConstraintWithoutOne checks that statements stating none of the rules get none.
func TestNoConstraintWithoutOne(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"Design a URL shortener like bit.ly where links expire after 30 days",
		"Design a chat app where messages are delivered within 2 seconds",
		"Design a ticketing system where seats are held for 10 minutes during checkout",
		// A freshness target after an event is how fast, not a window the act is allowed in.
		"Design a code search engine: results within 1 second, index updated within 5 minutes of a push",
		"Design a wiki where pages must be searchable within 2 minutes of an edit",
		"Design an order system where customers are notified within 10 minutes of a dispatch",
	} {
		if cs := constraintsIn(s); len(cs) != 0 {
			t.Errorf("%q: constraints %v, want none", s, cs[0].vars["quote"])
		}
	}
}

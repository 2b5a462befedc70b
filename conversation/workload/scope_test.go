package workload_test

import (
	"testing"

	"github.com/archbot/archbot/conversation/workload"
)

// An "each" that closes the clause after a counted group floats back to the clause's subject:
// "parents follow up to 5 teams each" is five teams for every parent, so the parents counted
// after the dash are the parents, not five times them.
func TestReadFloatingEach(t *testing.T) {
	for _, tc := range []struct {
		statement string
		users     float64
	}{
		{"Design a live scoreboard for a youth football league: 1,200 matches every Saturday, parents follow up to 5 teams each - around 300k parents.", 300e3},
		{"A podcast app: listeners subscribe to about 8 shows each, roughly 2 million listeners", 2e6},
		// The group's members still multiply: "each with", "each having".
		{"40 garages, each with 500 sensors", 20e3},
	} {
		rd := workload.Read(tc.statement)
		got := rd.Users
		for _, p := range rd.Things {
			got = max(got, p.Value)
		}
		if got != tc.users {
			t.Errorf("%q: %v counted, want %v (notes %q)", tc.statement, got, tc.users, rd.Notes)
		}
	}
}

// A length of time joined to its unit before a noun ("45-minute lane slots") says how long the
// thing lasts; the act's period goes on after it, so the crowd's habit is kept.
func TestReadSpanAdjectiveKeepsTheHabit(t *testing.T) {
	for _, tc := range []struct {
		statement string
		rate      float64
	}{
		{"Design a booking app for a city's public swimming pools: 14 pools publish lane schedules, about 25,000 swimmers book 45-minute lane slots each week, lifeguards check swimmers in.", 25e3 / week},
		{"A rehearsal-room app: around 3,000 musicians rent 2-hour practice rooms every month", 3e3 / month},
	} {
		rd := workload.Read(tc.statement)
		if len(rd.Flows) != 1 || !near(rd.Rate(rd.Flows[0]), tc.rate) {
			t.Errorf("%q: flows %+v, want one at %v/s (notes %q)", tc.statement, rd.Flows, tc.rate, rd.Notes)
		}
	}
}

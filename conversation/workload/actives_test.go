package workload_test

import (
	"testing"

	"github.com/archbot/archbot/conversation/workload"
)

// "N daily actives" counts daily active users, said as a noun; monthly actives are monthly users.
func TestReadActivesAreActiveUsers(t *testing.T) {
	for _, tc := range []struct {
		statement string
		dau       float64
	}{
		{"a recipe app with 2.5M daily actives", 2_500_000},
		{"a dating app for 6M daily-actives who swipe 40 times a day", 6_000_000},
		{"a chess site: 900K monthly actives", 450_000},
	} {
		if rd := workload.Read(tc.statement); rd.DAU != tc.dau {
			t.Errorf("%q: DAU %v; want %v (notes %q)", tc.statement, rd.DAU, tc.dau, rd.Notes)
		}
	}
}

// A vague few singled out ("a few experts have 300K followers") are neither the user base nor
// the average audience: their followers are the largest fan-out, a limit.
func TestReadAFewSingledOutAreNotTheUsers(t *testing.T) {
	for _, tc := range []struct {
		statement string
		users     float64
		dau       float64
	}{
		{"a Q&A forum for 2M daily active users; a few experts have 300K followers", 0, 2_000_000},
		{"a video app for 20M monthly active users where several creators have over 5M subscribers", 0, 10_000_000},
		{"a photo community with 8M registered users; a few famous photographers have 2M followers", 8_000_000, 0},
	} {
		rd := workload.Read(tc.statement)
		if rd.Users != tc.users || rd.DAU != tc.dau || rd.FanOut != 0 {
			t.Errorf("%q: users %v, DAU %v, fan-out %v; want users %v, DAU %v, no average fan-out (notes %q)",
				tc.statement, rd.Users, rd.DAU, rd.FanOut, tc.users, tc.dau, rd.Notes)
		}
		if len(rd.Limits) != 1 {
			t.Errorf("%q: limits %+v; want the few's audience as the one limit", tc.statement, rd.Limits)
		}
	}
}

// Weekly actives are people, not a weekly rate: half of them are taken as active on a day, and
// what each does a day is over those.
func TestReadWeeklyActivesAreAPopulation(t *testing.T) {
	for _, tc := range []struct {
		statement string
		dau, rate float64
	}{
		{"A language learning app with 800K weekly active users doing 2 lessons a day.", 400_000, 400_000 * 2 / 86400.0},
		{"a meditation app with 2M weekly-active listeners who play 3 sessions a day", 1_000_000, 1_000_000 * 3 / 86400.0},
		{"a puzzle game with 300K WAUs, each solving 5 puzzles a day", 150_000, 150_000 * 5 / 86400.0},
	} {
		rd := workload.Read(tc.statement)
		if rd.DAU != tc.dau {
			t.Errorf("%q: DAU %v; want %v (flows %+v, notes %q)", tc.statement, rd.DAU, tc.dau, rd.Flows, rd.Notes)
		}
		checkTotalRate(t, tc.statement, tc.rate)
	}
}

// A habit kept over a week or a month, said of each user, is each of the users active in that
// time: 600K monthly actives uploading 2 photos a week are 1.2M photos a week, not 2 for each of
// the 90K on a day. A daily habit stays with the day's actives.
func TestReadWeeklyHabitOfMonthlyActives(t *testing.T) {
	for _, tc := range []struct {
		statement string
		actors    float64
	}{
		{"Around 600k monthly actives, maybe 15% open it on a given day, each user uploads about 2 photos a week at roughly 3 MB each.", 600e3},
		{"500k monthly active users; each user posts about 3 reviews a month", 500e3},
		{"2M weekly active users, each posts 4 stories a week", 2e6},
		{"2M weekly active users, each sends 20 messages a day", 0},
	} {
		rd := workload.Read(tc.statement)
		if len(rd.Flows) != 1 || rd.Flows[0].Actors != tc.actors || !rd.Flows[0].Each {
			t.Errorf("%q: flows %+v; want each of %v actors (0: the day's actives)", tc.statement, rd.Flows, tc.actors)
		}
	}
}

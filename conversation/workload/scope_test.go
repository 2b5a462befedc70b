package workload_test

import (
	"testing"

	"github.com/archbot/archbot/conversation"
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

// A day named by what happens on it, said before the count ("on draw night 3 million players
// check their tickets"), is the day those people come: the day to size for, each acting once on
// it, nearer than a period said earlier in the sentence.
func TestReadNamedDayBeforeTheCount(t *testing.T) {
	for _, tc := range []struct {
		statement string
		dau       float64
		read      float64
	}{
		{"Design a national lottery results service: 20 million tickets are sold each week and on draw night 3 million players check their tickets.", 3e6, 3e6 / day},
		{"An exam board's results portal: on results day, 400,000 students check their grades", 400e3, 400e3 / day},
	} {
		rd := workload.Read(tc.statement)
		if rd.DAU != tc.dau {
			t.Errorf("%q: DAU %v, want %v (notes %q)", tc.statement, rd.DAU, tc.dau, rd.Notes)
		}
		got := rateOf(rd, conversation.FlowRead)
		if !near(got, tc.read) {
			t.Errorf("%q: reads at %v/s, want %v/s (flows %+v, notes %q)", tc.statement, got, tc.read, rd.Flows, rd.Notes)
		}
	}
}

// A stretch of time named by the event it leads to or follows ("in the hour before kickoff",
// "in the 20 minutes before the bell") is the window a count falls in: a rush, as "in the first
// hour" is. A ticket scanned at a gate records the entry, a write.
func TestReadWindowBeforeAnEvent(t *testing.T) {
	for _, tc := range []struct {
		statement string
		write     float64
	}{
		{"Design stadium entry for a 60,000-seat arena: 80,000 ticket scans in the hour before kickoff.", 80e3 / hour},
		{"Design a school canteen app: 1,200 pupils order lunch in the 20 minutes before the bell", 1200 / (20 * min)},
		{"A concert venue: 25,000 fans buy drinks during the half hour before the headliner", 25e3 / (30 * min)},
		{"A ferry terminal: 3,000 boarding pass scans during the 40 minutes before departure", 3000 / (40 * min)},
	} {
		rd := workload.Read(tc.statement)
		if len(rd.Flows) != 1 || rd.Flows[0].Kind != conversation.FlowWrite || !rd.Flows[0].Peak || !near(rd.Rate(rd.Flows[0]), tc.write) {
			t.Errorf("%q: flows %+v, want one write at its peak, %v/s (notes %q)", tc.statement, rd.Flows, tc.write, rd.Notes)
		}
	}
}

// A count on a day named by what happens on it is that day's however late in the sentence the
// day comes: after a semicolon, after a comma and "and", after other counts.
func TestReadNamedDayLateInTheSentence(t *testing.T) {
	for _, tc := range []struct {
		statement string
		read      float64
	}{
		{"Design a snow plow tracker for a city: 300 plows report location every 10 seconds, residents look up whether their street has been plowed; on a big storm day the public map gets ~500k views.", 500e3 / day},
		{"Design a snow plow tracker for a city: 300 plows report location every 10 seconds, residents look up whether their street has been plowed, and on a big storm day the public map gets ~500k views.", 500e3 / day},
		{"Design a heatwave cooling-centre finder: 40 centres post open beds hourly, and on the hottest day of summer the finder gets 300,000 searches.", 300e3 / day},
	} {
		rd := workload.Read(tc.statement)
		got := rateOf(rd, conversation.FlowRead)
		if !near(got, tc.read) {
			t.Errorf("%q: reads at %v/s, want %v/s (flows %+v, notes %q)", tc.statement, got, tc.read, rd.Flows, rd.Notes)
		}
	}
}

// People who ask for something are its customers, whatever their trade: "4,000 gardeners borrow
// packets" are a library's borrowers, not gardeners whose time is sold; "3,000 walkers" with no
// such verb still do the work.
func TestReadWhoAsksIsNoProvider(t *testing.T) {
	for _, tc := range []struct {
		statement string
		providers int
	}{
		{"Design a county seed library: 30 branch libraries lend seed packets, around 4,000 gardeners borrow packets each spring and return seeds from their harvest by October.", 0},
		{"A tool library for tradespeople: 2,500 plumbers and electricians hire power tools every month", 0},
		{"a dog-walking marketplace with 3,000 walkers", 1},
	} {
		if rd := workload.Read(tc.statement); len(rd.Providers) != tc.providers {
			t.Errorf("%q: providers %+v, want %d (notes %q)", tc.statement, rd.Providers, tc.providers, rd.Notes)
		}
	}
}

// A season named as a habit ("each spring", "every winter") is once a year, and the year's load
// falls in it: a quarter of the year at four times the year's average.
func TestReadSeasonIsAHabitAndAPeak(t *testing.T) {
	for _, tc := range []struct {
		statement  string
		rate, peak float64
	}{
		{"Design a county seed library: 30 branch libraries lend seed packets, around 4,000 gardeners borrow packets each spring and return seeds from their harvest by October.", 4000 / year, 4},
		{"A ski school: 9,000 skiers book lessons every winter", 9000 / year, 4},
		{"A lido: 30,000 swimmers buy season tickets each spring and autumn", 2 * 30e3 / year, 2},
	} {
		rd := workload.Read(tc.statement)
		if len(rd.Flows) != 1 || !near(rd.Rate(rd.Flows[0]), tc.rate) || rd.WeekPeak != tc.peak {
			t.Errorf("%q: flows %+v, peak %v; want one at %v/s, peak %v (notes %q)", tc.statement, rd.Flows, rd.WeekPeak, tc.rate, tc.peak, rd.Notes)
		}
	}
	// One season named once is no habit: a launch in the spring peaks nothing.
	if rd := workload.Read("Design a festival app for 50,000 attendees; we launch in the spring."); rd.WeekPeak != 0 {
		t.Errorf("a launch in the spring: peak %v, want none (notes %q)", rd.WeekPeak, rd.Notes)
	}
}

// A season's habit belongs to its own clause: the people who act in it stay people ("90,000
// guests book stays each summer" are guests, each booking once a year, not a year's stays with
// no one behind them), and an organisation's act in the clause before keeps its own, unstated,
// rate.
func TestReadSeasonHabitStaysInItsClause(t *testing.T) {
	rd := workload.Read("Design a holiday cottage letting platform: 2,000 owners let out cottages, about 90,000 guests book stays each summer.")
	if rd.Users != 90e3 || len(rd.Flows) != 1 || !rd.Flows[0].Each {
		t.Errorf("cottages: users %v flows %+v, want 90K guests each booking (notes %q)", rd.Users, rd.Flows, rd.Notes)
	}
	rd = workload.Read("Design a school trip permission app: 400 schools send consent forms, parents sign around 1 million forms each autumn.")
	if len(rd.Acts) != 1 || rd.Acts[0].Actors.Value != 400 {
		t.Errorf("schools: acts %+v, want the 400 schools' act kept (notes %q)", rd.Acts, rd.Notes)
	}
}

// rateOf is the reading's events a second of one kind, all its flows of that kind together.
func rateOf(rd workload.Reading, k conversation.FlowKind) float64 {
	got := 0.0
	for _, f := range rd.Flows {
		if f.Kind == k {
			got += rd.Rate(f)
		}
	}
	return got
}

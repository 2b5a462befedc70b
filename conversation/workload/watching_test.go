package workload_test

import (
	"testing"

	"github.com/archbot/archbot/conversation"
	"github.com/archbot/archbot/conversation/workload"
)

// The time each daily user spends a day, said where nothing says how many are on at once, gives
// that: a day's time spread over the day on average, and its busy hour by the peak factor.
func TestReadTimeSpentGivesPeopleOnAtOnce(t *testing.T) {
	for _, tc := range []struct {
		statement, who string
		atOnce         float64
	}{
		{"2M daily viewers watch 45 minutes a day on average", "viewers", 2e6 * 45 / 1440},
		{"A podcast app: 600,000 daily listeners listen for 90 minutes a day", "listeners", 600e3 * 90 / 1440},
		{"A language-learning app where 3M daily learners spend 20 minutes a day", "learners", 3e6 * 20 / 1440},
		{"An e-book store: 800K daily readers read 1 hour a day in the app", "readers", 800e3 / 24},
	} {
		rd := workload.Read(tc.statement)
		c := conversation.Estimate(rd.Workload)
		if c.Online != tc.who || c.OnlineAtOnce < tc.atOnce*0.99 || c.OnlineAtOnce > tc.atOnce*1.01 || c.PeakOnlineAtOnce <= c.OnlineAtOnce {
			t.Errorf("%q: %v %s on at once (%v at peak), want %v %s (notes %q)", tc.statement, c.OnlineAtOnce, c.Online, c.PeakOnlineAtOnce, tc.atOnce, tc.who, rd.Notes)
		}
	}
	// Sessions counted for each of them and how long one lasts give the same.
	for _, tc := range []struct {
		statement string
		atOnce    float64
	}{
		{"A fitness app: 600K daily users log 1 workout a day; workouts last 40 minutes", 600e3 * 40 / 1440},
		{"A tutoring platform: 200,000 daily students take 2 lessons a day, each lesson lasts 25 minutes", 200e3 * 50 / 1440},
		{"A chess site: 1M daily players play 5 games a day, and a game lasts 12 minutes on average", 1e6 * 60 / 1440},
	} {
		rd := workload.Read(tc.statement)
		if c := conversation.Estimate(rd.Workload); c.OnlineAtOnce < tc.atOnce*0.99 || c.OnlineAtOnce > tc.atOnce*1.01 {
			t.Errorf("%q: %v on at once, want %v (notes %q)", tc.statement, c.OnlineAtOnce, tc.atOnce, rd.Notes)
		}
	}
	// Said at once, the figure is the statement's; streams at a bitrate already count them.
	for _, s := range []string{
		"A live sports app: 2M daily viewers watch 45 minutes a day, with 400,000 concurrent viewers at peak",
		"A video service: 2M daily viewers watch 45 minutes a day at 3 Mbps",
	} {
		if c := conversation.Estimate(workload.Read(s).Workload); c.OnlineAtOnce != 0 {
			t.Errorf("%q: %v on at once from the watch time, want the stated figure kept", s, c.OnlineAtOnce)
		}
	}
}

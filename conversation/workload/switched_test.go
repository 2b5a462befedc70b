package workload_test

import (
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/archbot/archbot/conversation"
	"github.com/archbot/archbot/conversation/workload"
)

// A share of the senders that switch to a faster cadence for a season adds the difference for
// those senders in that season: a third of 4,000 hives going from every 5 minutes to every 30
// seconds from April to June is 40/s more then (10/s over the year), not all 4,000 every 30
// seconds all year (133/s).
func TestSwitchedCadenceIsAShareInASeason(t *testing.T) {
	t.Parallel()
	tests := []struct {
		statement    string
		peak, yearly float64 // the faster senders' extra reports a second in the season, and over the year
	}{
		{"A beekeeping cooperative monitors 4,000 hives; each hive sensor reports weight and temperature every 5 minutes, and about a third of the hives switch to every 30 seconds during swarm season (April to June).",
			40, 40 * 91.0 / 365},
		{"12,000 river gauges report every 15 minutes; in flood season 25% of the gauges switch to every minute.", 46.67, 46.67 * 0.25},
		{"5,000 soil sensors send a reading every 10 minutes and half of the sensors switch to every 2 minutes from June to August.", 16.67, 16.67 * 0.25},
	}
	for _, tc := range tests {
		rd := workload.Read(tc.statement)
		var got, yearly float64
		for _, f := range rd.Flows {
			if f.Burst {
				got = f.Count / f.PerSeconds * f.Actors
				yearly = got * f.Lasts / f.Recurs
			}
		}
		if math.Abs(got-tc.peak) > 0.05*tc.peak || math.Abs(yearly-tc.yearly) > 0.06*tc.yearly {
			t.Errorf("%q: %.2f/s in the season, %.2f/s over the year; want %.2f and %.2f (flows %+v)", tc.statement, got, yearly, tc.peak, tc.yearly, rd.Flows)
		}
	}
}

// A cadence is per thing in progress only where it is said of it: "a GPS ping every 4 seconds
// during a ride" is per ride under way, but "lifeguards record head counts every 15 minutes"
// beside 45-minute lane bookings is no report per booking.
func TestCadenceDuringOnlyWhereSaid(t *testing.T) {
	t.Parallel()
	rd := workload.Read("14 pools, swimmers book 45-minute lane slots up to a week ahead, about 6,000 bookings a day in summer, and lifeguards record head counts every 15 minutes.")
	for _, f := range rd.Flows {
		if f.ActorNoun != "" && strings.Contains(f.ActorNoun, "in progress") {
			t.Errorf("flow %+v: head counts are no report per booking in progress", f)
		}
	}
	rd = workload.Read("1.5M rides a day; the driver app sends a GPS ping every 4 seconds during a ride, and the average ride is 20 minutes")
	if !slices.ContainsFunc(rd.Flows, func(f conversation.Flow) bool { return strings.Contains(f.ActorNoun, "in progress") }) {
		t.Errorf("rides: flows %+v; want pings per ride in progress", rd.Flows)
	}
}

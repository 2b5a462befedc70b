package workload_test

import (
	"math"
	"testing"

	"github.com/archbot/archbot/conversation/workload"
)

// A ride that loads 24 riders every 4 minutes says how fast it serves people, not a flow of
// requests; "up to 90k visitors on a peak Saturday" is that day's crowd, not a limit; the joins
// each visitor makes are theirs, not the rides'; and the busiest hour's share of the day is the
// peak: 90k × 5 = 450k joins a day, a quarter in the busiest hour, ≈ 31/s.
func TestReadServiceRateAndBusiestHourShare(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		statement  string
		perDay     float64
		peakFactor float64
	}{
		{"Virtual ride queue for a state fair: 30 rides, up to 90k visitors on a peak Saturday, each visitor joins about 5 ride queues over the day, and the busiest hour sees a quarter of the day's joins. Each ride loads 24 riders every 4 minutes.", 450000, 6},
		{"A theme park app: 40 rides, up to 50,000 guests on a busy Sunday, each guest joins 4 virtual queues over the day, and the peak hour gets 20% of the daily joins. Each coaster boards 30 riders every 3 minutes.", 200000, 4.8},
		{"Ski resort lift app: 12 lifts, each lift carries 2,400 skiers an hour. Up to 15,000 skiers on a peak Saturday, each skier scans in about 10 times a day; the busiest two hours see a third of the day's scans.", 150000, 4},
	} {
		rd := workload.Read(tc.statement)
		if len(rd.Flows) != 1 || math.Abs(rd.Rate(rd.Flows[0])*86400-tc.perDay) > 1 {
			t.Errorf("%q: flows %+v; want one flow of %v a day, no riders' updates (notes %q)", tc.statement, rd.Flows, tc.perDay, rd.Notes)
		}
		if rd.PeakFactor != tc.peakFactor || len(rd.Limits) != 0 {
			t.Errorf("%q: peak %v limits %+v; want peak %v, no limit (notes %q)", tc.statement, rd.PeakFactor, rd.Limits, tc.peakFactor, rd.Notes)
		}
	}
}

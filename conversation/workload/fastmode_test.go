package workload_test

import (
	"math"
	"testing"

	"github.com/archbot/archbot/conversation/workload"
)

// A faster clock senders keep once a reading crosses a threshold is the peak of the usual one,
// and where only a share of them is on it at once, only that share sends faster: 2,200 sensors
// every 15 minutes is 2.4/s; in a storm 440 at 30 s and 1,760 at 15 min is 16.6/s, not all
// 2,200 at 30 s (73/s) all the time.
func TestReadShareOnAFasterClock(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		statement     string
		average, peak float64
	}{
		{"Sewer monitoring: 2,200 manhole level sensors send a reading every 15 minutes normally and every 30 seconds once the level rises past 70%. During a big storm maybe 20% of sensors are in fast mode.", 2.444, 16.6},
		{"5,000 river gauges report every 10 minutes, and every minute when the river is in flood; in a big flood about 30% of the gauges are in flood mode.", 8.333, 30.8},
		{"Smart bins: 12,000 bins report fill level every hour normally and every 5 minutes once they pass 80% full. Roughly 10% of the bins are near full at any time.", 3.333, 7},
		{"2,200 manhole sensors send a reading every 15 minutes normally and every 30 seconds once the level rises past 70%.", 2.444, 73.3},
	} {
		rd := workload.Read(tc.statement)
		if len(rd.Flows) != 1 {
			t.Errorf("%q: flows %+v; want one flow of readings (notes %q)", tc.statement, rd.Flows, rd.Notes)
			continue
		}
		avg := rd.Rate(rd.Flows[0])
		if math.Abs(avg-tc.average) > 0.01*tc.average || math.Abs(avg*rd.PeakFactor-tc.peak) > 0.02*tc.peak {
			t.Errorf("%q: %.3f/s, peak %.2f/s; want %.3f and %.1f (notes %q)", tc.statement, avg, avg*rd.PeakFactor, tc.average, tc.peak, rd.Notes)
		}
	}
}

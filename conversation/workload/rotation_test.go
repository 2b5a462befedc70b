package workload_test

import (
	"math"
	"testing"

	"github.com/archbot/archbot/conversation/workload"
)

// A spike said of one flow on an occasion ("a few hundred reports a month, spiking to 2k in a
// day after a windstorm") is a burst of that flow, not a peak factor every flow takes (the
// arborists' 40 inspections a day do not become 333 an hour); and a rotation over a counted
// stock ("pruning on a 7-year rotation" of 85,000 trees) is a flow, 12,100 a year.
func TestReadOccasionSpikeAndRotation(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		statement        string
		spike, perYear   float64 // the spike's count in its day; the rotation's a year
		spiked, rotation string
	}{
		{"Urban forestry platform for a city with 85,000 street trees. Arborists do about 40 inspections a day, each with photos. Residents report fallen branches or request plantings (a few hundred reports a month, spiking to 2k in a day after a windstorm), and the forestry team plans pruning on a 7-year rotation.",
			2000, 85000.0 / 7, "report spike", "pruning"},
		{"A parks department maintains 12,000 benches and repaints them on a 5-year cycle; citizens file about 200 complaints a month, spiking to 1,500 in a day after a storm. Crews do 30 repairs a day.",
			1500, 2400, "file complaint spike", "bench cycle"},
	} {
		rd := workload.Read(tc.statement)
		if rd.PeakFactor > 10 {
			t.Errorf("%q: peak factor %v; the spike is one flow's, not every flow's (notes %q)", tc.statement, rd.PeakFactor, rd.Notes)
		}
		var spike, rotation float64
		for _, f := range rd.Flows {
			switch f.Name {
			case tc.spiked:
				if f.Burst && f.PerSeconds == 86400 {
					spike = f.Count
				}
			case tc.rotation:
				rotation = rd.Rate(f) * 365 * 86400
			}
		}
		if spike != tc.spike || math.Abs(rotation-tc.perYear) > 0.01*tc.perYear {
			t.Errorf("%q: spike %v, rotation %.0f a year; want %v in a day and %.0f a year (flows %+v)", tc.statement, spike, rotation, tc.spike, tc.perYear, rd.Flows)
		}
	}
}

package workload_test

import (
	"strings"
	"testing"

	"github.com/archbot/archbot/conversation/workload"
)

// A choice of cadences ("every week or every month", "every 1, 2 or 3 months") is one flow at
// their even split, said as an assumption: not two flows, not the first figure, not nothing.
func TestReadMixedCadenceSplitEvenly(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		statement string
		want      float64
	}{
		{"Design a meal kit subscription service: 50,000 customers choose a delivery every week or every month", 0.05098},
		{"Design a pet food subscription: 30,000 subscribers get a shipment every 1, 2 or 3 months", 0.007073},
		{"Design a coffee subscription: 12,000 members receive a bag weekly or monthly", 0.012235},
		{"Design a fleet inspection app: 3,000 vans are inspected every 2 or 4 weeks", 0.00186},
	} {
		checkTotalRate(t, tc.statement, tc.want)
		if rd := workload.Read(tc.statement); !strings.Contains(strings.Join(rd.Notes, "\n"), "mixed cadence, assumed split evenly") {
			t.Errorf("%q: notes %q say not the split assumed", tc.statement, rd.Notes)
		}
	}
}

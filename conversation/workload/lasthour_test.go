package workload_test

import (
	"testing"

	"github.com/archbot/archbot/conversation"
	"github.com/archbot/archbot/conversation/workload"
)

// Vehicles or people counted in the stretch before the moment they come for ("in the last hour
// before the 8am sailing", "in the hour before kickoff") or by the hour at peak are that hour's
// arrivals, the peak: not a day's population. Vehicles that come are recorded, a write.
func TestReadCountInTheLastHourIsThePeak(t *testing.T) {
	for _, tc := range []struct {
		statement string
		kind      conversation.FlowKind
		perHour   float64
	}{
		{"a ferry port's vehicle check-in: 14 lanes, boarding closes 30 minutes before each of 40 daily sailings, peak of 1,100 cars in the last hour before the 8am sailing", conversation.FlowWrite, 1100},
		{"Design gate entry for a truck depot: about 700 trucks in the final hour before the 6am shift change", conversation.FlowWrite, 700},
		{"A motorway service station's charging bays: a peak of 260 cars an hour on bank holiday Fridays", conversation.FlowWrite, 260},
		{"A festival wristband system: 18,000 spectators in the hour before the headliner", conversation.FlowRead, 18000},
	} {
		rd := workload.Read(tc.statement)
		if rd.DAU != 0 || len(rd.Flows) != 1 {
			t.Errorf("%q: DAU %v, flows %+v; want one hourly flow (notes %q)", tc.statement, rd.DAU, rd.Flows, rd.Notes)
			continue
		}
		f := rd.Flows[0]
		if f.Kind != tc.kind || f.Count != tc.perHour || f.PerSeconds != 3600 || !f.Peak {
			t.Errorf("%q: flow %+v, want %v %s an hour at peak", tc.statement, f, tc.perHour, tc.kind)
		}
	}
}

package workload_test

import (
	"slices"
	"testing"

	"github.com/archbot/archbot/conversation"
	"github.com/archbot/archbot/conversation/workload"
)

// A share of the load said to fall at one clock time ("mostly around 6am") sets the peak as a
// window of an hour around it; a lone clock time with no share is a schedule, not a peak.
func TestReadShareAroundOneClockTime(t *testing.T) {
	for _, tc := range []struct {
		statement string
		factor    float64
	}{
		{"soil moisture monitoring for our farm co-op: 340 farms, each with 20-60 sensors reporting every 5 minutes, about 900 farmers check the app, mostly around 6am.", 14.4},
		{"A school lunch ordering app: 20,000 parents order lunches, mostly around 7am before school.", 14.4},
		{"A gym chain app: 30,000 members book classes, 80% of them at 6:30 pm after work.", 19.2},
		{"The weekly newsletter is published Monday at 9am to 50,000 readers.", 0},
	} {
		rd := workload.Read(tc.statement)
		if rd.PeakFactor != tc.factor {
			t.Errorf("%q: peak factor %v, want %v (notes %q)", tc.statement, rd.PeakFactor, tc.factor, rd.Notes)
		}
	}
}

// People who act in a stated window are that window's load, each at least once: a burst, not a
// bound ("up to 350k riders … in the 7-9am peak") and not a day's total. A share said before the
// window ("most of them") still makes the count the day's.
func TestReadCrowdInAStatedWindowIsItsLoad(t *testing.T) {
	for _, tc := range []struct {
		statement string
		crowd     float64
		seconds   float64
	}{
		{"Design real-time bus arrival predictions for a city: 1,100 buses send a GPS ping every 10 seconds, 4,200 stops, up to 350k riders check arrival times in the 7-9am peak, and 600 stop displays refresh every 30 seconds.", 350e3, 7200},
		{"A commuter rail app: up to 80,000 commuters check train times during the 5-7pm rush, and 300 trains report positions every 15 seconds.", 80e3, 7200},
		{"A ski resort lift pass system: 25,000 skiers scan passes between 8 and 10 am at 40 lifts.", 25e3, 7200},
	} {
		rd := workload.Read(tc.statement)
		i := slices.IndexFunc(rd.Flows, func(f conversation.Flow) bool { return f.Burst })
		if i < 0 || rd.Flows[i].Count != tc.crowd || rd.Flows[i].PerSeconds != tc.seconds || len(rd.Limits) != 0 {
			t.Errorf("%q: flows %+v limits %+v; want a burst of %v in %v s (notes %q)", tc.statement, rd.Flows, rd.Limits, tc.crowd, tc.seconds, rd.Notes)
		}
	}
	rd := workload.Read("A pizza chain: 2 million orders a day, most of them between 6 and 9 pm.")
	if slices.ContainsFunc(rd.Flows, func(f conversation.Flow) bool { return f.Burst }) || rd.PeakFactor != 4.8 {
		t.Errorf("a day's orders with a share in a window: flows %+v peak %v; want no burst and a peak of 4.8", rd.Flows, rd.PeakFactor)
	}
}

// A rate said as once per interval shorter than a day, of each sender, is a clock: steady, with
// no peak factor, as "every second" is.
func TestReadOnceAnIntervalIsSteady(t *testing.T) {
	for _, s := range []string{
		"Design turbine telemetry for a wind energy operator: 2,400 turbines each send 300 sensor values once a second, keep raw data 90 days.",
		"A cold-chain tracker: 8,000 refrigerated trucks each report their temperature once a minute.",
	} {
		rd := workload.Read(s)
		if len(rd.Flows) != 1 || !rd.Flows[0].Steady {
			t.Errorf("%q: flows %+v; want one steady flow (notes %q)", s, rd.Flows, rd.Notes)
		}
	}
	// A habit said by the day is not a clock.
	rd := workload.Read("A recipe app: 50,000 users each save 3 recipes a day.")
	if len(rd.Flows) != 1 || rd.Flows[0].Steady {
		t.Errorf("a daily habit: flows %+v; want one flow that is not steady", rd.Flows)
	}
}

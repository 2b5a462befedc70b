package workload_test

import (
	"math"
	"strings"
	"testing"

	"github.com/archbot/archbot/conversation"
	"github.com/archbot/archbot/conversation/workload"
)

// Machines that report several times a minute report on a timer, however the rate is said:
// their average is their peak.
func TestReadDevicesOnAClockAreSteady(t *testing.T) {
	for _, s := range []string{
		"each of our 20,000 trucks sends its GPS position twice a minute",
		"2,000 cameras each upload 4 snapshots an hour",
		"20,000 trucks report GPS every 30 seconds",
		// A thing the word lists do not know is still no person: its clock is steady too.
		"An e-bike battery swap network: 3,500 swap cabinets, each reporting the charge of its 12 slots every 2 minutes.",
		"800 vending kiosks, each reporting stock levels for its 40 slots every 5 minutes",
	} {
		rd := workload.Read(s)
		if len(rd.Flows) != 1 || !rd.Flows[0].Steady {
			t.Errorf("%q: flows %+v; want one steady flow", s, rd.Flows)
		}
	}
	// People who send a few times a minute bunch into busy hours.
	for _, s := range []string{"our 5,000 couriers each send 3 messages a minute", "our 2,000 volunteers each report 4 sightings an hour"} {
		if rd := workload.Read(s); len(rd.Flows) != 1 || rd.Flows[0].Steady {
			t.Errorf("%q: %+v; want no steady flow", s, rd.Flows)
		}
	}
}

// Machines that report on a clock only during their working hours average those hours over the
// day: the stated rate is the peak, the average that share of it.
func TestReadDevicesReportOnlyOnDuty(t *testing.T) {
	for _, tc := range []struct {
		statement string
		hours     float64
	}{
		{"a fleet of 20,000 vans; each van reports GPS every 30 seconds during its 10-hour shift", 10},
		{"20k trucks, GPS fix every 30 s, about 8 hours of driving a day", 8},
		{"1,500 trucks, each reporting its position every 30 seconds for about 9 hours a day", 9},
	} {
		rd := workload.Read(tc.statement)
		if len(rd.Flows) != 1 {
			t.Fatalf("%q: flows %+v; want one", tc.statement, rd.Flows)
		}
		c := conversation.Estimate(rd.Workload)
		f, fl := rd.Flows[0], c.Flows[0]
		if onDuty := fl.PeakPerSec * tc.hours / 24; f.Lasts != tc.hours*3600 || fl.PerSec < onDuty*0.99 || fl.PerSec > onDuty*1.01 {
			t.Errorf("%q: average %v/s, peak %v/s (lasts %v s); want the peak for %v h a day", tc.statement, fl.PerSec, fl.PeakPerSec, f.Lasts, tc.hours)
		}
	}
	// A window when riders' load bunches is not the hours the buses run.
	rd := workload.Read("1,100 buses send a GPS ping every 10 seconds, and 350k riders check arrival times in the 7-9am peak")
	if f, ok := rd.Flow("ping update"); !ok || !f.Steady || f.Burst {
		t.Errorf("a riders' peak window: %+v; want the pings steady all day", rd.Flows)
	}
}

// Clock windows said of senders on a clock are when they run, not when people's load bunches:
// 450 buses every 10 seconds through the morning and afternoon runs send 648,000 positions a
// day, not 3.9 million, with no people's peak read from the runs.
func TestSendersRunInTheirWindows(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		statement string
		perDay    float64
	}{
		{"A school bus tracker: 450 buses each send a GPS position every 10 seconds during the two daily runs, 6:30-8:30 am and 2:30-4:30 pm.", 648_000},
		{"A school bus tracker: 450 buses each send a GPS position every 10 seconds between 6:30 and 8:30 am.", 324_000},
	} {
		rd := workload.Read(tc.statement)
		if len(rd.Flows) != 1 {
			t.Errorf("%q: flows %+v; want the positions alone", tc.statement, rd.Flows)
			continue
		}
		if got := conversation.Estimate(rd.Workload).Flows[0].PerSec * 86400; math.Abs(got-tc.perDay) > tc.perDay*0.01 {
			t.Errorf("%q: %.0f positions a day; want %.0f (notes %q)", tc.statement, got, tc.perDay, rd.Notes)
		}
		for _, n := range rd.Notes {
			if strings.HasPrefix(n, "peak: the load bunches") {
				t.Errorf("%q: %s", tc.statement, n)
			}
		}
	}
}

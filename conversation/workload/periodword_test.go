package workload_test

import (
	"math"
	"strings"
	"testing"

	"github.com/archbot/archbot/conversation"
	"github.com/archbot/archbot/conversation/workload"
)

// onlyFlow returns the statement's flow whose name holds want, failing the test without one.
func onlyFlow(t *testing.T, rd workload.Reading, statement, want string) conversation.Flow {
	t.Helper()
	for _, f := range rd.Flows {
		if strings.Contains(f.Name, want) {
			return f
		}
	}
	t.Fatalf("%q: no flow named like %q in %+v (notes %q)", statement, want, rd.Flows, rd.Notes)
	return conversation.Flow{}
}

// A count said once a period of the trade ("each harvest week", "every school term", "per
// season") or once an event ("every sailing") comes again each such period: a rate, not what the
// system keeps.
func TestReadTradePeriods(t *testing.T) {
	t.Parallel()
	tests := []struct {
		statement, flow string
		perWeek         float64 // the flow's count a week
		weekPeak        float64 // the busy season's peak over the year's average; 0 for none
	}{
		{"An orchard co-op tracks 18k bins each harvest week from 40 growers to the packhouse", "bin", 18000, 0},
		{"a sugar mill weighs 4,000 cane trucks per crushing week", "truck", 4000, 0},
		{"our brewery fills 12,000 kegs each brewing month", "keg", 12000 / 30.0 * 7, 0},
		{"the clinic network runs 2,500 eye tests every school term", "test", 2500 / (365.0 / 3) * 7, 0},
		{"A wine cellar registers 3,000 barrels every vintage", "barrel", 3000 / 365.0 * 7, 4},
		{"A ski resort sells 60,000 lift passes per season", "pass", 60000 / 365.0 * 7, 4},
		{"a farm shop sells 900 veg boxes a season", "box", 900 / 365.0 * 7, 4},
		{"A ferry line scans 900 boarding passes every sailing", "pass", 900 * 14, 0},
		{"a concert hall sells 1,800 seats per performance", "seat", 1800 * 7, 0},
		{"A stadium scans 40,000 tickets every match", "ticket", 40000, 0},
	}
	for _, tc := range tests {
		rd := workload.Read(tc.statement)
		f := onlyFlow(t, rd, tc.statement, tc.flow)
		if got := f.Count / f.PerSeconds * 7 * 86400; math.Abs(got-tc.perWeek) > tc.perWeek*0.01 {
			t.Errorf("%q: %s is %.0f a week, want %.0f (notes %q)", tc.statement, f.Name, got, tc.perWeek, rd.Notes)
		}
		if f.Kind != conversation.FlowWrite {
			t.Errorf("%q: %s is a %v, want a write", tc.statement, f.Name, f.Kind)
		}
		if rd.WeekPeak != tc.weekPeak {
			t.Errorf("%q: week peak %v, want %v", tc.statement, rd.WeekPeak, tc.weekPeak)
		}
		for _, k := range rd.Kept {
			if strings.Contains(tc.flow, k.Noun) || strings.Contains(k.Noun, tc.flow) {
				t.Errorf("%q: %v kept, want it read as a rate", tc.statement, k)
			}
		}
	}
}

// A period narrowed by a word that names the subject's own time ("each shooting day produces",
// "every Tuesday night") is not a trade period for a count before it.
func TestReadTradePeriodsLeaveNamedDays(t *testing.T) {
	t.Parallel()
	rd := workload.Read("A pub quiz app used by 6,000 pubs every Tuesday night")
	if rd.WeekPeak == 0 {
		t.Errorf("every Tuesday night: week peak 0, want the night to hold the week's load (notes %q)", rd.Notes)
	}
}

// What a person creates and someone acts on is a write whatever word counts it: a call placed to
// a service, a check or test done on an animal or a person, a pass scanned at a gate.
func TestReadCreatedEventsAreWrites(t *testing.T) {
	t.Parallel()
	tests := []struct{ statement, flow string }{
		{"A regional ambulance service dispatches from 3 control rooms: roughly 1,400 emergency calls on a normal day", "call"},
		{"a call centre answers 5,000 customer calls a day", "call"},
		{"a taxi dispatcher takes 800 phone calls an hour", "call"},
		{"A lab-animal facility logs daily health checks for 12,000 mice", "health check"},
		{"vets run 12,000 health checks a day", "check"},
		{"a vet chain does 3,000 vaccination checks a week for 40 practices", "check"},
		{"A ferry line scans 900 boarding passes a day", "pass"},
	}
	for _, tc := range tests {
		rd := workload.Read(tc.statement)
		if f := onlyFlow(t, rd, tc.statement, tc.flow); f.Kind != conversation.FlowWrite {
			t.Errorf("%q: %s is a %v, want a write", tc.statement, f.Name, f.Kind)
		}
	}
	// Looking data up stays a read.
	for _, s := range []string{"an API gateway taking 80,000 calls a second", "30 million DAU who each check their balance 4 times a day"} {
		rd := workload.Read(s)
		if len(rd.Flows) == 0 || rd.Flows[0].Kind != conversation.FlowRead {
			t.Errorf("%q: flows %+v, want a read", s, rd.Flows)
		}
	}
}

// Booking for each of so many things a period is that many bookings, not a fleet of them using
// the system every day.
func TestReadBookedForThings(t *testing.T) {
	t.Parallel()
	tests := []struct {
		statement, flow string
		perSecond       float64
	}{
		{"A ferry operator lets hauliers book deck space for 300 trucks a day across 4 routes", "book", 300 / 86400.0},
		{"a depot where drivers reserve loading bays for 120 lorries an hour", "reserve", 120 / 3600.0},
		{"the port reserves berths for 90 ships a month", "reserve", 90 / (30 * 86400.0)},
		{"a courier books pickups for 2,000 pallets a week", "book", 2000 / (7 * 86400.0)},
	}
	for _, tc := range tests {
		rd := workload.Read(tc.statement)
		f := onlyFlow(t, rd, tc.statement, tc.flow)
		if got := f.Count / f.PerSeconds; math.Abs(got-tc.perSecond) > tc.perSecond*0.01 || f.Kind != conversation.FlowWrite || f.Each {
			t.Errorf("%q: %s %v %.4g/s each=%v, want a write of %.4g/s in all", tc.statement, f.Name, f.Kind, got, f.Each, tc.perSecond)
		}
		if rd.DAU > 0 {
			t.Errorf("%q: %v daily users, want none (the things are booked for, not users)", tc.statement, rd.DAU)
		}
	}
}

// A multiple of the load said for an occasion ("twice that on New Year's Eve", "three times as
// many in December") is the peak over the average; growth over years is not.
func TestReadTimesThatPeak(t *testing.T) {
	t.Parallel()
	tests := []struct {
		statement string
		peak      float64
	}{
		{"roughly 1,400 emergency calls on a normal day, twice that on New Year's Eve", 2},
		{"A ski resort sells 60,000 lift passes per season, three times as many in December", 3},
		{"a delivery depot handles 6,000 parcels a day, three times that in the week before Christmas", 3},
		{"a school canteen serves 1,500 lunches a day and double that during exam week", 2},
		{"a shop taking 900 orders a day, 4x that on Black Friday", 4},
		{"a shop taking 900 orders a day, twice as many next year", 0},
	}
	for _, tc := range tests {
		if rd := workload.Read(tc.statement); rd.PeakFactor != tc.peak {
			t.Errorf("%q: peak factor %v, want %v (notes %q)", tc.statement, rd.PeakFactor, tc.peak, rd.Notes)
		}
	}
}

// A check done for each of a counted group is named as the check, and the places the group is
// spread across take no rate of their own.
func TestReadChecksDoneForEach(t *testing.T) {
	t.Parallel()
	tests := []struct{ statement, flow string }{
		{"A lab-animal facility logs daily health checks for 12,000 mice across 6 rooms", "health check"},
		{"the zoo's keepers run welfare checks on 2,000 animals daily", "welfare check"},
		{"inspectors carry out weekly safety inspections of 900 lifts across 40 buildings", "safety inspection"},
	}
	for _, tc := range tests {
		rd := workload.Read(tc.statement)
		if len(rd.Flows) != 1 || rd.Flows[0].Name != tc.flow || rd.Flows[0].Kind != conversation.FlowWrite {
			t.Errorf("%q: flows %+v, want one write named %q", tc.statement, rd.Flows, tc.flow)
		}
	}
}

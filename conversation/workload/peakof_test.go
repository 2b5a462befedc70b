package workload_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/archbot/archbot/conversation"
	"github.com/archbot/archbot/conversation/workload"
)

// A bare figure said as the peak right after a counted group and what it does is that group's
// busiest hour, for the whole system: not a rate for each of whatever else the sentence counts,
// and a deadline said of each of them later is no rush of all of them.
func TestReadPeakOfACountedGroup(t *testing.T) {
	for _, tc := range []struct {
		statement, flow string
		count           float64
	}{
		{"We need a gate system for a container port terminal: up to 4,000 trucks pass the gates each day, peaking at 450 an hour between 6 and 9am, each truck gets OCR on 4 camera images and must be cleared in under 90 seconds, and 2.1 million containers move through the terminal per year.", "pass gate", 450},
		{"Design the booking system for a car ferry: up to 9,000 cars board the ferries each day, peaking at 1,200 an hour on summer Saturdays, each car must be checked in under 2 minutes, and 3 million passengers travel per year.", "board ferry", 1200},
	} {
		rd := workload.Read(tc.statement)
		found := false
		for _, f := range rd.Flows {
			if f.Burst {
				t.Errorf("%q: flow %+v is a burst; the window is each one's deadline", tc.statement, f)
			}
			if f.Name == tc.flow {
				found = true
				if f.Count != tc.count || f.PerSeconds != 3600 || f.Each || !f.Peak {
					t.Errorf("%q: flow %+v, want %v an hour at peak for the whole system", tc.statement, f, tc.count)
				}
			}
			if f.Each && f.Actors > 1e6 && f.Count*86400/f.PerSeconds > 1 {
				t.Errorf("%q: flow %+v gives each of the year's items a rate", tc.statement, f)
			}
		}
		if !found {
			t.Errorf("%q: no flow %q in %+v (notes %q)", tc.statement, tc.flow, rd.Flows, rd.Notes)
		}
	}
}

// A bare peak said after a day's count of events is that flow's busiest hour: how far the peak
// runs over the average, not a second flow of "requests".
func TestReadPeakOfACountedFlowIsItsFactor(t *testing.T) {
	for _, s := range []string{
		"A hospital pharmacy robot: 20,000 prescriptions are filled each day, peaking at 3,000 an hour after the morning rounds.",
		"A city bike-share: 40,000 rides start each day, peaks of 6,000 an hour at rush hour.",
	} {
		rd := workload.Read(s)
		if len(rd.Flows) != 1 || rd.PeakFactor != 3.6 {
			t.Errorf("%q: flows %+v, peak factor %v; want one flow peaking at 3.6 × its average", s, rd.Flows, rd.PeakFactor)
		}
	}
}

// Counted crewed vehicles that act are who the load comes from, each at a rate the designer
// assumes, as counted organisations are: not a figure read and dropped for a million assumed users.
func TestReadCrewedVehiclesAct(t *testing.T) {
	for _, tc := range []struct {
		statement, act string
		count          float64
	}{
		{"Design a catch-reporting system for a fisheries regulator: 3,500 licensed vessels file an electronic logbook entry for every haul (5-15 hauls per trip), boats are offline at sea for up to 10 days at a time, and quota usage must be checked within an hour of landing.", "file electronic logbook entry", 3500},
		{"An air ambulance dispatch service: 140 helicopters log a patient handover for every mission, and crews work from bases with poor signal.", "log patient handover", 140},
	} {
		rd := workload.Read(tc.statement)
		if len(rd.Acts) != 1 || rd.Acts[0].Name != tc.act || rd.Acts[0].Actors.Value != tc.count {
			t.Errorf("%q: acts %+v, want %q by each of %v (notes %q)", tc.statement, rd.Acts, tc.act, tc.count, rd.Notes)
		}
	}
}

// A rough tally of acts over a week, more than ten a day, with no one counted is the whole
// system's count, not each person's habit.
func TestReadRoughWeeklyTallyIsATotal(t *testing.T) {
	for _, tc := range []struct {
		statement, flow string
		count           float64
	}{
		{"Design an online building-permit system for a county: around 1,200 applications a month, each with 5-40 PDF drawings of up to 200 MB, reviewers from 6 departments comment on the same drawings in parallel, and inspectors book about 300 site inspections each week from their phones.", "book site inspection", 300},
		{"A hospital lab tracker: couriers deliver roughly 500 specimen boxes each week from outlying clinics, and technicians log results.", "deliver specimen box", 500},
	} {
		rd := workload.Read(tc.statement)
		found := false
		for _, f := range rd.Flows {
			if f.Name == tc.flow {
				found = true
				if f.Each || f.Count != tc.count {
					t.Errorf("%q: flow %+v, want %v a week in all", tc.statement, f, tc.count)
				}
			}
		}
		if !found {
			t.Errorf("%q: no flow %q in %+v", tc.statement, tc.flow, rd.Flows)
		}
	}
}

// A window said of each of many things ("the last minute of each auction") is a rush in every one
// of them on its own, spread through the day: not the whole crowd inside one minute.
func TestReadWindowOfEachIsNoCrowdRush(t *testing.T) {
	for _, s := range []string{
		"Design an online auction site like eBay: 30 million active listings, 8 million daily users, bids spike in the last minute of each auction, the highest bid must be correct and visible to all watchers within a second.",
		"A flash-deal marketplace: 3 million daily shoppers, orders spike in the first minute of every deal, and stock must never oversell.",
	} {
		rd := workload.Read(s)
		for _, f := range rd.Flows {
			if f.Burst {
				t.Errorf("%q: flow %+v puts the whole crowd in one window", s, f)
			}
		}
		if !slices.ContainsFunc(rd.Notes, func(n string) bool { return strings.Contains(n, "a rush in each") }) {
			t.Errorf("%q: notes %q say nothing of the rush in each one", s, rd.Notes)
		}
	}
}

// A bound on the people in a stated peak span ("up to 2 million visitors in the peak hour") is
// that span's load, not a limit read and dropped.
func TestReadCrowdInThePeakSpanIsItsLoad(t *testing.T) {
	for _, tc := range []struct {
		statement string
		count, in float64
	}{
		{"Design the results-reporting system for a state election: 6,200 precincts upload their tallies on election night, most within a 3-hour window, the public results page gets up to 2 million visitors in the peak hour, and every published number must be auditable back to the signed precinct tally sheet.", 2e6, 3600},
		{"A ticketing site for a stadium: the seat map gets up to 300,000 fans in the busiest minute when a final goes on sale.", 3e5, 60},
	} {
		rd := workload.Read(tc.statement)
		if !slices.ContainsFunc(rd.Flows, func(f conversation.Flow) bool {
			return f.Count == tc.count && f.PerSeconds == tc.in && f.Peak && f.Kind == conversation.FlowRead
		}) {
			t.Errorf("%q: flows %+v, want %v reads in %vs at peak (notes %q)", tc.statement, rd.Flows, tc.count, tc.in, rd.Notes)
		}
	}
}

// Counts said per person of a day's crowd multiply into the day's items, and a count of points
// each item passes multiplies again: 85,000 passengers × 1.2 bags = 102,000 bags a day, each
// scanned at 7 points.
func TestReadPerPersonCountsMultiply(t *testing.T) {
	for _, tc := range []struct {
		statement, items, scans string
		count, times            float64
	}{
		{"Build a baggage tracking service for an airport handling 85,000 departing passengers a day with 1.2 checked bags each on average; every bag is scanned at 6-8 points between check-in and the aircraft, and a misrouted bag must be flagged to the gate agent before the aircraft door closes.", "checked bag", "scan bag", 102e3, 7},
		{"A hospital specimen tracker: 6,000 patients a day give 2.5 blood samples each, and every sample is scanned at 4 stations on its way to the analysers.", "give blood sample", "scan sample", 15e3, 4},
	} {
		rd := workload.Read(tc.statement)
		if !slices.ContainsFunc(rd.Flows, func(f conversation.Flow) bool {
			return f.Name == tc.items && f.Count == tc.count && f.PerSeconds == 86400 && !f.Each
		}) || !slices.ContainsFunc(rd.Flows, func(f conversation.Flow) bool {
			return f.Name == tc.scans && f.Count == tc.times && f.ItemsOf == tc.items && f.Kind == conversation.FlowWrite
		}) {
			t.Errorf("%q: flows %+v, want %v %s a day, each %s %v times (notes %q)", tc.statement, rd.Flows, tc.count, tc.items, tc.scans, tc.times, rd.Notes)
		}
	}
}

// A period said of "each <person>" who are not counted is theirs, not the counted sites': "4
// hospitals … each surgeon has block time every week" is not one write a week at each
// hospital. A period said of the sites themselves still is theirs.
func TestPeriodOfEachUncountedPerson(t *testing.T) {
	for _, s := range []string{
		"We run 4 hospitals with 38 operating rooms between them; each surgeon has fixed block time every week",
		"40 shops where each cashier closes a till every day",
		"12 warehouses where each picker scans a tote every hour",
	} {
		if r := workload.Read(s); len(r.Flows) > 0 {
			t.Errorf("%q: flows %+v, want none (the period is each uncounted person's)", s, r.Flows)
		}
	}
	r := workload.Read("2,000 stores, each uploading sales every 5 minutes")
	if len(r.Flows) != 1 || r.Flows[0].Actors != 2000 || r.Flows[0].PerSeconds != 300 {
		t.Errorf("stores' own period: flows %+v, want 2,000 stores every 5 minutes", r.Flows)
	}
	// The counted people's own things, counted in a later sentence, are still theirs.
	r = workload.Read("a courier picks up a parcel, each courier's phone sends its position every 10 seconds, and customers follow it. There are 40,000 couriers on shift.")
	if !slices.ContainsFunc(r.Flows, func(f conversation.Flow) bool { return f.PerSeconds == 10 }) {
		t.Errorf("couriers' phones: flows %+v, want a position every 10 seconds", r.Flows)
	}
}

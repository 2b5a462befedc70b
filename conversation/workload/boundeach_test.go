package workload_test

import (
	"strings"
	"testing"

	"github.com/archbot/archbot/conversation/workload"
)

// A count said for each one of some other counted thing ("up to 400 vehicles board each
// crossing, 60 crossings a day") multiplies it: the product is the load, and with "up to" an
// upper bound, the busiest day. The things counted per day with no person as their subject are
// the system's total, not a habit of each of an assumed population.
func TestReadCountForEachOfAnother(t *testing.T) {
	for _, tc := range []struct {
		statement  string
		noun       string
		perDay     float64
		bound      bool
		total      string // a flow that is the whole system's, not each user's
		totalCount float64
	}{
		{"Design a ferry booking system for a regional operator: 30 routes, up to 400 vehicles board each crossing, 60 crossings a day, passengers book cars and cabins weeks ahead", "vehicle", 24000, true, "crossing", 60},
		{"A bus operator's ticketing: up to 60 passengers ride each departure, 500 departures a day", "passenger", 30000, true, "departure", 500},
		{"Design a cinema booking system: up to 250 people watch each screening, 45 screenings a day", "person", 11250, true, "screening", 45},
		{"Design a grain intake system for a cooperative: 12 silos, up to 150 trucks unload at each silo a day", "truck", 1800, true, "", 0},
		{"A clinic network's lab system: 35 clinics, about 90 samples arrive at each clinic a day", "sample", 3150, false, "", 0},
	} {
		rd := workload.Read(tc.statement)
		var found, total bool
		for _, f := range rd.Flows {
			switch f.Name {
			case tc.noun:
				found = true
				if got := rd.Rate(f) * 86400; got < tc.perDay*0.99 || got > tc.perDay*1.01 {
					t.Errorf("%q: %s %v a day, want %v in all", tc.statement, f.Name, got, tc.perDay)
				}
			case tc.total:
				total = true
				if f.Each || f.Count != tc.totalCount {
					t.Errorf("%q: %s %v each %v, want %v in all, no one's habit", tc.statement, f.Name, f.Count, f.Each, tc.totalCount)
				}
			}
		}
		notes := strings.Join(rd.Notes, "\n")
		if !found || tc.total != "" && !total || tc.bound != strings.Contains(notes, "upper bound") || rd.DAU != 0 {
			t.Errorf("%q: flows %+v dau %v notes %q; want %s and %s flows, bound %v", tc.statement, rd.Flows, rd.DAU, rd.Notes, tc.noun, tc.total, tc.bound)
		}
	}
}

// A count that opens its own item of a list ("12 branches, each branch lends books, 9,000 loans
// a day") is the system's total: the "each" of the item before says what each of those does,
// not that every one of them has 9,000 loans a day.
func TestReadListedTotalIsTheSystems(t *testing.T) {
	for _, tc := range []struct {
		statement string
		perDay    float64
	}{
		{"Design a library system: 12 branches, each branch lends books, 9,000 loans a day", 9000},
		{"Design route tracking for a courier: 500 vans, each van has a scanner, 60,000 stops a day", 60000},
		{"A bakery chain's ordering: 15 shops, each shop bakes daily; 2,000 orders a day", 2000},
	} {
		rd := workload.Read(tc.statement)
		if len(rd.Flows) != 1 || rd.Flows[0].Each || rd.Rate(rd.Flows[0])*86400 != tc.perDay {
			t.Errorf("%q: flows %+v notes %q; want %v a day in all", tc.statement, rd.Flows, rd.Notes, tc.perDay)
		}
	}
}

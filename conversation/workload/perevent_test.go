package workload_test

import (
	"math"
	"testing"

	"github.com/archbot/archbot/conversation/workload"
)

// A count said for a stretch before each of some events ("80,000 seats, sold in the 2 weeks
// before each match") comes again with every event: its rate is the count times the events'
// rate, stated or assumed, not one count in one stretch and never a stretch once a year.
func TestReadCountBeforeEachEvent(t *testing.T) {
	const week = 7 * 86400.0
	for _, tc := range []struct {
		statement string
		perSec    float64
	}{
		{"Design ticketing for a stadium with 80,000 seats, sold in the 2 weeks before each match.", 80e3 / week},
		{"Concert hall ticketing: 2,500 seats, sold over the month before each concert, about 150 concerts a year", 2500 * 150 / (365 * 86400.0)},
		{"A conference platform: 5,000 attendees register in the 6 weeks before each conference; we run 12 conferences a year", 5000 * 12 / (365 * 86400.0)},
		{"Design ticketing for a 1,200-seat theatre: seats sell during the 4 weeks before each performance, 8 performances a week", 1200 * 8 / week},
	} {
		rd := workload.Read(tc.statement)
		if len(rd.Flows) != 1 {
			t.Errorf("%q: flows %+v, want one (notes %q)", tc.statement, rd.Flows, rd.Notes)
			continue
		}
		if got := rd.Rate(rd.Flows[0]); math.Abs(got-tc.perSec) > tc.perSec/100 || rd.Flows[0].Recurs != 0 {
			t.Errorf("%q: %v/s (recurs %v), want %v/s (notes %q)", tc.statement, got, rd.Flows[0].Recurs, tc.perSec, rd.Notes)
		}
	}
}

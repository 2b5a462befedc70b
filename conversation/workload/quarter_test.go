package workload_test

import (
	"testing"

	"github.com/archbot/archbot/conversation/workload"
)

// A quarter is a period ("a case every quarter", "2,000 filings a quarter"): it was no time unit,
// so a wine club's quarterly shipments were not read at all and renewals were assumed at three
// times the stated rate. "Three quarters of a million" and "a quarter of them" stay a fraction.
func TestReadAQuarterIsAPeriod(t *testing.T) {
	const quarter = 365.0 / 4 * 86400
	for _, tc := range []struct {
		s      string
		perDay float64 // the statement's one write flow, a day
	}{
		{"A wine club: 9,000 members receive a case every quarter.", 9000 * 86400 / quarter},
		{"We process about 2,000 tax filings a quarter.", 2000 * 86400 / quarter},
		{"Each of our 300 franchises submits 4 audit reports per quarter.", 1200 * 86400 / quarter},
		// Near misses: a fraction, not a period.
		{"Three quarters of a million vans; each van sends 1 log file a day.", 750000},
		{"Porters do about 1,500 jobs a day, a quarter of them between 9 and 11 am.", 1500},
	} {
		rd := workload.Read(tc.s)
		var total float64
		for _, f := range rd.Flows {
			total += rd.Rate(f) * 86400
		}
		if !near(total, tc.perDay) {
			t.Errorf("%q: %.1f a day, want %.1f (%+v, %v)", tc.s, total, tc.perDay, rd.Flows, rd.Notes)
		}
	}
}

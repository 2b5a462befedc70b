package workload_test

import (
	"testing"

	"github.com/archbot/archbot/conversation/workload"
)

// Machines counted with their rate before the verb that brings them through ("250,000 vehicles
// a day pass 40 gantries") are passages, the site's total, as with the rate after the verb: not
// a fleet of daily active vehicles with no load.
func TestReadRateBeforeThePassingVerb(t *testing.T) {
	for _, tc := range []struct {
		statement string
		perDay    float64
	}{
		{"A toll road: 250,000 vehicles a day pass 40 gantries, each pass photographed", 250000},
		{"A container terminal: about 3,500 trucks a day enter through 12 lanes", 3500},
		{"A regional airport where 180 aircraft a day land on one runway", 180},
		{"A marina: 600 boats each weekend dock at the visitor pontoons", 600.0 / 7},
	} {
		rd := workload.Read(tc.statement)
		var got float64
		for _, f := range rd.Flows {
			got += rd.Rate(f) * 86400
		}
		if rd.DAU != 0 || got < tc.perDay*0.99 || got > tc.perDay*1.01 {
			t.Errorf("%q: DAU %v, %v a day in flows %+v, want %v passages a day (notes %q)", tc.statement, rd.DAU, got, rd.Flows, tc.perDay, rd.Notes)
		}
	}
}

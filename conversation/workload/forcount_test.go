package workload_test

import (
	"strings"
	"testing"

	"github.com/archbot/archbot/conversation/workload"
)

// A rate said for a count of things after it is each one's: "twice a day for about 12,000
// animals" is 24,000 records a day, not two.
func TestReadRateForCountedThings(t *testing.T) {
	for _, tc := range []struct {
		statement string
		perDay    float64
	}{
		{"technicians record feeding and health checks twice a day for about 12,000 animals", 24_000},
		{"engineers log a reading once a week for 800 boilers across the estate", 800.0 / 7},
		{"nurses chart observations 6 times a day for 300 patients on the ward", 1800},
		// A count of events is a total, made for the people after it.
		{"a CI farm that runs 50,000 builds a day for 2,000 engineers", 50_000},
		{"the kitchen cooks 900 meals a day for 300 residents", 900},
	} {
		rd := workload.Read(tc.statement)
		var got float64
		for _, f := range rd.Flows {
			n := f.Count / f.PerSeconds * 86400
			if f.Each && f.Actors > 0 {
				n *= f.Actors
			}
			got += n
		}
		if len(rd.Flows) == 0 || got < tc.perDay*0.95 || got > tc.perDay*1.05 {
			t.Errorf("%q: %.4g a day in %+v\n%s\nwant %.4g", tc.statement, got, rd.Flows, strings.Join(rd.Notes, "\n"), tc.perDay)
		}
	}
}

package workload_test

import (
	"strings"
	"testing"

	"github.com/archbot/archbot/conversation/workload"
)

// A number followed by a unit of distance, resolution or temperature measures something ("once
// within 200 nm", "a 2 MP JPEG"): read as a count it made "nm" a flow of 200 every 15 minutes
// and doubled a camera's one frame a minute into two.
func TestReadMeasureUnitsAreNoLoad(t *testing.T) {
	for _, tc := range []struct {
		s       string
		perSec  float64 // the stated flows' rate in all, per second
		measure string  // the note the measure leaves
	}{
		{"1,200 PTZ cameras on towers, each pushing a 2 MP JPEG (~600 KB) every 60 seconds to a smoke model.", 20, `"2 mp": an image resolution`},
		{"Our 600 trail cameras each upload one 12 megapixel photo every 5 minutes.", 2, ""},
		{"A photo kiosk where 50 booths each print a 24 megapixels shot every 2 minutes.", 50.0 / 120, `"24 megapixels": an image resolution`},
		{"Ships send position reports every 15 min or so once within 200 nm; 400 ships report.", 400.0 / 900, `"200 nm": a distance`},
		{"Delivery vans report GPS every 30 seconds within 50 km of the depot, 900 vans in all.", 30, `"50 km": a distance`},
		{"Each of 3,000 freezers reports its temperature every minute and must stay under -18 °C.", 50, ""},
	} {
		rd := workload.Read(tc.s)
		total := 0.0
		for _, f := range rd.Flows {
			for _, u := range []string{"nm", "km", "mp", "megapixel", "mile", "°c"} {
				if strings.Fields(f.Name)[0] == u {
					t.Errorf("%q: a unit read as a flow: %+v", tc.s, f)
				}
			}
			n := f.Count
			if f.Each {
				n *= f.Actors
			}
			total += n / f.PerSeconds
		}
		if total < tc.perSec*0.99 || total > tc.perSec*1.01 {
			t.Errorf("%q: %.3g/s in all, want %.3g/s (%v)", tc.s, total, tc.perSec, rd.Notes)
		}
		if tc.measure != "" && !strings.Contains(strings.Join(rd.Notes, "\n"), tc.measure) {
			t.Errorf("%q: no note %s in %v", tc.s, tc.measure, rd.Notes)
		}
	}
	// Near misses: a count of things before a unit-like word that is none stays a count.
	for _, s := range []string{"We have 5m users who each post twice a day.", "300 nodes send heartbeats every 15 min."} {
		if rd := workload.Read(s); len(rd.Flows) == 0 || rd.Flows[0].Actors < 300 {
			t.Errorf("%q: the senders lost: %+v", s, rd.Flows)
		}
	}
}

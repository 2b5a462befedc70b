package workload_test

import (
	"testing"

	"github.com/archbot/archbot/conversation/workload"
)

// "N things, each doing X and sending V bytes a day": the "each" holds over both halves, so the
// volume is every thing's, not one volume for all of them.
func TestReadEachHoldsOverAVolumeJoinedByAnd(t *testing.T) {
	for _, tc := range []struct {
		statement string
		actors    float64
	}{
		{"Elevator monitoring for 9,000 elevators, each emitting an event every 30 seconds and a full diagnostic dump of 2 MB once a day.", 9000},
		{"1,500 trucks, each posting GPS every 15 seconds and a dashcam upload of 200 MB once a day", 1500},
		{"600 wind turbines, each reporting status every 10 seconds and a vibration log of 30 MB per hour", 600},
	} {
		rd := workload.Read(tc.statement)
		found := false
		for _, f := range rd.Flows {
			if f.VolumeBytes > 0 {
				found = true
				if !f.Each || f.Actors != tc.actors {
					t.Errorf("%q: volume flow %+v; want it for each of %v", tc.statement, f, tc.actors)
				}
			}
		}
		if !found {
			t.Errorf("%q: no volume flow in %+v", tc.statement, rd.Flows)
		}
	}
}

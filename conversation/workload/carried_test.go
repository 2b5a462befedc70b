package workload_test

import (
	"testing"

	"github.com/archbot/archbot/conversation/workload"
)

// TestThingsCarryingDevicesSend reads "N boxes with loggers sampling every minute" as each of
// the N sending one sample a minute: it was read as N boxes made every minute, the same rate
// under the name of the box, with no sender behind it. Something done to the counted things
// ("ships 50,000 boxes a month") stays an event.
func TestThingsCarryingDevicesSend(t *testing.T) {
	for _, tc := range []struct {
		statement, name, noun string
		actors, every         float64
	}{
		{"8,000 refrigerated shipping boxes with temperature loggers sampling every minute", "temperature sample", "boxes", 8000, 60},
		{"our 2,500 insulated totes with data loggers sampling every 2 minutes upload at the depot", "sample", "totes", 2500, 120},
		{"we run 600 crates holding temperature probes that report every 5 minutes", "", "crates", 600, 300},
	} {
		rd := workload.Read(tc.statement)
		var found bool
		for _, f := range rd.Flows {
			if f.Each && f.Actors == tc.actors && f.ActorNoun == tc.noun && f.PerSeconds == tc.every && (tc.name == "" || f.Name == tc.name) {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: flows %+v, want %q from each of %v %s every %v s", tc.statement, rd.Flows, tc.name, tc.actors, tc.noun, tc.every)
		}
	}
	rd := workload.Read("an online shop's warehouse ships 50,000 boxes a month with tracking tags")
	for _, f := range rd.Flows {
		if f.Each {
			t.Errorf("boxes shipped read as senders: %+v", f)
		}
	}
}

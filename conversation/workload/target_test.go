package workload_test

import (
	"testing"

	"github.com/archbot/archbot/conversation/workload"
)

// A clause whose own subject must or should do something within a few seconds ("barrier must
// open within 2s") is a response-time target of that thing, not the counted places or people
// before it all acting at once in the window.
func TestReadTargetOfItsOwnSubjectIsNoBurst(t *testing.T) {
	for _, tc := range []struct{ statement, flow string }{
		{"a car park operator: 40 garages, licence-plate cameras at every gate, ~60k entries on a busy friday, barrier must open within 2s", "entry"},
		{"a car park operator: 40 garages, number-plate readers at every lane, ~60k entries on a busy friday, the barrier should open in under 2 seconds", "entry"},
		{"a chain of 25 gyms, card readers at every door, about 30k check-ins a day, door must open within 1s", "check-in"},
	} {
		rd := workload.Read(tc.statement)
		if len(rd.Flows) != 1 || rd.Flows[0].Name != tc.flow || rd.Flows[0].Burst {
			t.Errorf("%q: flows %+v; want only %s, no burst", tc.statement, rd.Flows, tc.flow)
		}
	}
	// A crowd that all acts in the window is still a rush.
	rd := workload.Read("a pub quiz league: 300,000 teams answer each round within 15 seconds, the scoreboard must update within 1s")
	if len(rd.Flows) != 1 || !rd.Flows[0].Burst {
		t.Errorf("fans in a window: %+v; want a burst", rd.Flows)
	}
}

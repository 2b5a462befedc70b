package workload_test

import (
	"testing"

	"github.com/archbot/archbot/conversation"
	"github.com/archbot/archbot/conversation/workload"
)

// A scan, a tap, a swipe or a check-in counted is an event recorded where it happens, a write,
// whatever it is of: "120,000 badge scans" are scans, not 120,000 badges that scan.
func TestReadTallyEventsAreWrites(t *testing.T) {
	for _, tc := range []struct {
		statement, flow string
		perDay          float64
	}{
		{"A trade fair's lead capture: 120,000 badge scans a day at the stands", "badge scan", 120000},
		{"Race-day logistics for a city marathon: 40,000 runner check-ins a day at the expo", "runner check-in", 40000},
		{"A theme park: roughly 65,000 turnstile scans a day in August", "turnstile scan", 65000},
		{"A stadium's gates: about 80,000 scans on derby day", "scan", 80000},
	} {
		rd := workload.Read(tc.statement)
		f, ok := rd.Flow(tc.flow)
		if !ok || f.Kind != conversation.FlowWrite || f.Each || rd.Rate(f)*86400 < tc.perDay*0.99 || rd.Rate(f)*86400 > tc.perDay*1.01 {
			t.Errorf("%q: flows %+v, want %v %s writes a day (notes %q)", tc.statement, rd.Flows, tc.perDay, tc.flow, rd.Notes)
		}
	}
}

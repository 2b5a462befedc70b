package workload_test

import (
	"testing"

	"github.com/archbot/archbot/conversation/workload"
)

// A count of events with a rate word before its noun ("~25k daily orders", "3 million monthly
// transactions") is that many each period; before people ("2 million daily listeners") it
// still counts who is active.
func TestReadRateWordBeforeEvents(t *testing.T) {
	t.Parallel()
	tests := []struct {
		statement string
		count     float64
		per       float64
	}{
		{"A farm marketplace with about 4,000 farms and 11,000 restaurants, ~25k daily orders; a lot must never be sold to two buyers.", 25000, 86400},
		{"We process 3 million monthly card transactions.", 3e6, 30 * 86400},
		{"The clinic chain books about 9,000 weekly appointments.", 9000, 7 * 86400},
	}
	for _, tc := range tests {
		rd := workload.Read(tc.statement)
		if len(rd.Flows) != 1 || rd.Flows[0].PerSeconds != tc.per || rd.Flows[0].Count != tc.count {
			t.Errorf("%q: flows %+v; want %v every %v s (%q)", tc.statement, rd.Flows, tc.count, tc.per, rd.Notes)
		}
	}
	if rd := workload.Read("A radio app with 2 million daily listeners."); rd.DAU != 2e6 || len(rd.Flows) != 0 {
		t.Errorf("daily listeners: dau %v, flows %+v; want 2M daily active, no flow", rd.DAU, rd.Flows)
	}
}

package workload_test

import (
	"math"
	"testing"

	"github.com/archbot/archbot/conversation/workload"
)

// A day's count said over shifts ("45,000 boxes a day over two shifts") is how the day's work
// is split: it runs for those shifts' hours, 8 each unless said, not a flow of shifts.
func TestReadADayOverShifts(t *testing.T) {
	t.Parallel()
	tests := []struct {
		statement string
		hours     float64
	}{
		{"350 pickers scan each harvested box at the weigh station, about 45,000 boxes a day over two shifts, and are paid per kilo every Friday.", 16},
		{"The warehouse packs 30,000 parcels a day across three 6-hour shifts.", 18},
		{"Our plant labels 20,000 pallets per day in 2 shifts.", 16},
	}
	for _, tc := range tests {
		rd := workload.Read(tc.statement)
		if len(rd.Flows) != 1 {
			t.Errorf("%q: flows %+v; want one (%q)", tc.statement, rd.Flows, rd.Notes)
			continue
		}
		f := rd.Flows[0]
		if f.PerSeconds != tc.hours*3600 || !f.Burst || f.Recurs != 86400 {
			t.Errorf("%q: flow %+v; want the day's count in %v hours, once a day (%q)", tc.statement, f, tc.hours, rd.Notes)
		}
	}
	// Shifts not said of a day's count are left alone.
	rd := workload.Read("Nurses send 40 messages per shift; 2,000 nurses work over two shifts.")
	for _, f := range rd.Flows {
		if math.Abs(f.PerSeconds-16*3600) < 1 {
			t.Errorf("nurses: flow %+v runs 16 hours; the shifts are not a day's count's", f)
		}
	}
}

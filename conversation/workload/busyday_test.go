package workload_test

import (
	"strings"
	"testing"

	"github.com/archbot/archbot/conversation/workload"
)

// A count of a flow's own noun said of one busy day, with no rate of its own, is that day's
// figure: the day to size for, not a figure without a period, and not every week's.
func TestReadCountOnABusyDayIsThatDays(t *testing.T) {
	for _, tc := range []struct{ statement, name, count string }{
		{"45 ski resorts; skiers tap lift passes at 600 gates, some 2 million taps on a powder-day Saturday", "tap", "2M tap"},
		{"a stadium's turnstiles: about 80,000 scans on derby day", "scan", "80K scan"},
		{"our gyms log roughly 40,000 check-ins on a rainy Monday", "log check-in", "40K check-in"},
		{"a car-wash chain does 9,000 washes on a sunny weekend day", "wash", "9000 wash"},
		{"a photo kiosk network: about 30,000 uploads on a Saturday", "upload", "30K upload"},
	} {
		rd := workload.Read(tc.statement)
		f, ok := rd.Flow(tc.name)
		if !ok || f.PerSeconds != 86400 || f.Each {
			t.Errorf("%q: flows %+v; want %s counted for one day", tc.statement, rd.Flows, tc.name)
		}
		if notes := strings.Join(rd.Notes, "\n"); strings.Contains(notes, `"`+tc.count+`": read, not used`) {
			t.Errorf("%q: the day's count is left unused:\n%s", tc.statement, notes)
		}
	}
	// Every Saturday is a calendar period: the week's count, all on its Saturdays.
	if rd := workload.Read("a bakery chain sells 20,000 loaves on Saturdays"); len(rd.Flows) != 1 || rd.Flows[0].PerSeconds != 7*86400 {
		t.Errorf("on Saturdays: %+v; want the week's count", rd.Flows)
	}
}

package workload_test

import (
	"strings"
	"testing"

	"github.com/archbot/archbot/conversation/workload"
)

// A count said over one weekend ("over the weekend") falls on that weekend's days, the event's
// where it says how many, not on a week's: 2 million taps at a 3-day festival are 2 million in
// 3 days. A weekend said as a habit ("each weekend", "at weekends") stays the week's count.
func TestReadCountOverTheWeekendIsThatWeekends(t *testing.T) {
	for _, tc := range []struct {
		statement, name string
		per             float64
	}{
		{"Cashless payments for a 3-day music festival with 60,000 attendees: 400 stalls, about 2 million taps over the weekend", "tap", 3 * 86400},
		{"a three-day food festival takes 500,000 payments during the weekend", "payment", 3 * 86400},
		{"a 2-day conference with 9,000 badge scans across the weekend", "badge scan", 2 * 86400},
		{"the shop expects about 50,000 orders over the weekend", "order", 2 * 86400},
		{"about 2 million taps over the long weekend", "tap", 2 * 86400},
		// The habit: a week's count, its load on the weekend's two days.
		{"a 3-day festival brand whose app sees 120,000 orders at weekends", "order", 7 * 86400},
		{"riders make 40,000 trips each weekend", "trip", 7 * 86400},
	} {
		rd := workload.Read(tc.statement)
		f, ok := rd.Flow(tc.name)
		if !ok || f.PerSeconds != tc.per {
			t.Errorf("%q: flows %+v; want %s per %v s", tc.statement, rd.Flows, tc.name, tc.per)
		}
	}
}

// The note says the count is one weekend's, over its days, not a period that comes back.
func TestReadCountOverTheWeekendNote(t *testing.T) {
	rd := workload.Read("a 3-day music festival with 60,000 attendees: about 2 million taps over the weekend")
	if notes := strings.Join(rd.Notes, "\n"); !strings.Contains(notes, "tap: stated (2M over one weekend of 3 days") || strings.Contains(notes, "every 3 days") {
		t.Errorf("notes:\n%s\nwant the taps said over one weekend of 3 days", notes)
	}
}

package workload_test

import (
	"strings"
	"testing"

	"github.com/archbot/archbot/conversation/workload"
)

// A count said after a rate with no word of rising, only the busy days it holds on, is the same
// flow on those days: how far they run over the average, not a figure without a period.
func TestReadElidedCountOnBusyDaysIsTheirVolume(t *testing.T) {
	for _, tc := range []struct {
		statement string
		count     string
		factor    string
	}{
		{"a florist taking about 80 orders a day, and around 900 on Valentine's Day", "900", "11.3 ×"},
		{"a car rental desk with 40 bookings an hour but 300 on a sunny Saturday", "300", "7.5 ×"},
		{"a pizza place gets 200 orders a day, 700 on match nights", "700", "3.5 ×"},
		{"a bike repair shop: roughly 30 jobs a day, 120 on the first warm weekend of spring", "120", "4 ×"},
		{"a power utility's outage line takes 300 reports a day and 20,000 during a blackout", "20K", "66.7 ×"},
		{"a gift-card shop sells 500 cards a day, 4,000 when a promotion runs", "4000", "8 ×"},
		{"A city 311 service: residents file about 1,200 requests a day, 5,000 after a big storm.", "5000", "4.2 ×"},
	} {
		rd := workload.Read(tc.statement)
		notes := strings.Join(rd.Notes, "\n")
		if strings.Contains(notes, `"`+tc.count+`": read, not used`) || !strings.Contains(notes, tc.factor+" the average: stated") {
			t.Errorf("%q: want %s read as the busy days' volume (%s the average):\n%s", tc.statement, tc.count, tc.factor, notes)
		}
		if len(rd.Flows) != 1 {
			t.Errorf("%q: flows %+v; want the one flow", tc.statement, rd.Flows)
		}
	}
	// A smaller share said on a channel is no busy day.
	if rd := workload.Read("a cafe with 300 orders a day, 40 on the app"); rd.WeekPeak != 0 || rd.PeakFactor != 0 {
		t.Errorf("share: week peak %v, peak factor %v; want none", rd.WeekPeak, rd.PeakFactor)
	}
}

package workload_test

import (
	"testing"

	"github.com/archbot/archbot/conversation/workload"
)

// A day named for an act that is not the load's (pickers are paid every Friday, invoices are
// settled on Mondays) sets no peak: the boxes are scanned all week. A day the load's own count
// falls on still does.
func TestReadDayOfAnotherActSetsNoPeak(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"350 pickers scan each harvested box at the weigh station, about 45,000 boxes a day, and are paid per kilo every Friday.",
		"Drivers log 12,000 deliveries a day; customers are billed every Monday.",
		"Our 900 stores record 2 million sales a day, and the books are closed on Sundays.",
	} {
		rd := workload.Read(s)
		if rd.WeekPeak != 0 || rd.PeakFactor != 0 {
			t.Errorf("%q: week peak %v, peak factor %v; want none (%q)", s, rd.WeekPeak, rd.PeakFactor, rd.Notes)
		}
		for _, f := range rd.Flows {
			if f.PerSeconds == 7*86400 {
				t.Errorf("%q: flow %+v counted by the week; want none", s, f)
			}
		}
	}
	if rd := workload.Read("a bakery chain sells 20,000 loaves a week, and most of them are sold on Saturdays"); rd.WeekPeak <= 1 {
		t.Errorf("sold on Saturdays: week peak %v; want the Saturdays' peak (%q)", rd.WeekPeak, rd.Notes)
	}
	if rd := workload.Read("Customers pay 30,000 invoices every Friday."); len(rd.Flows) != 1 || rd.Flows[0].PerSeconds != 7*86400 {
		t.Errorf("paying invoices on Fridays is the load: flows %+v (%q)", rd.Flows, rd.Notes)
	}
}

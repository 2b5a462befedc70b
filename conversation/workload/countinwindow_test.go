package workload_test

import (
	"testing"

	"github.com/archbot/archbot/conversation/workload"
)

// A count of things said over a stated window (a clock range, "a 3-hour window", one kind of
// morning) is what that window holds: its peak rate is the count over the window's length, not
// a figure dropped nor one spread over the day.
func TestReadCountOverItsWindow(t *testing.T) {
	for _, tc := range []struct {
		statement string
		count     float64
		per       float64
	}{
		{"Design an avalanche observation service: the forecast page gets 60k views on a storm morning between 5 and 8 am.", 60000, 3 * 3600},
		{"Avalanche observation service: 60,000 forecast views between 5 and 8 am on a storm morning.", 60000, 3 * 3600},
		{"Avalanche observation service: the forecast page sees 60,000 views from 5 to 8 am on storm days.", 60000, 3 * 3600},
		{"Avalanche observation service: on storm mornings the forecast gets about 60k views in a 3-hour window.", 60000, 3 * 3600},
		{"Avalanche service: 60k views during a two-hour spike.", 60000, 2 * 3600},
		{"Avalanche observation service: the forecast page gets 60k views on a storm morning.", 60000, 4 * 3600},
		{"Avalanche service: the bulletin gets 60,000 views on a powder morning.", 60000, 4 * 3600},
	} {
		rd := workload.Read(tc.statement)
		if len(rd.Flows) != 1 || rd.Flows[0].Count != tc.count || rd.Flows[0].PerSeconds != tc.per || !rd.Flows[0].Peak {
			t.Errorf("%q: flows %+v; want %v over %v s at peak (notes %q)", tc.statement, rd.Flows, tc.count, tc.per, rd.Notes)
		}
	}
	// Near misses: a count with its own period stays the day's; a share said before the window
	// makes the window the day's busy hours, not a count of its own.
	for _, s := range []string{
		"Avalanche service: 60k views a day on a storm morning.",
		"A bakery: 2,000 orders a day, most between 6 and 9 am.",
	} {
		rd := workload.Read(s)
		if len(rd.Flows) != 1 || rd.Flows[0].PerSeconds != 86400 || rd.Flows[0].Peak {
			t.Errorf("%q: flows %+v; want the day's count (notes %q)", s, rd.Flows, rd.Notes)
		}
	}
}

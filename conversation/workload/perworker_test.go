package workload_test

import (
	"testing"

	"github.com/archbot/archbot/conversation"
	"github.com/archbot/archbot/conversation/workload"
)

// Things counted for each of the people just counted, with a period, are what each of them does
// in it, not things that act; and what is said per one of those things, before them, comes with
// each of them: "pickers fill about 20 orders per cart, 300 pickers, 6 carts each per shift" is
// 300 × 6 = 1,800 carts and 36,000 orders a shift (a shift a day for each).
func TestReadPerWorkerThingsAndTheirItems(t *testing.T) {
	for _, tc := range []struct {
		statement string
		name      string
		perDay    float64
	}{
		{"Design a warehouse picking system: pickers fill about 20 orders per cart, 300 pickers, 6 carts each per shift.", "order", 36000},
		{"Design a warehouse picking system: pickers fill about 20 orders per cart, 300 pickers, 6 carts each per shift.", "cart", 1800},
		{"Design a warehouse picking system: 300 pickers, 6 carts each per shift.", "cart", 1800},
		{"Design a warehouse picking system: 300 pickers each fill 6 carts per shift, with about 20 orders per cart.", "order", 36000},
	} {
		c := conversation.Estimate(workload.Read(tc.statement).Workload)
		i := -1
		for k, f := range c.Flows {
			if f.Name == tc.name {
				i = k
			}
		}
		if i < 0 || !near(c.Flows[i].PerSec, tc.perDay/day) {
			t.Errorf("%q: flows %+v; want %s at %v a day", tc.statement, c.Flows, tc.name, tc.perDay)
		}
	}
	// Things each of them has, with no period, are still a population.
	rd := workload.Read("A fleet app: 300 drivers, 2 trucks each, and every truck reports its position every 30 seconds.")
	if len(rd.Flows) != 1 || rd.Flows[0].Actors != 600 {
		t.Errorf("trucks each driver has: flows %+v; want the 600 trucks reporting", rd.Flows)
	}
}

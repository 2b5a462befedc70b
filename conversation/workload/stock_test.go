package workload_test

import (
	"testing"

	"github.com/archbot/archbot/conversation"
	"github.com/archbot/archbot/conversation/workload"
)

// A stock a rush's crowd is after ("2 million fans arrive in the first 10 minutes for 60,000
// seats") bounds the purchases: at most one sale a seat, within the rush if they sell out, while
// the crowd stays the arrivals. A place's seats with no crowd bigger than them stay its size.
func TestReadStockBoundsTheSales(t *testing.T) {
	for _, tc := range []struct {
		statement     string
		crowd, sold   float64
		windowSeconds float64
	}{
		{"Design a ticket queue for a concert on-sale: 2 million fans arrive in the first 10 minutes for 60,000 seats", 2e6, 60e3, 600},
		{"A sneaker drop: 500,000 shoppers hit the site in the first 5 minutes for 10,000 pairs", 500e3, 10e3, 300},
		{"Design a stadium ticket sale where 300,000 fans log in within 15 minutes for 50,000 seats", 300e3, 50e3, 900},
	} {
		rd := workload.Read(tc.statement)
		var crowd, sold conversation.Flow
		for _, f := range rd.Flows {
			switch f.Count {
			case tc.crowd:
				crowd = f
			case tc.sold:
				sold = f
			}
		}
		if crowd.PerSeconds != tc.windowSeconds || sold.Kind != conversation.FlowWrite || sold.PerSeconds != tc.windowSeconds || sold.Source != conversation.Stated {
			t.Errorf("%q: flows %+v; want %v arrivals and %v sales, both in %v s (notes %q)", tc.statement, rd.Flows, tc.crowd, tc.sold, tc.windowSeconds, rd.Notes)
		}
	}
	rd := workload.Read("A concert with 40,000 seats: 30,000 fans arrive in the first hour")
	if len(rd.Flows) != 1 || len(rd.Capacities) != 1 {
		t.Errorf("seats no crowd outnumbers: flows %+v capacities %+v, want the arrivals and the venue's size", rd.Flows, rd.Capacities)
	}
}

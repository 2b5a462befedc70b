package workload_test

import (
	"testing"

	"github.com/archbot/archbot/conversation/workload"
)

// A count said to be on offer ("300 games listed", "1,200 cars for sale") is a standing stock,
// not items arriving: it takes no period from the count after it ("and 50 trades a week"). A
// listing with a rate of its own is still an arrival.
func TestReadItemsOnOfferAreNoFlow(t *testing.T) {
	t.Parallel()
	for statement, stock := range map[string]float64{
		"A board game swap site with 300 games listed and about 50 trades a week.": 300,
		"2,000 members, 300 games listed and 40 swaps a week.":                     300,
		"A used-car site: 1,200 cars for sale and about 90 new listings a day.":    1200,
	} {
		rd := workload.Read(statement)
		for _, f := range rd.Flows {
			if f.Count == stock {
				t.Errorf("%q: flow %+v; %v items on offer are no flow", statement, f, stock)
			}
		}
		if len(rd.Flows) != 1 {
			t.Errorf("%q: flows %+v; want only the stated rate", statement, rd.Flows)
		}
	}
	rd := workload.Read("Sellers list 3k games a day and buyers make 500 trades a day.")
	if len(rd.Flows) != 2 || rd.Flows[0].Count != 3000 {
		t.Errorf("flows %+v; want 3k games listed a day as a flow", rd.Flows)
	}
}

package workload_test

import (
	"testing"

	"github.com/archbot/archbot/conversation/workload"
)

// "120,000 orders a day, roughly a third of them come back": the returns are a share of the
// orders, a flow of their own, not the share dropped and every order returned.
func TestReadShareOfItemsThatComeBack(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		statement string
		per       float64 // returns per item
	}{
		{"Design returns for an online fashion store: 120,000 orders a day, roughly a third of them come back, customers drop parcels at 3,000 partner shops.", 0.33},
		{"Design a parcel locker network: 80,000 deliveries a day, about 10% of them are returned to the sender.", 0.1},
		{"Design a book rental site: 5,000 rentals a week, and a quarter of them get sent back late.", 0.25},
	} {
		rd := workload.Read(c.statement)
		found := false
		for _, f := range rd.Flows {
			if f.ItemsOf != "" && f.Count > c.per*0.99 && f.Count < c.per*1.01 {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: flows %+v, want returns of %v per item (notes %q)", c.statement, rd.Flows, c.per, rd.Notes)
		}
	}
}

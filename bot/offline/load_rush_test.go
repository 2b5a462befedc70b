package offline

import (
	"testing"

	"github.com/archbot/archbot/conversation"
)

// Writes assumed from reads that come only in a yearly rush ("booking opens on 1 March … 60k
// people hit the site in the first hour") come in that rush: at the rush's rate all year they
// made 14,400 bookings a day for 38 huts.
func TestWritesFromAYearlyRushComeInIt(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		statement string
		yearly    bool
	}{
		{"A hiking association runs 38 mountain huts. Booking opens on 1 March at 9am and last year ~60k people hit the site in the first hour.", true},
		{"Tickets for the annual festival go on sale at 10am and 500k fans hit the shop within the first hour.", true},
		// Near miss: a rush every morning keeps its writes as they were.
		{"Every morning at 9am about 60k people hit the site in the first hour.", false},
	} {
		w, _ := workloadFrom(tc.statement, *features["reservation"].Load)
		found := false
		for _, fl := range w.Flows {
			if fl.Kind != conversation.FlowWrite || fl.Source != conversation.Assumed {
				continue
			}
			found = true
			if got := fl.Recurs == 365*86400 && fl.Burst; got != tc.yearly {
				t.Errorf("%q: write %+v yearly %v, want %v (notes %q)", tc.statement, fl, got, tc.yearly, w.Notes)
			}
		}
		if !found {
			t.Errorf("%q: no write assumed: %+v", tc.statement, w.Flows)
		}
	}
}

package workload_test

import (
	"strings"
	"testing"

	"github.com/archbot/archbot/conversation/workload"
)

// "500 m splits on a 2,000 m course" are lengths: read as millions they made 500M timing points
// and 3.5B chip writes a second. A bare "m" after a count of people is still a million.
func TestReadMetresAreNoMillions(t *testing.T) {
	for _, s := range []string{
		"Live results for a rowing regatta: about 450 races, 6 lanes each, timing at 500 m splits on a 2,000 m course, and 25k spectators follow results.",
		"A swim meet app: 300 races over a 50m pool, 8 lanes each, with touchpads every 50 m lap.",
		"Geofenced alerts: riders within 300 m radius of a stop get told when the bus is 2 minutes away; 40k riders a day.",
	} {
		rd := workload.Read(s)
		for _, f := range rd.Flows {
			if f.Count >= 1e6 || f.Actors >= 1e6 {
				t.Errorf("%q: a length read as millions: %+v", s, f)
			}
		}
		if n := strings.Join(rd.Notes, "; "); strings.Contains(n, "500M") || strings.Contains(n, "2B") || strings.Contains(n, "300M") || strings.Contains(n, "50M") {
			t.Errorf("%q: notes count a length in millions: %s", s, n)
		}
	}
	for _, s := range []string{"We have 5m users who each post twice a day.", "An app with 2 m users who each post once a day."} {
		if rd := workload.Read(s); len(rd.Flows) == 0 || rd.Flows[0].Actors < 1e6 {
			t.Errorf("%q: millions of users lost: %+v", s, rd.Flows)
		}
	}
}

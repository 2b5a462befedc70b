package workload_test

import (
	"testing"

	"github.com/archbot/archbot/conversation/workload"
)

// "2 million ranked matches a day, 10 players each" counts players in every match, not ten
// users; "a 15 MB replay per match" sizes each match.
func TestReadPeopleInEachEventAndSizePerEvent(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		statement, item string
		size            float64
	}{
		{"Design a replay service for a competitive shooter: 2 million ranked matches a day, 10 players each, a 15 MB replay per match kept 90 days, players browse their own matches and share highlight clips.", "match", 15e6},
		{"Design a dashcam archive for a ride-hailing fleet: 800,000 trips a day, 2 riders each, a 40 MB clip per trip kept 60 days.", "trip", 40e6},
		{"Design a board game server: 300k games a day, 4 players apiece, a 50 KB move log for each game, players replay their old games.", "game", 50e3},
	} {
		rd := workload.Read(c.statement)
		for _, p := range rd.People {
			if p.Value <= 10 {
				t.Errorf("%q: population %+v; the people are each event's, not the system's (notes %q)", c.statement, p, rd.Notes)
			}
		}
		if rd.DAU != 0 && rd.DAU <= 10 || rd.Users != 0 && rd.Users <= 10 {
			t.Errorf("%q: dau=%v users=%v (notes %q)", c.statement, rd.DAU, rd.Users, rd.Notes)
		}
		if got := rd.Sizes[c.item]; got != c.size {
			t.Errorf("%q: sizes %v, want %v per %s (notes %q)", c.statement, rd.Sizes, c.size, c.item, rd.Notes)
		}
	}
}

package offline

import (
	"strings"
	"testing"

	"github.com/archbot/archbot/conversation"
)

// A race is sized by its day: its field × the timing points the statement counts (else the
// usual start, splits and finish) × the reads a chip makes crossing a mat, in the hours the field
// is out, once a year; not a fifth of the participants as daily users at a flat rate.
func TestRaceDayLoad(t *testing.T) {
	t.Parallel()
	p := *features["racetiming"].Load
	for _, tc := range []struct {
		statement string
		field     float64
		points    float64
		hours     float64
	}{
		{"Design a system for a marathon: 40,000 runners with chip timing at 8 checkpoints, families follow runners live", 40_000, 8, 4},
		{"a gran fondo for 12,000 cyclists with 4 timing points on the course and live splits for their friends", 12_000, 4, 4},
		// One mat at the finish: the gun starts everyone and the finish is the only read.
		{"our village 5k has 800 entrants and just one finish mat; results go on the club's website", 800, 1, 4},
		// No timing points counted: start, four splits and the finish.
		{"chip timing for a half marathon of 15,000 participants with wave starts and results by age group", 15_000, 6, 4},
		// An ultra's field is out for a day and a night.
		{"live tracking for a 100-mile ultra with 900 runners and 14 aid stations in the hills", 900, 14, 30},
		// An Ironman's field is out until its 17-hour cut-off; a 70.3 is not named long.
		{"timing for an Ironman with 2,600 athletes, mats at swim exit, both transitions and the finish, and splits for their families", 2_600, 6, 17},
	} {
		w, _ := workloadFrom(tc.statement, p)
		if w.DAU != tc.field {
			t.Errorf("%q: %v people a day, want the field of %v", tc.statement, w.DAU, tc.field)
		}
		read, ok := w.Flow(p.Write)
		want := tc.field * tc.points * p.Race.ReadsPerCrossing
		if !ok || read.Count != want || read.PerSeconds != tc.hours*3600 || read.Recurs != 365*86400 {
			t.Errorf("%q: chip reads %+v, want %v in %v hours, once a year", tc.statement, read, want, tc.hours)
		}
		notes := strings.Join(w.Notes, "\n")
		for _, n := range w.Notes {
			if strings.Contains(n, "not used as load") && strings.ContainsAny(n, "0123456789") &&
				(strings.Contains(n, "point") || strings.Contains(n, "station") || strings.Contains(n, "mat")) {
				t.Errorf("%q: the stated timing points are left unused: %s", tc.statement, n)
			}
		}
		if strings.Contains(notes, "stated rush") {
			t.Errorf("%q: the race's assumed hours are called a stated rush:\n%s", tc.statement, notes)
		}
		if strings.Contains(notes, "a fifth of") {
			t.Errorf("%q: the field is taken as a fifth of users a day:\n%s", tc.statement, notes)
		}
		// One race's reads, of about 100 bytes, three copies: never a daily load kept all year.
		c := conversation.Estimate(w)
		// Its rates are the race's hours', not a year's average: the reads a second on the day.
		for _, fl := range c.Flows {
			if onDay := want / (tc.hours * 3600); fl.Name == p.Write && (fl.PerSec < onDay*0.99 || fl.PerSec > onDay*1.01) {
				t.Errorf("%q: chip reads average %v/s, want the race's %v/s", tc.statement, fl.PerSec, onDay)
			}
		}
		if year := c.StorageBytesPerMonth * 12; year > want*p.RecordBytes*3*1.05 {
			t.Errorf("%q: %s a year stored, more than one race's reads", tc.statement, conversation.Bytes(year))
		}
	}
}

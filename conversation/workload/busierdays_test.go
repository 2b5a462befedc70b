package workload_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/archbot/archbot/conversation/workload"
)

// Days named as the busy ones with no share said are busier days, not all of the week's load:
// "traffic peaks on summer weekends" takes each weekend day as twice a normal day (assumed),
// 1.6 × the week's average, not 3.5. A count said on the days is all of theirs, and a share
// said is used.
func TestReadBusyDaysWithoutAShareAreBusierDays(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		statement string
		week      float64
		note      string
	}{
		{"A bike rental app with 5,000 rentals a day; traffic peaks on summer weekends.", 1.6, "twice a normal day's load (assumed)"},
		{"A ski resort app: 20,000 skiers a day, peaks on summer weekends.", 1.6, "twice a normal day's load (assumed)"},
		{"Garden app: 4,000 gardeners, demand peaks every spring.", 1.6, "twice a normal season's load (assumed)"},
		{"Birdwatchers log 150,000 sightings each weekend.", 3.5, "all of the week's load"},
		{"A bike rental app with 5,000 rentals a day; most rentals are on weekends.", 2.1, "60% of the week's load"},
	} {
		rd := workload.Read(tc.statement)
		if rd.WeekPeak != tc.week || !slices.ContainsFunc(rd.Notes, func(n string) bool { return strings.Contains(n, tc.note) }) {
			t.Errorf("%q: week peak %v, notes %q; want %v and a note saying %q", tc.statement, rd.WeekPeak, rd.Notes, tc.week, tc.note)
		}
	}
	// A multiple stated for the days wins, and the days alone say nothing more.
	rd := workload.Read("A ski resort app: about 8,000 lift scans an hour on a normal day, three times that on powder Saturdays.")
	if rd.PeakFactor != 3 || slices.ContainsFunc(rd.Notes, func(n string) bool { return strings.Contains(n, "7 ×") }) {
		t.Errorf("three times that on powder Saturdays: peak factor %v, notes %q; want 3 and no 7 ×", rd.PeakFactor, rd.Notes)
	}
}

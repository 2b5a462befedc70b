package workload_test

import (
	"testing"

	"github.com/archbot/archbot/conversation/workload"
)

// "12,000 patients across 40 trials each log one diary entry a day": the entry is counted in
// words and is the patients' (12K a day), not 40 trials a day for each patient (480K); a count
// of places or groups the actors are in ("in 12 depots") is where they are, not who acts.
// "~2KB per entry" sizes the entry; "keep … 15 years after trial close" is the retention.
func TestReadEachActorLogsOneInWords(t *testing.T) {
	t.Parallel()
	for statement, want := range map[string]struct{ actors, count float64 }{
		"A clinical-trial diary app: 12,000 patients across 40 trials each log one diary entry a day, ~2KB per entry. Keep data for 15 years after trial close.": {12000, 1},
		"12,000 patients in 40 trials, each logs two diary entries a day, ~2KB per entry; keep entries 15 years after the trial closes.":                         {12000, 2},
		"5,000 vans in 12 depots each send one location every 30 seconds.":                                                                                       {5000, 1},
	} {
		rd := workload.Read(statement)
		if len(rd.Flows) != 1 || rd.Flows[0].Actors != want.actors || rd.Flows[0].Count != want.count {
			t.Errorf("%q: flows %+v; want %v each by %v", statement, rd.Flows, want.count, want.actors)
		}
		if rd.Sizes["entry"] == 0 && want.actors == 12000 {
			t.Errorf("%q: sizes %v; want 2 KB an entry", statement, rd.Sizes)
		}
		if want.actors == 12000 && rd.RetentionYears != 15 {
			t.Errorf("%q: retention %v years; want 15", statement, rd.RetentionYears)
		}
	}
}

package workload_test

import (
	"strings"
	"testing"

	"github.com/archbot/archbot/conversation/workload"
)

// "12,000 students …, up to 3,000 at once" is 3,000 of them online together; a second clock
// joined to the first by "and" is the same sender's; "over a two-week window" is when, not a
// retention.
func TestReadBareCountAtOnceAndJoinedClock(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		statement  string
		concurrent float64
		writes     float64 // per second, all clocks
	}{
		{"Design online exam proctoring: 12,000 students sit exams over a two-week window, up to 3,000 at once; the browser sends an 80 KB webcam snapshot every 10 seconds and autosaves answers every 30 seconds; keep snapshots 60 days.", 3000, 400},
		{"Design a remote certification test platform: 50,000 candidates take tests during a one-month period, up to 5,000 at the same time; each client uploads a 100 KB screen capture every 20 seconds and syncs responses every minute.", 5000, 5000.0/20 + 5000.0/60},
		{"Design a live coding interview tool: 8,000 engineers interview during a one-week window, at most 400 concurrently; the editor sends keystroke batches every 2 seconds and saves a snapshot every 60 seconds.", 400, 200 + 400.0/60},
	} {
		rd := workload.Read(c.statement)
		if rd.Concurrent != c.concurrent {
			t.Errorf("%q: concurrent=%v, want %v (notes %q)", c.statement, rd.Concurrent, c.concurrent, rd.Notes)
		}
		var writes float64
		for _, f := range rd.Flows {
			writes += rd.Rate(f)
		}
		if writes < c.writes*0.99 || writes > c.writes*1.01 {
			t.Errorf("%q: writes=%v/s, want %v (notes %q)", c.statement, writes, c.writes, rd.Notes)
		}
		notes := strings.Join(rd.Notes, " | ")
		if strings.Contains(notes, "not who sends it") || strings.Contains(notes, "retention: 7 days") || strings.Contains(notes, "retention: 14 days") || strings.Contains(notes, "retention: 30 days") {
			t.Errorf("%q: notes %q", c.statement, notes)
		}
	}
}

package workload_test

import (
	"math"
	"testing"

	"github.com/archbot/archbot/conversation"
	"github.com/archbot/archbot/conversation/workload"
)

// People who act every few seconds or minutes do it while they work: during their stated
// shift, or a working day of 8 hours where the statement says only "while they work". The rate
// stated is the working hours' peak; the day's average is that rate for those hours.
func TestPeopleOnAClockWhileTheyWork(t *testing.T) {
	t.Parallel()
	tests := []struct {
		statement     string
		peak, average float64 // a second, all of them
	}{
		{"Each of our 120 parking officers scans a licence plate about twice a minute during an 8-hour shift", 4, 4.0 / 3},
		{"A translation memory service for 600 translators; while they work, each translator's editor asks for fuzzy matches every 20 seconds", 30, 10},
	}
	for _, tc := range tests {
		rd := workload.Read(tc.statement)
		if len(rd.Flows) == 0 {
			t.Errorf("%q: no flows", tc.statement)
			continue
		}
		f := rd.Flows[0]
		w := conversation.Workload{Flows: []conversation.Flow{f}}
		avg := w.Rate(f)
		if f.Lasts > 0 && f.Recurs > 0 {
			avg *= f.Lasts / f.Recurs
		}
		if math.Abs(w.Rate(f)-tc.peak) > 0.01 || f.Lasts != 8*3600 || f.Recurs != 86400 || math.Abs(avg-tc.average) > 0.01 {
			t.Errorf("%q: flow %+v (rate %v); want %v/s for 8 h a day, %v/s on average", tc.statement, f, w.Rate(f), tc.peak, tc.average)
		}
	}
}

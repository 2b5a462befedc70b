package workload_test

import (
	"math"
	"testing"

	"github.com/archbot/archbot/conversation/workload"
)

// A clock that runs "while charging" sends from the chargers in a session at the moment, where
// the statement counts and times the sessions: 9,000 a day × 90 min ÷ 24 h ≈ 563 of 2,000
// chargers, 19/s, not 67/s; the length said in any of its usual places.
func TestReadClockWhileACountedActRuns(t *testing.T) {
	t.Parallel()
	for _, statement := range []string{
		"EV charging network: 2,000 chargers; about 9,000 charging sessions a day, averaging 90 minutes. Chargers send meter values every 30 s while charging.",
		"An EV charging platform with 2,000 chargers handles 9,000 sessions per day, and the average session lasts 90 minutes; each charger sends meter values every 30 seconds while charging.",
		"2,000 chargers send meter values every 30 seconds while a car is charging; 9,000 sessions a day of about 1.5 hours each.",
	} {
		rd := workload.Read(statement)
		found := false
		for _, f := range rd.Flows {
			if f.PerSeconds != 30 {
				continue
			}
			found = true
			if math.Abs(rd.Rate(f)-18.75) > 0.1 || f.Steady {
				t.Errorf("%q: %+v at %v/s; want 562.5 chargers charging at once, 18.75/s, not steady", statement, f, rd.Rate(f))
			}
		}
		if !found {
			t.Errorf("%q: flows %+v; want the meter values every 30 s", statement, rd.Flows)
		}
	}
	// With no count of sessions, the clock stands for every charger.
	rd := workload.Read("2,000 chargers send meter values every 30 s while charging.")
	if len(rd.Flows) != 1 || rd.Flows[0].Actors != 2000 {
		t.Errorf("flows %+v; want all 2,000 chargers", rd.Flows)
	}
}

package workload_test

import (
	"testing"

	"github.com/archbot/archbot/conversation/workload"
)

// A ping or heartbeat on a clock keeps only the latest state, unless the statement keeps its
// history: "keep location history 30 days" stores every bus's pings for 30 days (0 B before).
// History of something else ("order history") leaves the heartbeat a latest state.
func TestReadKeptHistoryOfPings(t *testing.T) {
	t.Parallel()
	for statement, overwrites := range map[string]bool{
		"School bus tracker: 800 buses send a location ping every 10 seconds; parents see the bus on a map. Keep location history 30 days.": false,
		"800 buses send a heartbeat every 10 seconds with GPS position; we keep 30 days of position history.":                               false,
		"800 buses send a heartbeat every 10 seconds; location history is retained for 30 days.":                                            true,
		"800 buses send a heartbeat every 10 seconds; keep order history 7 years.":                                                          true,
	} {
		rd := workload.Read(statement)
		if len(rd.Flows) != 1 || rd.Flows[0].Overwrites != overwrites || rd.Flows[0].Actors != 800 {
			t.Errorf("%q: flows %+v; want 800 buses' pings, overwriting the last: %v", statement, rd.Flows, overwrites)
		}
	}
}

// Two retentions said of two things ("keep location history 30 days, scans for 1 year") keep
// each thing for its own time: the location flow 30 days, the rest a year.
func TestReadRetentionOfEachThingKept(t *testing.T) {
	t.Parallel()
	for _, statement := range []string{
		"School bus tracker: 300 buses, each with a GPS unit sending a position every 5 seconds; 20,000 students scan a badge boarding. Keep location history 30 days, scans for 1 year.",
		"300 buses report their location every 5 seconds and riders tap on 20,000 times a day; keep location history for 30 days and tap records for 1 year.",
	} {
		rd := workload.Read(statement)
		if len(rd.Tiers) != 1 || rd.Tiers[0].Flow == "" || rd.Tiers[0].Years*365 < 29 || rd.Tiers[0].Years*365 > 31 || rd.RetentionYears != 1 {
			t.Errorf("%q: tiers %+v, retention %v; want the location flow kept 30 days, the rest 1 year", statement, rd.Tiers, rd.RetentionYears)
		}
	}
}

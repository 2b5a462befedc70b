package workload_test

import (
	"testing"

	"github.com/archbot/archbot/conversation/workload"
)

// A clock that runs only while people do something whose length is stated runs that long a day:
// autosaves every 5 s through a 12-minute solve are 144 a solver a day (667/s for 400K), not one
// every 5 s all day (80K/s); people's sessions bunch, so it is no steady clock.
func TestReadClockWhileActingRunsForTheAct(t *testing.T) {
	for _, tc := range []struct {
		statement string
		perDay    float64
	}{
		{"roughly 400k daily solvers. The app autosaves each grid every 5 seconds while solving and an average solve takes 12 minutes.", 144},
		{"500k daily players; the client sends a heartbeat every 10 seconds while playing, and a typical game lasts about 20 minutes.", 120},
	} {
		rd := workload.Read(tc.statement)
		if len(rd.Flows) != 1 {
			t.Fatalf("%q: flows %+v; want one", tc.statement, rd.Flows)
		}
		f := rd.Flows[0]
		if f.Count != tc.perDay || f.PerSeconds != 86400 || f.Steady || !f.Each || !f.Overwrites {
			t.Errorf("%q: %+v; want %v a day each, overwriting, not steady", tc.statement, f, tc.perDay)
		}
		if len(rd.Latencies) != 0 {
			t.Errorf("%q: latencies %v; how long a solve or a game lasts is no target", tc.statement, rd.Latencies)
		}
	}
	// With no length of the act stated, the clock stands as said.
	rd := workload.Read("20,000 trucks report GPS every 30 seconds while driving")
	if len(rd.Flows) != 1 || !rd.Flows[0].Steady || rd.Flows[0].PerSeconds != 30 {
		t.Errorf("trucks: %+v; want a steady flow every 30 s", rd.Flows)
	}
	// A stated limit is still one.
	if rd := workload.Read("a search must take under 200 ms"); len(rd.Latencies) != 1 {
		t.Errorf("search: latencies %v; want the 200 ms target", rd.Latencies)
	}
}

// Where things happen is no count of events, whatever period the sentence gives: "one daily
// puzzle … across the four US time zones" has no four zones a day.
func TestReadTimeZonesAreNoEvents(t *testing.T) {
	rd := workload.Read("we syndicate one daily puzzle to about 300 newspapers and run our own solving app with roughly 400k daily solvers, most of them between 6 and 9am local time across the four US time zones.")
	for _, f := range rd.Flows {
		if f.Name == "us time zone" || f.Name == "time zone" {
			t.Errorf("flows %+v; want no flow of time zones", rd.Flows)
		}
	}
}

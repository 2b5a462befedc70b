package workload_test

import (
	"testing"

	"github.com/archbot/archbot/conversation/workload"
)

// "N Hz" is how often each sender reports: N times a second. Counted places after "across" say
// where the senders are; they send nothing.
func TestReadHertzIsEachSendersRate(t *testing.T) {
	for _, tc := range []struct {
		statement string
		want      float64
	}{
		{"crop-spraying drone fleet management: 120 drones across 35 farms, flight plans uploaded before flight, telemetry at 10Hz during flight", 1200},
		{"a fleet of 400 delivery robots streaming position at 5 Hz while driving", 2000},
		{"80 race cars sending telemetry at 20Hz", 1600},
	} {
		checkTotalRate(t, tc.statement, tc.want)
	}
	// A radio frequency is no rate.
	if rd := workload.Read("a radio station broadcasting at 98.5 MHz to 2 million listeners"); len(rd.Flows) != 0 {
		t.Errorf("MHz: %+v; want no flow", rd.Flows)
	}
}

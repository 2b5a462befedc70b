package workload_test

import "testing"

// A report on a clock of seconds with no sender named is sent by the counted vehicles, devices
// or sensors, not by the largest crowd of people the statement counts.
func TestReadClockReportIsTheMachines(t *testing.T) {
	for _, tc := range []struct {
		statement string
		want      float64
	}{
		{"A ferry tracker: 60 ferries, about 15,000 passengers a day. Position reports every 30 seconds.", 2},
		{"Fleet app for a courier firm with 3,000 vans and 90,000 customers. Location pings every 15 s.", 200},
		{"Ambulance dispatch for a region of 2 million people with 150 ambulances; telemetry every 5 seconds.", 30},
		{"Smart parking for a town of 25,000 residents with 4,000 bay sensors; a heartbeat every 60 seconds.", 4000.0 / 60},
	} {
		checkTotalRate(t, tc.statement, tc.want)
	}
}

package offline

import "testing"

// Antennas, telescopes, seismometers and hydrophones counted in a statement are instruments, not
// people: their count is never the system's users.
func TestInstrumentsAreNotUsers(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		statement string
		count     float64
	}{
		{"A radio telescope array of 64 antennas produces 3 TB of visibility data per night. Astronomers submit processing jobs (calibration, imaging) that run 2-20 hours on GPU nodes.", 64},
		{"A volcano observatory runs 140 seismometers that stream waveforms continuously; 25 volcanologists query the last week of data and get alerts on tremor", 140},
		{"A navy research lab runs 300 hydrophones that record whale calls around the clock; 15 scientists label calls in the archive", 300},
		{"A particle physics experiment has 2,400 detectors that produce 40 GB of events an hour; physicists submit reconstruction jobs to the farm", 2400},
		{"A space weather network of 500 magnetometers streams readings to our cluster; 30 researchers run models on them", 500},
		{"The coastal agency operates 90 buoys that send wave height every 10 minutes and forecasters view the trends", 90},
	} {
		w, _ := workloadFrom(tc.statement, loadProfile{})
		if w.Users == tc.count {
			t.Errorf("%q: users = %v, the instruments' count", tc.statement, w.Users)
		}
	}
}

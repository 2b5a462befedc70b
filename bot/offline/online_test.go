package offline_test

import (
	"testing"
)

// A crowd stated as online at once sets the peak of the reads it makes while there: 25M
// watching a final fetch a segment every 4 s, 6.25M requests/s, not the 521K/s of 250M daily
// users spreading 60 segments over a day.
func TestOnlineCrowdSetsThePeak(t *testing.T) {
	for _, tc := range []struct {
		problem    string
		peak, want float64 // peak reads/s at least, and at most want×2
	}{
		{"A live streaming service for the cup final: 25M concurrent viewers at the final watch the video stream.", 6.25e6, 6.25e6},
		{"Live video streaming for the cup final with 25 million viewers watching at once.", 6.25e6, 6.25e6},
		{"A live streaming platform with 2M daily viewers and 200K concurrent at peak.", 50e3, 50e3},
		// Near miss: a day's reads already peak above the crowd's, so they stand.
		{"A team chat app with 50,000 concurrent users.", 5000, 5300},
	} {
		c := design(t, tc.problem).Capacity
		if c.PeakReadQPS < tc.peak*0.99 || c.PeakReadQPS > tc.want*2 {
			t.Errorf("%q: peak reads %v/s, want about %v/s", tc.problem, c.PeakReadQPS, tc.want)
		}
		if c.ReadQPS >= c.PeakReadQPS/2 && tc.peak > 1e4 {
			t.Errorf("%q: average reads %v/s beside a peak of %v/s: the crowd holds only for a match", tc.problem, c.ReadQPS, c.PeakReadQPS)
		}
	}
}

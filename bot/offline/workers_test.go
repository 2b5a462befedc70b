package offline_test

import (
	"strings"
	"testing"
)

// Counted people at work do the pattern's write at a pace through a shift, not as a fifth of
// them at a consumer's few acts a day: 120 stewards scanning a ticket a minute is 2 scans/s while
// they work, where 24 "daily users" made 0.0003/s.
func TestWorkersActThroughTheirShift(t *testing.T) {
	for _, tc := range []struct {
		problem string
		flow    string
		peak    float64
	}{
		{"A ticket scanning app for a stadium: 120 stewards scan tickets at the gates.", "gate scan", 2},
		{"A ward app: 40 nurses scan patient wristbands before each dose.", "scan patient wristband", 40.0 / 60},
		{"A hospital porter app: 30 porters take jobs from a dispatch queue.", "take job", 0.1},
		{"A parcel depot where 60 drivers on 10-hour shifts scan parcels.", "scan", 1},
	} {
		d := design(t, tc.problem)
		found := false
		for _, f := range d.Capacity.Flows {
			if f.Name != tc.flow {
				continue
			}
			found = true
			if f.PeakPerSec < tc.peak*0.98 || f.PeakPerSec > tc.peak*1.02 {
				t.Errorf("%q: %s peak %v/s, want %v/s", tc.problem, f.Name, f.PeakPerSec, tc.peak)
			}
		}
		if !found {
			t.Errorf("%q: no %s flow in %+v", tc.problem, tc.flow, d.Capacity.Flows)
		}
		if text := d.Markdown(); strings.Contains(text, "a fifth of the") || !strings.Contains(text, "-hour shift (assumed pace") {
			t.Errorf("%q: assumptions do not pace the workers through a shift", tc.problem)
		}
	}
	// Near misses: office staff and engineers are not paced by the minute, and a count of
	// workers whose pattern's write is no quick act or job keeps its own figures.
	for _, p := range []string{
		"A leave request tool for 300 staff.",
		"A code review tool for 500 engineers.",
		"A ride hailing app with 5,000 drivers.",
	} {
		if text := design(t, p).Markdown(); strings.Contains(text, "-hour shift (assumed pace") {
			t.Errorf("%q: paced as shift work", p)
		}
	}
}

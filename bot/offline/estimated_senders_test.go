package offline_test

import (
	"strings"
	"testing"
)

// Senders the statement names but never counts ("ships send ETA updates every 15 min", their
// number estimated from movements a year) are no fleet of devices: the design stays the
// dispatch it was asked for. A fleet the statement counts still gets its device platform.
func TestEstimatedSendersAreNoDeviceFleet(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		statement string
		iot       bool
	}{
		{"We need a dispatch system for our harbour pilots: about 60 pilots cover ~45,000 ship movements a year. Ships send ETA updates every 15 min or so once within 200 nm, and agents want to see the pilot assignment within 2 minutes.", false},
		{"A towage company: 25 tug masters handle 30,000 tows a year, and vessels send arrival estimates every 10 minutes once they are a few hours out.", false},
		{"A supermarket chain has 2,000 cold-room sensors that each report temperature every 30 seconds; alert the manager if one goes above 5°C for more than 10 minutes.", true},
	} {
		overview := sectionText(design(t, tc.statement), "overview")
		if got := strings.Contains(overview, "IoT device platform"); got != tc.iot {
			t.Errorf("%q: IoT device platform %v, want %v:\n%s", tc.statement, got, tc.iot, overview[:min(len(overview), 400)])
		}
	}
}

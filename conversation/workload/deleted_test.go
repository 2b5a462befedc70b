package workload_test

import (
	"testing"

	"github.com/archbot/archbot/conversation/workload"
)

// What the statement says is deleted (purged, erased, wiped) after a time is kept that long,
// whatever the data is called: a retention, not how long something lasts. A licence or an offer
// that expires is no data, and a session closed after idle minutes keeps nothing.
func TestReadDeletedAfterIsRetention(t *testing.T) {
	t.Parallel()
	tests := []struct {
		statement string
		days      float64
	}{
		{"500,000 drivers send their location every 4 seconds; live location is only shared during the drive and deleted after 24h.", 1},
		{"50,000 sensors send a 200-byte reading every 10 seconds; readings are purged after 90 days.", 90},
		{"2 million users upload 3 photos a day of 2 MB; photos deleted after 30 days.", 30},
		{"Guests scan a QR code at the door; their contact details are erased after 2 weeks.", 14},
	}
	for _, tc := range tests {
		if rd := workload.Read(tc.statement); !near(rd.RetentionYears, tc.days/365) {
			t.Errorf("%q: retention %v years, want %v days (%q)", tc.statement, rd.RetentionYears, tc.days, rd.Notes)
		}
	}
	for _, s := range []string{
		"licences allow one concurrent loan and expire after 24 months",
		"the discount code expires after 7 days",
		"sessions are deleted after 30 minutes of inactivity",
		"riders are matched with a driver after 2 minutes",
	} {
		if rd := workload.Read(s); rd.RetentionYears != 0 {
			t.Errorf("%q: retention %v years, want none (%q)", s, rd.RetentionYears, rd.Notes)
		}
	}
}

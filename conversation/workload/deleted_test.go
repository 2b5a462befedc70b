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
		if rd := workload.Read(tc.statement); !keptFor(rd, tc.days) {
			t.Errorf("%q: retention %v years, tiers %+v; want %v days (%q)", tc.statement, rd.RetentionYears, rd.Tiers, tc.days, rd.Notes)
		}
	}
	for _, s := range []string{
		"licences allow one concurrent loan and expire after 24 months",
		"the discount code expires after 7 days",
		"sessions are deleted after 30 minutes of inactivity",
		"riders are matched with a driver after 2 minutes",
	} {
		if rd := workload.Read(s); rd.RetentionYears != 0 || len(rd.Tiers) != 0 {
			t.Errorf("%q: retention %v years, tiers %+v; want none (%q)", s, rd.RetentionYears, rd.Tiers, rd.Notes)
		}
	}
}

// What is deleted is kept that long, said of the flow that sends it where there is one (the
// rest of the data keeps its own retention), else of all the data.
func TestReadDeletedDataIsItsFlowsTier(t *testing.T) {
	t.Parallel()
	rd := workload.Read("300,000 drivers send their location every 5 seconds and riders book 1.5 million trips a day; live location is only shared during the drive and deleted after 24h.")
	if rd.RetentionYears != 0 || len(rd.Tiers) != 1 || rd.Tiers[0].Flow != "location update" || !near(rd.Tiers[0].Years, 1.0/365) {
		t.Errorf("location: retention %v, tiers %+v; want a day's tier of the location updates only (%q)", rd.RetentionYears, rd.Tiers, rd.Notes)
	}
}

// keptFor reports data kept for days: all of it, or the one flow a tier names.
func keptFor(rd workload.Reading, days float64) bool {
	if near(rd.RetentionYears, days/365) {
		return true
	}
	return len(rd.Tiers) == 1 && rd.Tiers[0].Flow != "" && near(rd.Tiers[0].Years, days/365)
}

package workload_test

import (
	"testing"

	"github.com/archbot/archbot/conversation/workload"
)

// Counted things followed by how many times in a period something is done to each are that many
// times the things in the period: "220,000 parcels, bills twice a year" is 440,000 bills a year.
func TestReadTimesInPeriodOfCountedThings(t *testing.T) {
	for _, tc := range []struct {
		statement string
		name      string
		rate      float64
	}{
		{"Design a property tax system for a county with 220,000 parcels, bills twice a year.", "parcel bill", 440000 / year},
		{"A county with 220,000 parcels, billed twice a year.", "parcel bill", 440000 / year},
		{"A property tax billing system: 220,000 parcels, bills go out twice a year, and owners pay online.", "parcel bill", 440000 / year},
	} {
		rd := workload.Read(tc.statement)
		f, ok := rd.Flow(tc.name)
		if !ok || !near(f.Count/f.PerSeconds, tc.rate) {
			t.Errorf("%q: flows %+v; want %q at %v/s", tc.statement, rd.Flows, tc.name, tc.rate)
		}
	}
	// Said once in the period, or of each item's own act, the count stands.
	rd := workload.Read("A county that sends 220,000 tax bills a year.")
	if len(rd.Flows) != 1 || !near(rd.Flows[0].Count/rd.Flows[0].PerSeconds, 220000/year) {
		t.Errorf("bills a year: %+v; want 220,000 a year", rd.Flows)
	}
}

// "read 20 times each" after counted things is per item, as "each read 20 times" is: the number
// was dropped, and the Pastebin design assumed 50 views a paste instead of the stated 20.
func TestReadTimesEachAfterTheVerb(t *testing.T) {
	for _, tc := range []struct {
		statement, name string
		count           float64
	}{
		{"Design a Pastebin. 5 million new pastes a month, read 20 times each on average.", "read paste", 20},
		{"Users upload 2M photos a day, viewed 30 times apiece.", "view photo", 30},
		{"Shops print 40,000 receipts a day, scanned 2 times each at the exit.", "scan receipt", 2},
	} {
		rd := workload.Read(tc.statement)
		f, ok := rd.Flow(tc.name)
		if !ok || f.Count != tc.count || f.ItemsOf == "" {
			t.Errorf("%q: flows %+v; want %q %v times per item", tc.statement, rd.Flows, tc.name, tc.count)
		}
	}
}

package workload_test

import (
	"testing"

	"github.com/archbot/archbot/conversation/workload"
)

// "Keep frames 30 days, anything flagged for 3 years" keeps all the frames a month and a small
// flagged set three years: read as one retention of 3 years it sized 2.2 PB for 31 TB of frames.
func TestReadFlaggedDataIsItsOwnTier(t *testing.T) {
	for _, tc := range []struct {
		s          string
		all, flags float64 // years each tier keeps; 0 where no tiers are read
		retention  float64
	}{
		{"1,200 cameras each push a 600 KB JPEG every 60 seconds. Keep frames 30 days, anything flagged for 3 years.", 30.0 / 365, 3, 3},
		{"Body cameras upload 2 MB clips every minute; store the uploaded clips for 90 days; flagged clips are kept 2 years.", 90.0 / 365, 2, 2},
		{"Sensors send 200-byte readings every 10 s. Keep data 1 year, and anything marked as evidence for 7 years.", 1, 7, 7},
		// Near misses: one retention, or a flagged one no longer than the rest, stays as it was.
		{"1,200 cameras push a frame every minute. Anything flagged is kept for 3 years.", 0, 0, 3},
		{"Sensors send readings every 10 s. Keep data 5 years, anything flagged for 1 year.", 0, 0, 5},
	} {
		rd := workload.Read(tc.s)
		tiers := rd.DataTiers()
		if tc.all == 0 {
			if len(tiers) != 0 || rd.RetentionYears != tc.retention {
				t.Errorf("%q: tiers %+v, retention %v; want none and %v (%v)", tc.s, tiers, rd.RetentionYears, tc.retention, rd.Notes)
			}
			continue
		}
		if len(tiers) != 2 || !near(tiers[0].Years, tc.all) || tiers[0].Fraction != 1 || !near(tiers[1].Years, tc.flags) || tiers[1].Fraction >= 0.1 ||
			rd.RetentionYears != tc.retention {
			t.Errorf("%q: tiers %+v, retention %v; want all data %.3g years and a small flagged share %v years (%v)", tc.s, tiers, rd.RetentionYears, tc.all, tc.flags, rd.Notes)
		}
	}
}

package offline

import (
	"strings"
	"testing"
)

// A write whose subject is the staff at counted sites is sized from a few staff at each site,
// not from the hundreds of the public who come through; a write the public make still scales
// with them.
func TestStaffWriteRate(t *testing.T) {
	t.Parallel()
	tests := []struct {
		statement string
		staff     float64 // 0: the public write, one each a day
	}{
		{"Design a lost-and-found system for a city's transit network: 150 stations, staff log found items with photos, riders search and claim them within 90 days", 450},
		{"A bike repair network of 30 depots: mechanics log repairs with photos and owners track them", 90},
		{"Design a system for 200 schools where pupils submit homework and parents read the feedback", 0},
	}
	for _, tc := range tests {
		f := composed(tc.statement)
		w, _ := workloadFrom(tc.statement, *f.Load)
		write, _ := w.Flow(f.Load.Write)
		switch {
		case tc.staff > 0 && (write.Actors != tc.staff || write.Count != staffActsPerDay):
			t.Errorf("%q: write %+v, want %v staff × %d a day", tc.statement, write, tc.staff, staffActsPerDay)
		case tc.staff > 0 && !strings.Contains(strings.Join(w.Notes, "\n"), "on duty at each"):
			t.Errorf("%q: notes %q do not say how the staff were counted", tc.statement, w.Notes)
		case tc.staff == 0 && write.Actors != 0:
			t.Errorf("%q: write %+v, want one per user of the public", tc.statement, write)
		}
	}
}

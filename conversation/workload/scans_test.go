package workload_test

import (
	"testing"

	"github.com/archbot/archbot/conversation/workload"
)

// TestPeriodicScansAreScans names a clocked scan after what is scanned: "a picker scans a barcode
// every 8 seconds" is a barcode scan from each picker, not an update of the barcode.
func TestPeriodicScansAreScans(t *testing.T) {
	for _, tc := range []struct{ statement, name string }{
		{"3 warehouses, each has 40 pickers on the floor at peak, a picker scans a barcode roughly every 8 seconds", "barcode scan"},
		{"200 couriers each scan a parcel label every 30 seconds", "label scan"},
	} {
		rd := workload.Read(tc.statement)
		var names []string
		found := false
		for _, f := range rd.Flows {
			names = append(names, f.Name)
			found = found || f.Name == tc.name && f.Each
		}
		if !found {
			t.Errorf("%q: flows %q, want %q from each", tc.statement, names, tc.name)
		}
	}
}

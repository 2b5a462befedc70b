package workload_test

import (
	"math"
	"testing"

	"github.com/archbot/archbot/conversation/workload"
)

// What one inspection produces comes with every inspection the statement counts: 6,800 bridges
// inspected every 2 years are 3,400 inspections a year, × 2,500 photos × 20 MB = 170 TB a year,
// not 2,500 photos read and dropped; kept "for the life of the bridge" is the long horizon.
func TestReadWhatOneCountedActProduces(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		statement   string
		bytesAYear  float64
		keptForever bool
	}{
		{"A platform for drone inspection of bridges for a state DOT: 6,800 bridges, each inspected every 2 years. One drone inspection produces about 2,500 photos at 20 MB each, and reports must be kept for the life of the bridge.", 170e12, true},
		{"Elevator safety platform: 40,000 elevators, each inspected every year; each inspection produces 30 photos at 5 MB each.", 6e12, false},
		{"Culvert records: 9,000 culverts, each inspected every 3 years; one inspection produces 400 photos at 10 MB each and the records are retained for the whole life of the culvert.", 12e12, true},
	} {
		rd := workload.Read(tc.statement)
		total := 0.0
		for _, f := range rd.Flows {
			total += rd.Rate(f) * rd.Sizes[f.Name] * 365 * 86400
		}
		if math.Abs(total-tc.bytesAYear)/tc.bytesAYear > 0.02 {
			t.Errorf("%q: flows %+v sizes %v: %.3g B a year, want %.3g (notes %q)", tc.statement, rd.Flows, rd.Sizes, total, tc.bytesAYear, rd.Notes)
		}
		if (rd.RetentionYears >= 10) != tc.keptForever {
			t.Errorf("%q: retention %v years, want kept for the long horizon: %v", tc.statement, rd.RetentionYears, tc.keptForever)
		}
	}
}

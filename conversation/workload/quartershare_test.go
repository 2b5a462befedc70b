package workload_test

import (
	"testing"

	"github.com/archbot/archbot/conversation/workload"
)

// A window's share said as a fraction ("a quarter of them between 9 and 11 am") is that share of
// the day in it, not the half assumed when none is said.
func TestReadFractionOfTheDayInAWindow(t *testing.T) {
	for _, tc := range []struct {
		statement string
		peak      float64
	}{
		{"Hospital porter dispatch: 1,500 jobs a day, a quarter of them between 9 and 11 am.", 3},
		{"Hospital porter dispatch: porters do about 1,500 jobs a day, about a quarter of them between 9am and 11am.", 3},
		{"Hospital porter dispatch: porters do about 1,500 jobs a day, one fifth of them between 9am and 11am.", 2.4},
		// Near misses: a percentage was read already; no share says half.
		{"Hospital porter dispatch: porters do about 1,500 jobs a day, 25% of them between 9am and 11am.", 3},
		{"Hospital porter dispatch: porters do about 1,500 jobs a day, between 9am and 11am.", 6},
	} {
		if rd := workload.Read(tc.statement); rd.PeakFactor != tc.peak {
			t.Errorf("%q: peak factor %v, want %v (notes %q)", tc.statement, rd.PeakFactor, tc.peak, rd.Notes)
		}
	}
}

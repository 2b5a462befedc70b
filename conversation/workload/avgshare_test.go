package workload_test

import (
	"testing"

	"github.com/archbot/archbot/conversation/workload"
)

// The average said as a share of a stated peak sets the peak factor: "average is a fifth of
// that" makes 50k a second at peak 10k on average, not the half a bare peak is assumed to be.
func TestReadAverageAsAShareOfThePeak(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		statement string
		factor    float64
	}{
		{"We ingest 50k error events per second at peak (average is a fifth of that).", 5},
		{"We ingest 50k error events per second at peak; the average is about a third of the peak.", 3},
		{"We ingest 50k error events per second at peak; the average load is 25% of peak.", 4},
		{"We ingest 50k events per second at peak, averaging a quarter of that.", 4},
		{"We ingest 50k events per second at peak; the average is roughly half the peak.", 2},
		{"We ingest 20k error events per second on average; peaks are 4x the average.", 4},
		// No share of the peak: nothing stated.
		{"We ingest 50k orders per second at peak; the average order is about half that size.", 0},
		{"Users average 20% of their time on the feed; 1M DAU.", 0},
	} {
		rd := workload.Read(tc.statement)
		if rd.PeakFactor != tc.factor {
			t.Errorf("%q: peak factor %v, want %v (notes %q)", tc.statement, rd.PeakFactor, tc.factor, rd.Notes)
		}
		for _, n := range rd.Notes {
			if tc.factor > 0 && n == "25%: read, not used as load (\"25%\")" {
				t.Errorf("%q: the share is noted as unused: %q", tc.statement, rd.Notes)
			}
		}
	}
}

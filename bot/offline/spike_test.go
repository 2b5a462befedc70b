package offline

import "testing"

// A stated spike is brief: "scans spike to 15,000 per second during TV ads" made an average of
// half the spike, 648 million scans a day for 200 million packages printed a year. A peak said
// as a peak keeps its average at half.
func TestSpikeIsFarAboveTheAverage(t *testing.T) {
	t.Parallel()
	p := *composed("Design a QR code resolver").Load
	for _, tc := range []struct {
		statement string
		factor    float64
	}{
		{"Design a QR code resolver: each code resolves to a landing page, and scans spike to 15,000 per second during TV ads.", spikeFactor},
		{"Design the ticket site for a club whose traffic surges to 40,000 requests a second when a match goes on sale.", spikeFactor},
		{"Design a QR code resolver: each code resolves to a landing page, with 15,000 scans per second at peak.", 2},
	} {
		w, _ := workloadFrom(tc.statement, p)
		if w.PeakFactor != tc.factor {
			t.Errorf("%q: peak factor %v, want %v (notes %q)", tc.statement, w.PeakFactor, tc.factor, w.Notes)
		}
	}
}

package offline

import (
	"testing"

	"github.com/archbot/archbot/conversation"
)

// A stated spike is brief: "scans spike to 15,000 per second during TV ads" made an average of
// half the spike, 648 million scans a day for 200 million packages printed a year. The spike is
// a burst of about half an hour a day; the other flows keep their own peak factor, so the
// printing of the packages does not spike with the ads. A peak said as a peak keeps its
// average at half.
func TestSpikeIsFarAboveTheAverage(t *testing.T) {
	t.Parallel()
	p := *composed("Design a QR code resolver").Load
	for _, tc := range []struct {
		statement string
		flow      string
		avg       float64
	}{
		{"We print a QR code on 200 million product packages a year; each code resolves to a landing page, and scans spike to 15,000 per second during TV ads.", "scan", 15_000.0 * spikeLasts / 86400},
		{"Design the ticket site for a club whose traffic surges to 40,000 requests a second when a match goes on sale.", "request", 40_000.0 * spikeLasts / 86400},
	} {
		w, _ := workloadFrom(tc.statement, p)
		c := conversation.Estimate(w)
		var got float64
		for _, f := range c.Flows {
			if f.Name == tc.flow {
				got = f.PerSec
			}
		}
		if got < tc.avg*0.9 || got > tc.avg*1.1 {
			t.Errorf("%q: %s averages %v/s, want about %v (flows %+v, notes %q)", tc.statement, tc.flow, got, tc.avg, c.Flows, w.Notes)
		}
		if w.PeakFactor != 2 {
			t.Errorf("%q: peak factor %v for the other flows, want 2", tc.statement, w.PeakFactor)
		}
	}
	w, _ := workloadFrom("Design a QR code resolver: each code resolves to a landing page, with 15,000 scans per second at peak.", p)
	if w.PeakFactor != 2 || slicesAnyBurst(w.Flows) {
		t.Errorf("a plain peak became a spike: factor %v, flows %+v", w.PeakFactor, w.Flows)
	}
}

func slicesAnyBurst(fs []conversation.Flow) bool {
	for _, f := range fs {
		if f.Burst {
			return true
		}
	}
	return false
}

package offline

import (
	"math"
	"testing"

	"github.com/archbot/archbot/conversation"
)

// A stated peak is a peak: the writes assumed from reads stated at their peak are a peak too, so
// they average what the reads average rather than what the reads peak at.
func TestWritesFromPeakReads(t *testing.T) {
	p := loadProfile{ReadWrite: 1, Write: "logged search", Read: "suggestion"}
	for _, s := range []string{
		"Design search autocomplete for an e-commerce site: 300k keystroke queries/sec at peak, suggestions within 100 ms, log searches for ranking.",
		"typeahead suggestions for a shop, peaking at 300,000 queries a second",
	} {
		w, _ := workloadFrom(s, p)
		c := conversation.Estimate(w)
		if math.Abs(c.PeakReadQPS-300_000) > 1 || math.Abs(c.WriteQPS-c.ReadQPS) > 1 || math.Abs(c.PeakWriteQPS-300_000) > 1 {
			t.Errorf("%q: reads %v/s (peak %v), writes %v/s (peak %v); want one write per read, both peaking at 300K", s, c.ReadQPS, c.PeakReadQPS, c.WriteQPS, c.PeakWriteQPS)
		}
	}
}

package offline

import (
	"testing"

	"github.com/archbot/archbot/conversation"
)

// Messages other systems send about changes ("OTA updates arrive at about 200 per second") are
// writes that bring no readers: the reads are not assumed at a hundred searches per message, and
// a stated booking keeps its usual searches.
func TestSyncMessagesBringNoReaders(t *testing.T) {
	t.Parallel()
	p := *features["reservation"].Load
	for _, tc := range []struct {
		statement string
		write     string
		maxReads  float64
	}{
		{"A hotel group's booking service where OTA updates arrive at about 200 per second", "ota update", 200},
		{"Our holiday homes are listed on three booking sites and channel messages come in at roughly 150 a second", "channel message", 150},
		{"A campsite booking system where bookings flow in at a rate of 40 per second", "booking", 1e9},
	} {
		w, _ := workloadFrom(tc.statement, p)
		f, ok := w.Flow(tc.write)
		if !ok || f.Kind != conversation.FlowWrite {
			t.Fatalf("%q: no write %q (flows %+v)", tc.statement, tc.write, w.Flows)
		}
		reads := 0.0
		for _, g := range w.Flows {
			if g.Kind == conversation.FlowRead {
				reads += w.Rate(g)
			}
		}
		if r := reads; r > tc.maxReads || tc.maxReads == 1e9 && r < w.Rate(f) {
			t.Errorf("%q: %v reads/s against %v writes/s (notes %q)", tc.statement, r, w.Rate(f), w.Notes)
		}
	}
}

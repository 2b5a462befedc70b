package offline

import (
	"math"
	"testing"

	"github.com/archbot/archbot/conversation"
)

// A stated peak is a peak: the writes assumed from reads stated at their peak are a peak too, so
// they average what the reads average rather than what the reads peak at.
func TestWritesFromPeakReads(t *testing.T) {
	t.Parallel()
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

// A stated count of every request is the total: the designer divides it by the system's ratio
// (or the statement's "mostly reads"), where it used to add its writes on top of it as reads. An
// archetype whose writes follow its reads (a CDN's fills) keeps every request a read.
func TestTotalsAreDivided(t *testing.T) {
	t.Parallel()
	booking := loadProfile{ReadWrite: 100, Write: "booking", Read: "availability search"}
	tests := []struct {
		statement string
		p         loadProfile
		total     float64 // a second
		rw        float64 // reads per write
	}{
		{"Design a booking API for a hotel marketplace handling 1 million requests a month.", booking, 1e6 / (30 * 86400), 100},
		{"a holiday-let marketplace whose API takes about 1M calls a month", booking, 1e6 / (30 * 86400), 100},
		{"Design a REST API for a weather app handling 1M requests a second, mostly reads.", loadProfile{ReadWrite: 1}, 1e6, 9},
		{"an API serving 2 million requests a second, read-heavy", loadProfile{ReadWrite: 2}, 2e6, 9},
		{"Build a CDN that serves 10 million requests a second", loadProfile{ReadWrite: 10, WritesFollowReads: true, Write: "cache fill"}, 10e6 * 1.1, 10},
	}
	for _, tc := range tests {
		w, _ := workloadFrom(tc.statement, tc.p)
		var reads, writes float64
		for _, f := range w.Flows {
			if f.Kind == conversation.FlowRead {
				reads += w.Rate(f)
			} else {
				writes += w.Rate(f)
			}
		}
		if math.Abs(reads+writes-tc.total) > 1e-6*tc.total || math.Abs(reads/writes-tc.rw) > 1e-6*tc.rw {
			t.Errorf("%q: %v reads and %v writes a second; want %v in all, %v reads a write", tc.statement, reads, writes, tc.total, tc.rw)
		}
	}
}

// A ratio stated with no rate sets the reads from the writes assumed.
func TestStatedRatioWithNoRate(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"Design a note-taking app for 2 million users, reads:writes 20:1.", "a notes app with 2M users and a 20:1 read/write ratio"} {
		w, _ := workloadFrom(s, loadProfile{WritesPerUser: 5, ReadsPerUser: 50, Write: "save note", Read: "open note"})
		r, wr := w.Rate(firstOf(w.Flows, conversation.FlowRead)), w.Rate(firstOf(w.Flows, conversation.FlowWrite))
		if wr == 0 || math.Abs(r/wr-20) > 1e-9 {
			t.Errorf("%q: %v reads and %v writes a second; want 20 reads a write", s, r, wr)
		}
	}
}

// The work of a services marketplace whose providers are counted is theirs, so many jobs each a
// day: 3,000 walkers walk some 18,000 dogs a day, not the 60 walks a fifth of them would book as
// users. Searches come from the customers where they are counted, else per booking.
func TestProvidersDoTheWork(t *testing.T) {
	t.Parallel()
	p := loadProfile{WritesPerUser: 0.2, ReadsPerUser: 20, ReadWrite: 100, Write: "booking", Read: "availability search"}
	tests := []struct {
		statement string
		jobs      float64 // a day
		perJob    bool    // searches counted per booking, no customers being counted
	}{
		{"Design a services marketplace where dog owners book 30-minute walks with 3,000 local walkers.", 3000 * 6, true},
		{"a dog-walking app whose 3,000 walkers are booked by owners", 3000 * 6, true},
		{"Design an on-demand handyman booking app with 8,000 handymen across the UK.", 8000 * 3, true},
		{"Design a dog-walking marketplace: 3,000 walkers, 40,000 dog owners booking walks.", 3000 * 6, false},
	}
	for _, tc := range tests {
		w, _ := workloadFrom(tc.statement, p)
		b, ok := w.Flow("booking")
		s, _ := w.Flow("availability search")
		if !ok || math.Abs(w.Rate(b)*86400-tc.jobs) > 1e-6 || (s.ItemsOf == "booking") != tc.perJob {
			t.Errorf("%q: booking %+v (%v a day), search %+v; want %v jobs a day, searches per booking %v", tc.statement, b, w.Rate(b)*86400, s, tc.jobs, tc.perJob)
		}
	}
}

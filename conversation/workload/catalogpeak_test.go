package workload_test

import (
	"math"
	"testing"

	"github.com/archbot/archbot/conversation/workload"
)

// A catalog of N items is a standing count the system holds, whatever period its sentence names,
// and a rate said in a clause that opens on the busy day ("On Friday nights …, each room gets
// through 15 songs an hour") is that day's, the peak, not an average to raise again.
func TestReadCatalogStandsAndBusyDayRateIsThePeak(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		statement string
		kept      float64
		peak      float64
	}{
		{"Karaoke chain app: 60 bars, each with 8 private rooms. On Friday nights about 4,000 guests across the chain queue songs from their phones, each room gets through roughly 15 songs an hour, lyrics come from a licensed catalog of 250k tracks.", 250000, 2},
		{"Jukebox app for 200 pubs: on Saturday nights each pub plays about 20 tracks an hour, picked from a catalogue of 1.2 million songs.", 1.2e6, 1.111},
	} {
		rd := workload.Read(tc.statement)
		if len(rd.Kept) != 1 || rd.Kept[0].Value != tc.kept {
			t.Errorf("%q: kept %+v; want the catalog's %v items held (notes %q)", tc.statement, rd.Kept, tc.kept, rd.Notes)
		}
		if len(rd.Flows) != 1 || !rd.Flows[0].Peak || math.Abs(rd.Rate(rd.Flows[0])-tc.peak) > 0.01 {
			t.Errorf("%q: flows %+v; want one flow at %v/s on the busy night, its peak (notes %q)", tc.statement, rd.Flows, tc.peak, rd.Notes)
		}
	}
	rd := workload.Read("An audiobook service with a library of 400,000 titles; 50,000 listeners, each starting 2 books a week.")
	if len(rd.Kept) != 1 || rd.Kept[0].Value != 400000 || len(rd.Flows) != 1 {
		t.Errorf("audiobooks: kept %+v flows %+v; want the library's 400k titles held and one flow of books", rd.Kept, rd.Flows)
	}
}

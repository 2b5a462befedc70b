package workload_test

import (
	"testing"

	"github.com/archbot/archbot/conversation/workload"
)

// A size said of one item ("a 64-byte water-level reading every minute", "64-byte readings") is
// what one item carries, and the period after the item is how often one is sent: one reading a
// minute, not 64 bytes a minute. Bytes said of a stream of data ("2 TB of logs a day", "50 GB a
// month") stay a volume.
func TestReadSizeOfOneItemBeforeItsPeriod(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"220 gauges send a 64-byte water-level reading every minute.",
		"220 gauges each send 64-byte readings every minute.",
		"Our 220 tide gauges report a 64 byte reading once a minute.",
	} {
		rd := workload.Read(s)
		if len(rd.Flows) != 1 || rd.Flows[0].VolumeBytes != 0 || rd.Flows[0].Count != 1 || rd.Flows[0].PerSeconds != 60 || rd.Flows[0].Actors != 220 {
			t.Errorf("%q: flows %+v; want 220 gauges sending one reading a minute (%q)", s, rd.Flows, rd.Notes)
		}
		if rd.Sizes["reading"] != 64 {
			t.Errorf("%q: sizes %v; want 64 B per reading (%q)", s, rd.Sizes, rd.Notes)
		}
	}
	for _, s := range []string{
		"Design a log platform ingesting 2 TB of logs a day.",
		"Each of 50,000 companies backs up 50 GB a month.",
	} {
		rd := workload.Read(s)
		if len(rd.Flows) != 1 || rd.Flows[0].VolumeBytes == 0 {
			t.Errorf("%q: flows %+v; want a volume (%q)", s, rd.Flows, rd.Notes)
		}
	}
}

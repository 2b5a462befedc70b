package workload_test

import (
	"testing"

	"github.com/archbot/archbot/conversation"
	"github.com/archbot/archbot/conversation/workload"
)

// A bitrate said of a link is the link's capacity, a limit the data must fit: no stream.
func TestReadLinkCapacityIsALimit(t *testing.T) {
	for _, tc := range []struct {
		statement string
		link      float64
	}{
		{"We have 2,400 sensors across the plant, each sampling at 10 kHz, 16-bit. The plant's uplink to the cloud is only 200 Mbps.", 200e6},
		{"a research ship with a satellite link at 2 Mbit/s logs 40 sensors once a second, 200 bytes each", 2e6},
		{"the depot connects over a leased line of 10 megabits per second; 300 scanners each send a 2 KB scan every 5 seconds", 10e6},
		{"Each of our 30 stores has 50 Mbps of bandwidth to head office", 50e6},
		{"500 wind turbines stream vibration at 1 kHz, 32-bit floats, over a 1 Gbps line", 1e9},
	} {
		rd := workload.Read(tc.statement)
		if rd.LinkBitsPerSec != tc.link {
			t.Errorf("%q: link %v; want %v", tc.statement, rd.LinkBitsPerSec, tc.link)
		}
		for _, f := range rd.Flows {
			if f.Kind == conversation.FlowStream {
				t.Errorf("%q: stream %+v; a link's capacity is no stream", tc.statement, f)
			}
		}
	}
	// Listeners at a bitrate are still streams.
	if rd := workload.Read("2 million concurrent listeners at 128 kbps"); rd.LinkBitsPerSec != 0 || len(rd.Flows) != 1 {
		t.Errorf("listeners: link %v flows %+v; want one stream, no link", rd.LinkBitsPerSec, rd.Flows)
	}
}

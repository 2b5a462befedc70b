package workload_test

import (
	"testing"

	"github.com/archbot/archbot/conversation"
	"github.com/archbot/archbot/conversation/workload"
)

// A read:write ratio said in words sets the reads: so many per write stated.
func TestReadRatioInWordsSetsTheReads(t *testing.T) {
	for _, tc := range []struct {
		statement string
		reads     float64 // reads per write
	}{
		{"A link shortener: 20 million new links a month, and reads run ~50x writes.", 50},
		{"URL shortener creating 5M short links a day with a 100:1 read ratio", 100},
		{"a pastebin where 1 million pastes are created a day; reads outnumber writes ten to one", 10},
		{"a recipe site with 40,000 recipes added a month, with roughly twenty reads for every write", 20},
		{"a wiki getting 3,000 edits a day, read-to-write ratio of 200 to 1", 200},
		{"a feed that gets 2M posts a day and 30 times more reads than writes", 30},
		{"10M photos uploaded a day at 10:1 read/write", 10},
	} {
		rd := workload.Read(tc.statement)
		var reads, writes float64
		for _, f := range rd.Flows {
			switch f.Kind {
			case conversation.FlowRead:
				reads += rd.Rate(f)
			case conversation.FlowWrite:
				writes += rd.Rate(f)
			}
		}
		if writes == 0 || reads/writes < tc.reads*0.99 || reads/writes > tc.reads*1.01 {
			t.Errorf("%q: %v reads/s over %v writes/s; want %v:1 (%+v)", tc.statement, reads, writes, tc.reads, rd.Flows)
		}
	}
	// A multiple of something else is no ratio of reads.
	if rd := workload.Read("we expect reads to grow 10x next year; 2M posts a day"); rd.ReadRatio != 0 || len(rd.Flows) != 1 {
		t.Errorf("growth: ratio %v flows %+v; want one write flow", rd.ReadRatio, rd.Flows)
	}
}

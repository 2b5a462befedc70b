package workload_test

import (
	"math"
	"strings"
	"testing"

	"github.com/archbot/archbot/conversation/workload"
)

// A size said as the end of its clause belongs to the clause's subject, not to the noun that
// opens the next one: in "each episode is about 60 MB and creators upload …" an episode is
// 60 MB, and no creator keeps 60 MB in all.
func TestSizeEndsItsClause(t *testing.T) {
	t.Parallel()
	for _, statement := range []string{
		"Podcast hosting: each episode is about 60 MB and creators upload 2,000 episodes a week.",
		"Each scan is roughly 30 MB, but radiologists read 4,000 scans a day.",
	} {
		rd := workload.Read(statement)
		if len(rd.Sizes) != 1 {
			t.Errorf("%q: sizes %v; want the one item's", statement, rd.Sizes)
		}
		for noun := range rd.Sizes {
			if noun != "episode" && noun != "scan" {
				t.Errorf("%q: the size is filed under %q", statement, noun)
			}
		}
		if rd.Stored > 0 {
			t.Errorf("%q: %v bytes kept: a size per person was read", statement, rd.Stored)
		}
	}
}

// A size said per sender, in the sentence in which each sender sends once a night, is what each
// sends: "each of the 300 stores sends its sales file nightly, roughly 50 MB per store" is 15 GB
// a night, not 50 MB kept per store. A size after "averaging" is the items' before it.
func TestSizePerSender(t *testing.T) {
	t.Parallel()
	rd := workload.Read("A retail chain: each of the 300 stores sends its sales file nightly, roughly 50 MB per store.")
	if len(rd.Flows) != 1 || rd.Stored > 0 {
		t.Fatalf("flows %+v, %v bytes kept; want the stores' one send, nothing kept per store", rd.Flows, rd.Stored)
	}
	f := rd.Flows[0]
	var size float64
	for noun, v := range rd.Sizes {
		if strings.Contains(f.Name, noun) {
			size = v
		}
	}
	if got := rd.Rate(f) * 86400 * size; math.Abs(got-15e9) > 1e8 {
		t.Errorf("%q with sizes %v: %v bytes a night; want 15 GB", f.Name, rd.Sizes, got)
	}
	rd = workload.Read("A document portal where customers upload 5,000 files a day, averaging 60 MB.")
	if rd.Sizes["file"] != 60e6 {
		t.Errorf("sizes %v; want 60 MB per file", rd.Sizes)
	}
}

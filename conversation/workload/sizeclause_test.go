package workload_test

import (
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

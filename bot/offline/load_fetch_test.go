package offline

import (
	"testing"

	"github.com/archbot/archbot/conversation"
)

// A crawler's stated fetches are its writes at their stated rate: every fetched page is stored,
// and no write is assumed from them by the archetype's read:write ratio (which made 1 billion
// pages a month 3858 writes/s, ten times what was said).
func TestStatedFetchIsTheWrite(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		statement string
		perSecond float64
	}{
		{"Design a web crawler that fetches 1 billion pages a month and respects robots.txt", 1e9 / (30 * 86400)},
		{"A crawler that downloads 500 million pages per month", 5e8 / (30 * 86400)},
		{"Design a polite web crawler that retrieves 300 million pages a week", 3e8 / (7 * 86400)},
		{"Build a crawler for a search engine, fetching 2,000 pages per second", 2000},
	} {
		w, _ := workloadFrom(tc.statement, *features["crawler"].Load)
		var writes float64
		for _, fl := range w.Flows {
			if fl.Kind == conversation.FlowWrite {
				writes += w.Rate(fl)
				if fl.Source != conversation.Stated {
					t.Errorf("%q: write %+v assumed beside the stated fetches", tc.statement, fl)
				}
			}
		}
		if writes < tc.perSecond*0.99 || writes > tc.perSecond*1.01 {
			t.Errorf("%q: %v writes/s, want %v (notes %q)", tc.statement, writes, tc.perSecond, w.Notes)
		}
	}
}

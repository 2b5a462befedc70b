package offline

import (
	"strings"
	"testing"

	"github.com/archbot/archbot/conversation"
)

// An auction run by a house (lots, a catalogue sale, a gala) is designed as the house's sale, a
// marketplace (eBay, sellers listing) as sellers' listings: neither gets the other's use cases,
// requirements or flows. Lots closing one after another, however it is said, get the dive on
// how a soft-close extension moves one lot among staggered closes.
func TestAuctionFollowsWhoRunsTheSale(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		problem          string
		house, staggered bool
	}{
		{"Design a timed online wine auction: lots close in staggered order every 30 seconds on Sunday evening, up to 20,000 bidders online at the close, bids in the last 2 minutes extend the lot", true, true},
		{"Build an online car auction where lots run one after another every 2 minutes, with 5,000 dealers connected during the sale", true, true},
		{"Design the bidding platform for an art house's online-only sale: 250 works close one by one from 6pm, collectors in 40 countries, late bids extend the close by 3 minutes", true, true},
		{"Design the phone bidding for a charity silent auction at a gala dinner: 600 guests bid on 80 items and all items close together at the end of the evening", true, false},
		{"Design eBay", false, false},
		{"Design an auction marketplace where anyone can sell used gear: 2 million listings, 7-day auctions", false, false},
	} {
		_, sec := renderAll(t, tc.problem)
		all := strings.Join([]string{sec[conversation.Requirements], sec[conversation.DataFlow], sec[conversation.DeepDive], sec[conversation.Tradeoffs]}, "\n")
		if got := strings.Contains(all, "The house builds a sale"); got != tc.house {
			t.Errorf("%q: house sale %v, want %v", tc.problem, got, tc.house)
		}
		if got := strings.Contains(all, "camera") || strings.Contains(all, "because sellers choose them") || strings.Contains(all, "Sellers list an item"); got == tc.house {
			t.Errorf("%q: marketplace lines %v, want %v", tc.problem, got, !tc.house)
		}
		if got := strings.Contains(sec[conversation.DeepDive], "Staggered closes under soft-close extensions"); got != tc.staggered {
			t.Errorf("%q: staggered-close dive %v, want %v", tc.problem, got, tc.staggered)
		}
		for _, leak := range []string{"{said:", "{unsaid:", "Asked for but not designed: “staggered”"} {
			if strings.Contains(all, leak) {
				t.Errorf("%q: the design shows %q", tc.problem, leak)
			}
		}
	}
}

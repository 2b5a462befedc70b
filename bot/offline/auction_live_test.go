package offline

import (
	"strings"
	"testing"

	"github.com/archbot/archbot/conversation"
)

// A sale an auctioneer calls in a room that online bidders join is designed around the clerk's
// console and the hammer, not a timed close: no soft close, and online bids are sequenced
// against the clerk's asking price. A timed online sale keeps its soft close, and one mark of a
// live sale ("hammer price", "live prices") is not enough.
func TestLiveAuctionOrdersBidsAgainstTheHammer(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		problem string
		live    bool
	}{
		{"livestock auction platform: weekly live cattle auctions at 40 sale barns, online bidders join the in-barn auctioneer, up to 3,000 bidders on a big sale, bids must be ordered correctly with the auctioneer's hammer, ~250 lots per hour", true},
		{"Design the bidding system for a classic car auction house: the auctioneer sells 120 cars in the saleroom while phone bidders and online bidders compete with the room", true},
		{"A fish market's morning auction: the auctioneer sells the night's catch crate by crate on the market floor from 5am, and restaurant buyers want to bid live from their phones", true},
		{"An art saleroom wants its evening sales online: the auctioneer takes bids from the floor, the telephones and the internet, and the hammer decides", true},
		{"Design eBay-style timed online auctions: each item runs 7 days, bids in the last 2 minutes extend the end, the winner pays the hammer price plus a fee", false},
		{"online auction with real time bidding for collectibles and live prices on every item page", false},
	} {
		if got := liveSale(tc.problem); got != tc.live {
			t.Errorf("%q: live sale %v, want %v", tc.problem, got, tc.live)
		}
		_, sec := renderAll(t, tc.problem)
		all := strings.Join([]string{sec[conversation.Overview], sec[conversation.Requirements], sec[conversation.DataFlow], sec[conversation.DeepDive], sec[conversation.Tradeoffs], sec[conversation.Reliability]}, "\n")
		if got := strings.Contains(all, "Anti-sniping (soft close)"); got == tc.live {
			t.Errorf("%q: soft close %v, want %v", tc.problem, got, !tc.live)
		}
		if got := strings.Contains(all, "stamps it with the lot's sequence number"); got != tc.live {
			t.Errorf("%q: lot sequencer %v, want %v", tc.problem, got, tc.live)
		}
		for _, leak := range []string{"{said:", "{unsaid:", "{lot_pace}", "celebrity", "memberships"} {
			if strings.Contains(all, leak) {
				t.Errorf("%q: the design shows %q", tc.problem, leak)
			}
		}
	}
	_, sec := renderAll(t, "livestock auction platform: weekly live cattle auctions at 40 sale barns, online bidders join the in-barn auctioneer, up to 3,000 bidders on a big sale, bids must be ordered correctly with the auctioneer's hammer, ~250 lots per hour")
	if !strings.Contains(sec[conversation.DeepDive], "250 lots an hour, one every 14 s") {
		t.Errorf("the pace of the ring is not sized from the stated lots an hour:\n%s", sec[conversation.DeepDive])
	}
}

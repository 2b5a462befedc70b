package offline

import (
	"testing"

	"github.com/archbot/archbot/conversation"
)

// A formal ballot's voters are the register's turnout, all in one poll a year, and its peak is
// the rush before the close over the window the statement gives (else the final hour), not a
// daily average times a peak factor; storage is the year's ballots.
func TestBallotRushBeforeTheClose(t *testing.T) {
	t.Parallel()
	p := *features["ballots"].Load
	for _, tc := range []struct {
		statement  string
		voters     float64
		peakWrites float64 // ballots a second in the rush
	}{
		// 50K × 60% turnout × 1.3 ballots × 60% in the final hour ÷ 3600 s.
		{"Design electronic voting for a shareholders' annual meeting: 50,000 shareholders, votes weighted by shares held, results sealed until the poll closes", 30_000, 6.5},
		// The stated two hours replace the final hour; the register's 80,000 are not all voting at once.
		{"Run the union's online ballot for 80,000 members to elect a general secretary, secret ballot, most members vote in the last two hours", 48_000, 5.2},
		// A building's units are its register.
		{"Our condominium association (420 units) needs e-voting for the annual general meeting, weighted by each unit's share", 252, 0.055},
		// The homes are the register, not the three board members they elect.
		{"A homeowners association with 1,800 homes votes online on next year's budget and elects three board members; votes are weighted by lot size", 1_080, 0.234},
		{"a co-op's general meeting where 3,000 members vote on motions and most of them vote in the last 30 minutes", 1_800, 0.78},
	} {
		w, _ := workloadFrom(tc.statement, p)
		if w.DAU != tc.voters {
			t.Errorf("%q: %v voters, want %v (the turnout of the register)", tc.statement, w.DAU, tc.voters)
		}
		c := conversation.Estimate(w)
		if c.PeakWriteQPS < tc.peakWrites*0.97 || c.PeakWriteQPS > tc.peakWrites*1.05 {
			t.Errorf("%q: %.3f ballots/s at peak, want %.3f (the rush before the close)", tc.statement, c.PeakWriteQPS, tc.peakWrites)
		}
		// A year's ballots of about 4 KB, three copies: megabytes, never the 1.2 TB of a daily load kept for years.
		if year := c.StorageBytesPerMonth * 12; year > w.DAU*1.3*4000*3*1.01 {
			t.Errorf("%q: %s a year stored, more than one poll's ballots", tc.statement, conversation.Bytes(year))
		}
	}
}

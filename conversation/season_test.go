package conversation_test

import (
	"math"
	"testing"

	"github.com/archbot/archbot/conversation"
)

// A flow counted in a stretch that comes back once a year ("9,000 applications in the 3 weeks
// before the deadline") runs at the stretch's rate while it lasts, but storage keeps the year's
// 9,000, not that rate all year (13,000 a month).
func TestEstimateSeasonalStorageFollowsTheYear(t *testing.T) {
	const day, year = 86400.0, 365 * 86400.0
	for _, f := range []conversation.Flow{
		{Name: "application", Kind: conversation.FlowWrite, Count: 9000, PerSeconds: 21 * day, Recurs: year, StoredBytes: 1000},
		{Name: "return", Kind: conversation.FlowWrite, Count: 1.2e6, PerSeconds: 10 * day, Recurs: year, StoredBytes: 1000},
	} {
		c := conversation.Estimate(conversation.Workload{Flows: []conversation.Flow{f}, ReplicationFactor: 1})
		want := f.Count * 1000 * 30 * day / year
		if math.Abs(c.StorageBytesPerMonth-want) > want*0.01 {
			t.Errorf("%s: %v bytes a month, want %v (the year's count over 12 months)", f.Name, c.StorageBytesPerMonth, want)
		}
		if rate := f.Count / f.PerSeconds; math.Abs(c.WriteQPS-rate) > rate*0.01 {
			t.Errorf("%s: %v writes/s, want the stretch's %v", f.Name, c.WriteQPS, rate)
		}
	}
}

package conversation_test

import (
	"math"
	"testing"

	"github.com/archbot/archbot/conversation"
)

// A tier said of one flow's data ("live location is deleted after 24h") keeps that flow's data
// for its own time; the other flows' data is kept for the workload's retention, not for the
// tier's day.
func TestEstimateKeepsAFlowTierForItsOwnTime(t *testing.T) {
	w := conversation.Workload{RetentionYears: 5, ReplicationFactor: 3, Flows: []conversation.Flow{
		{Name: "location update", Kind: conversation.FlowWrite, Count: 1000, PerSeconds: 1, Steady: true, StoredBytes: 100},
		{Name: "trip", Kind: conversation.FlowWrite, Count: 10, PerSeconds: 1, Steady: true, StoredBytes: 2000},
	}, Tiers: []conversation.Tier{{Name: "location", Flow: "location update", Fraction: 1, Years: 1.0 / 365}}}
	c := conversation.Estimate(w)
	month := 86400 * 30.0
	location := 1000 * month * 100 * 3 / 30 // one day of it
	trip := 10 * month * 2000 * 3 * 12 * 5
	if got, want := c.StorageBytesKept, location+trip; math.Abs(got-want)/want > 0.02 {
		t.Fatalf("kept=%s, want %s (steps %q)", conversation.Bytes(got), conversation.Bytes(want), c.Steps)
	}
	if got, want := c.DBBytesKept, (location+trip)/3; math.Abs(got-want)/want > 0.02 {
		t.Fatalf("records kept before replication=%s, want %s", conversation.Bytes(got), conversation.Bytes(want))
	}
}

package conversation_test

import (
	"testing"

	"github.com/archbot/archbot/conversation"
)

// A stated total held ("500 TB in all") bounds what is kept: writes at an assumed size that would
// pile up far more are mostly replacing what is there.
func TestEstimateKeepsTheStatedTotal(t *testing.T) {
	w := conversation.Workload{HeldBytes: 500e12, Flows: []conversation.Flow{
		{Name: "write", Kind: conversation.FlowWrite, Count: 200_000, PerSeconds: 1, Peak: true, StoredBytes: 1000},
	}}
	c := conversation.Estimate(w)
	if want := 500e12 * 3; c.StorageBytesKept != want {
		t.Fatalf("kept=%s, want %s", conversation.Bytes(c.StorageBytesKept), conversation.Bytes(want))
	}
	if c.DBBytesKept > 500e12 {
		t.Fatalf("records kept before replication=%s, want at most 500 TB", conversation.Bytes(c.DBBytesKept))
	}
	// Flows that keep less than the total leave it as it was: what they add is all that is counted.
	small := conversation.Workload{HeldBytes: 500e12, Flows: []conversation.Flow{
		{Name: "write", Kind: conversation.FlowWrite, Count: 10, PerSeconds: 1, StoredBytes: 1000},
	}}
	if c := conversation.Estimate(small); c.StorageBytesKept >= 500e12 {
		t.Fatalf("small flows kept=%s, want what they add", conversation.Bytes(c.StorageBytesKept))
	}
}

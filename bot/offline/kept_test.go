package offline

import (
	"math"
	"testing"

	"github.com/archbot/archbot/conversation"
)

// A tracing system takes every span over the wire but keeps a sampled, compressed share of it in
// object storage: ingress counts the wire size, storage only what is kept, once, and no database
// is partitioned for a write it never sees.
func TestKeptBytes(t *testing.T) {
	t.Parallel()
	p := loadProfile{RecordBytes: 500, KeptBytes: 5, ReadWrite: 0.0001, PeakFactor: 2, Retention: 0.0192, Write: "span", Read: "trace lookup"}
	w, _ := workloadFrom("a tracing backend that ingests 1 million spans per second", p)
	f := firstOf(w.Flows, conversation.FlowWrite)
	if f.Bytes != 500 || f.BlobBytes != 5 || f.StoredBytes != 0 {
		t.Fatalf("span flow %+v: want 500 B on the wire, 5 B kept as blobs, no database row", f)
	}
	c := conversation.Estimate(w)
	if got, want := c.IngressBytesPerSec, 1e6*500.0; math.Abs(got-want) > 1 {
		t.Errorf("ingress %v B/s, want %v (every span at its wire size)", got, want)
	}
	if got, want := c.StorageBytesPerMonth, 1e6*5*86400*30.0; math.Abs(got-want)/want > 0.05 {
		t.Errorf("storage %v B a month, want about %v (the kept bytes once, not replicated)", got, want)
	}
	if c.DBShards != 1 {
		t.Errorf("database partitions %d, want 1: no span is a database row", c.DBShards)
	}
}

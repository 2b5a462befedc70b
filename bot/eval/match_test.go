package eval_test

import (
	"testing"

	"github.com/archbot/archbot/bot/eval"
)

func TestMentions(t *testing.T) {
	tests := []struct {
		text, term string
		want       bool
	}{
		// Stems in the case files reach their inflections.
		{"a transcoding pipeline", "transcod", true},
		{"transcoder workers", "transcod", true},
		{"idempotency keys", "idempot", true},
		{"an idempotent consumer", "idempot", true},
		{"postgres sharded by user", "shard", true},
		{"shards", "shard", true},
		{"the encoder", "encod", true},
		{"partitioned topics", "partition", true},
		{"synchronous replication", "replica", true},
		{"dedupe on the event id", "dedup", true},
		{"throttling", "throttl", true},
		{"throttle", "throttl", true},
		// Spelling changes before the suffix.
		{"retries with backoff", "retry", true},
		{"caching layer", "cache", true},
		{"tile mapping", "map", true},
		// A term inside another word is not named.
		{"the metadata store", "eta", false},
		{"call stack", "ack", false},
		{"acknowledge", "ack", false},
		{"mapreduce jobs", "map", false},
		{"roadmap", "map", false},
		{"shardless", "shard", false},
		{"cafés", "caf", false},
		{"s3x", "s3", false},
		// Words at boundaries, any case, with punctuation around.
		{"the ETA to pickup", "eta", true},
		{"acks, then", "ack", true},
		{"(ack)", "ack", true},
		{"eta", "eta", true},
		{"a wide-column store", "column", true},
		{"geohash-based lookup", "geohash", true},
		{"pub/sub topic", "pub/sub", true},
		{"aws s3 bucket", "s3", true},
		{"e2e encryption", "e2e", true},
		{"read status: delivered", "read status", true},
		{"eta_ms field", "eta", true},
		// The second occurrence counts when the first is inside a word.
		{"metadata and the eta", "eta", true},
		// Nothing to match.
		{"", "eta", false},
		{"eta", "  ", false},
	}
	for _, tc := range tests {
		if got := eval.Mentions(tc.text, tc.term); got != tc.want {
			t.Errorf("Mentions(%q, %q) = %v, want %v", tc.text, tc.term, got, tc.want)
		}
	}
}

package bot

import "testing"

func TestPlainQuestion(t *testing.T) {
	for _, tt := range []struct {
		text  string
		plain bool
	}{
		{"How is a booking kept from being taken twice?", true},
		{"why postgres for the ledger?", true},
		{"What's the p99 budget for checkout?", true},
		{"Does the gateway terminate TLS?", true},
		{"  Which store keeps the sessions?  ", true},
		// Proposals in question form may be changes: the model decides.
		{"What if we need multi-region?", false},
		{"Why not DynamoDB?", false},
		{"How about Kafka for the events?", false},
		{"Can you switch the cache to Memcached?", false},
		{"Is it better to use Cassandra here?", false},
		{"Should we shard by tenant?", false},
		{"Which queue would we use instead of SQS?", false},
		{"Do we need a CDN?", false},
		// Not a question, or more than one.
		{"Use Cassandra for posts", false},
		{"How does failover work? And why Redis?", false},
		{"and why Kafka?", false},
		{"", false},
	} {
		if got := plainQuestion(tt.text); got != tt.plain {
			t.Errorf("plainQuestion(%q) = %v, want %v", tt.text, got, tt.plain)
		}
	}
}

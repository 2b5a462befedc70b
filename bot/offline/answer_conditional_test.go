package offline_test

import (
	"strings"
	"testing"
)

// A conditional write is answered from what the store that holds the item can do: a leaderless
// quorum store cannot compare and set without consensus; a known technology says its own way.
func TestAnswerConditionalWriteFromTheStore(t *testing.T) {
	t.Parallel()
	kv := grounding(design(t, "Design a Dynamo-like replicated key-value database for session data taking 200K writes a second"))
	for _, q := range []string{
		"can a caller do a put-if-absent on a key?",
		"how would you support compare-and-set on one key?",
		"is there a way to atomically increment a value?",
	} {
		a := mustAnswer(t, kv, q)
		if !strings.Contains(a, "leaderless") || !strings.Contains(a, "Paxos") || !strings.Contains(a, "quorum") {
			t.Errorf("%q: answer does not reason from the quorum store:\n%s", q, a)
		}
		if strings.Contains(a, "virtual nodes") || strings.Contains(a, "Partitioning") {
			t.Errorf("%q: answered from the hash ring:\n%s", q, a)
		}
	}
	feed := grounding(design(t, "Design the home timeline for a microblogging site where 8M people read posts from accounts they follow"))
	if a := mustAnswer(t, feed, "how do I do a conditional update of a post?"); !strings.Contains(a, "lightweight transaction") || !strings.Contains(a, "Post store") {
		t.Errorf("conditional on Cassandra: %s", a)
	}
}

package offline_test

import (
	"context"
	"strings"
	"testing"

	"github.com/archbot/archbot/bot/offline"
)

// A store moved off Redis takes Redis's mechanisms with it: a rate limiter's counters moved to
// DynamoDB are not checked by "one Lua script executed atomically in DynamoDB" on "a DynamoDB
// Cluster" whose "keys are hashed to 16,384 slots" and "share a hash tag"; the check is the new
// store's own conditional update and the keys are its partitions.
func TestSwapRewritesStoreMechanisms(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	d := offline.New()
	in := appliedChange(ctx, t, d, "Design an API rate-limiting gateway for our SaaS: 12,000 customer tenants, 3 billion requests a day, and the limit check must add under 1 millisecond at p99.",
		"swap Redis for DynamoDB for the counters")
	if len(in.Written) == 0 {
		t.Fatalf("the swap wrote nothing; reply %q", in.Reply)
	}
	var all []string
	for id, text := range in.Written {
		for _, line := range strings.Split(text, "\n") {
			if strings.Contains(line, "(was ") {
				continue // the decision quotes the change
			}
			for _, w := range []string{"Lua", "16,384 slots", "hash tag", "DynamoDB Cluster", "atomic scripts"} {
				if strings.Contains(line, w) {
					t.Errorf("%s still says %q: %.200s", id, w, line)
				}
			}
			all = append(all, line)
		}
	}
	if text := strings.Join(all, "\n"); !strings.Contains(text, "UpdateItem with a condition expression") || !strings.Contains(text, "keys hashed to partitions") {
		t.Errorf("the counters are not checked and placed the DynamoDB way:\n%s", text)
	}
}

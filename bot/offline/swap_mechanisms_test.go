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

// A relational table moved to DynamoDB is not kept "by month (time-partitioned table)" with
// "unique(bike_id) where …" and "(rider_id, started_at desc)": its row in the data model says the
// item's hash key, a guard item for the unique rule and a secondary index, and the bullet that
// said "the partial unique index is the rule" says the guard item is.
func TestSwapRestatesTheDataModelRow(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	in := appliedChange(ctx, t, offline.New(), "Design a bike-share system for a city: 1,200 stations and 15,000 bikes. Each dock reports bike in/out and battery state; riders take about 80,000 trips on a summer day.",
		"use DynamoDB for the ride records")
	model := in.Written["data_model"]
	var row string
	for _, line := range strings.Split(model, "\n") {
		if strings.HasPrefix(line, "| Ride | ") {
			row = line
		}
	}
	if !strings.Contains(row, "DynamoDB") || !strings.Contains(row, "hash of ride_id") || !strings.Contains(row, "guard item keyed by bike_id") ||
		!strings.Contains(row, "secondary index on (rider_id, started_at)") || strings.Contains(row, "by month") || strings.Contains(row, "unique(") {
		t.Errorf("ride row %q: want its hash key, a guard item per bike and a secondary index", row)
	}
	if strings.Contains(model, "partial unique index") || !strings.Contains(model, "guard item created only if absent") {
		t.Errorf("data model still keeps the rule with a unique index:\n%s", model)
	}
}

package offline_test

import (
	"context"
	"strings"
	"testing"

	"github.com/archbot/archbot/bot/offline"
)

// A swap away from a technology the design does not run says so, instead of asking which part
// should move: the links already sit in DynamoDB, so "instead of Postgres" rests on a wrong
// premise, and neither guessing a store nor asking "which part?" tells the user that.
func TestSwapFromATechnologyTheDesignDoesNotRun(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	g := grounding(design(t, "Design a URL shortener for 100M new links a month and 10B redirects a month"))
	for _, tc := range []struct{ ask, want, not string }{
		{"use DynamoDB instead of Postgres", "Link store already runs on DynamoDB", "To move one"},
		{"replace mysql with cassandra", "Its databases are Link store (DynamoDB) and OLAP store (ClickHouse)", "already"},
	} {
		in, err := offline.New().Interpret(ctx, g, tc.ask)
		if err != nil {
			t.Fatalf("%q: %v", tc.ask, err)
		}
		got := in.Unsupported + in.Reply
		if !strings.Contains(got, "This design runs no") || !strings.Contains(got, tc.want) || strings.Contains(got, tc.not) || strings.Contains(got, "Which part") {
			t.Errorf("%q answered:\n%s\nwant the missing technology named and %q", tc.ask, got, tc.want)
		}
		if in.Requirements != nil || in.Components != nil {
			t.Errorf("%q changed the design", tc.ask)
		}
	}
}

// A store one primary carries stays unsharded when it moves to another primary-based database:
// a family's todo list on MySQL is one primary and a standby, not a Vitess cluster.
func TestSwapKeepsASmallStoreUnsharded(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	for _, tc := range []struct{ problem, ask, want string }{
		{"Design a todo app for my family", "use MySQL instead of Postgres", "MySQL (a single primary + standby, unsharded)"},
		{"Design an Instagram-like photo sharing app for 50M DAU", "use MySQL for the posts", "MySQL sharded with Vitess"},
	} {
		in, err := offline.New().Interpret(ctx, grounding(design(t, tc.problem)), tc.ask)
		if err != nil || in.Components == nil {
			t.Fatalf("%q: err=%v unsupported=%q", tc.ask, err, in.Unsupported)
		}
		found := false
		for _, c := range in.Components {
			found = found || strings.HasPrefix(c.Technology, tc.want)
		}
		if !found {
			t.Errorf("%q on %q: no component on %q…: %+v", tc.ask, tc.problem, tc.want, in.Components)
		}
	}
}

// A jobs table moves with the store it lives in: after the main database moves to DynamoDB, no
// component still names "the primary PostgreSQL" or claims rows with SKIP LOCKED, which
// DynamoDB does not have.
func TestSwapMovesTheJobsTableWithItsStore(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	g := grounding(design(t, "Urban forestry inventory for a mid-sized city: about 85,000 trees. Arborists do about 40 inspections a day on tablets. Residents report fallen branches or request plantings, a few hundred reports a month, and are told when their requests change."))
	in, err := offline.New().Interpret(ctx, g, "use DynamoDB instead of Postgres")
	if err != nil || in.Components == nil {
		t.Fatalf("swap: err=%v unsupported=%q", err, in.Unsupported)
	}
	jobs := false
	for _, c := range in.Components {
		if strings.Contains(c.Technology, "PostgreSQL") || strings.Contains(c.Technology, "SKIP LOCKED") {
			t.Errorf("%s still runs on the old store: %q", c.Name, c.Technology)
		}
		jobs = jobs || c.Kind == "queue" && strings.Contains(c.Technology, "jobs table in Primary DB (DynamoDB)")
	}
	if !jobs {
		t.Errorf("no jobs table in the moved store: %+v", in.Components)
	}
}

package offline_test

import (
	"context"
	"strings"
	"testing"

	"github.com/archbot/archbot/bot/offline"
)

// A store moved to a technology without row locks takes its locking words with it: a deep dive
// that said "PostgreSQL's row lock serialises them" and a worker "polling with FOR UPDATE SKIP
// LOCKED" describe what the new store does instead, and a service whose label says it writes
// "one PostgreSQL transaction" is not a part still running on PostgreSQL, so the approach is
// renamed too ("one DynamoDB table", not "one DynamoDB primary").
func TestSwapRewritesLockingWords(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	d := offline.New()
	for _, tc := range []struct{ statement, ask, old string }{
		{"A coach company sells seats on 40 intercity routes with stops on the way; 6,000 passengers a day", "use DynamoDB instead of Postgres", "PostgreSQL"},
		{"A coach company sells seats on 40 intercity routes with stops on the way; 6,000 passengers a day", "switch the inventory database to Cassandra", "PostgreSQL"},
	} {
		t.Run(tc.ask, func(t *testing.T) {
			t.Parallel()
			in := appliedChange(ctx, t, d, tc.statement, tc.ask)
			if in.Reply == "" && len(in.Written) == 0 {
				t.Fatalf("%q not applied: nothing said or written", tc.ask)
			}
			var said []string
			for id, text := range in.Written {
				for _, line := range strings.Split(text, "\n") {
					if strings.Contains(line, "(was ") {
						continue // the decision quotes the change
					}
					for _, w := range []string{tc.old, "row lock", "SKIP LOCKED", " primary and changed"} {
						if strings.Contains(line, w) {
							t.Errorf("%s still says %q: %.200s", id, w, line)
						}
					}
					said = append(said, line)
				}
			}
			if all := strings.Join(said, "\n"); !strings.Contains(all, "claiming each") {
				t.Errorf("no worker claims its rows the new store's way")
			}
		})
	}
}

package offline_test

import (
	"context"
	"strings"
	"testing"

	"github.com/archbot/archbot/bot/offline"
)

// TestFleetFiguresFollowUp answers "how much storage / how many servers" for an archetype that
// sizes its own machines from its fleet and its own note, over the stated retention: a plant
// historian has no app servers and database shards to count, and keeps 12 years, not five.
func TestFleetFiguresFollowUp(t *testing.T) {
	t.Parallel()
	g := grounding(design(t, "Build condition monitoring for 3,000 compressors at 40 gas plants: each sends discharge pressure and bearing temperature every 2 seconds, plants may be offline for up to 8 hours, keep 12 years of data."))
	a, err := offline.New().Answer(context.Background(), g, "how many servers and how much storage do we need?")
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"over 12 years", "historian", "backlog", "2 values (pressure, temperature)"} {
		if !strings.Contains(a, w) {
			t.Errorf("answer lacks %q:\n%s", w, a)
		}
	}
	for _, w := range []string{"app servers", "database shard", "five years"} {
		if strings.Contains(a, w) {
			t.Errorf("answer says %q:\n%s", w, a)
		}
	}
}

package offline_test

import (
	"strings"
	"testing"
)

// A member whose card is declined is asked about by what happened, not by a component's name:
// the answer is the design's billing worker, which retries and moves the membership to past due.
func TestGateDeclinedCardIsBilling(t *testing.T) {
	t.Parallel()
	g := grounding(design(t, "our self-service car washes: 60 sites, members' plates are read by a camera at the entrance, and the plan is charged to their card every month"))
	q := "what happens when a member's card is declined?"
	if a := mustAnswer(t, g, q); !strings.Contains(a, "billing") || !strings.Contains(a, "past due") {
		t.Errorf("%q: %s", q, a)
	}
}

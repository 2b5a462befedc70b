package offline_test

import (
	"strings"
	"testing"

	"github.com/archbot/archbot/bot"
)

// A reporting machine that loses its link is answered from that machine and the pipeline behind
// it, and asking about it is a question, not a change; a person's app that drops off is the
// apps' answer.
func TestMachinesThatLoseTheirLink(t *testing.T) {
	t.Parallel()
	g := grounding(design(t, "Design a platform for a water utility: 150,000 river-level gauges report every 2 minutes, and engineers get a flood alert when a river rises fast"))
	var machine string
	for _, c := range g.Components {
		if c.Kind == "client" && c.Name != "Clients" {
			machine = c.Name
		}
	}
	if machine == "" {
		t.Fatalf("no reporting machine in %v", g.Components)
	}
	q := "what if a gauge goes offline for six hours and then sends everything at once?"
	if in := mustInterpret(t, g, q); in.Intent != bot.IntentQuestion {
		t.Fatalf("%q: intent %s, want a question", q, in.Intent)
	}
	a := mustAnswer(t, g, q)
	if !strings.Contains(a, machine) || !strings.Contains(a, "time it was taken") || strings.Contains(a, "Clients that drop off") {
		t.Errorf("%q: %s", q, a)
	}
	if a := mustAnswer(t, g, "what happens when an engineer's phone loses connection?"); !strings.Contains(a, "Clients that drop off") {
		t.Errorf("a person's app: %s", a)
	}
}

// A test the domain runs is not the system's testing.
func TestDomainTestIsNotTesting(t *testing.T) {
	t.Parallel()
	g := grounding(design(t, "Design a system for a national blood service to track every donated blood unit from donation to transfusion across 400 hospitals"))
	if a := mustAnswer(t, g, "what happens to a donor's units when their screening test comes back positive?"); strings.Contains(a, "Testing before launch") {
		t.Errorf("a screening test answered as load testing: %s", a)
	}
	if a := mustAnswer(t, g, "how would you test this before go-live?"); !strings.Contains(a, "Testing before launch") {
		t.Errorf("testing the system: %s", a)
	}
}

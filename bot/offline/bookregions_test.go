package offline_test

import (
	"context"
	"strings"
	"testing"

	"github.com/archbot/archbot/bot"
	"github.com/archbot/archbot/bot/offline"
	"github.com/archbot/archbot/conversation"
)

// A reservation system across regions homes each listing's inventory in one region, whoever
// books it: the inventory is a counter that two regions would both decrement. Said as a
// follow-up or in the statement, the design says so instead of homing each customer.
func TestMultiRegionReservationsHomeTheInventory(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	d := offline.New()
	check := func(what string, g bot.Grounding) {
		t.Helper()
		var doc strings.Builder
		for _, id := range []conversation.SectionID{conversation.Requirements, conversation.Reliability, conversation.Tradeoffs} {
			text, err := d.Section(ctx, g, id)
			if err != nil {
				t.Fatalf("%s: section %s: %v", what, id, err)
			}
			doc.WriteString(text)
		}
		for _, want := range []string{"decided in that listing's home region", "confirms them all or releases them all", "sells the same date twice"} {
			if !strings.Contains(doc.String(), want) {
				t.Errorf("%s: the multi-region design does not say %q", what, want)
			}
		}
		if strings.Contains(doc.String(), "each user has a home region") {
			t.Errorf("%s: the reservations still home customers, not inventory, in a region", what)
		}
	}
	for _, problem := range []string{
		"Design a hotel booking system for 5,000 hotels",
		"A hiking association runs 38 mountain huts along a trail, 20-90 beds each; hikers book multi-night itineraries and booking opens on 1 March.",
	} {
		g := grounding(design(t, problem))
		in, err := d.Interpret(ctx, g, "what if we need multi-region?")
		if err != nil || in.Requirements == nil {
			t.Fatalf("%q multi-region: err=%v unsupported=%q", problem, err, in.Unsupported)
		}
		if strings.Contains(in.Decision, "homed in one region") || !strings.Contains(in.Decision, "inventory homed in each listing's region") {
			t.Errorf("%q: the decision does not home the inventory: %q", problem, in.Decision)
		}
		g.Requirements, g.Components = *in.Requirements, in.Components
		check(problem, g)
	}
	// Stated in the problem, the same.
	stated := "a campsite reservation system for 400 campgrounds, running active-active in the EU and the US"
	check(stated, grounding(design(t, stated)))

	// Near miss: a multi-region design with no reservations keeps the customer's home region.
	g := grounding(design(t, "Design an Instagram-like photo sharing app for 50M DAU"))
	in, err := d.Interpret(ctx, g, "what if we need multi-region?")
	if err != nil || !strings.Contains(in.Decision, "each user homed in one region") {
		t.Errorf("the photo app's multi-region decision changed: %v %q", err, in.Decision)
	}
}
